//! A portal whose pages contradict each other: paging stops instead of going on forever.

use super::*;
use crate::app::effect::RequestId;

fn page(ids: std::ops::Range<u128>, total: Option<u64>) -> UserPage {
    UserPage {
        users: ids
            .map(|n| EmployeeFullDto::bare(Uuid::from_u128(n)))
            .collect(),
        total,
        start_index: 0,
    }
}

/// Answers every wanted page with `answer(page)` until nothing more is wanted or `max`
/// pages were asked for; returns the pages asked for and the problems met.
fn serve(
    l: &mut UserList,
    answer: impl Fn(u64) -> UserPage,
    max: usize,
) -> (Vec<u64>, Vec<PagingProblem>) {
    let (mut asked, mut problems) = (Vec::new(), Vec::new());
    while asked.len() < max {
        let wanted = l.pages_wanted(25);
        if wanted.is_empty() {
            break;
        }
        for p in wanted {
            l.page_requested(p, RequestId(asked.len() as u64));
            asked.push(p);
            problems.extend(l.apply_page(p, answer(p), 25));
        }
    }
    (asked, problems)
}

#[test]
fn the_first_page_repeated_without_a_total_stops_after_the_end_key() {
    let mut l = UserList::default();
    l.begin_reload(false);
    let first = |_| page(0..100, None);
    assert_eq!(serve(&mut l, first, 50).0, [0]);
    l.move_to(usize::MAX, 25);
    let (asked, problems) = serve(&mut l, first, 50);
    assert_eq!(asked, [1], "one more page, then no more");
    assert_eq!(problems, [PagingProblem::Repeated { start: 100 }]);
    assert!(matches!(l.load, ListLoad::Failed(_)));
    assert_eq!(
        (l.len(), l.loaded_count()),
        (100, 100),
        "the first page stays"
    );
    assert_eq!(l.cursor, 99);
    // A reload reads again.
    l.begin_reload(true);
    assert_eq!(l.pages_wanted(25), [0]);
}

#[test]
fn the_first_page_repeated_with_a_total_stops_too() {
    let mut l = UserList::default();
    l.begin_reload(false);
    let first = |_| page(0..100, Some(300));
    serve(&mut l, first, 50);
    l.move_to(usize::MAX, 25);
    let (asked, problems) = serve(&mut l, first, 50);
    assert_eq!(asked, [2]);
    assert_eq!(problems, [PagingProblem::Repeated { start: 200 }]);
    assert_eq!(l.loaded_count(), 100);
}

#[test]
fn an_empty_page_before_the_total_and_rows_past_it_stop_reading() {
    let mut l = UserList::default();
    l.begin_reload(false);
    serve(&mut l, |_| page(0..100, Some(300)), 50);
    l.move_to(150, 25);
    let (_, problems) = serve(&mut l, |_| page(0..0, Some(300)), 50);
    assert_eq!(
        problems,
        [PagingProblem::EmptyBeforeTotal {
            start: 100,
            total: 300
        }]
    );

    let mut l = UserList::default();
    l.begin_reload(false);
    serve(&mut l, |_| page(0..100, Some(150)), 50);
    l.move_to(120, 25);
    let (_, problems) = serve(&mut l, |_| page(100..200, Some(150)), 50);
    assert_eq!(
        problems,
        [PagingProblem::BeyondTotal {
            end: 200,
            total: 150
        }]
    );
}

/// A page asked for while the list was longer comes back empty once users were deleted:
/// that is the list's end, not a portal contradicting itself (it stopped the list after a
/// delete under a filter: "users up to position 100 of the 40 it counts").
#[test]
fn an_empty_page_past_the_total_is_the_end_not_a_problem() {
    let mut l = UserList::default();
    l.begin_reload(false);
    l.page_requested(0, RequestId(1));
    l.page_requested(1, RequestId(2));
    assert_eq!(l.apply_page(0, page(0..40, Some(40)), 25), None);
    let empty = UserPage {
        users: Vec::new(),
        total: Some(40),
        start_index: 100,
    };
    assert_eq!(l.apply_page(1, empty, 25), None);
    assert_eq!(l.len(), 40);
    assert_eq!(l.load, ListLoad::Ready);
}
