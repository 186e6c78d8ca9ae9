//! Lifecycle flows: create, terminate, re-activate, delete (terminate first when active),
//! marks, typed-count confirmation, refusals and partial failures. Each drives keys through
//! the real app and worker against the demo portal, then checks the screen and the
//! portal's state and request log.

use docspace_people::api::{EmployeeStatus, EmployeeType};
use docspace_people::demo::{Fault, FaultRule, NewUser};
use uuid::Uuid;

use crate::harness::Harness;

const CREATE: &str = "/api/2.0/people";
const TERMINATE: &str = "/api/2.0/people/status/Terminated";
const ACTIVATE: &str = "/api/2.0/people/status/Active";
const DELETE: &str = "/api/2.0/people/delete";

/// A fixture user with the family name "Quillfeather" (no seeded user has it).
fn fixture(h: &Harness, first: &str, kind: EmployeeType, status: EmployeeStatus) -> Uuid {
    let email = format!("{}.quillfeather@example.org", first.to_lowercase());
    h.portal
        .insert_user(NewUser::new(first, "Quillfeather", &email, kind).status(status))
}

fn status_of(h: &Harness, id: Uuid) -> Option<EmployeeStatus> {
    h.portal.user(id).and_then(|u| u.status)
}

/// Writes to `path` (PUT or POST) in the request log.
fn writes_to(h: &Harness, path: &str) -> Vec<docspace_people::demo::LoggedRequest> {
    h.requests_to(path)
        .into_iter()
        .filter(|r| r.method == "PUT" || r.method == "POST" || r.method == "DELETE")
        .collect()
}

/// Shows one user in the detail pane through the look-up prompt.
async fn look_up(h: &mut Harness, email: &str) {
    h.press("i");
    h.paste(email);
    h.press("enter");
    h.settle().await;
}

/// Narrows the list to users matching `text` (server-side search).
async fn search(h: &mut Harness, text: &str) {
    h.press("/");
    h.press("ctrl-u");
    h.paste(text);
    h.settle().await;
    h.press("enter");
    h.settle().await;
}

/// Marks the rows of the current list whose name contains one of `names`.
fn mark(h: &mut Harness, names: &[&str]) {
    h.press("g");
    let rows: Vec<String> = h
        .model()
        .users
        .loaded()
        .map(|(_, u)| u)
        .map(|u| u.first_name.clone().unwrap_or_default())
        .collect();
    for first in rows {
        if names.contains(&first.as_str()) {
            h.press("space");
        } else {
            h.press("j");
        }
    }
}

fn open_form(h: &mut Harness, first: &str, last: &str, email: &str) {
    h.press("n");
    h.paste(first);
    h.press("tab");
    h.paste(last);
    h.press("tab");
    h.paste(email);
}

#[tokio::test]
async fn creating_a_user_selects_it_and_shows_it() {
    let mut h = Harness::start().await;
    let before = h.portal.user_count();
    open_form(
        &mut h,
        "Zoë",
        "O'Neil-Quillfeather",
        "zoe.quill@example.org",
    );
    let screen = h.screen();
    assert!(screen.contains("New user"), "{screen}");
    h.press("ctrl-s");
    h.settle().await;
    let created = h
        .portal
        .user_by_email("zoe.quill@example.org")
        .expect("the user exists on the portal");
    assert_eq!(created.first_name.as_deref(), Some("Zoë"));
    assert_eq!(created.last_name.as_deref(), Some("O'Neil-Quillfeather"));
    assert_eq!(created.user_type(), Some(EmployeeType::User));
    assert_eq!(h.portal.user_count(), before + 1);
    assert_eq!(writes_to(&h, CREATE).len(), 1);
    // Selected in the list and shown in the detail pane.
    assert_eq!(h.model().users.selected, Some(created.id));
    assert_eq!(h.model().users.current().map(|u| u.id), Some(created.id));
    let screen = h.screen();
    assert!(!screen.contains("New user"), "the form closed: {screen}");
    assert!(
        screen.contains("created Zoë O'Neil-Quillfeather"),
        "{screen}"
    );
    assert!(screen.contains(&created.id.to_string()), "{screen}");
    let row = h.line_with("›").expect("a selected row");
    assert!(row.contains("Zoë"), "{row}");
    assert!(
        screen.contains(&format!("· {} users", before + 1)),
        "the count follows the portal: {screen}"
    );
    h.finish().await;
}

