//! The selection rules on the small portal: owner 1, admin 2, room admin 3, user 4,
//! guest 5 (invited by 3), terminated user 6, terminated room admin 7, pending user 8.
//! Rules from `products/ASC.People/Server/Api/UserController.cs` (GetByFilterAsync,
//! lines 2583-2710) and `common/ASC.Core.Common/Data/DbUserService.cs`
//! (GetUserQueryForFilter, lines 767-975).

use super::super::test_support::*;
use super::super::{Store, Viewer};
use super::*;

/// The numbers of the users `viewer` gets for `q`, in id order.
fn picked(s: &mut Store, viewer: &Viewer, q: &ListQuery) -> Vec<u128> {
    let mut out: Vec<u128> = s
        .list(viewer, q)
        .expect("list")
        .users
        .iter()
        .map(|u| u.id.as_u128())
        .collect();
    out.sort_unstable();
    out
}

fn narrowed(n: Narrowing) -> ListQuery {
    ListQuery {
        narrowing: n,
        ..ListQuery::default()
    }
}

fn types(t: &[i64]) -> Narrowing {
    Narrowing {
        employee_types: t.to_vec(),
        ..Narrowing::default()
    }
}

fn one_type(t: i64) -> Narrowing {
    Narrowing {
        employee_type: Some(t),
        ..Narrowing::default()
    }
}

#[test]
fn each_type_is_its_type_group_and_room_admins_are_in_none() {
    // Lines 2690-2708; the owner is in the admin group from registration.
    let mut s = small();
    let a = viewer(&s, 2);
    assert_eq!(picked(&mut s, &a, &narrowed(one_type(3))), vec![1, 2]);
    assert_eq!(picked(&mut s, &a, &narrowed(one_type(1))), vec![3, 7]);
    assert_eq!(picked(&mut s, &a, &narrowed(one_type(4))), vec![4, 6, 8]);
    assert_eq!(picked(&mut s, &a, &narrowed(one_type(2))), vec![5]);
}

#[test]
fn employee_types_are_alternatives_and_employee_type_wins() {
    let mut s = small();
    let a = viewer(&s, 2);
    let everyone: Vec<u128> = (1..=8).collect();
    assert_eq!(picked(&mut s, &a, &narrowed(types(&[2, 3]))), vec![1, 2, 5]);
    // Lines 2610-2623: employeeType set, employeeTypes ignored.
    let both = Narrowing {
        employee_types: vec![2],
        ..one_type(3)
    };
    assert_eq!(picked(&mut s, &a, &narrowed(both)), vec![1, 2]);
    // All (0) and combinations (5) have no case: no condition, and employeeTypes is
    // still skipped.
    let all = Narrowing {
        employee_types: vec![2],
        ..one_type(0)
    };
    assert_eq!(picked(&mut s, &a, &narrowed(all)), everyone);
    assert_eq!(picked(&mut s, &a, &narrowed(one_type(5))), everyone);
    // An alternative without a case holds for everyone.
    assert_eq!(picked(&mut s, &a, &narrowed(types(&[2, 0]))), everyone);
}

#[test]
fn employee_types_are_ignored_beside_other_group_conditions() {
    // DbUserService.cs lines 791-837: the alternatives only run when there are no
    // include or exclude groups.
    let mut s = small();
    let a = viewer(&s, 2);
    let paid_guests = Narrowing {
        payments: Some(Payments::Paid),
        ..types(&[2])
    };
    assert_eq!(
        picked(&mut s, &a, &narrowed(paid_guests)),
        vec![1, 2, 3, 7],
        "paid users, guests or not"
    );
    let admins_as_users = Narrowing {
        administrator: Some(true),
        ..types(&[4])
    };
    assert_eq!(picked(&mut s, &a, &narrowed(admins_as_users)), vec![1, 2]);
}

#[test]
fn area_drops_the_other_type_filters() {
    // DbUserService.cs lines 771-789 and UserController.cs lines 2694-2706.
    let mut s = small();
    let a = viewer(&s, 2);
    let area = |area, n: Narrowing| Narrowing {
        area: Some(area),
        ..n
    };
    assert_eq!(
        picked(&mut s, &a, &narrowed(area(Area::Guests, one_type(1)))),
        vec![5]
    );
    assert_eq!(
        picked(&mut s, &a, &narrowed(area(Area::People, one_type(2)))),
        vec![1, 2, 3, 4, 6, 7, 8]
    );
    assert_eq!(
        picked(&mut s, &a, &narrowed(area(Area::People, types(&[1, 4])))),
        vec![3, 4, 6, 7, 8],
        "guests excluded from each alternative"
    );
    // The guest alternative loses its type and keeps only the exclusion: everyone but
    // guests.
    assert_eq!(
        picked(&mut s, &a, &narrowed(area(Area::People, types(&[2, 4])))),
        vec![1, 2, 3, 4, 6, 7, 8]
    );
}

