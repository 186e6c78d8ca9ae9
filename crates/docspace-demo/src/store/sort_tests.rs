//! Orders from `common/ASC.Core.Common/Data/DbUserService.cs` lines 322-436.

use super::super::test_support::*;
use super::*;
use crate::model::Role;
use crate::store::ListQuery;

fn order(s: &mut Store, sort: SortBy, descending: bool) -> Vec<u128> {
    let admin = viewer(s, 2);
    let q = ListQuery {
        sort,
        descending,
        ..ListQuery::default()
    };
    s.list(&admin, &q)
        .expect("list")
        .users
        .iter()
        .map(|u| u.id.as_u128())
        .collect()
}

#[test]
fn department_sorts_by_count_then_first_name_in_the_direction() {
    // Lines 402-416: ascending ThenBy(FirstName), descending ThenByDescending(FirstName).
    let mut s = small();
    let g = s.add_group(id(100), "G", None);
    let h = s.add_group(id(101), "H", None);
    for n in [4, 6] {
        s.add_to_group(id(n), g);
    }
    s.add_to_group(id(6), h);
    // Counts: Tom 2, Ursula 1, the others 0 (Adam, Gustav, "", Olga, Rita, Tara).
    assert_eq!(
        order(&mut s, SortBy::Department, false),
        vec![8, 2, 5, 1, 3, 7, 4, 6]
    );
    assert_eq!(
        order(&mut s, SortBy::Department, true),
        vec![6, 4, 7, 3, 1, 5, 2, 8]
    );
}

#[test]
fn type_descending_keeps_first_names_ascending() {
    // Lines 363-380.
    let mut s = small();
    assert_eq!(
        order(&mut s, SortBy::Type, false),
        vec![1, 2, 3, 7, 8, 6, 4, 5]
    );
    assert_eq!(
        order(&mut s, SortBy::Type, true),
        vec![5, 8, 6, 4, 3, 7, 2, 1]
    );
}

#[test]
fn created_by_sorts_by_the_creators_first_name() {
    // Lines 329-362: no creator first when ascending.
    let mut s = small();
    let o = s.insert(User::new(id(30), "Zed", "Z", "zed@demo.test", Role::User));
    if let Some(u) = s.user_mut(o) {
        u.created_by = Some(id(4));
    }
    s.touch();
    let asc = order(&mut s, SortBy::CreatedBy, false);
    assert_eq!(asc.last(), Some(&30), "Ursula after Rita");
    assert_eq!(asc[asc.len() - 2], 5, "the guest Rita invited");
    assert_eq!(order(&mut s, SortBy::CreatedBy, true)[0], 30);
}

#[test]
fn text_keys_compare_like_the_text() {
    let words = [
        "",
        "a",
        "ab",
        "ab\0",
        "abc",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
        "abcdefghijklmnopr",
        "abd",
        "b",
        "émile",
        "zoë",
        "山田",
    ];
    for a in words {
        for b in words {
            assert_eq!(Text::of(a).cmp(&Text::of(b)), a.cmp(b), "{a:?} {b:?}");
        }
    }
}
