use std::time::Instant;

use super::super::holdings::{Holdings, room};
use super::super::test_support::*;
use super::*;
use docspace_api::admin::TaskStatus;

fn req(user: u128, kind: EmployeeType, to: Option<u128>) -> StartUpdateUserTypeDto {
    StartUpdateUserTypeDto {
        kind: Some(kind),
        user_id: id(user),
        reassign_user_id: to.map(id),
    }
}

fn percentages(s: &mut Store, v: &Viewer, user: u128) -> Vec<i64> {
    let now = Instant::now();
    let mut seen = Vec::new();
    while let Some(p) = s.type_change_progress(v, id(user), now).expect("allowed") {
        seen.push(p.percentage);
        if p.is_completed {
            break;
        }
    }
    seen
}

#[test]
fn a_room_admin_downgraded_to_user_hands_rooms_over_then_changes_type() {
    let mut s = small();
    s.admin.holdings = Holdings::default();
    s.admin.holdings.add_room(room(id(3), 2));
    let owner = viewer(&s, 1);
    let p = s
        .start_type_change(&owner, &req(3, EmployeeType::User, Some(2)), Instant::now())
        .expect("started");
    assert_eq!(p.id, format!("1_{}_UpdateUserTypeProgressItem", id(3)));
    assert_eq!(
        percentages(&mut s, &owner, 3),
        [5, 10, 40, 45, 100],
        "UpdateUserTypeProgressItem.cs lines 95-136"
    );
    assert_eq!(s.admin.holdings.rooms_of(id(2)).count(), 1);
    assert!(!s.admin.holdings.any_rooms(id(3)));
    let slot = s.index_of(id(3)).expect("three");
    assert_eq!(s.user(slot).map(|u| u.role), Some(Role::User));
}

#[test]
fn a_user_downgraded_to_guest_leaves_groups_and_the_rooms_go_to_the_caller() {
    let mut s = small();
    let slot = s.index_of(id(4)).expect("user");
    s.user_mut(slot).expect("user").groups = vec![0];
    let admin = viewer(&s, 2);
    s.start_type_change(&admin, &req(4, EmployeeType::Guest, None), Instant::now())
        .expect("started");
    assert_eq!(percentages(&mut s, &admin, 4), [5, 10, 40, 60, 100]);
    let u = s.user(slot).expect("user");
    assert_eq!(u.role, Role::Guest);
    assert!(
        u.groups.is_empty(),
        "UpdateUserTypeProgressItem.cs lines 223-232"
    );
}

#[test]
fn the_start_refuses_as_the_server_does() {
    // UserController.cs lines 2278-2320.
    let mut s = small();
    let now = Instant::now();
    let owner = viewer(&s, 1);
    let admin = viewer(&s, 2);
    let arg = |m: &str| Err(Refusal::Argument(m.to_string()));
    assert_eq!(
        s.start_type_change(&owner, &req(3, EmployeeType::RoomAdmin, None), now),
        arg("Can not update to RoomAdmin")
    );
    for (who, user, to) in [
        (&owner, 6, None),
        (&owner, 1, Some(2)),
        (&owner, 3, Some(3)),
        (&owner, 4, Some(7)),
        (&owner, 99, None),
    ] {
        assert_eq!(
            s.start_type_change(who, &req(user, EmployeeType::User, to), now),
            arg("Can not update type"),
            "user {user} to {to:?}"
        );
    }
    assert_eq!(
        s.start_type_change(&admin, &req(2, EmployeeType::User, Some(3)), now),
        arg("Can not update type")
    );
    s.insert(crate::model::User::new(
        id(20),
        "Al",
        "Two",
        "al@demo.test",
        Role::Admin,
    ));
    assert_eq!(
        s.start_type_change(&admin, &req(20, EmployeeType::User, None), now),
        arg("Can not update type for admin")
    );
    assert_eq!(
        s.start_type_change(&owner, &req(3, EmployeeType::User, Some(4)), now),
        arg(&format!("Can not reassign to user - {}", id(4)))
    );
    let ra = viewer(&s, 3);
    assert_eq!(
        s.start_type_change(&ra, &req(4, EmployeeType::Guest, None), now),
        Err(Refusal::AccessDenied)
    );
}

#[test]
fn an_unknown_receiver_passes_the_checks_and_fails_the_job() {
    let mut s = small();
    let owner = viewer(&s, 1);
    s.start_type_change(
        &owner,
        &req(3, EmployeeType::User, Some(99)),
        Instant::now(),
    )
    .expect("LostUser looks like a room admin to the start checks");
    s.finish_jobs(Instant::now());
    let p = s
        .peek_job(
            super::super::jobs::JobKind::TypeChange,
            id(3),
            Instant::now(),
        )
        .expect("kept");
    assert_eq!(p.status, TaskStatus::Failed);
    assert_eq!(p.error.as_deref(), Some("User could not be found"));
    let slot = s.index_of(id(3)).expect("three");
    assert_eq!(
        s.user(slot).map(|u| u.role),
        Some(Role::RoomAdmin),
        "type unchanged"
    );
}
