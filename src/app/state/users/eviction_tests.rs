//! Only the pages around the screen are held: scrolling a long list keeps memory flat,
//! coming back reads again, the selection and marks (by id) survive.

use super::*;
use crate::app::effect::RequestId;
use crate::app::state::marks::Marks;

const VP: usize = 25;
const TOTAL: u64 = 100_000;

fn page(p: u64) -> UserPage {
    let start = u128::from(p) * u128::from(PAGE_SIZE);
    let end = (start + u128::from(PAGE_SIZE)).min(u128::from(TOTAL));
    UserPage {
        users: (start..end)
            .map(|n| {
                let mut u = EmployeeFullDto::bare(Uuid::from_u128(n + 1));
                u.first_name = Some(format!("First{n}"));
                u
            })
            .collect(),
        total: Some(TOTAL),
        start_index: u64::try_from(start).unwrap_or(u64::MAX),
    }
}

/// Answers the pages wanted (evicting first, as `list_reads::prefetch` does) until none
/// is; returns the pages read.
fn serve(l: &mut UserList, next: &mut u64) -> Vec<u64> {
    let mut asked = Vec::new();
    loop {
        l.evict(VP);
        let wanted = l.pages_wanted(VP);
        if wanted.is_empty() {
            return asked;
        }
        for p in wanted {
            *next += 1;
            l.page_requested(p, RequestId(*next));
            asked.push(p);
            assert_eq!(l.apply_page(p, page(p), VP), None);
        }
    }
}

#[test]
fn scrolling_through_a_hundred_thousand_users_holds_a_bounded_number_of_pages() {
    let mut l = UserList::default();
    let mut next = 0;
    l.begin_reload(false);
    serve(&mut l, &mut next);
    let mut most = 0;
    while l.cursor + 1 < l.len() {
        l.move_by(VP as isize, VP);
        serve(&mut l, &mut next);
        most = most.max(l.held_pages());
        assert!(l.current().is_some(), "the row at {} is held", l.cursor);
    }
    assert_eq!(l.cursor, 99_999);
    assert_eq!(l.len(), 100_000, "the total stays");
    let bound = 2 * KEEP_PAGES as usize + 3;
    assert!(most <= bound, "{most} pages held at once (bound {bound})");
    assert!(l.loaded_count() <= bound * PAGE);
}

#[test]
fn coming_back_reads_a_dropped_page_again() {
    let mut l = UserList::default();
    let mut next = 0;
    l.begin_reload(false);
    serve(&mut l, &mut next);
    l.move_to(50_000, VP);
    serve(&mut l, &mut next);
    assert!(l.get(0).is_none(), "the first page was dropped");
    l.move_to(0, VP);
    let read = serve(&mut l, &mut next);
    assert!(read.contains(&0), "{read:?}");
    assert_eq!(l.current().map(|u| u.id), Some(Uuid::from_u128(1)));
    assert!(l.get(50_000).is_none(), "the middle was dropped in turn");
}

#[test]
fn marks_and_the_selection_are_kept_by_id_when_their_page_is_dropped() {
    let mut l = UserList::default();
    let mut next = 0;
    let mut marks = Marks::default();
    l.begin_reload(false);
    serve(&mut l, &mut next);
    l.move_to(5, VP);
    let id = l.selected.expect("a selection");
    marks.toggle(l.current().expect("row 5"));
    l.move_to(90_000, VP);
    serve(&mut l, &mut next);
    assert!(l.by_id(id).is_none(), "its page was dropped");
    assert!(marks.contains(id));
    let users: Vec<_> = marks.users(&l).collect();
    assert_eq!(
        users[0].first_name.as_deref(),
        Some("First5"),
        "the copy marked"
    );
    // A refresh keeps the selection by id and finds it where it is.
    l.move_to(5, VP);
    serve(&mut l, &mut next);
    l.begin_reload(true);
    serve(&mut l, &mut next);
    assert_eq!((l.selected, l.cursor), (Some(id), 5));
}

#[test]
fn without_a_total_the_end_seen_stays_when_its_pages_are_dropped() {
    let mut l = UserList::default();
    l.begin_reload(false);
    let untotalled = |p: u64| UserPage {
        total: None,
        ..if p < 30 { page(p) } else { page(TOTAL) }
    };
    let mut next = 0;
    for _ in 0..40 {
        l.evict(VP);
        let wanted = l.pages_wanted(VP);
        if wanted.is_empty() {
            break;
        }
        for p in wanted {
            next += 1;
            l.page_requested(p, RequestId(next));
            l.apply_page(p, untotalled(p), VP);
        }
        l.move_to(usize::MAX, VP);
    }
    assert_eq!(l.len(), 3_000, "{} pages held", l.held_pages());
    l.move_to(0, VP);
    l.evict(VP);
    assert_eq!(
        l.len(),
        3_000,
        "the length read stays while its end is dropped"
    );
}

#[test]
fn pages_asked_for_far_from_the_screen_are_cancelled_and_free_their_slots() {
    let mut l = UserList::default();
    let mut next = 0;
    l.begin_reload(false);
    serve(&mut l, &mut next);
    // Fast PgDn: pages asked for and not answered yet.
    let mut asked = Vec::new();
    for _ in 0..12 {
        l.move_by(VP as isize, VP);
        assert!(l.evict(VP).is_empty(), "the pages just asked for are near");
        for p in l.pages_wanted(VP) {
            next += 1;
            l.page_requested(p, RequestId(next));
            asked.push((p, RequestId(next)));
        }
    }
    assert!(
        l.pages_wanted(VP).is_empty(),
        "every slot is taken: {asked:?}"
    );
    // G: the pages asked for on the way are far from the end.
    l.move_to(usize::MAX, VP);
    let mut cancelled = l.evict(VP);
    cancelled.sort();
    let mut in_flight: Vec<RequestId> = asked
        .iter()
        .filter(|(p, id)| l.awaits(*p, *id) || cancelled.contains(id))
        .map(|(_, id)| *id)
        .collect();
    in_flight.sort();
    assert_eq!(cancelled, in_flight, "every request in flight was far");
    assert!(!cancelled.is_empty());
    let last = page_of(l.len() - 1);
    let wanted = l.pages_wanted(VP);
    assert!(wanted.contains(&last), "{wanted:?}");
    // A cancelled page's late answer is not taken.
    let (p, id) = asked[0];
    assert!(!l.awaits(p, id));
}

#[test]
fn the_page_a_seek_reads_next_is_not_cancelled() {
    let mut l = UserList::default();
    let mut next = 0;
    l.begin_reload(false);
    serve(&mut l, &mut next);
    l.move_to(usize::MAX, VP);
    serve(&mut l, &mut next);
    // A user looked for from the top while the cursor is at the end.
    l.begin_reload(true);
    l.seek(Uuid::from_u128(u128::MAX));
    let wanted = l.pages_wanted(VP);
    assert_eq!(wanted.first(), Some(&0), "{wanted:?}");
    next += 1;
    l.page_requested(0, RequestId(next));
    l.apply_page(0, page(0), VP);
    let wanted = l.pages_wanted(VP);
    assert_eq!(wanted.first(), Some(&1), "{wanted:?}");
    next += 1;
    l.page_requested(1, RequestId(next));
    assert!(!l.evict(VP).contains(&RequestId(next)));
    assert!(l.awaits(1, RequestId(next)));
}
