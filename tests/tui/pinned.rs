//! The detail pane, and what an action applies to, stay with a user (by id), whatever
//! happens to the rows: a status change that moves the user to another part of the list,
//! a refresh, a delete. Never the neighbour who takes the row.

use docspace_people::api::{EmployeeFullDto, EmployeeStatus};
use uuid::Uuid;

use crate::harness::Harness;

const TERMINATE: &str = "/api/2.0/people/status/Terminated";
const DELETE: &str = "/api/2.0/people/delete";

fn writes_to(h: &Harness, path: &str) -> usize {
    h.requests_to(path)
        .iter()
        .filter(|r| r.method == "PUT")
        .count()
}

fn status_of(h: &Harness, id: Uuid) -> Option<EmployeeStatus> {
    h.portal.user(id).and_then(|u| u.status)
}

/// Moves the cursor to the first active user below the top who is not the owner; returns
/// that user and the one below it (who takes its row when it moves away).
fn select_an_active_user(h: &mut Harness) -> (EmployeeFullDto, EmployeeFullDto) {
    let owner = h.portal.owner_id();
    loop {
        h.press("j");
        let users = &h.model().users;
        let here = users.current().cloned().expect("a loaded row");
        if here.id != owner && here.status == Some(EmployeeStatus::Active) {
            let below = users.get(users.cursor + 1).cloned().expect("a row below");
            return (here, below);
        }
    }
}

/// The name as the screen shows it (first and last name).
fn name(u: &EmployeeFullDto) -> String {
    u.name_for_people()
}

#[tokio::test]
async fn the_focused_details_stay_on_a_terminated_user_who_moved_away() {
    let mut h = Harness::start().await;
    let (target, below) = select_an_active_user(&mut h);
    h.press("enter");
    h.press("t");
    h.press("y");
    h.settle().await;
    assert_eq!(status_of(&h, target.id), Some(EmployeeStatus::Terminated));
    // Terminated users are listed after the active ones: the user left this row.
    assert_ne!(
        h.model().users.current().map(|u| u.id),
        Some(target.id),
        "the fixture moves the user away"
    );
    assert_eq!(h.model().detail_user().map(|u| u.id), Some(target.id));
    let screen = h.screen();
    assert!(screen.contains(&name(&target)), "{screen}");
    assert!(!screen.contains(&name(&below)), "{screen}");
    assert!(
        screen.contains("terminated"),
        "the new status is shown: {screen}"
    );
    // A second t applies to the same user, already terminated: nothing to send.
    h.press("t");
    let screen = h.screen();
    assert!(screen.contains("Nothing to terminate"), "{screen}");
    h.press("y");
    h.settle().await;
    assert_eq!(writes_to(&h, TERMINATE), 1);
    assert_eq!(status_of(&h, below.id), Some(EmployeeStatus::Active));
    h.finish().await;
}

#[tokio::test]
async fn after_a_delete_the_pane_says_the_user_is_gone_and_keys_act_on_nobody() {
    let mut h = Harness::start().await;
    let (target, below) = select_an_active_user(&mut h);
    h.press("d");
    h.press("y");
    h.settle().await;
    assert!(h.portal.user(target.id).is_none(), "deleted on the portal");
    let screen = h.screen();
    assert!(screen.contains("Details · gone"), "{screen}");
    assert!(screen.contains("No longer on the portal"), "{screen}");
    assert!(screen.contains(&name(&target)), "{screen}");
    // t and d apply to the user shown, who is gone: nothing is sent, and the neighbour
    // now under the cursor is left alone.
    h.portal.clear_request_log();
    h.press("t");
    h.press("y");
    h.press("d");
    h.press("y");
    h.settle().await;
    assert_eq!(writes_to(&h, TERMINATE) + writes_to(&h, DELETE), 0);
    assert_eq!(status_of(&h, below.id), Some(EmployeeStatus::Active));
    let screen = h.screen();
    assert!(
        screen.contains("is no longer on the portal; nothing to act on"),
        "{screen}"
    );
    // Moving the cursor selects again.
    h.press("k");
    h.press("j");
    assert!(h.model().detail_user().is_some_and(|u| u.id != target.id));
    h.finish().await;
}

#[tokio::test]
async fn a_refresh_keeps_the_side_pane_on_a_user_changed_elsewhere() {
    let mut h = Harness::start().await;
    let (target, below) = select_an_active_user(&mut h);
    // Another administrator terminates the user; r reads the list again.
    assert!(
        h.portal
            .set_user_status(target.id, EmployeeStatus::Terminated)
    );
    h.press("r");
    h.settle().await;
    assert_eq!(h.model().detail_user().map(|u| u.id), Some(target.id));
    assert_eq!(
        h.model().detail_user().and_then(|u| u.status),
        Some(EmployeeStatus::Terminated),
        "read again by id"
    );
    let screen = h.screen();
    assert!(screen.contains("Details · not at the cursor"), "{screen}");
    // The action applies to the user shown, never to the row's new occupant.
    h.press("d");
    let screen = h.screen();
    assert!(screen.contains(&name(&target)), "{screen}");
    assert!(screen.contains("Delete 1 user permanently?"), "{screen}");
    h.press("esc");
    assert_eq!(status_of(&h, below.id), Some(EmployeeStatus::Active));
    h.finish().await;
}
