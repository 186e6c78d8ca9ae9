use std::time::Instant;

use super::super::holdings::{Holdings, Personal, room};
use super::super::test_support::*;
use super::*;
use docspace_api::admin::TaskStatus;

/// The small portal where user 7 alone owns a room (3 files) and 9 personal files,
/// `shared` of them shared.
fn seven_owning_a_room_and_files(shared: u32) -> Store {
    let mut s = small();
    s.admin.holdings = Holdings::default();
    s.admin.holdings.add_room(room(id(7), 3));
    let slot = s.index_of(id(7)).expect("seven");
    s.admin
        .holdings
        .set_personal(slot, Personal { files: 9, shared });
    s
}

#[test]
fn a_delete_queues_the_removal_of_the_data_which_goes_to_the_caller() {
    let mut s = seven_owning_a_room_and_files(1);
    let slot = s.index_of(id(7)).expect("seven");
    let admin = viewer(&s, 2);
    s.delete_one(&admin, &id(7).to_string()).expect("deleted");
    let now = Instant::now();
    let mut seen = Vec::new();
    while let Some(p) = s.removal_progress(&admin, id(7), now).expect("allowed") {
        seen.push(p.percentage);
        if p.is_completed {
            assert_eq!(p.status, TaskStatus::Completed);
            break;
        }
    }
    assert_eq!(
        seen,
        [5, 10, 30, 45, 50, 60, 70, 95, 100],
        "RemoveProgressItem.cs lines 109-166"
    );
    assert_eq!(
        s.admin.holdings.rooms_of(id(2)).count(),
        1,
        "ReassignRoomsAsync(user, current)"
    );
    assert_eq!(s.admin.holdings.personal(slot), Personal::default());
    let two = s.index_of(id(2)).expect("admin");
    assert_eq!(s.admin.holdings.personal(two).shared, 1);
}

#[test]
fn bulk_delete_queues_a_removal_for_each_user_deleted() {
    let mut s = small();
    let owner = viewer(&s, 1);
    s.delete_many(&owner, &[id(6), id(7)]).expect("deleted");
    let now = Instant::now();
    for n in [6, 7] {
        let p = s.removal_progress(&owner, id(n), now).expect("allowed");
        assert_eq!(p.map(|p| p.percentage), Some(5));
    }
}

#[test]
fn remove_start_wants_a_terminated_user_and_deletes_the_profile_at_the_end() {
    // RemoveUserDataController.cs lines 107-141.
    let mut s = small();
    let now = Instant::now();
    let owner = viewer(&s, 1);
    assert_eq!(
        s.start_removal(&owner, id(99), now),
        Err(Refusal::Argument(format!(
            "User with id = {} not found",
            id(99)
        )))
    );
    for n in [1, 4] {
        assert_eq!(
            s.start_removal(&owner, id(n), now),
            Err(Refusal::Argument(format!(
                "Can not delete user with id = {}",
                id(n)
            )))
        );
    }
    let p = s.start_removal(&owner, id(6), now).expect("started");
    assert_eq!(p.status, TaskStatus::Created);
    s.finish_jobs(Instant::now());
    assert!(
        s.index_of(id(6)).is_none(),
        "deleteProfile: the user is gone"
    );
    let ra = viewer(&s, 3);
    assert_eq!(s.start_removal(&ra, id(7), now), Err(Refusal::AccessDenied));
}

#[test]
fn terminate_removal_stops_it() {
    let mut s = small();
    let now = Instant::now();
    let owner = viewer(&s, 1);
    s.start_removal(&owner, id(6), now).expect("started");
    s.terminate_removal(&owner, id(6), now).expect("allowed");
    assert_eq!(s.removal_progress(&owner, id(6), now), Ok(None));
    assert!(s.index_of(id(6)).is_some());
}

/// A removal fails on any error, after what it did so far (`RemoveProgressItem.cs`
/// lines 168-174: `Failted`, the exception's message, `IsCompleted`).
#[test]
fn a_removal_set_to_fail_fails_half_way_with_the_message_keeping_what_it_did() {
    let mut s = seven_owning_a_room_and_files(0);
    let slot = s.index_of(id(7)).expect("seven");
    s.fail_removals("storage offline");
    let admin = viewer(&s, 2);
    s.delete_one(&admin, &id(7).to_string()).expect("deleted");
    let now = Instant::now();
    let mut last = None;
    while let Some(p) = s.removal_progress(&admin, id(7), now).expect("allowed") {
        let done = p.is_completed;
        last = Some(p);
        if done {
            break;
        }
    }
    let p = last.expect("read");
    assert_eq!(
        (p.status, p.percentage, p.error.as_deref()),
        (TaskStatus::Failed, 45, Some("storage offline"))
    );
    assert_eq!(s.admin.holdings.personal(slot), Personal::default());
    assert_eq!(s.admin.holdings.rooms_of(id(2)).count(), 0, "never moved");
}
