//! The offboarding run, user by user:
//! 1. terminate the user unless already terminated;
//! 2. hand their rooms and shared files to the receiver (`POST /people/reassign/start`),
//!    following the job to its end (`…/reassign/progress/{id}`); on a stop the job is
//!    stopped (`PUT …/reassign/terminate`);
//! 3. delete the user (`PUT /people/delete`), never while the handover runs and never
//!    after one that failed, was stopped or whose end is unknown;
//! 4. follow the data removal every delete queues (`…/remove/progress/{id}`) to its end.
//!
//! Every write is put on the [`WriteLog`] before it is sent; a write that cannot be
//! recorded is not sent. The report has one [`Outcome`] per user and, beside it, what
//! became of their data ([`DataFate`]).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use uuid::Uuid;

use super::super::{
    BulkAction, Exclusion, NOT_ATTEMPTED_STOPPED, Outcome, Plan, Progress, Report, Step, Target,
    UserResult, WriteLog,
};
use super::words::handed_over;
use crate::api::admin::{JobKind, TaskProgressDto};
use crate::api::{EmployeeStatus, PortalClient};

/// How long to wait between two progress reads of a job.
pub const POLL_EVERY: Duration = Duration::from_millis(200);

/// Progress reads of one job before it is taken to be stuck.
const MAX_POLLS: usize = 3_000;

/// Who receives the rooms and shared files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receiver {
    pub id: Uuid,
    /// Raw name (sanitise before showing).
    pub name: String,
}

/// The users to offboard and who receives their data; `excluded` are the users the
/// plan left out, with the reason (reported, never sent).
#[derive(Debug, Clone, PartialEq)]
pub struct OffboardPlan {
    pub targets: Vec<Target>,
    pub excluded: Vec<(Target, Exclusion)>,
    pub receiver: Receiver,
}

impl OffboardPlan {
    /// The offboarding of a delete's plan, the data going to `receiver`.
    pub fn of(plan: &Plan, receiver: Receiver) -> Self {
        Self {
            targets: plan.eligible.clone(),
            excluded: plan.excluded.clone(),
            receiver,
        }
    }
}

/// One step of a user's offboarding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Terminate,
    Reassign,
    Delete,
    FollowRemoval,
}

/// The steps the run takes for `target`, in order.
pub fn stages(target: &Target) -> Vec<Stage> {
    let mut out = Vec::with_capacity(4);
    if target.status != Some(EmployeeStatus::Terminated) {
        out.push(Stage::Terminate);
    }
    out.extend([Stage::Reassign, Stage::Delete, Stage::FollowRemoval]);
    out
}

/// What became of one user's data (raw words: sanitise before showing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFate {
    pub id: Uuid,
    pub words: String,
}

/// The run's result: the per-user report and what became of each user's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffboardReport {
    pub report: Report,
    pub data: Vec<DataFate>,
}

impl OffboardReport {
    /// What became of `id`'s data, if anything is known.
    pub fn data_of(&self, id: Uuid) -> Option<&str> {
        self.data
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.words.as_str())
    }
}

/// How a followed job ended.
enum Ended {
    Done,
    Failed(String),
    Stopped(u8),
    /// The job vanished or could not be read: whether it finished is unknown.
    Unknown(String),
}

struct Run<'a, F: FnMut(Progress)> {
    client: &'a PortalClient,
    log: &'a dyn WriteLog,
    stop: &'a Arc<AtomicBool>,
    poll_every: Duration,
    progress: F,
    done: usize,
    total: usize,
}

