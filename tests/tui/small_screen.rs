//! While the terminal is too small to show what a key would do, keys other than quit,
//! help and Ctrl-Z do nothing: nothing is confirmed blind. A confirmation open when the
//! terminal shrinks waits, and is shown again when it grows.

use docspace_people::api::EmployeeStatus;

use crate::harness::Harness;

const TERMINATE: &str = "/api/2.0/people/status/Terminated";
const DELETE: &str = "/api/2.0/people/delete";

fn writes(h: &Harness) -> usize {
    h.log()
        .iter()
        .filter(|r| r.method == "PUT" && (r.path == TERMINATE || r.path == DELETE))
        .count()
}

fn active_users(h: &Harness) -> usize {
    h.portal
        .users()
        .iter()
        .filter(|u| u.status == Some(EmployeeStatus::Active))
        .count()
}

#[tokio::test]
async fn keys_behind_terminal_too_small_change_nothing() {
    let mut h = Harness::start().await;
    let active = active_users(&h);
    h.resize(20, 5);
    let screen = h.screen();
    assert!(screen.contains("terminal too"), "{screen}");
    for k in ["j", "j", "t", "y", "d", "y", "space", "a", "y"] {
        h.press(k);
    }
    h.settle().await;
    assert_eq!(writes(&h), 0, "nothing sent blind");
    assert_eq!(active_users(&h), active);
    // Grown again: the list as it was, with no dialog and nothing marked.
    h.resize(120, 30);
    let screen = h.screen();
    assert!(!screen.contains("terminal too small"), "{screen}");
    assert!(!screen.contains("Terminate"), "no dialog: {screen}");
    assert!(h.model().marks.is_empty());
    assert_eq!(h.model().users.cursor, 0, "j did not move the cursor");
    h.finish().await;
}

#[tokio::test]
async fn a_confirmation_waits_while_the_terminal_is_too_small() {
    let mut h = Harness::start().await;
    let owner = h.portal.owner_id();
    while h.model().users.current().is_none_or(|u| {
        u.id == owner || u.status != Some(EmployeeStatus::Active) || u.is_ldap == Some(true)
    }) {
        h.press("j");
    }
    let target = h.model().users.current().cloned().expect("a user");
    h.press("t");
    assert!(h.screen().contains("Terminate 1 user?"));
    h.resize(30, 8);
    let screen = h.screen();
    assert!(!screen.contains("Terminate 1 user?"), "{screen}");
    h.press("y");
    h.press("esc");
    h.press("enter");
    h.settle().await;
    assert_eq!(writes(&h), 0);
    h.resize(100, 24);
    assert!(
        h.screen().contains("Terminate 1 user?"),
        "shown again: {}",
        h.screen()
    );
    h.press("y");
    h.settle().await;
    assert_eq!(writes(&h), 1);
    let status = h.portal.user(target.id).and_then(|u| u.status);
    assert_eq!(status, Some(EmployeeStatus::Terminated));
    h.finish().await;
}
