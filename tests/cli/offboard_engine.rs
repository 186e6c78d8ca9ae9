//! The offboarding engine used directly (as the TUI worker does), against the demo
//! portal: the plain delete's following of the data removals, and the record of a stop.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use docspace_people::api::{EmployeeFullDto, EmployeeStatus, EmployeeType};
use docspace_people::bulk::offboard::{
    Ended, OffboardPlan, Receiver, delete_then_follow, run_offboard,
};
use docspace_people::bulk::{
    self, BulkAction, Controls, LogError, NoLog, Outcome, Step, UserResult, WriteLog,
};
use docspace_people::demo::{DemoPortal, NewUser};
use uuid::Uuid;

use crate::support::{Demo, demo};

const REASSIGN_TERMINATE: &str = "/api/2.0/people/reassign/terminate";

fn delete_plan(d: &Demo, users: &[EmployeeFullDto]) -> bulk::Plan {
    bulk::plan(
        BulkAction::Delete {
            terminate_first: true,
        },
        users,
        &d.owner(),
    )
}

async fn delete(d: &Demo, plan: &bulk::Plan) -> docspace_people::bulk::offboard::OffboardReport {
    let controls = Controls {
        stop: Arc::new(AtomicBool::new(false)),
        log: &NoLog,
    };
    delete_then_follow(&d.client(), plan, controls, Duration::ZERO, |_| {}).await
}

/// The indexes in the request log of the progress reads of `user`'s data removal.
fn removal_reads(d: &Demo, user: Uuid) -> Vec<usize> {
    let path = format!("/api/2.0/people/remove/progress/{user}");
    d.portal
        .request_log()
        .iter()
        .enumerate()
        .filter(|(_, r)| r.method == "GET" && r.path == path)
        .map(|(i, _)| i)
        .collect()
}

/// Deleting many users used to follow their data removals one after the other (each
/// at least a poll's wait per step): the window stayed on "Removing" for minutes. They
/// are followed together now: the progress reads of two users' removals interleave.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plain_delete_follows_the_data_removals_together() {
    let d = demo(60).await;
    let users = d.active(3);
    let plan = delete_plan(&d, &users);
    let run = delete(&d, &plan).await;
    for u in &users {
        assert_eq!(run.report.outcome(u.id), Some(&Outcome::Done), "{}", u.id);
        assert_eq!(
            run.data_of(u.id).and_then(|f| f.removal.clone()),
            Some(Ended::Done)
        );
    }
    assert_eq!(
        d.portal.running_jobs(),
        0,
        "every removal followed to its end"
    );
    let first = removal_reads(&d, users[0].id);
    let second = removal_reads(&d, users[1].id);
    assert!(first.len() > 1 && second.len() > 1, "{first:?} {second:?}");
    assert!(
        second[0] < first[first.len() - 1],
        "the second user's removal is read before the first one's ends: {first:?} {second:?}"
    );
}

/// A deleted user whose data removal failed used to be reported `failed` while the
/// record said the delete was done. What was done to them is said (done), and the
/// removal's end beside it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_data_removal_is_told_beside_a_delete_that_was_done() {
    let d = demo(60).await;
    let users = d.active(2);
    d.portal.fail_removals("the storage is not reachable");
    let plan = delete_plan(&d, &users);
    let run = delete(&d, &plan).await;
    for u in &users {
        assert!(d.portal.user(u.id).is_none(), "deleted");
        assert_eq!(run.report.outcome(u.id), Some(&Outcome::Done), "{run:?}");
        assert_eq!(
            run.data_of(u.id).and_then(|f| f.removal.clone()),
            Some(Ended::Failed("the storage is not reachable".into()))
        );
    }
    assert!(run.removal_failed());
}

/// What the run put on record, in order, and whether the portal had seen a stop of the
/// handover when the stop was recorded.
struct Recorder {
    portal: DemoPortal,
    refuse_stop: bool,
    records: Mutex<Vec<(Step, bool)>>,
}

impl Recorder {
    fn new(d: &Demo, refuse_stop: bool) -> Self {
        Self {
            portal: d.portal.clone(),
            refuse_stop,
            records: Mutex::new(Vec::new()),
        }
    }

    fn stops_sent(&self) -> usize {
        stops_sent(&self.portal)
    }
}

fn stops_sent(portal: &DemoPortal) -> usize {
    portal
        .request_log()
        .iter()
        .filter(|r| r.path == REASSIGN_TERMINATE)
        .count()
}

impl WriteLog for Recorder {
    fn sending(&self, step: Step, _: &[(Uuid, &str)]) -> Result<(), LogError> {
        let seen = self.stops_sent() > 0;
        self.records.lock().unwrap().push((step, seen));
        if self.refuse_stop && step == Step::StoppingHandover {
            return Err(LogError("disk full".into()));
        }
        Ok(())
    }

    fn answered(&self, _: Step, _: &[UserResult]) {}

    fn settled(&self, _: &[UserResult]) {}
}

/// Offboards a room admin with a room to the owner, stopping once the handover runs.
async fn offboard_stopped(d: &Demo, log: &Recorder) -> (Uuid, Outcome) {
    let id = d.portal.insert_user(NewUser::new(
        "Lea",
        "Vermeer",
        "lea.vermeer@example.org",
        EmployeeType::RoomAdmin,
    ));
    d.portal
        .add_room(id, "Leaver's project room", 3, 5 * 1024 * 1024);
    let leaver = d.portal.user(id).expect("inserted");
    let owner = d.owner();
    let plan = OffboardPlan::of(
        &delete_plan(d, &[leaver]),
        Receiver {
            id: owner.id,
            name: owner.name_for_people(),
        },
    );
    let stop = Arc::new(AtomicBool::new(false));
    let run = run_offboard(&d.client(), &plan, log, &stop, Duration::ZERO, |p| {
        if p.step == Step::Reassigning && p.percent.is_some_and(|p| p > 0) {
            stop.store(true, Ordering::Relaxed);
        }
    })
    .await;
    let outcome = run.report.outcome(id).cloned().expect("a result");
    (id, outcome)
}

/// Stopping a handover sends a write (`PUT …/reassign/terminate`); it used to be sent
/// with nothing on record. It is recorded first now.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_stop_of_a_handover_is_on_record_before_it_is_sent() {
    let d = demo(60).await;
    let log = Recorder::new(&d, false);
    let (id, outcome) = offboard_stopped(&d, &log).await;
    assert!(
        matches!(&outcome, Outcome::Stopped(w) if w.contains("handover was stopped")),
        "{outcome:?}"
    );
    assert_eq!(log.stops_sent(), 1);
    let records = log.records.lock().unwrap().clone();
    assert!(
        records.contains(&(Step::StoppingHandover, false)),
        "recorded before it was sent: {records:?}"
    );
    assert_eq!(
        d.portal.user(id).and_then(|u| u.status),
        Some(EmployeeStatus::Terminated)
    );
}

/// A stop that cannot be recorded is not sent: the handover goes on, and the user is
/// not deleted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_that_cannot_be_recorded_is_not_sent() {
    let d = demo(60).await;
    let log = Recorder::new(&d, true);
    let (id, outcome) = offboard_stopped(&d, &log).await;
    assert_eq!(log.stops_sent(), 0, "{:?}", d.writes());
    assert!(
        matches!(&outcome, Outcome::Stopped(w) if w.contains("goes on on the portal")),
        "{outcome:?}"
    );
    assert!(d.portal.user(id).is_some(), "not deleted");
    assert_eq!(d.portal.running_jobs(), 1, "the handover goes on");
}
