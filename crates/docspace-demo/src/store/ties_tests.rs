use std::collections::HashSet;

use super::super::list::ListQuery;
use super::super::test_support::viewer;
use super::*;
use crate::model::Role;
use uuid::Uuid;

/// 31 users: the owner, then ten each named Anna, Ben and Cleo (other last names).
fn tied() -> Store {
    let mut users = vec![User::new(
        Uuid::from_u128(1),
        "Aaron",
        "Owner",
        "owner@demo.test",
        Role::Owner,
    )];
    for n in 0..30u128 {
        let first = ["Anna", "Ben", "Cleo"][(n % 3) as usize];
        users.push(User::new(
            Uuid::from_u128(100 + n),
            first,
            &format!("Last{n:02}"),
            &format!("u{n}@demo.test"),
            Role::User,
        ));
    }
    Store::new(users, Vec::new(), 0, 3)
}

/// Pages of 7 read one after the other: the ids and first names, in order.
fn pass(s: &mut Store) -> Vec<(Uuid, Option<String>)> {
    let owner = viewer(s, 1);
    (0..5)
        .flat_map(|page| {
            let q = ListQuery {
                start: page * 7,
                count: 7,
                ..ListQuery::default()
            };
            s.list(&owner, &q).expect("list").users
        })
        .map(|u| (u.id, u.first_name))
        .collect()
}

#[test]
fn without_the_option_pages_are_stable_and_complete() {
    let mut s = tied();
    let first = pass(&mut s);
    assert_eq!(first, pass(&mut s));
    let ids: HashSet<Uuid> = first.iter().map(|u| u.0).collect();
    assert_eq!(ids.len(), 31);
}

#[test]
fn with_the_option_ties_move_between_requests_but_the_key_order_holds() {
    let mut s = tied();
    let stable = pass(&mut s);
    s.set_shuffle_ties(true);
    let passes: Vec<_> = (0..4).map(|_| pass(&mut s)).collect();
    let names = |p: &[(Uuid, Option<String>)]| p.iter().map(|u| u.1.clone()).collect::<Vec<_>>();
    for p in &passes {
        // Only users with the same first name trade places.
        assert_eq!(names(p), names(&stable));
    }
    assert!(passes.iter().any(|p| p != &stable), "ties never moved");
    // Some pass, paged naively, lists a user twice or misses one.
    let broken = passes
        .iter()
        .any(|p| p.iter().map(|u| u.0).collect::<HashSet<_>>().len() < 31);
    assert!(broken, "no page boundary moved");
}
