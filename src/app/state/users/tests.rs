use super::*;

fn user(n: u128) -> EmployeeFullDto {
    crate::fixtures::user(n)
        .first_name_only(&format!("User{n}"))
        .into()
}

fn page(start: u64, ids: std::ops::Range<u128>, total: u64) -> UserPage {
    UserPage {
        users: ids.map(user).collect(),
        total: Some(total),
        start_index: start,
    }
}

/// Asks for what is wanted and answers each page from a portal list of `total` users
/// where `id_at(pos)` is the user at each position, until nothing more is wanted.
fn serve(l: &mut UserList, total: u64, id_at: impl Fn(u64) -> u128, vp: usize) -> Vec<u64> {
    let mut asked = Vec::new();
    loop {
        let wanted = l.pages_wanted(vp);
        if wanted.is_empty() {
            return asked;
        }
        for (n, p) in wanted.into_iter().enumerate() {
            l.page_requested(p, RequestId(n as u64));
            asked.push(p);
            let start = p * 100;
            let users = (start..(start + 100).min(total)).map(|pos| user(id_at(pos)));
            let page = UserPage {
                users: users.collect(),
                total: Some(total),
                start_index: start,
            };
            l.apply_page(p, page, vp);
        }
    }
}

/// The user at each position: its number.
fn same(pos: u64) -> u128 {
    u128::from(pos)
}

/// The same list after `n` users were added at the top.
fn added_above(n: u64) -> impl Fn(u64) -> u128 {
    move |pos| match pos.checked_sub(n) {
        Some(old) => u128::from(old),
        None => 1_000_000 + u128::from(pos),
    }
}

fn ids(l: &UserList) -> Vec<u128> {
    l.loaded().map(|(_, u)| u.id.as_u128()).collect()
}

#[test]
fn the_first_page_then_the_next_near_the_end_only() {
    let mut l = UserList::default();
    l.begin_reload(false);
    assert_eq!(l.pages_wanted(10), [0]);
    assert_eq!(serve(&mut l, 300, same, 10), [0]);
    assert_eq!((l.len(), l.loaded_count()), (300, 100));
    l.move_to(79, 10);
    assert!(l.pages_wanted(10).is_empty(), "the margin is not reached");
    l.move_to(80, 10);
    assert_eq!(l.pages_wanted(10), [1]);
}

#[test]
fn the_last_position_is_one_page_away() {
    let mut l = UserList::default();
    l.begin_reload(false);
    serve(&mut l, 100_000, same, 25);
    l.move_to(usize::MAX, 25);
    assert_eq!(l.cursor, 99_999);
    assert_eq!(l.current(), None, "not loaded yet");
    assert!(l.is_loading(99_999) || !l.pages_wanted(25).is_empty());
    assert_eq!(serve(&mut l, 100_000, same, 25), [999]);
    assert_eq!(l.current().map(|u| u.id.as_u128()), Some(99_999));
    assert_eq!(l.selected, Some(Uuid::from_u128(99_999)));
    assert_eq!(l.scroll, 99_975);
    assert_eq!(l.loaded_count(), 200);
    // Paging up from the end reads the page before it.
    for _ in 0..3 {
        l.move_by(-25, 25);
        assert!(l.pages_wanted(25).is_empty());
    }
    l.move_by(-25, 25);
    assert_eq!(serve(&mut l, 100_000, same, 25), [998]);
}

#[test]
fn duplicates_are_dropped_and_a_moved_list_is_read_again() {
    let mut l = UserList::default();
    l.begin_reload(false);
    serve(&mut l, 250, same, 10);
    l.move_to(85, 10);
    serve(&mut l, 250, same, 10);
    assert_eq!(l.loaded_count(), 200);
    // Two users were added at the top: the next page repeats two ids at other positions.
    l.move_to(185, 10);
    let wanted = l.pages_wanted(10);
    assert_eq!(wanted, [2]);
    l.page_requested(2, RequestId(9));
    let shifted = added_above(2);
    l.apply_page(
        2,
        UserPage {
            users: (200..252).map(|pos| user(shifted(pos))).collect(),
            total: Some(252),
            start_index: 200,
        },
        10,
    );
    let loaded = ids(&l);
    assert_eq!(
        loaded.len(),
        52,
        "the pages read before the change are dropped"
    );
    let mut unique = loaded.clone();
    unique.dedup();
    assert_eq!(unique, loaded);
    // The selected user (185) is looked for again and found one page on.
    assert_eq!(serve(&mut l, 252, added_above(2), 10), [1]);
    assert_eq!(l.current().map(|u| u.id.as_u128()), Some(185));
    assert_eq!(l.cursor, 187);
}

