use super::super::test_support::*;
use super::*;
use docspace_api::dto::{EmployeeStatus, EmployeeType};

fn names(p: &ListPage) -> Vec<String> {
    p.users.iter().map(|u| u.name_for_people()).collect()
}

#[test]
fn default_order_groups_active_pending_terminated_even_descending() {
    let mut s = small();
    let admin = viewer(&s, 2);
    let q = ListQuery::default();
    let p = s.list(&admin, &q).expect("list");
    assert_eq!(p.total, 8);
    let statuses: Vec<_> = p.users.iter().map(|u| u.status_or_unknown()).collect();
    let first_pending = statuses.iter().position(|s| *s == EmployeeStatus::Pending);
    assert_eq!(first_pending, Some(5));
    assert_eq!(names(&p)[0], "Adam Tester");
    let q = ListQuery {
        descending: true,
        ..ListQuery::default()
    };
    let p = s.list(&admin, &q).expect("list");
    assert_eq!(names(&p)[0], "Ursula Tester");
    assert_eq!(p.users[5].status_or_unknown(), EmployeeStatus::Pending);
    assert_eq!(names(&p)[6], "Tom Tester");
}

#[test]
fn text_filter_and_or_semantics() {
    let mut s = small();
    let admin = viewer(&s, 2);
    let q = |text: &str, sep: Option<&str>| ListQuery {
        text: Some(text.into()),
        separator: sep.map(str::to_string),
        ..ListQuery::default()
    };
    assert_eq!(
        s.list(&admin, &q(" ADAM  tester ", None)).expect("l").total,
        1
    );
    assert_eq!(s.list(&admin, &q("adam rita", None)).expect("l").total, 0);
    assert_eq!(
        s.list(&admin, &q("adam,rita", Some(","))).expect("l").total,
        2
    );
    assert_eq!(s.list(&admin, &q("invitee@", None)).expect("l").total, 1);
}

#[test]
fn filters_paging_and_visibility() {
    let mut s = small();
    let admin = viewer(&s, 2);
    let q = ListQuery {
        narrowing: Narrowing {
            employee_type: Some(EmployeeType::DocSpaceAdmin.code()),
            ..Narrowing::default()
        },
        ..ListQuery::default()
    };
    assert_eq!(s.list(&admin, &q).expect("l").total, 2);
    let q = ListQuery {
        status: Some(StatusFilter::Terminated),
        start: 1,
        count: 5,
        ..ListQuery::default()
    };
    let p = s.list(&admin, &q).expect("l");
    assert_eq!((p.total, p.users.len()), (2, 1));
    let ra = viewer(&s, 3);
    let p = s.list(&ra, &ListQuery::default()).expect("l");
    assert!(
        p.users
            .iter()
            .all(|u| u.status != Some(EmployeeStatus::Terminated))
    );
    assert_eq!(p.total, 6, "related guest visible, terminated hidden");
    let user = viewer(&s, 4);
    assert_eq!(
        s.list(&user, &ListQuery::default()),
        Err(Refusal::AccessDenied)
    );
}

#[test]
fn type_sort_puts_owner_first() {
    let mut s = small();
    let admin = viewer(&s, 2);
    let q = ListQuery {
        sort: SortBy::Type,
        ..ListQuery::default()
    };
    let p = s.list(&admin, &q).expect("l");
    assert_eq!(p.users[0].is_owner, Some(true));
    assert_eq!(p.users.last().and_then(|u| u.is_visitor), Some(true));
}

#[test]
fn status_codes_map_to_the_server_cases() {
    assert_eq!(StatusFilter::from_code(5), StatusFilter::Active);
    assert_eq!(StatusFilter::from_code(7), StatusFilter::All);
    // `DbUserService.cs` lines 867-889: 3 (Active, Terminated) has no case.
    assert_eq!(StatusFilter::from_code(3), StatusFilter::Unmatched);
}

#[test]
fn the_order_sorted_ahead_is_the_order_a_list_builds() {
    let mut cold = small();
    let mut warm = small();
    warm.prepare_default_order();
    let admin = viewer(&cold, 2);
    for q in [
        ListQuery::default(),
        ListQuery {
            status: Some(StatusFilter::Active),
            ..ListQuery::default()
        },
    ] {
        assert_eq!(
            names(&warm.list(&admin, &q).expect("list")),
            names(&cold.list(&admin, &q).expect("list"))
        );
    }
}
