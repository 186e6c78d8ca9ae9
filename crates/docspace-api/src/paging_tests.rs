use super::*;

fn page(start: u64, ids: std::ops::Range<u128>, total: Option<u64>) -> UserPage {
    UserPage {
        users: ids
            .map(|n| EmployeeFullDto::bare(Uuid::from_u128(n)))
            .collect(),
        total,
        start_index: start,
    }
}

/// Serves `pages` in turn (the last one for every further request) and returns the
/// users taken, the requests made and the pager.
fn follow(mut pager: Pager, pages: &[UserPage]) -> (usize, usize, Pager) {
    let (mut users, mut requests) = (0, 0);
    while pager.next_start().is_some() {
        let p = pages[requests.min(pages.len() - 1)].clone();
        requests += 1;
        users += pager.take(p).len();
        assert!(requests < 1_000, "paging does not end");
    }
    (users, requests, pager)
}

#[test]
fn an_honest_portal_is_followed_to_its_end() {
    let pages = [
        page(0, 0..100, Some(250)),
        page(100, 100..200, Some(250)),
        page(200, 200..250, Some(250)),
    ];
    let (users, requests, pager) = follow(Pager::new(0, 100, None), &pages);
    assert_eq!((users, requests), (250, 3));
    assert_eq!(pager.incomplete(), None);
    // Without a total, the short last page ends it.
    let pages = [page(0, 0..100, None), page(100, 100..150, None)];
    let (users, requests, pager) = follow(Pager::new(0, 100, None), &pages);
    assert_eq!((users, requests, pager.incomplete()), (150, 2, None));
}

#[test]
fn a_repeated_page_without_a_total_ends_the_listing() {
    let (users, requests, pager) = follow(Pager::new(0, 100, None), &[page(0, 0..100, None)]);
    assert_eq!((users, requests), (100, 2));
    let inc = pager.incomplete().expect("incomplete");
    assert_eq!(inc.problem, Some(PagingProblem::Repeated { start: 100 }));
    assert!(inc.to_string().contains("already listed"), "{inc}");
}

#[test]
fn a_limit_is_honoured_whatever_the_portal_sends() {
    let repeat = [page(0, 0..100, None)];
    let (users, requests, pager) = follow(Pager::new(0, 100, Some(40)), &repeat);
    assert_eq!((users, requests, pager.incomplete()), (40, 1, None));
    // A limit beyond what the repeating portal gives: it still ends, incomplete.
    let (users, requests, pager) = follow(Pager::new(0, 100, Some(150)), &repeat);
    assert_eq!((users, requests), (100, 2));
    assert!(pager.incomplete().is_some());
    // A portal that ignores `count` and sends too many rows.
    let (users, requests, _) = follow(Pager::new(0, 10, Some(15)), &[page(0, 0..100, None)]);
    assert_eq!((users, requests), (15, 1));
}

#[test]
fn an_empty_page_before_the_total_ends_the_listing() {
    let pages = [page(0, 0..100, Some(300)), page(100, 0..0, Some(300))];
    let (users, requests, pager) = follow(Pager::new(0, 100, None), &pages);
    assert_eq!((users, requests), (100, 2));
    let inc = pager.incomplete().expect("incomplete");
    assert_eq!(
        inc.problem,
        Some(PagingProblem::EmptyBeforeTotal {
            start: 100,
            total: 300
        })
    );
    assert!(inc.to_string().contains("of the 300 it counts"), "{inc}");
}

#[test]
fn users_beyond_the_total_end_the_listing() {
    let pages = [page(0, 0..100, Some(50))];
    let (users, requests, pager) = follow(Pager::new(0, 100, None), &pages);
    assert_eq!((users, requests), (100, 1));
    assert_eq!(
        pager.incomplete().and_then(|i| i.problem),
        Some(PagingProblem::BeyondTotal {
            end: 100,
            total: 50
        })
    );
}

#[test]
fn fewer_users_than_the_total_is_incomplete() {
    // A short page before the total (users removed while listing, or a lying total).
    let pages = [page(0, 0..100, Some(250)), page(100, 100..130, Some(250))];
    let (users, _, pager) = follow(Pager::new(0, 100, None), &pages);
    assert_eq!(users, 130);
    let inc = pager.incomplete().expect("incomplete");
    assert_eq!((inc.got, inc.total, inc.problem), (130, Some(250), None));
    assert_eq!(
        inc.to_string(),
        "the portal counts 250 users but listed 130"
    );
    // Ten users added at the top between two pages: the users pushed onto the
    // second page are listed once, and the ten new ones were not read.
    let pages = [page(0, 0..100, Some(150)), page(100, 90..150, Some(160))];
    let (users, _, pager) = follow(Pager::new(0, 100, None), &pages);
    assert_eq!(users, 150);
    let inc = pager.incomplete().expect("incomplete");
    assert_eq!((inc.got, inc.total, inc.problem), (150, Some(160), None));
}

#[test]
fn a_page_that_adds_some_new_users_goes_on() {
    let pages = [
        page(0, 0..100, None),
        page(100, 50..150, None),
        page(200, 150..160, None),
    ];
    let (users, requests, pager) = follow(Pager::new(0, 100, None), &pages);
    assert_eq!((users, requests, pager.incomplete()), (160, 3, None));
}

#[test]
fn users_that_fell_between_pages_are_taken_when_read_again() {
    // Ties moved: user 99 came twice, user 100 never.
    let mut pager = Pager::new(0, 100, None);
    assert_eq!(pager.take(page(0, 0..100, Some(201))).len(), 100);
    let mut moved = page(100, 101..201, Some(201));
    moved
        .users
        .insert(0, EmployeeFullDto::bare(Uuid::from_u128(99)));
    moved.users.truncate(100);
    assert_eq!(pager.take(moved).len(), 99);
    let last = page(200, 200..201, Some(201));
    assert_eq!(pager.take(last).len(), 1);
    assert_eq!(pager.next_start(), None);
    assert!(pager.short(), "200 of 201");
    // Read again: only the user not listed yet is taken.
    let again = page(0, 95..105, Some(201)).users;
    let fresh = pager.take_missed(again);
    assert_eq!(fresh.len(), 1);
    assert_eq!(fresh[0].id, Uuid::from_u128(100));
    assert!(!pager.short());
    assert_eq!(pager.incomplete(), None);
}

#[test]
fn a_listing_ended_by_its_limit_or_a_contradiction_is_not_short() {
    let mut limited = Pager::new(0, 100, Some(50));
    limited.take(page(0, 0..100, Some(300)));
    assert!(!limited.short());
    let mut repeated = Pager::new(0, 100, None);
    repeated.take(page(0, 0..100, Some(300)));
    repeated.take(page(100, 0..100, Some(300)));
    assert!(!repeated.short(), "a repeated page is a problem, not ties");
}
