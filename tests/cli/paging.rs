//! Lists from a portal that does not end its pages: a repeated page and no `total` end
//! the listing with a warning and exit code 5, in a bounded number of requests, and
//! `--limit` is honoured whatever the portal says.

use docspace_people::api::{EmployeeStatus, EmployeeType};
use docspace_people::demo::{Fault, FaultRule, LoggedRequest, NewUser};

use crate::support::{Demo, demo};

const FILTER: &str = "/api/2.0/people/filter";

/// The portal answers every list request with its first page and no `total`. The repeat
/// stops after a generous number of requests, so a client that never ends its paging
/// finishes (and fails the assertions) instead of running forever.
fn lying_pages(d: &Demo) {
    d.portal
        .inject(FaultRule::new(Fault::RepeatPage).path(FILTER).times(60));
    d.portal
        .inject(FaultRule::new(Fault::OmitTotal).path(FILTER).share(1.0));
}

fn list_requests(d: &Demo) -> Vec<LoggedRequest> {
    d.portal
        .request_log()
        .into_iter()
        .filter(|r| r.path == FILTER)
        .collect()
}

fn listed(stdout: &str) -> usize {
    let v: serde_json::Value = serde_json::from_str(stdout).expect("one JSON array");
    v.as_array().map_or(0, Vec::len)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeated_page_without_a_total_ends_the_list_with_exit_5() {
    let d = demo(250).await;
    lying_pages(&d);
    let r = d.run(&["users", "list", "--format", "json"], None).await;
    assert_eq!(r.code, 5, "{r:?}");
    assert_eq!(list_requests(&d).len(), 2, "the first page and its repeat");
    assert_eq!(listed(&r.stdout), 100, "what was read is printed");
    assert!(
        r.stderr.contains("the list is incomplete")
            && r.stderr.contains("a page of users already listed"),
        "{}",
        r.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_limit_is_honoured_whatever_the_portal_says() {
    let d = demo(250).await;
    lying_pages(&d);
    let r = d
        .run(
            &["users", "list", "--format", "json", "--limit", "150"],
            None,
        )
        .await;
    assert_eq!(r.code, 5, "fewer than the limit and incomplete: {r:?}");
    assert_eq!(list_requests(&d).len(), 2);
    assert_eq!(listed(&r.stdout), 100);

    d.portal.clear_request_log();
    let r = d
        .run(
            &["users", "list", "--format", "json", "--limit", "40"],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(list_requests(&d).len(), 1);
    assert_eq!(listed(&r.stdout), 40);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_without_a_total_is_still_followed_to_its_end() {
    let d = demo(250).await;
    d.portal
        .inject(FaultRule::new(Fault::OmitTotal).path(FILTER).share(1.0));
    let r = d.run(&["users", "list", "--format", "json"], None).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(listed(&r.stdout), d.portal.user_count());
    assert_eq!(list_requests(&d).len(), 3);
}

/// Many targets are matched against the list of terminated users; when that list does
/// not end properly, the users not seen are not reported missing or left out: the
/// command stops before any write.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn targets_are_not_matched_against_an_incomplete_list() {
    let d = demo(20).await;
    let ids: Vec<String> = (0..150)
        .map(|n| {
            let email = format!("gone{n}@example.org");
            let user = NewUser::new("Gone", &format!("User{n:03}"), &email, EmployeeType::User);
            d.portal.insert_user(user.terminated()).to_string()
        })
        .collect();
    lying_pages(&d);
    let stdin = ids.join("\n");
    let r = d
        .run(&["users", "delete", "--yes", "-"], Some(&stdin))
        .await;
    assert_eq!(r.code, 5, "{r:?}");
    assert!(r.stderr.contains("incomplete"), "{}", r.stderr);
    assert!(d.writes().is_empty(), "no write: {:?}", d.writes());
    assert!(list_requests(&d).len() <= 2, "{:?}", list_requests(&d));
    let left = d.plain_users(EmployeeStatus::Terminated).len();
    assert!(left >= 150, "nobody deleted: {left} left");
}

/// A portal whose database orders users with the same sort key differently on each
/// request (MySQL may): users fall between pages and others come twice. The list still
/// prints each user exactly once, and as many as the portal counts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_user_comes_once_when_ties_move_between_pages() {
    let d = demo(20).await;
    // Forty users named alike on each side of most page boundaries.
    for n in 0..400 {
        let first = ["Anna", "Ben", "Cleo", "Dora"][n % 4];
        let email = format!("tie{n}@example.org");
        d.portal
            .insert_user(NewUser::new(first, "Same", &email, EmployeeType::User));
    }
    d.portal.set_shuffle_ties(true);
    let r = d.run(&["users", "list", "--format", "json"], None).await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("one JSON array");
    let ids: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|u| u["id"].as_str())
        .collect();
    let unique: std::collections::HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "a user listed twice");
    assert_eq!(ids.len(), d.portal.user_count(), "a user missed");
}
