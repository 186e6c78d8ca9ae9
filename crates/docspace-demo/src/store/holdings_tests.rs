use super::*;
use crate::seed::seed;

fn seeded(n: usize, s: u64) -> (Vec<User>, Holdings) {
    let portal = seed(n, s);
    let h = Holdings::seeded(portal.users.iter().map(Some), s);
    (portal.users, h)
}

#[test]
fn the_same_seed_gives_the_same_holdings() {
    let (_, a) = seeded(300, 4);
    let (_, b) = seeded(300, 4);
    assert_eq!(a.rooms(), b.rooms());
    let (_, c) = seeded(300, 5);
    assert_ne!(a.rooms(), c.rooms());
}

#[test]
fn only_admins_and_room_admins_own_rooms_and_pending_users_own_nothing() {
    let (users, h) = seeded(500, 1);
    assert!(!h.rooms().is_empty());
    for r in h.rooms() {
        let owner = users
            .iter()
            .find(|u| u.id == r.owner)
            .expect("owner seeded");
        assert!(owner.role.is_paid(), "{r:?} owned by {:?}", owner.role);
        assert_eq!(
            r.bytes % u64::from(r.files.max(1)),
            0,
            "bytes follow the files"
        );
    }
    assert_eq!(
        h.rooms_of(users[0].id).count(),
        3,
        "the owner has three rooms"
    );
    for (slot, u) in users.iter().enumerate() {
        if u.status == EmployeeStatus::Pending {
            assert_eq!(h.personal(slot), Personal::default());
            assert!(!h.any_rooms(u.id));
        }
        if u.role == Role::Guest {
            assert_eq!(h.personal(slot).files, 0, "guests have no personal folder");
        }
    }
    let terminated_with_rooms = users
        .iter()
        .filter(|u| u.status == EmployeeStatus::Terminated && h.any_rooms(u.id))
        .count();
    assert!(
        terminated_with_rooms > 0,
        "offboarding has rooms to hand over"
    );
}

#[test]
fn moving_and_deleting_touch_only_the_named_user() {
    let mut h = Holdings::default();
    let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
    let first = h.add_room(room(a, 3));
    let second = h.add_room(room(b, 4));
    assert_eq!(second, first + 1);
    h.set_personal(
        0,
        Personal {
            files: 10,
            shared: 2,
        },
    );
    h.set_personal(
        1,
        Personal {
            files: 5,
            shared: 1,
        },
    );
    assert_eq!(h.move_rooms(a, b), 1);
    assert_eq!(h.rooms_of(b).count(), 2);
    assert!(!h.any_rooms(a));
    h.move_shared(0, 1);
    assert_eq!(h.personal(0).shared, 0);
    assert_eq!(h.personal(1).shared, 3);
    h.delete_personal(0);
    assert_eq!(
        h.personal(0),
        Personal {
            files: 0,
            shared: 0
        }
    );
    assert_eq!(h.personal(1).files, 5);
    assert_eq!(
        h.personal(7),
        Personal::default(),
        "unknown slots own nothing"
    );
}
