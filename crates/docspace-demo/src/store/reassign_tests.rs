use std::time::Instant;

use super::super::holdings::{Holdings, Personal, room};
use super::super::test_support::*;
use super::*;
use docspace_api::admin::TaskStatus;

fn start(from: u128, to: u128, delete: bool) -> StartReassignRequestDto {
    StartReassignRequestDto {
        from_user_id: id(from),
        to_user_id: id(to),
        delete_profile: delete,
    }
}

fn with_rooms() -> Store {
    let mut s = small();
    s.admin.holdings = Holdings::default();
    s.admin.holdings.add_room(room(id(7), 4));
    s.admin.holdings.add_room(room(id(7), 1));
    s
}

#[test]
fn only_docspace_admins_reassign() {
    // ReassignController.cs line 87 demands Action_EditUser; the vendor's API tests see
    // 403 `Access denied` for room admins, users and guests.
    let mut s = with_rooms();
    let now = Instant::now();
    for caller in [3, 4, 5] {
        let v = viewer(&s, caller);
        assert_eq!(
            s.start_reassign(&v, &start(7, 3, false), now),
            Err(Refusal::AccessDenied)
        );
        assert_eq!(
            s.reassign_progress(&v, id(7), now),
            Err(Refusal::AccessDenied)
        );
        assert_eq!(
            s.terminate_reassign(&v, id(7), now),
            Err(Refusal::AccessDenied)
        );
    }
}

#[test]
fn the_receiver_must_be_an_active_admin_or_room_admin() {
    // ReassignController.cs lines 89-99.
    let mut s = with_rooms();
    let now = Instant::now();
    let owner = viewer(&s, 1);
    for to in [4, 5, 6] {
        assert_eq!(
            s.start_reassign(&owner, &start(7, to, false), now),
            Err(Refusal::Argument(format!(
                "Can not reassign data to user with id = {}",
                id(to)
            )))
        );
    }
    assert_eq!(
        s.start_reassign(&owner, &start(7, 99, false), now),
        Err(Refusal::Argument(format!(
            "Can not reassign data to user with id = {LOST_USER}"
        ))),
        "an unknown receiver is the server's LostUser"
    );
}

#[test]
fn the_source_must_be_terminated_and_not_the_owner_or_the_caller() {
    // ReassignController.cs lines 101-112.
    let mut s = with_rooms();
    let now = Instant::now();
    let owner = viewer(&s, 1);
    let admin = viewer(&s, 2);
    let refused = |from: u128| {
        Err(Refusal::Argument(format!(
            "Can not reassign data from user with id = {}",
            id(from)
        )))
    };
    assert_eq!(
        s.start_reassign(&owner, &start(3, 2, false), now),
        refused(3),
        "active"
    );
    assert_eq!(
        s.start_reassign(&owner, &start(1, 2, false), now),
        refused(1),
        "owner"
    );
    let mut other = crate::model::User::new(id(20), "Al", "Two", "al@demo.test", Role::Admin);
    other.status = EmployeeStatus::Terminated;
    s.insert(other);
    assert_eq!(
        s.start_reassign(&admin, &start(20, 3, false), now),
        refused(20),
        "a DocSpace admin's data: the owner only"
    );
    assert!(s.start_reassign(&owner, &start(20, 3, false), now).is_ok());
}

#[test]
fn a_reassignment_hands_rooms_and_shared_files_over_and_may_delete_the_profile() {
    let mut s = with_rooms();
    let now = Instant::now();
    let from = s.index_of(id(7)).expect("from");
    s.admin.holdings.set_personal(
        from,
        Personal {
            files: 12,
            shared: 3,
        },
    );
    let owner = viewer(&s, 1);
    let p = s
        .start_reassign(&owner, &start(7, 3, true), now)
        .expect("started");
    assert_eq!((p.status, p.percentage), (TaskStatus::Created, 0));
    let mut seen = Vec::new();
    while let Some(p) = s.reassign_progress(&owner, id(7), now).expect("allowed") {
        seen.push(p.percentage);
        if p.is_completed {
            break;
        }
    }
    assert_eq!(
        seen,
        [5, 10, 20, 30, 50, 70, 90, 95, 100],
        "ReassignProgressItem.cs lines 103-148"
    );
    assert_eq!(s.admin.holdings.rooms_of(id(3)).count(), 2);
    assert_eq!(
        s.admin.holdings.personal(from).files,
        0,
        "personal files deleted"
    );
    let to = s.index_of(id(3)).expect("to");
    assert_eq!(s.admin.holdings.personal(to).shared, 3);
    assert!(
        s.index_of(id(7)).is_none(),
        "deleteProfile deleted the user"
    );
}

#[test]
fn a_delete_is_refused_while_the_data_is_being_handed_over() {
    // UserController.cs lines 711 and 2565-2581: a plain Exception, so 500.
    let mut s = with_rooms();
    let now = Instant::now();
    let owner = viewer(&s, 1);
    s.start_reassign(&owner, &start(7, 3, false), now)
        .expect("started");
    let refused = s.delete_one(&owner, &id(7).to_string());
    assert_eq!(
        refused,
        Err(Refusal::Internal(
            "Data reassign process for Tara Tester is not complete.".into()
        ))
    );
    assert_eq!(refused.map(|_| ()).unwrap_err().status(), 500);
    assert!(
        s.delete_many(&owner, &[id(6), id(7)]).is_err(),
        "bulk too, before anything"
    );
    assert!(s.index_of(id(6)).is_some(), "nothing was deleted");
    s.finish_jobs(Instant::now());
    assert!(
        s.delete_one(&owner, &id(7).to_string()).is_ok(),
        "finished: allowed"
    );
}

#[test]
fn necessary_says_whether_there_are_rooms_or_for_guests_shared_files() {
    let mut s = with_rooms();
    let owner = viewer(&s, 1);
    assert_eq!(
        s.reassign_necessary(&owner, id(7), EmployeeType::User),
        Ok(true)
    );
    assert_eq!(
        s.reassign_necessary(&owner, id(6), EmployeeType::User),
        Ok(false)
    );
    let six = s.index_of(id(6)).expect("six");
    s.admin.holdings.set_personal(
        six,
        Personal {
            files: 0,
            shared: 2,
        },
    );
    assert_eq!(
        s.reassign_necessary(&owner, id(6), EmployeeType::User),
        Ok(false)
    );
    assert_eq!(
        s.reassign_necessary(&owner, id(6), EmployeeType::Guest),
        Ok(true)
    );
    // ReassignController.cs lines 162-171.
    let ra = viewer(&s, 3);
    assert_eq!(
        s.reassign_necessary(&ra, id(6), EmployeeType::All),
        Err(Refusal::AccessDenied)
    );
    assert_eq!(
        s.reassign_necessary(&ra, id(6), EmployeeType::User),
        Ok(false)
    );
    let admin = viewer(&s, 2);
    assert_eq!(
        s.reassign_necessary(&admin, id(1), EmployeeType::User),
        Err(Refusal::AccessDenied),
        "only the owner asks about a DocSpace admin"
    );
}

#[test]
fn only_the_owner_follows_the_reassignment_of_an_admin() {
    // ReassignController.cs lines 64-69; the vendor's tests file this as bug 78957.
    let mut s = with_rooms();
    let now = Instant::now();
    let admin = viewer(&s, 2);
    assert_eq!(
        s.reassign_progress(&admin, id(1), now),
        Err(Refusal::AccessDenied)
    );
    assert_eq!(
        s.reassign_progress(&admin, id(7), now),
        Ok(None),
        "nothing queued"
    );
}