#[tokio::test]
async fn an_invalid_field_sends_nothing_and_keeps_the_input() {
    let mut h = Harness::start().await;
    let long = "a".repeat(256);
    let cases: [(&str, &str, &str, &str); 5] = [
        ("", "Quill", "empty.first@example.org", "required"),
        ("R2D2", "Quill", "robot@example.org", "only letters"),
        ("Anna", "Quill 3rd", "anna.q@example.org", "only letters"),
        (
            "Anna",
            "Quill",
            "anna.quill@example",
            "not an email address",
        ),
        (&long, "Quill", "long@example.org", "at most 255 characters"),
    ];
    h.portal.clear_request_log();
    for (first, last, email, why) in cases {
        open_form(&mut h, first, last, email);
        h.press("ctrl-s");
        h.settle().await;
        let screen = h.screen();
        assert!(screen.contains(why), "{why}: {screen}");
        assert!(screen.contains(email), "input kept: {screen}");
        assert!(screen.contains(&last[..4]), "input kept: {screen}");
        // Throw the form away: Esc asks first, y discards.
        h.press("esc");
        assert!(h.screen().contains("Discard what you typed?"));
        h.press("y");
        assert!(!h.screen().contains("New user"));
    }
    assert!(writes_to(&h, CREATE).is_empty(), "{:?}", h.log());
    for email in [
        "robot@example.org",
        "anna.q@example.org",
        "long@example.org",
    ] {
        assert!(h.portal.user_by_email(email).is_none());
    }
    h.finish().await;
}

#[tokio::test]
async fn a_duplicate_email_is_refused_in_the_form_with_the_input_kept() {
    let mut h = Harness::start().await;
    let taken = h
        .portal
        .users()
        .into_iter()
        .find_map(|u| u.email)
        .expect("a seeded email");
    let before = h.portal.user_count();
    open_form(&mut h, "Anna", "Quillfeather", &taken);
    h.press("ctrl-s");
    h.settle().await;
    let posts = writes_to(&h, CREATE);
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].status, 400);
    assert_eq!(h.portal.user_count(), before);
    let screen = h.screen();
    assert!(screen.contains("New user"), "the form stays: {screen}");
    assert!(
        screen.contains("User with this email is already registered"),
        "{screen}"
    );
    assert!(screen.contains("Quillfeather"), "{screen}");
    assert!(screen.contains(&taken), "{screen}");
    // Fix the email and send again from the same form.
    h.press("end");
    h.press_n("backspace", taken.len());
    h.paste("anna.new@example.org");
    h.press("ctrl-s");
    h.settle().await;
    assert!(h.portal.user_by_email("anna.new@example.org").is_some());
    h.finish().await;
}

#[tokio::test]
async fn a_type_downgraded_by_the_portal_is_told() {
    let mut h = Harness::start().await;
    h.portal.set_free_paid_seats(0);
    open_form(&mut h, "Rhea", "Quillfeather", "rhea.q@example.org");
    h.press("tab");
    h.press("right");
    assert!(h.screen().contains("Room admin"));
    h.press("ctrl-s");
    h.settle().await;
    let created = h
        .portal
        .user_by_email("rhea.q@example.org")
        .expect("created");
    assert_eq!(created.user_type(), Some(EmployeeType::User));
    let screen = h.screen();
    assert!(
        screen.contains("created Rhea Quillfeather as User, not Room admin"),
        "{screen}"
    );
    h.finish().await;
}