#[test]
fn a_refresh_keeps_the_selected_user_by_id() {
    let mut l = UserList::default();
    l.begin_reload(false);
    serve(&mut l, 100_000, same, 20);
    l.move_to(50_050, 20);
    serve(&mut l, 100_000, same, 20);
    let chosen = l.selected;
    assert_eq!(chosen, Some(Uuid::from_u128(50_050)));
    assert!(l.begin_reload(true).is_empty());
    assert!(
        l.current().is_some(),
        "the old rows stay on screen meanwhile"
    );
    // Three users were added above: it is now at 50_053, on the same page.
    assert_eq!(serve(&mut l, 100_003, added_above(3), 20)[0], 500);
    assert_eq!(l.selected, chosen);
    assert_eq!(l.cursor, 50_053);
}

#[test]
fn a_created_user_is_looked_for_from_the_top() {
    let mut l = UserList::default();
    l.begin_reload(false);
    serve(&mut l, 1000, same, 20);
    l.begin_reload(true);
    l.seek(Uuid::from_u128(250));
    let asked = serve(&mut l, 1000, same, 20);
    assert_eq!(&asked[..3], [0, 1, 2]);
    assert_eq!(l.cursor, 250);
    assert_eq!(l.selected, Some(Uuid::from_u128(250)));
}

#[test]
fn a_failed_page_stops_the_reading_until_a_refresh() {
    let mut l = UserList::default();
    l.begin_reload(false);
    serve(&mut l, 300, same, 10);
    l.move_to(90, 10);
    let [p] = l.pages_wanted(10)[..] else {
        panic!("one page wanted");
    };
    l.page_requested(p, RequestId(1));
    l.page_failed(p, "boom".into());
    assert_eq!(l.load, ListLoad::Failed("boom".into()));
    assert!(l.pages_wanted(10).is_empty());
    assert_eq!(l.loaded_count(), 100, "the rows already read stay");
    // A refresh tries again, from the page under the cursor.
    l.begin_reload(true);
    assert_eq!(l.pages_wanted(10), [0, 1]);
    assert_eq!(l.loaded_count(), 100, "still shown meanwhile");
}

#[test]
fn without_a_total_pages_are_read_until_a_short_one() {
    let mut l = UserList::default();
    l.begin_reload(false);
    let mut p = page(0, 0..100, 0);
    p.total = None;
    l.page_requested(0, RequestId(1));
    l.apply_page(0, p, 10);
    assert_eq!(l.len(), 100);
    l.move_to(usize::MAX, 10);
    assert_eq!(l.pages_wanted(10), [1]);
    let mut p = page(100, 100..130, 0);
    p.total = None;
    l.apply_page(1, p, 10);
    assert!(l.is_complete());
    l.move_to(usize::MAX, 10);
    assert_eq!(l.cursor, 129);
    assert!(l.pages_wanted(10).is_empty());
}

