//! The offboarding run, user by user:
//! 1. terminate the user unless already terminated;
//! 2. hand their rooms and shared files to the receiver (`POST /people/reassign/start`),
//!    following the job to its end (`…/reassign/progress/{id}`); on a stop the job is
//!    stopped (`PUT …/reassign/terminate`). A handover already running (begun elsewhere)
//!    is not joined; a start whose answer is lost is followed when the job it made can be
//!    told from what the progress showed before it;
//! 3. delete the user (`DELETE /people/{id}`), never while the handover runs and never
//!    after one that failed, was stopped or whose end is unknown;
//! 4. follow the data removal every delete queues (`…/remove/progress/{id}`) to its end.
//!
//! Every write (the stop of a handover too) is put on the [`WriteLog`] before it is sent;
//! a write that cannot be recorded is not sent. A terminate or a delete whose answer is
//! lost is settled by reading the user back (terminated; gone), and the run goes on. The
//! report has one [`Outcome`] per user, what was done to them (a deleted user is done, as
//! the record says), and beside it what became of their data ([`DataFate`]), where a data
//! removal that failed is told.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use uuid::Uuid;

use super::super::{
    BulkAction, Exclusion, NOT_ATTEMPTED_STOPPED, Outcome, Plan, Progress, Report, Step, Target,
    UserResult, WriteLog,
};
use super::fate::DataFate;
use crate::api::admin::JobKind;
use crate::api::{ApiError, EmployeeFullDto, EmployeeStatus, PortalClient};
use crate::bulk::ReadError;
use crate::bulk::job_follow::{Ended, Follow};
use crate::bulk::reread::read_back;