impl<F: FnMut(Progress)> Run<'_, F> {
    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    fn emit(&mut self, step: Step, percent: Option<u8>) {
        (self.progress)(Progress {
            done: self.done,
            total: self.total,
            step,
            percent,
        });
    }

    fn record(&self, step: Step, t: &Target, outcome: &Outcome) {
        self.log.answered(
            step,
            &[UserResult {
                id: t.id,
                name: t.name.clone(),
                outcome: outcome.clone(),
            }],
        );
    }

    async fn terminate(&mut self, t: &Target) -> Result<(), Outcome> {
        self.log
            .sending(Step::Terminating, &[(t.id, t.name.as_str())])
            .map_err(|e| Outcome::Failed(format!("not sent: {e}")))?;
        self.emit(Step::Terminating, None);
        let answer = self
            .client
            .set_status_fields(&[t.id], EmployeeStatus::Terminated, &["status"])
            .await;
        let outcome = match answer {
            Ok(users)
                if users
                    .iter()
                    .any(|u| u.id == t.id && u.status == Some(EmployeeStatus::Terminated)) =>
            {
                Outcome::Done
            }
            Ok(_) => Outcome::Failed("the portal did not terminate them".into()),
            Err(e) if e.outcome_unknown() => Outcome::Unknown(e.to_string()),
            Err(e) => Outcome::Failed(e.to_string()),
        };
        self.record(Step::Terminating, t, &outcome);
        match outcome {
            Outcome::Done => Ok(()),
            Outcome::Unknown(r) => Err(Outcome::Unknown(format!(
                "not deleted; whether the terminate happened is unknown: {r}"
            ))),
            other => Err(Outcome::Failed(format!(
                "not deleted, because the terminate failed: {}",
                other.reason()
            ))),
        }
    }

    /// Reads the `kind` job about `user` until it ends; stops it when asked (when
    /// `stoppable`), else stops following.
    async fn follow(&mut self, kind: JobKind, user: Uuid, step: Step, stoppable: bool) -> Ended {
        let mut last = 0u8;
        for _ in 0..MAX_POLLS {
            if self.stopped() {
                if !stoppable {
                    return Ended::Stopped(last);
                }
                return match self.client.terminate_job(kind, user).await {
                    Ok(p) => Ended::Stopped(p.map_or(last, |p| p.percent())),
                    Err(e) => Ended::Unknown(format!("stopping it failed: {e}")),
                };
            }
            tokio::time::sleep(self.poll_every).await;
            match self.client.job_progress(kind, user).await {
                Ok(Some(p)) => {
                    last = p.percent();
                    self.emit(step, Some(last));
                    if p.is_finished() {
                        return ended(&p);
                    }
                }
                Ok(None) => return Ended::Unknown(format!("the {} vanished", kind.label())),
                Err(e) if e.outcome_unknown() => {}
                Err(e) => return Ended::Unknown(e.to_string()),
            }
        }
        Ended::Unknown(format!("the {} did not end", kind.label()))
    }

    async fn reassign(&mut self, t: &Target, to: &Receiver) -> Result<(), Outcome> {
        self.log
            .reassigning(&[(t.id, t.name.as_str())], to.id)
            .map_err(|e| Outcome::Failed(format!("terminated, not deleted: {e}")))?;
        self.emit(Step::Reassigning, Some(0));
        if let Err(e) = self.client.start_reassign(t.id, to.id, false).await {
            let outcome = if e.outcome_unknown() {
                Outcome::Unknown(format!(
                    "terminated; whether the handover began is unknown, not deleted: {e}"
                ))
            } else {
                Outcome::Failed(format!(
                    "terminated, not deleted: the handover was refused: {e}"
                ))
            };
            self.record(Step::Reassigning, t, &outcome);
            return Err(outcome);
        }
        let outcome = match self
            .follow(JobKind::Reassign, t.id, Step::Reassigning, true)
            .await
        {
            Ended::Done => Outcome::Done,
            Ended::Failed(why) => Outcome::Failed(format!(
                "terminated, not deleted: the handover failed: {why}"
            )),
            Ended::Stopped(p) => Outcome::Stopped(format!(
                "terminated, not deleted: the handover was stopped at {p}% (what it moved stays moved)"
            )),
            Ended::Unknown(why) => Outcome::Unknown(format!(
                "terminated, not deleted: how the handover ended is unknown: {why}"
            )),
        };
        self.record(Step::Reassigning, t, &outcome);
        match outcome {
            Outcome::Done => Ok(()),
            other => Err(other),
        }
    }

    async fn delete(&mut self, t: &Target) -> Result<(), Outcome> {
        self.log
            .sending(Step::Deleting, &[(t.id, t.name.as_str())])
            .map_err(|e| Outcome::Failed(format!("data handed over, not deleted: {e}")))?;
        self.emit(Step::Deleting, None);
        let outcome = match self.client.delete_users_fields(&[t.id], &[]).await {
            Ok(users) if users.iter().any(|u| u.id == t.id) => Outcome::Done,
            Ok(_) => Outcome::Failed("data handed over; the portal did not delete them".into()),
            Err(e) if e.outcome_unknown() => Outcome::Unknown(format!(
                "data handed over; whether they were deleted is unknown: {e}"
            )),
            Err(e) => Outcome::Failed(format!("data handed over, not deleted: {e}")),
        };
        self.record(Step::Deleting, t, &outcome);
        match outcome {
            Outcome::Done => Ok(()),
            other => Err(other),
        }
    }

    /// One user's [`stages`], each only after the one before succeeded.
    async fn one(&mut self, t: &Target, to: &Receiver) -> (Outcome, String) {
        let mut data = "untouched".to_string();
        for stage in stages(t) {
            match stage {
                Stage::Terminate => {
                    if let Err(o) = self.terminate(t).await {
                        return (o, data);
                    }
                }
                Stage::Reassign => {
                    if self.stopped() {
                        let why = "terminated, not deleted: stopped before the handover";
                        return (Outcome::Stopped(why.into()), data);
                    }
                    if let Err(o) = self.reassign(t, to).await {
                        return (o, "not (fully) handed over; nothing deleted".into());
                    }
                    data = handed_over(&to.name);
                }
                Stage::Delete => {
                    if self.stopped() {
                        let why = "terminated, data handed over, not deleted: stopped";
                        return (Outcome::Stopped(why.into()), data);
                    }
                    if let Err(o) = self.delete(t).await {
                        return (o, data);
                    }
                }
                Stage::FollowRemoval => {
                    let removal = match self
                        .follow(JobKind::Remove, t.id, Step::Removing, false)
                        .await
                    {
                        Ended::Done => "personal data removed".to_string(),
                        Ended::Failed(why) => format!("the data removal failed: {why}"),
                        Ended::Stopped(p) => {
                            format!("the data removal goes on on the portal ({p}% when left)")
                        }
                        Ended::Unknown(why) => {
                            format!("how the data removal ended is unknown: {why}")
                        }
                    };
                    data = format!("{data}; {removal}");
                }
            }
        }
        (Outcome::Done, data)
    }
}

