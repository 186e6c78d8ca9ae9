use super::super::test_support::*;
use super::*;

fn status_of(s: &Store, n: u128) -> EmployeeStatus {
    let idx = s.index_of(id(n)).expect("user");
    s.user(idx).map(|u| u.status).expect("user")
}

#[test]
fn only_active_and_terminated_are_settable() {
    let mut s = small();
    let owner = viewer(&s, 1);
    assert_eq!(
        s.set_status(&owner, EmployeeStatus::Pending, &[id(4)]),
        Err(Refusal::Argument("Incorrect status".into()))
    );
}

#[test]
fn precheck_refuses_the_whole_list() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let admin = viewer(&s, 2);
    let t = EmployeeStatus::Terminated;
    for (caller, bad) in [
        (&owner, 1),
        (&owner, 999),
        (&admin, 2),
        (&admin, 1),
        (&admin, 2),
    ] {
        let r = s.set_status(caller, t, &[id(4), id(bad)]);
        assert_eq!(
            r,
            Err(Refusal::AccessDenied),
            "caller {:?} target {bad}",
            caller.id
        );
        assert_eq!(status_of(&s, 4), EmployeeStatus::Active, "nothing changed");
    }
    let ra = viewer(&s, 3);
    assert_eq!(s.set_status(&ra, t, &[id(4)]), Err(Refusal::AccessDenied));
    // The owner may terminate an admin.
    assert!(s.set_status(&owner, t, &[id(2)]).is_ok());
    assert_eq!(status_of(&s, 2), t);
}

#[test]
fn activation_touches_only_terminated_users_and_stops_at_the_seat_limit() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let used = s.seat_usage().paid_used;
    s.set_seat_limits(Some(used), None);
    let r = s.set_status(&owner, EmployeeStatus::Active, &[id(6), id(8), id(7)]);
    assert_eq!(
        r,
        Err(Refusal::Quota(format!(
            "The number of admins should not exceed {used}"
        )))
    );
    assert_eq!(
        status_of(&s, 6),
        EmployeeStatus::Active,
        "earlier user stays active"
    );
    assert_eq!(
        status_of(&s, 8),
        EmployeeStatus::Pending,
        "pending untouched"
    );
    assert_eq!(status_of(&s, 7), EmployeeStatus::Terminated);
}

#[test]
fn one_request_counts_the_seats_it_fills() {
    let mut s = small();
    let owner = viewer(&s, 1);
    for n in 30..33 {
        let mut u = crate::model::User::new(id(n), "T", "U", &format!("t{n}@x.test"), Role::User);
        u.status = EmployeeStatus::Terminated;
        s.insert(u);
    }
    let used = s.seat_usage().user_used;
    s.set_seat_limits(None, Some(used + 2));
    let r = s.set_status(&owner, EmployeeStatus::Active, &[id(30), id(31), id(32)]);
    assert_eq!(
        r,
        Err(Refusal::Quota(format!(
            "The number of users should not exceed {}",
            used + 2
        )))
    );
    assert_eq!(status_of(&s, 30), EmployeeStatus::Active);
    assert_eq!(status_of(&s, 31), EmployeeStatus::Active);
    assert_eq!(status_of(&s, 32), EmployeeStatus::Terminated);
    // A type change frees the seat it leaves: two users become room admins with
    // two paid seats free, and their user seats free up for the third.
    let paid = s.seat_usage().paid_used;
    s.set_seat_limits(Some(paid + 2), None);
    s.set_type(
        &owner,
        docspace_api::dto::EmployeeType::RoomAdmin,
        &[id(30), id(31)],
    )
    .expect("two paid seats were free");
    assert!(
        s.set_type(&owner, docspace_api::dto::EmployeeType::RoomAdmin, &[id(4)])
            .is_err_and(|e| matches!(e, Refusal::Quota(_)))
    );
    assert!(
        s.set_status(&owner, EmployeeStatus::Active, &[id(32)])
            .is_ok()
    );
}

#[test]
fn re_enabled_nameless_invitee_comes_back_pending() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let slots = s
        .set_status(&owner, EmployeeStatus::Terminated, &[id(8), id(8)])
        .expect("terminated");
    assert_eq!(slots.len(), 1);
    assert_eq!(status_of(&s, 8), EmployeeStatus::Terminated);
    s.set_status(&owner, EmployeeStatus::Active, &[id(8)])
        .expect("activated");
    assert_eq!(status_of(&s, 8), EmployeeStatus::Pending);
}