pub use crate::bulk::job_follow::POLL_EVERY;

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
    /// The offboarding of a delete's plan, the data going to `receiver`; the receiver,
    /// if among the users, is left out (nobody hands their data to themselves).
    pub fn of(plan: &Plan, receiver: Receiver) -> Self {
        let (keep, leave): (Vec<Target>, Vec<Target>) = plan
            .eligible
            .iter()
            .cloned()
            .partition(|t| t.id != receiver.id);
        let mut excluded = plan.excluded.clone();
        excluded.extend(leave.into_iter().map(|t| (t, Exclusion::Receiver)));
        Self {
            targets: keep,
            excluded,
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

/// The run's result: the per-user report and what became of each user's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffboardReport {
    pub report: Report,
    pub data: Vec<DataFate>,
}

impl OffboardReport {
    /// What became of `id`'s data, if anything is known.
    pub fn data_of(&self, id: Uuid) -> Option<&DataFate> {
        self.data.iter().find(|d| d.id == id)
    }

    /// Whether the data removal of a deleted user failed or was cancelled (see
    /// [`DataFate::removal_failed`]): the commands exit non-zero for it.
    pub fn removal_failed(&self) -> bool {
        self.data.iter().any(DataFate::removal_failed)
    }
}

/// A user's handover as the portal shows it before one is started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Before {
    None,
    Finished,
    Running(u8),
    Unreadable,
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

impl<'a, F: FnMut(Progress)> Run<'a, F> {
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

    /// `user` as the portal holds them now, read again (with retries) after a write whose
    /// answer was lost; `None` when it could not be read (or the run was stopped).
    async fn read_again(&self, user: Uuid) -> Option<Result<EmployeeFullDto, ApiError>> {
        let (mut read, _) = read_back(self.client, &[user], self.stop).await;
        match read.pop()?.1 {
            Ok(u) if u.id == user => Some(Ok(u)),
            Ok(_) => None,
            Err(ReadError::Api(e @ ApiError::NotFound { .. })) => Some(Err(e)),
            Err(_) => None,
        }
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
            // The answer was lost: the user as the portal holds them now tells.
            Err(e) if e.outcome_unknown() => match self.read_again(t.id).await {
                Some(Ok(u)) if u.status == Some(EmployeeStatus::Terminated) => Outcome::Done,
                _ => Outcome::Unknown(e.to_string()),
            },
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

    fn follower(&self) -> Follow<'a> {
        Follow {
            client: self.client,
            stop: self.stop,
            poll_every: self.poll_every,
        }
    }

    /// Reads the `kind` job about `user` until it ends, or until a stop (then it goes on
    /// on the portal: [`Ended::Left`]).
    async fn follow(&mut self, kind: JobKind, user: Uuid, step: Step) -> Ended {
        let follow = self.follower();
        let (done, total, progress) = (self.done, self.total, &mut self.progress);
        follow
            .job(kind, user, |p| {
                progress(Progress {
                    done,
                    total,
                    step,
                    percent: Some(p),
                });
            })
            .await
    }

    /// Stops `t`'s handover, left at `last`%, once the stop is on record; a stop that
    /// cannot be recorded is not sent (the handover goes on: [`Ended::Left`]).
    async fn stop_handover(&mut self, t: &Target, last: u8) -> Result<Ended, String> {
        self.log
            .sending(Step::StoppingHandover, &[(t.id, t.name.as_str())])
            .map_err(|e| e.to_string())?;
        self.emit(Step::StoppingHandover, Some(last));
        let end = self
            .follower()
            .terminate(JobKind::Reassign, t.id, last)
            .await;
        let outcome = match &end {
            Ended::Cancelled(_) | Ended::Done | Ended::Failed(_) => Outcome::Done,
            Ended::Unknown(why) => Outcome::Unknown(why.clone()),
            Ended::Left(_) => Outcome::Failed("not stopped".into()),
        };
        self.record(Step::StoppingHandover, t, &outcome);
        Ok(end)
    }

    /// What the portal says of `user`'s handover before one is started.
    async fn handover_before(&self, user: Uuid) -> Before {
        match self.client.job_progress(JobKind::Reassign, user).await {
            Ok(None) => Before::None,
            Ok(Some(p)) if p.is_finished() => Before::Finished,
            Ok(Some(p)) => Before::Running(p.percent()),
            Err(_) => Before::Unreadable,
        }
    }

    /// Whether a start whose answer was lost began a handover, by what the portal shows
    /// now against `before`: a job where there was none, or a running one where the last
    /// had finished, is the start's (the portal replaces a finished job with a new one,
    /// `QueueWorker.cs` lines 69-87). Anything else cannot be told from a job that was there.
    async fn began(&self, user: Uuid, before: Before) -> bool {
        let now = self.client.job_progress(JobKind::Reassign, user).await;
        match (before, now) {
            (Before::None, Ok(Some(_))) => true,
            (Before::Finished, Ok(Some(p))) => !p.is_finished(),
            _ => false,
        }
    }

    async fn reassign(&mut self, t: &Target, to: &Receiver) -> Result<(), Outcome> {
        self.emit(Step::Reassigning, Some(0));
        // A start joins a handover already running, whoever began it and whatever its
        // receiver (`QueueWorker.cs` lines 69-87): such a one is not taken for this one.
        // Nothing is sent then, so nothing is recorded.
        let before = self.handover_before(t.id).await;
        if let Before::Running(p) = before {
            return Err(Outcome::Failed(format!(
                "terminated, not deleted: a handover of their data is already running on the \
                 portal ({p}%; begun by another run or someone else, maybe to someone else); \
                 offboard them again once it has ended"
            )));
        }
        self.log
            .reassigning(&[(t.id, t.name.as_str())], to.id)
            .map_err(|e| Outcome::Failed(format!("terminated, not deleted: {e}")))?;
        if let Err(e) = self.client.start_reassign(t.id, to.id, false).await {
            // An answer lost: the job the start made, if it can be told, is followed below.
            let began = e.outcome_unknown() && self.began(t.id, before).await;
            if !began {
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
        }
        let end = match self
            .follow(JobKind::Reassign, t.id, Step::Reassigning)
            .await
        {
            Ended::Left(last) => match self.stop_handover(t, last).await {
                Ok(end) => end,
                Err(e) => {
                    let outcome = Outcome::Stopped(format!(
                        "terminated, not deleted: stopped; the handover goes on on the portal \
                         ({last}% when left): its stop could not be recorded, so it was not \
                         sent: {e}"
                    ));
                    self.record(Step::Reassigning, t, &outcome);
                    return Err(outcome);
                }
            },
            end => end,
        };
        let outcome = match end {
            Ended::Done => Outcome::Done,
            Ended::Failed(why) => Outcome::Failed(format!(
                "terminated, not deleted: the handover failed: {why}"
            )),
            Ended::Cancelled(p) | Ended::Left(p) => Outcome::Stopped(format!(
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
        // One user: `DELETE /people/{id}`, which refuses what it does not do (the list
        // endpoint skips a user the caller may not delete silently and still lists them).
        let outcome = match self.client.delete_user(t.id).await {
            Ok(user) if user.id == t.id => Outcome::Done,
            Ok(_) => Outcome::Failed("data handed over; the portal did not delete them".into()),
            Err(e) if e.outcome_unknown() => match self.read_again(t.id).await {
                Some(Err(ApiError::NotFound { .. })) => Outcome::Done,
                _ => Outcome::Unknown(format!(
                    "data handed over; whether they were deleted is unknown: {e}"
                )),
            },
            Err(e) => Outcome::Failed(format!("data handed over, not deleted: {e}")),
        };
        self.record(Step::Deleting, t, &outcome);
        match outcome {
            Outcome::Done => Ok(()),
            other => Err(other),
        }
    }

    /// One user's [`stages`], each only after the one before succeeded.
    async fn one(&mut self, t: &Target, to: &Receiver) -> (Outcome, DataFate) {
        let mut fate = DataFate::untouched(t.id);
        for stage in stages(t) {
            match stage {
                Stage::Terminate => {
                    if let Err(o) = self.terminate(t).await {
                        return (o, fate);
                    }
                    fate.terminated = true;
                }
                Stage::Reassign => {
                    if self.stopped() {
                        let why = "terminated, not deleted: stopped before the handover";
                        return (Outcome::Stopped(why.into()), fate);
                    }
                    fate.handover_begun = true;
                    if let Err(o) = self.reassign(t, to).await {
                        return (o, fate);
                    }
                    fate.handed_to = Some(to.name.clone());
                }
                Stage::Delete => {
                    if self.stopped() {
                        let why = "terminated, data handed over, not deleted: stopped";
                        return (Outcome::Stopped(why.into()), fate);
                    }
                    if let Err(o) = self.delete(t).await {
                        return (o, fate);
                    }
                    fate.deleted = true;
                }
                Stage::FollowRemoval => {
                    let end = self.follow(JobKind::Remove, t.id, Step::Removing).await;
                    fate.removal = Some(end);
                }
            }
        }
        // Deleted: done, as the record says; how the removal ended is in `fate`.
        (Outcome::Done, fate)
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
        let (outcome, fate) = if run.stopped() {
            (
                Outcome::Stopped(NOT_ATTEMPTED_STOPPED.into()),
                DataFate::untouched(t.id),
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
        data.push(fate);
        run.done += 1;
        run.emit(Step::Deleting, None);
    }
    results.extend(plan.excluded.iter().map(|(t, why)| UserResult {
        id: t.id,
        name: t.name.clone(),
        outcome: Outcome::Skipped(why.reason().to_string()),
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
