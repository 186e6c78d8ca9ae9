use super::super::test_support::*;
use super::*;

fn role_of(s: &Store, n: u128) -> Role {
    let idx = s.index_of(id(n)).expect("user");
    s.user(idx).map(|u| u.role).expect("user")
}

#[test]
fn upgrades_follow_the_listed_paths() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let admin = viewer(&s, 2);
    assert!(s.set_type(&admin, EmployeeType::User, &[id(5)]).is_ok());
    assert_eq!(role_of(&s, 5), Role::User);
    assert!(
        s.set_type(&admin, EmployeeType::RoomAdmin, &[id(5)])
            .is_ok()
    );
    assert_eq!(
        s.set_type(&admin, EmployeeType::DocSpaceAdmin, &[id(5)]),
        Err(Refusal::AccessDenied)
    );
    assert!(
        s.set_type(&owner, EmployeeType::DocSpaceAdmin, &[id(5)])
            .is_ok()
    );
    assert_eq!(role_of(&s, 5), Role::Admin);
    assert!(
        s.set_type(&owner, EmployeeType::RoomAdmin, &[id(5)])
            .is_ok()
    );
    assert_eq!(role_of(&s, 5), Role::RoomAdmin);
}

#[test]
fn no_ops_downgrades_and_protected_users_are_refused() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let cases = [
        (EmployeeType::User, 4),       // no-op
        (EmployeeType::User, 3),       // downgrade
        (EmployeeType::Guest, 4),      // to guest
        (EmployeeType::RoomAdmin, 6),  // terminated
        (EmployeeType::RoomAdmin, 1),  // owner / self
        (EmployeeType::RoomAdmin, 99), // unknown
    ];
    for (to, n) in cases {
        assert_eq!(
            s.set_type(&owner, to, &[id(n)]),
            Err(Refusal::AccessDenied),
            "{to:?} {n}"
        );
    }
}

#[test]
fn seats_stop_the_batch_part_way() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let used = s.seat_usage().paid_used;
    s.set_seat_limits(Some(used + 1), None);
    let r = s.set_type(&owner, EmployeeType::RoomAdmin, &[id(4), id(5)]);
    assert!(matches!(r, Err(Refusal::Quota(_))));
    assert_eq!(role_of(&s, 4), Role::RoomAdmin);
    assert_eq!(role_of(&s, 5), Role::Guest);
}

#[test]
fn a_room_admin_makes_a_related_guest_a_user_and_nothing_else() {
    // UserController.cs lines 2208 and 2223-2227; UserManagerWrapper.cs lines 333-339
    // (Guest -> User for any initiator who is not a guest).
    let mut s = small();
    let ra = viewer(&s, 3);
    assert_eq!(
        s.set_type(&ra, EmployeeType::RoomAdmin, &[id(4)]),
        Err(Refusal::AccessDenied)
    );
    s.insert(crate::model::User::new(
        id(30),
        "Gil",
        "Other",
        "gil@demo.test",
        Role::Guest,
    ));
    assert_eq!(
        s.set_type(&ra, EmployeeType::User, &[id(30)]),
        Err(Refusal::AccessDenied),
        "a guest the room admin is not related to"
    );
    assert!(
        s.set_type(&ra, EmployeeType::User, &[id(5)]).is_ok(),
        "the guest they invited"
    );
    assert_eq!(role_of(&s, 5), Role::User);
    let user = viewer(&s, 4);
    assert_eq!(
        s.set_type(&user, EmployeeType::User, &[id(30)]),
        Err(Refusal::AccessDenied)
    );
}
