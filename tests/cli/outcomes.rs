//! What a run reports is what the portal holds: a stop between terminate and delete,
//! writes whose answer was lost, read-backs that fail, and users already in the wanted
//! state, through the engine and through the binary.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use docspace_people::api::EmployeeStatus;
use docspace_people::bulk::{
    self, BulkAction, CHECK_HINT, Controls, LogError, NoLog, Outcome, Step,
    TERMINATED_NOT_DELETED_STOPPED, UserResult, WriteLog,
};
use docspace_people::demo::{Fault, FaultRule};
use uuid::Uuid;

use crate::support::{demo, lines};

const DELETE: &str = "/api/2.0/people/delete";

/// Asks a stop as soon as the terminate step's answer is in, before anything else is sent.
struct StopAfterTerminate(Arc<AtomicBool>);

impl WriteLog for StopAfterTerminate {
    fn sending(&self, _: Step, _: &[(Uuid, &str)]) -> Result<(), LogError> {
        Ok(())
    }

    fn answered(&self, step: Step, _: &[UserResult]) {
        if step == Step::Terminating {
            self.0.store(true, Ordering::Relaxed);
        }
    }

    fn settled(&self, _: &[UserResult]) {}
}

/// A stop asked once the terminate was sent: the terminate finishes, the delete is never
/// sent. (The engine used to check the stop only between chunks, so one chunk was
/// terminated and deleted whatever was asked.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_during_the_terminate_sends_no_delete() {
    let d = demo(60).await;
    let me = d.owner();
    let targets = d.active(10);
    let plan = bulk::plan(
        BulkAction::Delete {
            terminate_first: true,
        },
        &targets,
        &me,
    );
    d.portal.clear_request_log();
    let stop = Arc::new(AtomicBool::new(false));
    let log = StopAfterTerminate(Arc::clone(&stop));
    let controls = Controls {
        stop: Arc::clone(&stop),
        log: &log,
    };
    let report = bulk::execute_with(&d.client(), &plan, controls, |_| {}).await;
    assert!(
        d.writes().iter().all(|r| r.path != DELETE),
        "no delete sent"
    );
    for u in &targets {
        let now = d.portal.user(u.id).expect("still there");
        assert_eq!(now.status, Some(EmployeeStatus::Terminated));
        assert_eq!(
            report.outcome(u.id),
            Some(&Outcome::Stopped(TERMINATED_NOT_DELETED_STOPPED.into()))
        );
    }
    assert_eq!(report.done(), 0, "{report:?}");
}

/// The portal deletes, then the answer is lost (the connection breaks off mid-body, or
/// hangs up without a byte): the users are read back and reported deleted, never "not
/// deleted".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delete_whose_answer_is_lost_is_read_back_as_done() {
    for fault in [Fault::DropConnection, Fault::Hangup] {
        let d = demo(60).await;
        let me = d.owner();
        let targets = d.active(5);
        d.portal.inject(
            FaultRule::new(fault.clone())
                .method("PUT")
                .path(DELETE)
                .after_processing(),
        );
        let plan = bulk::plan(
            BulkAction::Delete {
                terminate_first: true,
            },
            &targets,
            &me,
        );
        let report = bulk::execute(&d.client(), &plan, |_| {}).await;
        for u in &targets {
            assert!(
                d.portal.user(u.id).is_none(),
                "{fault:?}: deleted on the portal"
            );
            assert_eq!(
                report.outcome(u.id),
                Some(&Outcome::Done),
                "{fault:?}: {report:?}"
            );
        }
    }
}

/// The delete's answer is lost and every read-back fails: nobody is reported as "not
/// deleted" (they were deleted); the outcome is unknown, with what to run to check.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_users_after_a_lost_answer_are_unknown() {
    let d = demo(60).await;
    let me = d.owner();
    let targets = d.active(3);
    d.portal.inject(
        FaultRule::new(Fault::Status(500))
            .method("PUT")
            .path(DELETE)
            .after_processing(),
    );
    d.portal.inject(
        FaultRule::new(Fault::Status(500))
            .method("GET")
            .path("/api/2.0/people/")
            .times(1000),
    );
    let plan = bulk::plan(
        BulkAction::Delete {
            terminate_first: true,
        },
        &targets,
        &me,
    );
    let report = bulk::execute(&d.client(), &plan, |_| {}).await;
    for u in &targets {
        assert!(d.portal.user(u.id).is_none(), "deleted on the portal");
        match report.outcome(u.id) {
            Some(Outcome::Unknown(why)) => {
                assert!(why.contains("terminated; whether it was deleted is unknown"));
                assert!(why.contains(CHECK_HINT), "{why}");
            }
            other => panic!("{}: {other:?}", u.id),
        }
    }
    // Each user was read back more than once before giving up.
    let reads = d
        .portal
        .request_log()
        .iter()
        .filter(|r| r.method == "GET" && r.path.starts_with("/api/2.0/people/"))
        .count();
    assert!(reads > targets.len(), "read back with retries: {reads}");
}