fn ended(p: &TaskProgressDto) -> Ended {
    if p.succeeded() {
        Ended::Done
    } else if p.status == crate::api::admin::TaskStatus::Canceled {
        Ended::Stopped(p.percent())
    } else {
        Ended::Failed(
            p.error
                .clone()
                .unwrap_or_else(|| format!("it ended {}", p.status.label())),
        )
    }
}

/// Runs `plan` user by user (see the module), reporting progress through `progress`;
/// once `stop` is set nothing new starts, a running handover is stopped and the user is
/// not deleted.
pub async fn run_offboard(
    client: &PortalClient,
    plan: &OffboardPlan,
    log: &dyn WriteLog,
    stop: &Arc<AtomicBool>,
    poll_every: Duration,
    progress: impl FnMut(Progress),
) -> OffboardReport {
    let mut run = Run {
        client,
        log,
        stop,
        poll_every,
        progress,
        done: 0,
        total: plan.targets.len(),
    };
    let mut results = Vec::with_capacity(plan.targets.len());
    let mut data = Vec::with_capacity(plan.targets.len());
    for t in &plan.targets {
        let (outcome, words) = if run.stopped() {
            (
                Outcome::Stopped(NOT_ATTEMPTED_STOPPED.into()),
                "untouched".into(),
            )
        } else {
            run.one(t, &plan.receiver).await
        };
        let result = UserResult {
            id: t.id,
            name: t.name.clone(),
            outcome,
        };
        log.settled(std::slice::from_ref(&result));
        results.push(result);
        data.push(DataFate { id: t.id, words });
        run.done += 1;
        run.emit(Step::Deleting, None);
    }
    results.extend(plan.excluded.iter().map(|(t, why)| UserResult {
        id: t.id,
        name: t.name.clone(),
        outcome: why.outcome(),
    }));
    let terminate_first = plan
        .targets
        .iter()
        .any(|t| t.status != Some(EmployeeStatus::Terminated));
    OffboardReport {
        report: Report {
            action: BulkAction::Delete { terminate_first },
            results,
            requests: 0,
        },
        data,
    }
}

#[cfg(test)]
#[path = "run_tests.rs"]
mod tests;