#[tokio::test]
async fn terminate_then_reactivate_one_user() {
    let mut h = Harness::start().await;
    let id = fixture(&h, "Tess", EmployeeType::User, EmployeeStatus::Active);
    look_up(&mut h, "tess.quillfeather@example.org").await;
    h.press("t");
    let screen = h.screen();
    assert!(screen.contains("Terminate 1 user?"), "{screen}");
    assert!(screen.contains("Tess Quillfeather"), "{screen}");
    h.press("y");
    h.press("y"); // held down: must not send twice
    h.settle().await;
    assert_eq!(status_of(&h, id), Some(EmployeeStatus::Terminated));
    let puts = writes_to(&h, TERMINATE);
    assert_eq!(puts.len(), 1, "{puts:?}");
    assert_eq!(puts[0].user_ids, [id]);
    let screen = h.screen();
    assert!(screen.contains("terminated 1 user"), "{screen}");

    h.press("a");
    assert!(h.screen().contains("Re-activate 1 user?"));
    h.press("y");
    h.settle().await;
    assert_eq!(status_of(&h, id), Some(EmployeeStatus::Active));
    assert_eq!(writes_to(&h, ACTIVATE).len(), 1);
    assert!(h.screen().contains("re-activated 1 user"));
    h.finish().await;
}

#[tokio::test]
async fn cancelling_sends_nothing() {
    let mut h = Harness::start().await;
    let id = fixture(&h, "Cato", EmployeeType::User, EmployeeStatus::Active);
    look_up(&mut h, "cato.quillfeather@example.org").await;
    h.press("t");
    h.press("enter"); // Cancel has the focus
    h.press("t");
    h.press("n");
    h.press("d");
    h.press("esc");
    h.settle().await;
    assert!(writes_to(&h, TERMINATE).is_empty());
    assert!(writes_to(&h, DELETE).is_empty());
    assert_eq!(status_of(&h, id), Some(EmployeeStatus::Active));
    h.finish().await;
}

#[tokio::test]
async fn marked_users_with_owner_self_and_admins_left_out_and_explained() {
    let owner = Harness::start().await;
    let me = fixture(
        &owner,
        "Ada",
        EmployeeType::DocSpaceAdmin,
        EmployeeStatus::Active,
    );
    let abe = fixture(
        &owner,
        "Abe",
        EmployeeType::DocSpaceAdmin,
        EmployeeStatus::Active,
    );
    let una = fixture(&owner, "Una", EmployeeType::User, EmployeeStatus::Active);
    let uri = fixture(
        &owner,
        "Uri",
        EmployeeType::RoomAdmin,
        EmployeeStatus::Active,
    );
    let gus = fixture(
        &owner,
        "Gus",
        EmployeeType::User,
        EmployeeStatus::Terminated,
    );
    // An app signed in as Ada, a DocSpace admin who is not the owner.
    let token = owner.portal.token_for(me);
    let mut h = owner.attach(&token, 120, 30).await;
    assert_eq!(h.model().me.as_ref().map(|u| u.id), Some(me));
    search(&mut h, "owner@").await;
    mark(&mut h, &["Demo"]);
    search(&mut h, "Quillfeather").await;
    mark(&mut h, &["Ada", "Abe", "Una", "Uri", "Gus"]);
    assert_eq!(h.model().marks.len(), 6);
    assert!(h.screen().contains("6 marked"));
    h.portal.clear_request_log();
    h.press("t");
    let screen = h.screen();
    assert!(screen.contains("Terminate 2 users?"), "{screen}");
    assert!(screen.contains("Left out (3)"), "{screen}");
    assert!(screen.contains("the portal owner"), "{screen}");
    assert!(screen.contains("this is you"), "{screen}");
    assert!(
        screen.contains("only the portal owner may change"),
        "{screen}"
    );
    assert!(
        screen.contains("Nothing to change (1), already so:"),
        "{screen}"
    );
    assert!(
        screen.contains("Gus Quillfeather: already terminated"),
        "{screen}"
    );
    h.press("y");
    h.settle().await;
    let puts = writes_to(&h, TERMINATE);
    assert_eq!(puts.len(), 1, "{puts:?}");
    let mut sent = puts[0].user_ids.clone();
    sent.sort();
    let mut expected = vec![una, uri];
    expected.sort();
    assert_eq!(sent, expected, "only the eligible users are sent");
    assert_eq!(puts[0].status, 200);
    for id in [una, uri] {
        assert_eq!(status_of(&h, id), Some(EmployeeStatus::Terminated));
    }
    for id in [me, abe, h.portal.owner_id()] {
        assert_eq!(status_of(&h, id), Some(EmployeeStatus::Active));
    }
    let screen = h.screen();
    assert!(
        screen.contains("Terminated 2 users; 1 already so; 3 left out"),
        "{screen}"
    );
    assert!(screen.contains("Left out (3)"), "{screen}");
    assert!(screen.contains("Nothing to change (1)"), "{screen}");
    assert!(screen.contains("already terminated"), "{screen}");
    assert!(h.model().marks.is_empty());
    let _ = gus;
    h.finish().await;
    owner.finish().await;
}

