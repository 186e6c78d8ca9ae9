use super::test_support::*;
use super::*;

#[test]
fn user_names_are_unique_and_lookup_accepts_name_or_guid() {
    let mut s = small();
    let a = s.insert(User::new(
        Uuid::from_u128(50),
        "A",
        "B",
        "ann@x.test",
        Role::User,
    ));
    let b = s.insert(User::new(
        Uuid::from_u128(51),
        "A",
        "B",
        "Ann@y.test",
        Role::User,
    ));
    assert_eq!(s.user(a).map(|u| u.user_name.as_str()), Some("ann"));
    assert_eq!(s.user(b).map(|u| u.user_name.as_str()), Some("Ann1"));
    assert_eq!(s.resolve("ANN1"), Some(b));
    assert_eq!(s.resolve(&Uuid::from_u128(50).to_string()), Some(a));
    assert_eq!(s.resolve("nobody"), None);
}

#[test]
fn a_freed_user_name_is_given_again_first() {
    let mut s = small();
    let add = |s: &mut Store, n: u128, email: &str| {
        let i = s.insert(User::new(Uuid::from_u128(n), "A", "B", email, Role::User));
        s.user(i).map(|u| u.user_name.clone()).unwrap_or_default()
    };
    let names: Vec<String> = (0..4)
        .map(|n| add(&mut s, 60 + n, &format!("zed@d{n}.test")))
        .collect();
    assert_eq!(names, ["zed", "zed1", "zed2", "zed3"]);
    let freed = s.resolve("zed1").unwrap_or_else(|| panic!("zed1"));
    assert!(s.remove(freed).is_some());
    assert_eq!(
        add(&mut s, 70, "zed@d9.test"),
        "zed1",
        "the smallest free number"
    );
    assert_eq!(add(&mut s, 71, "zed@d10.test"), "zed4");
}

#[test]
fn seats_count_everyone_but_terminated_users() {
    let s = small();
    let u = s.seat_usage();
    // owner, admin, room admin paid; user, guest, invitee on user seats.
    assert_eq!((u.paid_used, u.user_used), (3, 3));
    assert_eq!(u.paid_limit, 3 + SPARE_PAID_SEATS);
}

#[test]
fn visibility_follows_the_caller_type() {
    let s = small();
    let ra = viewer(&s, 3);
    let user_idx = s.index_of(id(4)).expect("user");
    assert!(s.can_view(&ra, user_idx));
    let guest_idx = s.index_of(id(5)).expect("guest");
    assert!(s.can_view(&ra, guest_idx), "related guest");
    let user = viewer(&s, 4);
    assert!(!s.can_view(&user, 0));
    assert!(s.can_view(&user, user.idx));
    let other_ra = Viewer {
        idx: 99,
        id: id(99),
        role: Role::RoomAdmin,
    };
    assert!(!s.can_view(&other_ra, guest_idx), "unrelated guest");
}