#[test]
fn a_new_query_starts_at_the_top_and_drops_the_old_rows_if_it_fails() {
    let mut l = UserList::default();
    l.begin_reload(false);
    serve(&mut l, 300, same, 10);
    l.move_to(50, 10);
    l.page_requested(1, RequestId(5));
    assert_eq!(
        l.begin_reload(false),
        [RequestId(5)],
        "the old request is cancelled"
    );
    assert_eq!((l.cursor, l.selected), (0, None));
    assert_eq!(l.load, ListLoad::Loading);
    assert_eq!(
        l.loaded_count(),
        100,
        "the old rows stay on screen meanwhile"
    );
    assert_eq!(l.pages_wanted(10), [0]);
    l.page_requested(0, RequestId(6));
    l.page_failed(0, "boom".into());
    assert!(
        l.is_empty(),
        "another query's rows are not shown under this one"
    );
    // The same for a new query that succeeds: only its rows.
    l.begin_reload(false);
    serve(&mut l, 300, same, 10);
    l.begin_reload(false);
    l.page_requested(0, RequestId(7));
    l.apply_page(0, page(0, 500..510, 10), 10);
    assert_eq!(ids(&l), (500..510).collect::<Vec<_>>());
    assert_eq!(l.current().map(|u| u.id.as_u128()), Some(500));
}

#[test]
fn garbage_totals_do_not_overflow() {
    let mut l = UserList::default();
    l.begin_reload(false);
    l.apply_page(0, page(0, 0..10, u64::MAX), 10);
    l.move_to(usize::MAX, 10);
    l.move_by(isize::MAX, 10);
    l.keep_cursor_visible(usize::MAX);
    assert!(l.pages_wanted(usize::MAX).len() <= MAX_PAGES_IN_FLIGHT);
}

#[test]
fn a_reload_after_an_empty_result_asks_for_the_first_page() {
    for restore in [false, true] {
        for total in [Some(0), None] {
            let mut l = UserList::default();
            l.begin_reload(false);
            l.page_requested(0, RequestId(1));
            let empty = UserPage {
                users: Vec::new(),
                total,
                start_index: 0,
            };
            l.apply_page(0, empty, 10);
            assert!(l.is_empty() && l.load == ListLoad::Ready);
            assert!(l.pages_wanted(10).is_empty(), "nothing more to read");
            // A new search or filter (restore false), or `r` (restore true).
            l.begin_reload(restore);
            assert_eq!(
                l.pages_wanted(10),
                [0],
                "the old query's empty result must not cap the new one ({restore}, {total:?})"
            );
            l.page_requested(0, RequestId(2));
            l.apply_page(0, page(0, 0..30, 30), 10);
            assert_eq!((l.len(), l.load.clone()), (30, ListLoad::Ready));
        }
    }
}

#[test]
fn a_user_who_moved_away_stays_selected_not_the_neighbour() {
    let mut l = UserList::default();
    l.begin_reload(false);
    serve(&mut l, 300, same, 10);
    l.move_to(5, 10);
    let chosen = Some(Uuid::from_u128(5));
    assert_eq!(l.selected, chosen);
    assert_eq!(l.lost_selection(), None);
    l.begin_reload(true);
    // User 5 moved to the end of the list (its status changed), past the pages read.
    let moved = |pos: u64| match pos {
        0..5 => u128::from(pos),
        299 => 5,
        _ => u128::from(pos) + 1,
    };
    serve(&mut l, 300, moved, 10);
    assert_eq!(
        l.selected, chosen,
        "the selection is not handed to the neighbour"
    );
    assert_eq!(l.current().map(|u| u.id.as_u128()), Some(6));
    assert_eq!(l.lost_selection(), chosen);
    // Moving the cursor selects again.
    l.move_by(1, 10);
    assert_eq!(l.selected, Some(Uuid::from_u128(7)));
    assert_eq!(l.lost_selection(), None);
}

#[test]
fn a_failed_new_query_keeps_the_selection() {
    let mut l = UserList::default();
    l.begin_reload(false);
    serve(&mut l, 30, same, 10);
    // A new filter: the old rows stay on screen meanwhile, and one is selected.
    l.begin_reload(false);
    l.move_to(3, 10);
    let chosen = l.selected;
    assert!(chosen.is_some());
    l.page_requested(0, RequestId(9));
    l.page_failed(0, "boom".into());
    assert!(l.is_empty(), "the other query's rows are gone");
    assert_eq!(
        l.selected, chosen,
        "a failed read does not change who is selected"
    );
}