#[tokio::test]
async fn deleting_a_terminated_user_says_it_is_permanent_then_the_portal_404s_it() {
    let mut h = Harness::start().await;
    let id = fixture(&h, "Dora", EmployeeType::User, EmployeeStatus::Terminated);
    look_up(&mut h, "dora.quillfeather@example.org").await;
    h.press("d");
    let screen = h.screen();
    assert!(screen.contains("Delete 1 user permanently?"), "{screen}");
    assert!(screen.contains("Deletion is permanent"), "{screen}");
    assert!(!screen.contains("Two steps"), "{screen}");
    h.press("y");
    h.settle().await;
    assert!(h.portal.user(id).is_none(), "deleted on the portal");
    assert!(writes_to(&h, TERMINATE).is_empty());
    let deletes = writes_to(&h, DELETE);
    assert_eq!(deletes.len(), 1);
    assert_eq!(deletes[0].user_ids, [id]);
    let screen = h.screen();
    assert!(screen.contains("deleted 1 user"), "{screen}");
    assert!(
        screen.contains(&format!("· {} users", h.portal.user_count())),
        "the count follows the portal: {screen}"
    );
    // The portal now answers 404 for this user.
    look_up(&mut h, "dora.quillfeather@example.org").await;
    let gets = h.requests_to("/api/2.0/people/email");
    assert_eq!(gets.last().map(|r| r.status), Some(404));
    assert!(h.screen().contains("no user with email"));
    h.finish().await;
}

#[tokio::test]
async fn deleting_an_active_user_terminates_then_deletes() {
    let mut h = Harness::start().await;
    let id = fixture(&h, "Otto", EmployeeType::User, EmployeeStatus::Active);
    look_up(&mut h, "otto.quillfeather@example.org").await;
    h.portal.clear_request_log();
    h.press("d");
    let screen = h.screen();
    assert!(
        screen.contains("Terminate, then delete 1 user permanently?"),
        "{screen}"
    );
    assert!(
        screen.contains("1. terminate Otto Quillfeather"),
        "{screen}"
    );
    assert!(screen.contains("2. only if that succeeded"), "{screen}");
    h.press("y");
    h.settle().await;
    assert!(h.portal.user(id).is_none());
    let writes: Vec<_> = h
        .log()
        .into_iter()
        .filter(|r| r.method == "PUT")
        .map(|r| (r.path, r.user_ids))
        .collect();
    assert_eq!(
        writes,
        [
            (TERMINATE.to_string(), vec![id]),
            (DELETE.to_string(), vec![id])
        ],
        "terminate first, then delete"
    );
    assert!(h.screen().contains("terminated and deleted 1 user"));
    let fetch = format!("/api/2.0/people/{id}");
    assert!(
        h.requests_to(&fetch).iter().all(|r| r.status != 200),
        "the deleted user is not shown again"
    );
    h.finish().await;
}

#[tokio::test]
async fn a_failed_terminate_never_leads_to_a_delete() {
    let mut h = Harness::start().await;
    let id = fixture(&h, "Fay", EmployeeType::User, EmployeeStatus::Active);
    look_up(&mut h, "fay.quillfeather@example.org").await;
    h.portal.clear_request_log();
    h.portal.inject(
        FaultRule::new(Fault::Status(500))
            .method("PUT")
            .path(TERMINATE)
            .times(1),
    );
    h.press("d");
    h.press("y");
    h.settle().await;
    assert_eq!(writes_to(&h, TERMINATE).len(), 1);
    assert!(writes_to(&h, DELETE).is_empty(), "{:?}", h.log());
    let user = h.portal.user(id).expect("the user still exists");
    assert_eq!(user.status, Some(EmployeeStatus::Active));
    let screen = h.screen();
    assert!(screen.contains("Failed (1)"), "{screen}");
    assert!(screen.contains("Fay Quillfeather"), "{screen}");
    h.finish().await;
}

