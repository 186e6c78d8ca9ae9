//! The reads before a bulk run: how many requests they cost, and that they overlap
//! instead of following one another.

use std::time::Duration;

use docspace_people::api::client::PAGES_IN_FLIGHT;
use docspace_people::api::{EmployeeStatus, EmployeeType};
use docspace_people::demo::{DEFAULT_PER_MINUTE, Fault, FaultRule, NewUser};

use crate::support::demo;

const SELF: &str = "/api/2.0/people/@self";
const LIST: &str = "/api/2.0/people/filter";

/// Thousands of ids the portal does not know, with its default rate limit: the checks
/// before the run cost at most one request for 100 ids (the whole directory, its first
/// page included), plus one for who is calling; no chunk is refused for an unknown id.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_ids_cost_at_most_one_request_per_100_ids_before_the_run() {
    let d = demo(3_000).await;
    d.portal.set_rate_limit(Some(DEFAULT_PER_MINUTE));
    let known: Vec<uuid::Uuid> = d.active(50).iter().map(|u| u.id).collect();
    let ghosts: Vec<uuid::Uuid> = (0..2_950u128)
        .map(|n| uuid::Uuid::from_u128(0xdead_0000 + n))
        .collect();
    let ids = known.len() + ghosts.len();
    let stdin: String = known
        .iter()
        .chain(&ghosts)
        .map(|i| format!("{i}\n"))
        .collect();
    d.portal.clear_request_log();
    let r = d
        .run(
            &["users", "delete", "--terminate-first", "--yes", "-"],
            Some(&stdin),
        )
        .await;
    assert_eq!(r.code, 4, "some not found: {}", r.stderr);
    let log = d.portal.request_log();
    let before_run: Vec<_> = log.iter().take_while(|q| q.method == "GET").collect();
    let listings = before_run.iter().filter(|q| q.path == LIST).count();
    assert!(
        listings <= ids / 100,
        "{listings} list requests for {ids} ids"
    );
    assert_eq!(before_run.len(), listings + 1, "and who is calling");
    assert!(log.iter().all(|q| q.status != 403 && q.status != 429));
    for id in &known {
        assert!(d.portal.user(*id).is_none(), "{id} deleted");
    }
}

/// A large terminate by ids reads the caller together with the directory's first page,
/// then the admins together with the terminated users: two round trips, not four.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reads_before_a_large_terminate_overlap() {
    let d = demo(300).await;
    let ids: String = d
        .plain_users(EmployeeStatus::Active)
        .iter()
        .take(25)
        .map(|u| format!("{}\n", u.id))
        .collect();
    // The caller is slow to come, and so are the first two lists: read one after the
    // other, each would be answered before the next is asked for.
    d.portal
        .inject(FaultRule::new(Fault::Latency(Duration::from_millis(600))).path(SELF));
    d.portal.inject(
        FaultRule::new(Fault::Latency(Duration::from_millis(300)))
            .path(LIST)
            .times(2),
    );
    d.portal.clear_request_log();
    let r = d
        .run(&["users", "terminate", "--yes", "-"], Some(&ids))
        .await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    let reads: Vec<_> = d
        .portal
        .request_log()
        .into_iter()
        .take_while(|q| q.method == "GET")
        .collect();
    let paths: Vec<&str> = reads.iter().map(|q| q.path.as_str()).collect();
    // The directory's first page came while the caller was still being read; then the
    // admins and two pages of terminated users.
    assert_eq!(paths, [LIST, SELF, LIST, LIST, LIST], "{reads:?}");
    // Of those three, the one held back came last: the others were asked for meanwhile.
    assert!(reads[2..4].iter().all(|q| q.fault.is_none()), "{reads:?}");
    assert!(reads[4].fault.is_some(), "{:?}", reads[4]);
}

/// Hundreds of terminated users, whose pages are asked for at once as far as the
/// directory's first page lets their number be guessed: every one is read, however good
/// the guess, so those among the targets are reported as already terminated, wherever
/// their page; the guess never asks for more pages than are read at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_terminated_user_is_read_whatever_the_guess_of_their_pages() {
    let d = demo(300).await;
    let gone: Vec<uuid::Uuid> = (0..260)
        .map(|i| {
            d.portal.insert_user(
                NewUser::new(
                    "Gone",
                    &format!("User{i:03}"),
                    &format!("gone{i}@example.com"),
                    EmployeeType::User,
                )
                .terminated(),
            )
        })
        .collect();
    let terminated = d
        .portal
        .users()
        .iter()
        .filter(|u| u.status == Some(EmployeeStatus::Terminated))
        .count();
    let active = d.active(25);
    let ids: String = active
        .iter()
        .map(|u| u.id)
        .chain(gone.iter().step_by(50).copied())
        .map(|id| format!("{id}\n"))
        .collect();
    d.portal.clear_request_log();
    let r = d
        .run(
            &["users", "terminate", "--yes", "--format", "json", "-"],
            Some(&ids),
        )
        .await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("report JSON");
    let results = v["results"].as_array().expect("results");
    for id in gone.iter().step_by(50) {
        let r = results
            .iter()
            .find(|r| r["id"].as_str() == Some(&id.to_string()))
            .expect("in the report");
        assert_eq!(r["result"], "unchanged", "{r}");
    }
    let listings = d
        .portal
        .request_log()
        .into_iter()
        .filter(|q| {
            q.query
                .as_deref()
                .unwrap_or("")
                .contains("employeeStatus=2")
        })
        .count();
    let pages = terminated.div_ceil(100);
    assert!(
        (pages..=pages.max(PAGES_IN_FLIGHT)).contains(&listings),
        "{listings} pages asked for {terminated} terminated users"
    );
    for u in &active {
        let now = d.portal.user(u.id).and_then(|u| u.status);
        assert_eq!(now, Some(EmployeeStatus::Terminated));
    }
}
