//! Look-up flows: by ID, by email, not found, malformed input.

use uuid::Uuid;

use crate::harness::{Harness, query_param};

#[tokio::test]
async fn lookup_by_id_shows_the_user() {
    let mut h = Harness::start().await;
    // A user far from the first page.
    let loaded: Vec<Uuid> = h
        .model()
        .users
        .loaded()
        .map(|(_, u)| u)
        .map(|u| u.id)
        .collect();
    let target = h
        .portal
        .users()
        .into_iter()
        .rev()
        .find(|u| !loaded.contains(&u.id))
        .expect("a user beyond the first page");
    h.portal.clear_request_log();
    h.press("i");
    h.paste(&target.id.to_string());
    h.press("enter");
    h.settle().await;
    let path = format!("/api/2.0/people/{}", target.id);
    let log = h.requests_to(&path);
    assert_eq!(log.len(), 1, "{:?}", h.log());
    assert_eq!(log[0].status, 200);
    let screen = h.screen();
    assert!(screen.contains("Looked up"), "{screen}");
    assert!(screen.contains(&target.id.to_string()), "{screen}");
    if let Some(email) = &target.email {
        assert!(screen.contains(email.as_str()), "{screen}");
    }
    h.finish().await;
}

#[tokio::test]
async fn lookup_by_email_shows_the_user() {
    let mut h = Harness::start().await;
    let target = h.portal.users().into_iter().nth(42).expect("users");
    let email = target.email.clone().expect("email");
    h.portal.clear_request_log();
    h.press("i");
    h.type_text(&email.to_uppercase());
    h.press("enter");
    h.settle().await;
    let log = h.requests_to("/api/2.0/people/email");
    assert_eq!(log.len(), 1, "{:?}", h.log());
    assert_eq!(
        query_param(log[0].query.as_deref(), "email").map(|e| e.to_lowercase()),
        Some(email.to_lowercase())
    );
    let screen = h.screen();
    assert!(screen.contains(&target.id.to_string()), "{screen}");
    h.finish().await;
}

#[tokio::test]
async fn an_unknown_id_or_email_is_explained() {
    let mut h = Harness::start().await;
    let ghost = Uuid::from_u128(0x1234_5678_9abc_def0_1234_5678_9abc_def0);
    assert!(h.portal.user(ghost).is_none());
    h.press("i");
    h.paste(&ghost.to_string());
    h.press("enter");
    h.settle().await;
    let screen = h.screen();
    assert!(
        screen.contains(&format!("no user with ID {ghost}")),
        "{screen}"
    );
    let log = h.requests_to(&format!("/api/2.0/people/{ghost}"));
    assert_eq!(log.iter().map(|r| r.status).collect::<Vec<_>>(), [404]);

    h.press("i");
    h.type_text("nobody@nowhere.example");
    h.press("enter");
    h.settle().await;
    let screen = h.screen();
    assert!(
        screen.contains("no user with email nobody@nowhere.example"),
        "{screen}"
    );
    h.finish().await;
}

#[tokio::test]
async fn malformed_input_sends_nothing() {
    let mut h = Harness::start().await;
    h.portal.clear_request_log();
    h.press("i");
    h.type_text("12345678-abcd");
    h.press("enter");
    h.settle().await;
    let screen = h.screen();
    assert!(screen.contains("is not a valid user ID"), "{screen}");
    h.press("ctrl-u");
    h.type_text("ann@");
    h.press("enter");
    let screen = h.screen();
    assert!(
        screen.contains("\"ann@\" is not a valid email address"),
        "{screen}"
    );
    h.press("esc");
    h.settle().await;
    assert!(h.log().is_empty(), "nothing was sent: {:?}", h.log());
    h.finish().await;
}

/// A portal that answers a look-up with another user (a real one also matches
/// `{userid}` as a user name): the look-up is refused in words and the other user is not
/// shown as the one asked for.
#[tokio::test]
async fn an_answer_about_another_user_is_an_error() {
    use docspace_people::demo::{Fault, FaultRule};

    let mut h = Harness::start().await;
    let loaded: Vec<Uuid> = h.model().users.loaded().map(|(_, u)| u.id).collect();
    let far: Vec<_> = h
        .portal
        .users()
        .into_iter()
        .rev()
        .filter(|u| !loaded.contains(&u.id))
        .take(2)
        .collect();
    let (asked, other) = (&far[0], &far[1]);
    h.portal.inject(
        FaultRule::new(Fault::OtherUser(other.id.to_string()))
            .method("GET")
            .share(1.0)
            .path(&format!("/api/2.0/people/{}", asked.id)),
    );
    h.portal.inject(
        FaultRule::new(Fault::OtherUser(other.id.to_string()))
            .method("GET")
            .share(1.0)
            .path("/api/2.0/people/email"),
    );
    h.press("i");
    h.paste(&asked.id.to_string());
    h.press("enter");
    h.settle().await;
    let answered = h.requests_to(&format!("/api/2.0/people/{}", asked.id));
    assert_eq!(answered.len(), 1, "the look-up was sent: {:?}", h.log());
    let screen = h.screen();
    assert!(
        screen.contains("refused an answer about another user"),
        "{screen}"
    );
    assert!(!screen.contains("Looked up"), "{screen}");
    assert!(!screen.contains(&other.id.to_string()), "{screen}");
    assert!(h.model().detail.lookup.is_none());

    let email = asked.email.clone().expect("email");
    h.press("i");
    h.type_text(&email);
    h.press("enter");
    h.settle().await;
    let screen = h.screen();
    assert!(
        screen.contains("refused an answer about another user"),
        "{screen}"
    );
    assert!(!screen.contains("Looked up"), "{screen}");
    assert!(h.model().detail.lookup.is_none());
    h.finish().await;
}