#[tokio::test]
async fn deleting_several_marked_users_needs_their_count_typed() {
    let mut h = Harness::start().await;
    let ids = [
        fixture(&h, "Bea", EmployeeType::User, EmployeeStatus::Terminated),
        fixture(&h, "Bob", EmployeeType::User, EmployeeStatus::Terminated),
        fixture(&h, "Bud", EmployeeType::User, EmployeeStatus::Active),
    ];
    search(&mut h, "Quillfeather").await;
    mark(&mut h, &["Bea", "Bob", "Bud"]);
    h.portal.clear_request_log();
    h.press("d");
    let screen = h.screen();
    assert!(screen.contains("Type 3 and press enter"), "{screen}");
    assert!(screen.contains("1. terminate Bud Quillfeather"), "{screen}");
    h.press("y");
    h.press("enter");
    h.type_text("2");
    h.press("enter");
    assert!(h.screen().contains("That is not 3"));
    h.settle().await;
    assert!(h.log().iter().all(|r| r.method == "GET"), "{:?}", h.log());
    h.press("backspace");
    h.type_text("3");
    h.press("enter");
    h.settle().await;
    for id in ids {
        assert!(h.portal.user(id).is_none(), "{id} deleted");
    }
    let deletes = writes_to(&h, DELETE);
    assert_eq!(deletes.len(), 1, "one list request");
    assert_eq!(deletes[0].user_ids.len(), 3);
    let terminates = writes_to(&h, TERMINATE);
    assert_eq!(terminates.len(), 1);
    assert_eq!(terminates[0].user_ids, [ids[2]]);
    let screen = h.screen();
    assert!(
        screen.contains("Terminated and deleted 3 users"),
        "{screen}"
    );
    assert!(screen.contains("Succeeded (3)"), "{screen}");
    h.finish().await;
}

#[tokio::test]
async fn reactivation_stopped_by_the_seat_limit_reports_each_user() {
    let mut h = Harness::start().await;
    let ids = [
        fixture(&h, "Ivy", EmployeeType::User, EmployeeStatus::Terminated),
        fixture(&h, "Ian", EmployeeType::User, EmployeeStatus::Terminated),
        fixture(&h, "Ike", EmployeeType::User, EmployeeStatus::Terminated),
    ];
    h.portal.set_free_user_seats(1);
    search(&mut h, "Quillfeather").await;
    mark(&mut h, &["Ivy", "Ian", "Ike"]);
    let order: Vec<Uuid> = h.model().marks.ids().collect();
    h.press("a");
    assert!(h.screen().contains("Re-activate 3 users?"));
    h.press("y");
    h.settle().await;
    let active: Vec<Uuid> = ids
        .iter()
        .copied()
        .filter(|id| status_of(&h, *id) == Some(EmployeeStatus::Active))
        .collect();
    assert_eq!(active, [order[0]], "only the first got the free seat");
    let screen = h.screen();
    assert!(screen.contains("Re-activated 1 user; 2 failed"), "{screen}");
    assert!(screen.contains("Failed (2)"), "{screen}");
    assert!(screen.contains("Succeeded (1)"), "{screen}");
    assert!(screen.contains("should not exceed"), "{screen}");
    h.finish().await;
}

#[tokio::test]
async fn no_free_user_seat_is_refused_in_the_form_with_the_input_kept() {
    let mut h = Harness::start().await;
    h.portal.set_free_user_seats(0);
    let before = h.portal.user_count();
    open_form(&mut h, "Nell", "Quillfeather", "nell.q@example.org");
    h.press("ctrl-s");
    h.settle().await;
    let posts = writes_to(&h, CREATE);
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].status, 402);
    assert_eq!(h.portal.user_count(), before);
    let screen = h.screen();
    assert!(screen.contains("New user"), "the form stays: {screen}");
    assert!(
        screen.contains("no free seat for this type (402)"),
        "{screen}"
    );
    assert!(screen.contains("nell.q@example.org"), "{screen}");
    h.finish().await;
}