/// Terminating users who are already terminated is success ("unchanged: already
/// terminated") whatever the batch size, with or without --dry-run.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn already_terminated_users_are_unchanged_in_every_path() {
    let d = demo(400).await;
    let active = d.plain_users(EmployeeStatus::Active);
    assert!(active.len() >= 77, "{}", active.len());
    for u in active.iter().take(77) {
        assert!(d.portal.set_user_status(u.id, EmployeeStatus::Terminated));
    }
    for n in [3, 26, 77] {
        let input = lines(&active[..n]);
        for dry in [false, true] {
            let mut args = vec!["users", "terminate", "--yes", "--format", "json", "-"];
            if dry {
                args.push("--dry-run");
            }
            d.portal.clear_request_log();
            let run = d.run(&args, Some(&input)).await;
            assert_eq!(run.code, 0, "n={n} dry={dry}: {}", run.stderr);
            assert!(d.writes().is_empty(), "nothing to send");
            let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
            let entries = if dry { &v["users"] } else { &v["results"] };
            let entries = entries.as_array().expect("array");
            assert_eq!(entries.len(), n);
            for e in entries {
                let why = if dry { &e["excluded"] } else { &e["reason"] };
                assert_eq!(why, "already terminated", "n={n} dry={dry}: {e}");
                if !dry {
                    assert_eq!(e["result"], "unchanged");
                }
            }
        }
    }
    // Every user is still terminated: nothing was sent.
    for u in active.iter().take(77) {
        let now = d.portal.user(u.id).expect("exists");
        assert_eq!(now.status, Some(EmployeeStatus::Terminated));
    }
}

/// A pipe from a list that matched nobody is nothing to do, not a usage error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_list_piped_in_is_nothing_to_do() {
    let d = demo(30).await;
    let list = d
        .run(
            &[
                "users",
                "list",
                "--status",
                "terminated",
                "--search",
                "zzqxq",
                "--format",
                "csv",
            ],
            None,
        )
        .await;
    assert_eq!(list.code, 0, "{}", list.stderr);
    let run = d
        .run(&["users", "delete", "--yes", "-"], Some(&list.stdout))
        .await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("nothing to do"), "{}", run.stderr);
    assert!(d.writes().is_empty());
}

/// A stop asked while the client waits out a 429 before trying again: the request is not
/// sent again. (The client's own retry used to ignore the stop.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_during_a_rate_limit_wait_sends_nothing_more() {
    let d = demo(40).await;
    let me = d.owner();
    let targets = d.active(3);
    d.portal.inject(
        FaultRule::new(Fault::RateLimited {
            retry_after_secs: 20,
        })
        .method("PUT")
        .path("/api/2.0/people/status"),
    );
    d.portal.clear_request_log();
    let plan = bulk::plan(BulkAction::Terminate, &targets, &me);
    let stop = Arc::new(AtomicBool::new(false));
    let controls = Controls {
        stop: Arc::clone(&stop),
        log: &NoLog,
    };
    let portal = d.portal.clone();
    let stopper = tokio::spawn(async move {
        while !portal.request_log().iter().any(|r| r.status == 429) {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        stop.store(true, Ordering::Relaxed);
    });
    let report = bulk::execute_with(&d.client(), &plan, controls, |_| {}).await;
    stopper.await.expect("stopper");
    let puts: Vec<u16> = d.writes().iter().map(|r| r.status).collect();
    assert_eq!(puts, vec![429], "sent once, not again after the stop");
    for u in &targets {
        let now = d.portal.user(u.id).expect("exists");
        assert_eq!(now.status, Some(EmployeeStatus::Active));
        assert!(
            matches!(report.outcome(u.id), Some(Outcome::Failed(_))),
            "{report:?}"
        );
    }
}
