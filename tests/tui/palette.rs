//! The command palette (`:`) against the portal.

use uuid::Uuid;

use crate::harness::Harness;

#[tokio::test]
async fn goto_an_id_shows_that_user() {
    let mut h = Harness::start().await;
    let loaded: Vec<Uuid> = h.model().users.loaded().map(|(_, u)| u.id).collect();
    let target = h
        .portal
        .users()
        .into_iter()
        .rev()
        .find(|u| !loaded.contains(&u.id))
        .expect("a user beyond the first page");
    h.portal.clear_request_log();
    h.press(":");
    h.type_text("goto ");
    h.paste(&target.id.to_string());
    h.press("enter");
    h.settle().await;
    assert_eq!(
        h.requests_to(&format!("/api/2.0/people/{}", target.id))
            .len(),
        1
    );
    let screen = h.screen();
    assert!(screen.contains("Looked up"), "{screen}");
    assert!(screen.contains(&target.id.to_string()), "{screen}");
    h.finish().await;
}

#[tokio::test]
async fn an_action_chosen_by_name_runs_as_its_key_does() {
    let mut h = Harness::start().await;
    h.press(":");
    h.type_text("reverse the sort");
    h.press("enter");
    h.settle().await;
    let screen = h.screen();
    assert!(screen.contains("Name ▼"), "reverse_sort ran:\n{screen}");
    let descending = h
        .requests_to("/api/2.0/people/filter")
        .iter()
        .filter(|r| {
            r.query
                .as_deref()
                .is_some_and(|q| q.contains("sortOrder=descending"))
        })
        .count();
    assert!(descending > 0, "the list was read again in the other order");
    h.finish().await;
}