#[test]
fn payments_administrators_group_and_without_group() {
    let mut s = small();
    let a = viewer(&s, 2);
    let free = Narrowing {
        payments: Some(Payments::Free),
        ..Narrowing::default()
    };
    assert_eq!(picked(&mut s, &a, &narrowed(free)), vec![4, 5, 6, 8]);
    let sales = s.add_group(id(100), "Sales", Some(id(3)));
    s.add_to_group(id(4), sales);
    let member = Narrowing {
        group: Some(sales),
        ..Narrowing::default()
    };
    assert_eq!(picked(&mut s, &a, &narrowed(member.clone())), vec![3, 4]);
    let not_member = Narrowing {
        exclude_group: Some(true),
        ..member.clone()
    };
    assert_eq!(
        picked(&mut s, &a, &narrowed(not_member)),
        vec![1, 2, 5, 6, 7, 8]
    );
    // Line 2598: withoutGroup makes groupId irrelevant.
    let without = Narrowing {
        without_group: Some(true),
        ..member
    };
    assert_eq!(
        picked(&mut s, &a, &narrowed(without)),
        vec![1, 2, 5, 6, 7, 8]
    );
    // A system group id selects its rows: the admin group holds the owner and admins;
    // the computed groups and unknown ids hold nobody.
    let by_id = |g| Narrowing {
        group: Some(g),
        ..Narrowing::default()
    };
    let admins = by_id(SystemGroup::DocSpaceAdmin.id());
    assert_eq!(picked(&mut s, &a, &narrowed(admins)), vec![1, 2]);
    let nobody = by_id(SystemGroup::Everyone.id());
    assert!(picked(&mut s, &a, &narrowed(nobody)).is_empty());
    assert!(picked(&mut s, &a, &narrowed(by_id(id(999)))).is_empty());
}

#[test]
fn inviter_login_type_and_quota() {
    let mut s = small();
    let a = viewer(&s, 2);
    let ra = viewer(&s, 3);
    let by = |me: Option<bool>, inviter: Option<u128>| Narrowing {
        invited_by_me: me,
        inviter: inviter.map(id),
        ..Narrowing::default()
    };
    assert_eq!(
        picked(&mut s, &ra, &narrowed(by(Some(true), None))),
        vec![5]
    );
    assert_eq!(picked(&mut s, &a, &narrowed(by(None, Some(3)))), vec![5]);
    // invitedByMe=false narrows nothing; invitedByMe=true wins over inviterId.
    assert_eq!(
        picked(&mut s, &a, &narrowed(by(Some(false), Some(3)))),
        vec![5]
    );
    assert!(picked(&mut s, &a, &narrowed(by(Some(true), Some(3)))).is_empty());
    s.put_quota(id(4), Some(1));
    if let Some(i) = s.index_of(id(6)) {
        s.slots[i].as_mut().expect("user").sid = Some("S-1".into());
    }
    let quota = |q| Narrowing {
        quota: Some(q),
        ..Narrowing::default()
    };
    assert_eq!(
        picked(&mut s, &a, &narrowed(quota(QuotaFilter::Custom))),
        vec![4]
    );
    assert_eq!(
        picked(&mut s, &a, &narrowed(quota(QuotaFilter::Default))).len(),
        7
    );
    // Line 839: only for DocSpace admins.
    assert_eq!(
        picked(&mut s, &ra, &narrowed(quota(QuotaFilter::Custom))),
        picked(&mut s, &ra, &ListQuery::default())
    );
    let login = |l| Narrowing {
        login_type: Some(l),
        ..Narrowing::default()
    };
    assert_eq!(
        picked(&mut s, &a, &narrowed(login(LoginType::Ldap))),
        vec![6]
    );
    assert!(picked(&mut s, &a, &narrowed(login(LoginType::Sso))).is_empty());
    assert_eq!(
        picked(&mut s, &a, &narrowed(login(LoginType::Standard))).len(),
        7
    );
}

#[test]
fn room_admins_see_no_terminated_users_unless_a_status_has_no_case() {
    let mut s = small();
    let ra = viewer(&s, 3);
    let status = |st| ListQuery {
        status: Some(st),
        ..ListQuery::default()
    };
    assert_eq!(
        picked(&mut s, &ra, &ListQuery::default()),
        vec![1, 2, 3, 4, 5, 8]
    );
    assert!(picked(&mut s, &ra, &status(StatusFilter::Terminated)).is_empty());
    assert_eq!(
        picked(&mut s, &ra, &status(StatusFilter::All)),
        vec![1, 2, 3, 4, 5, 8]
    );
    // Lines 862-889: 3 is no case of the switch, so nothing hides terminated users.
    assert_eq!(
        picked(&mut s, &ra, &status(StatusFilter::Unmatched)),
        vec![1, 2, 3, 4, 5, 6, 7, 8]
    );
    // Lines 898-964: guests only when related; with area=Guests only related users.
    let other_ra = s.insert(User::new(
        id(20),
        "Ola",
        "Other",
        "ola@demo.test",
        Role::RoomAdmin,
    ));
    let other = Viewer {
        idx: other_ra,
        id: id(20),
        role: Role::RoomAdmin,
    };
    assert!(!picked(&mut s, &other, &ListQuery::default()).contains(&5));
    let guests = Narrowing {
        area: Some(Area::Guests),
        ..Narrowing::default()
    };
    assert_eq!(picked(&mut s, &ra, &narrowed(guests.clone())), vec![5]);
    assert!(picked(&mut s, &other, &narrowed(guests)).is_empty());
}
