//! The bulk engine used directly (as the TUI worker does), against the demo portal.

use docspace_people::api::{EmployeeFullDto, EmployeeStatus};
use docspace_people::bulk::{self, BulkAction, Outcome, Step};
use docspace_people::demo::{Fault, FaultRule};

use crate::support::demo;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_chunk_is_bisected_so_eligible_users_still_change() {
    let d = demo(150).await;
    let users = d.portal.users();
    let admins: Vec<_> = users
        .iter()
        .filter(|u| u.is_admin() && !u.is_owner())
        .collect();
    let me = admins[0].clone();
    let client = d.client_with(&d.portal.token_for(me.id));
    let plain: Vec<_> = d
        .plain_users(EmployeeStatus::Active)
        .into_iter()
        .take(30)
        .collect();
    // Unread targets: the plan cannot know that the owner and an admin are among them.
    let mut targets: Vec<EmployeeFullDto> =
        plain.iter().map(|u| EmployeeFullDto::bare(u.id)).collect();
    targets.insert(7, EmployeeFullDto::bare(d.portal.owner_id()));
    targets.insert(20, EmployeeFullDto::bare(admins[1].id));
    targets.push(EmployeeFullDto::bare(uuid::Uuid::from_u128(42)));
    let plan = bulk::plan(BulkAction::Terminate, &targets, &me);
    assert_eq!(plan.eligible.len(), 33, "the plan leaves it to the portal");

    let mut events = Vec::new();
    let report = bulk::execute(&client, &plan, |p| events.push(p)).await;
    for u in &plain {
        assert_eq!(report.outcome(u.id), Some(&Outcome::Done), "{}", u.id);
        assert_eq!(
            d.portal.user(u.id).expect("exists").status,
            Some(EmployeeStatus::Terminated)
        );
    }
    let skipped = |id| match report.outcome(id) {
        Some(Outcome::Skipped(r)) => r.clone(),
        other => panic!("{id}: {other:?}"),
    };
    assert!(skipped(d.portal.owner_id()).contains("owner"));
    assert!(skipped(admins[1].id).contains("only the portal owner"));
    assert!(skipped(uuid::Uuid::from_u128(42)).contains("not on the portal"));
    assert_eq!(
        d.portal.user(admins[1].id).expect("admin").status,
        Some(EmployeeStatus::Active)
    );
    // Named from the portal's answers though the plan knew only ids.
    let first = report
        .results
        .iter()
        .find(|r| r.id == plain[0].id)
        .expect("result");
    assert_eq!(first.name, plain[0].name_for_people());
    // Progress ends at total; the steps are named.
    let last = events.last().expect("progress");
    assert_eq!((last.done, last.total), (33, 33));
    assert!(events.iter().any(|p| p.step == Step::Terminating));
    assert!(events.windows(2).all(|w| w[0].done <= w[1].done));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ambiguous_failure_is_resolved_by_reading_back() {
    let d = demo(80).await;
    let me = d.owner();
    let client = d.client();
    let targets: Vec<_> = d
        .plain_users(EmployeeStatus::Terminated)
        .into_iter()
        .take(3)
        .collect();
    // The portal deletes, then the answer is lost.
    d.portal.inject(
        FaultRule::new(Fault::Status(500))
            .method("PUT")
            .path("/api/2.0/people/delete")
            .after_processing(),
    );
    let plan = bulk::plan(
        BulkAction::Delete {
            terminate_first: false,
        },
        &targets,
        &me,
    );
    let report = bulk::execute(&client, &plan, |_| {}).await;
    for u in &targets {
        assert_eq!(report.outcome(u.id), Some(&Outcome::Done));
        assert!(d.portal.user(u.id).is_none());
    }
    // Re-read users count as requests too.
    assert_eq!(report.requests, 1 + targets.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offboarding_deletes_only_whom_it_terminated() {
    let d = demo(60).await;
    let me = d.owner();
    let client = d.client();
    let targets = d.active(4);
    let plan = bulk::plan(
        BulkAction::Delete {
            terminate_first: true,
        },
        &targets,
        &me,
    );
    let mut steps = Vec::new();
    let report = bulk::execute(&client, &plan, |p| steps.push(p.step)).await;
    assert_eq!(report.done(), 4, "{report:?}");
    assert_eq!(report.requests, 2);
    let t = steps
        .iter()
        .position(|s| *s == Step::Terminating)
        .expect("terminating");
    let del = steps
        .iter()
        .position(|s| *s == Step::Deleting)
        .expect("deleting");
    assert!(t < del);
    for u in &targets {
        assert!(d.portal.user(u.id).is_none());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limited_chunk_is_retried_after_the_wait() {
    let d = demo(40).await;
    let me = d.owner();
    let targets = d.active(2);
    d.portal.inject(
        FaultRule::new(Fault::RateLimited {
            retry_after_secs: 1,
        })
        .method("PUT")
        .path("/api/2.0/people/status"),
    );
    d.portal.clear_request_log();
    let plan = bulk::plan(BulkAction::Terminate, &targets, &me);
    let report = bulk::execute(&d.client(), &plan, |_| {}).await;
    assert_eq!(report.done(), 2, "{report:?}");
    let statuses: Vec<u16> = d.portal.request_log().iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![429, 200], "one refusal, then the retry");
}

const TERMINATE: &str = "/api/2.0/people/status/Terminated";
const DELETE: &str = "/api/2.0/people/delete";

/// Offboarding 1,000 users (10 chunks): the 10 terminates are on the wire together, and
/// each chunk's delete goes out once its own terminate is answered, for those users only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_users_terminate_together_and_each_chunk_deletes_after_its_own_terminate() {
    let d = demo(1_300).await;
    let me = d.owner();
    let targets = d.active(1_000);
    // Every write waits a while on the portal, so the requests a client keeps on the
    // wire at once pile up there; the request log records each one as it is answered.
    d.portal.inject(
        FaultRule::new(Fault::Latency(std::time::Duration::from_millis(150)))
            .method("PUT")
            .share(1.0),
    );
    d.portal.clear_request_log();
    let action = BulkAction::Delete {
        terminate_first: true,
    };
    let plan = bulk::plan(action, &targets, &me);
    let report = bulk::execute(&d.client(), &plan, |_| {}).await;
    assert_eq!(report.done(), 1_000, "{:?}", report.results.first());
    assert_eq!(report.requests, 20, "a terminate and a delete a chunk");
    for u in &targets {
        assert!(d.portal.user(u.id).is_none(), "{} deleted", u.id);
    }

    let writes = d.writes();
    assert_eq!(writes.len(), 20);
    // With fewer than 10 chunks at once, a chunk's delete would be answered before the
    // tenth terminate was sent.
    assert!(
        writes[..10].iter().all(|w| w.path == TERMINATE),
        "{:?}",
        writes.iter().map(|w| w.path.as_str()).collect::<Vec<_>>()
    );
    // Each delete follows the answer to the terminate of the same users.
    for (i, del) in writes.iter().enumerate().filter(|(_, w)| w.path == DELETE) {
        assert_eq!(del.status, 200);
        let own = writes[..i]
            .iter()
            .find(|w| w.path == TERMINATE && w.user_ids.first() == del.user_ids.first())
            .expect("the chunk's terminate was answered before its delete was sent");
        assert_eq!((own.status, &own.user_ids), (200, &del.user_ids));
    }
}

/// A 429 in the middle of a concurrent run: the refused requests are sent again after the
/// wait, and every user ends deleted and reported done.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limit_in_the_middle_of_a_concurrent_run_leaves_every_outcome_right() {
    let d = demo(1_300).await;
    let me = d.owner();
    let targets = d.active(1_000);
    for path in [TERMINATE, DELETE] {
        d.portal.inject(
            FaultRule::new(Fault::RateLimited {
                retry_after_secs: 1,
            })
            .method("PUT")
            .path(path)
            .times(3),
        );
    }
    d.portal.clear_request_log();
    let action = BulkAction::Delete {
        terminate_first: true,
    };
    let plan = bulk::plan(action, &targets, &me);
    let report = bulk::execute(&d.client(), &plan, |_| {}).await;
    assert_eq!(report.done(), 1_000, "{:?}", report.results.first());
    for u in &targets {
        assert!(d.portal.user(u.id).is_none(), "{} deleted", u.id);
    }
    let writes = d.writes();
    let refused = writes.iter().filter(|w| w.status == 429).count();
    assert_eq!(
        refused, 6,
        "three terminates and three deletes refused once"
    );
    for path in [TERMINATE, DELETE] {
        let answered = writes
            .iter()
            .filter(|w| w.path == path && w.status == 200)
            .count();
        assert_eq!(answered, 10, "{path}: each chunk answered once");
    }
}
