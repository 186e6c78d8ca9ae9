//! Background jobs: data reassignment, data removal and the type change that hands rooms
//! over, as the server queues them (`common/ASC.Data.Reassigns/QueueWorker.cs`).
//!
//! - One job per kind and user: starting one while another of that kind runs for the
//!   user answers with the running one; a finished one is replaced (`QueueWorker.cs`
//!   lines 69-89).
//! - A job is a list of steps, each ending at the percentage the server's progress item
//!   publishes after that piece of work (`ReassignProgressItem.cs` lines 103-148,
//!   `RemoveProgressItem.cs` lines 109-166, `UpdateUserTypeProgressItem.cs` lines
//!   95-136). The work of a step (rooms handed over, personal files deleted, the profile
//!   deleted, the type changed) happens when the step is taken, so a job stopped half-way
//!   leaves what it did done.
//! - Steps are taken as the portal's [`JobPace`] says: one for each progress read (the
//!   default, so tests see every step), or one every so often whatever is read.
//! - A terminated job is taken off the queue: the terminate answer says `Canceled`, later
//!   reads find nothing (`ReassignController.cs` lines 139-149, `QueueWorker.cs` 59-67).
//! - A finished job is forgotten [`FORGOTTEN_AFTER`] after it last changed: the queue's
//!   cleaner dequeues every task left unmodified that long (`DistributedTaskQueue.cs`
//!   lines 224-245; 60 s, the default of `RegisterQueue`, `DefaultDistributedTaskQueueFactory.cs`
//!   line 55, which the People queues keep, `PeopleServiceExtensions.cs` lines 44-47).
//!   The server's cleaner looks every 10 s, so a job there lasts 60 to 70 s; and it drops
//!   a task queued or quiet that long too, which here never happens: a running job is
//!   kept until it ends.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use uuid::Uuid;

use super::Store;
use crate::model::Role;
use docspace_api::admin::{TaskProgressDto, TaskStatus};

/// The portal's tenant id, part of every job id.
const TENANT_ID: u32 = 1;

/// How long a finished job stays readable.
pub(crate) const FORGOTTEN_AFTER: Duration = Duration::from_secs(60);

/// What a job does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobKind {
    /// `POST /people/reassign/start`.
    Reassign,
    /// Queued by every delete, and by `POST /people/remove/start`.
    Remove,
    /// `POST /people/type`: a downgrade that hands rooms over first.
    TypeChange,
}

impl JobKind {
    /// The server's progress item class, the last part of the job id.
    fn item(self) -> &'static str {
        match self {
            Self::Reassign => "ReassignProgressItem",
            Self::Remove => "RemoveProgressItem",
            Self::TypeChange => "UpdateUserTypeProgressItem",
        }
    }
}

/// How fast jobs advance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum JobPace {
    /// One step for each read of the job's progress: deterministic, for tests and
    /// scripted demos.
    #[default]
    PerRead,
    /// One step each time this much time has passed since the job started, whether the
    /// progress is read or not.
    Every(Duration),
}

/// The work done by one step of a job.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Effect {
    None,
    /// `DemandPermissionToReassignDataAsync`: the user the data comes from must still
    /// exist, the user it goes to may not be a guest.
    Check {
        from: usize,
        to: Option<usize>,
    },
    /// Files `from` shared go to `to` (slots).
    MoveShared {
        from: usize,
        to: usize,
    },
    /// Rooms owned by `from` go to `to`.
    MoveRooms {
        from: Uuid,
        to: Uuid,
    },
    /// The personal folder of the user in this slot is deleted.
    DeletePersonal(usize),
    /// The user in this slot is deleted.
    DeleteProfile(usize),
    /// The user in this slot gets this role (a guest also leaves every group).
    SetRole(usize, Role),
    /// The job fails with this message.
    Fail(String),
}

/// One step: its work, and the percentage published once it is done.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Step {
    pub percent: u8,
    pub effect: Effect,
}

impl Step {
    pub(crate) fn new(percent: u8, effect: Effect) -> Self {
        Self { percent, effect }
    }
}

#[derive(Debug, Clone)]
struct Job {
    kind: JobKind,
    user: Uuid,
    status: TaskStatus,
    percent: u8,
    error: Option<String>,
    steps: VecDeque<Step>,
    started: Instant,
    taken: u32,
    /// When it finished, if it has.
    ended: Option<Instant>,
}

impl Job {
    fn finished(&self) -> bool {
        matches!(
            self.status,
            TaskStatus::Completed | TaskStatus::Canceled | TaskStatus::Failed
        )
    }

    fn progress(&self) -> TaskProgressDto {
        TaskProgressDto {
            id: format!("{TENANT_ID}_{}_{}", self.user, self.kind.item()),
            error: self.error.clone(),
            percentage: i64::from(self.percent),
            is_completed: self.finished(),
            status: self.status,
        }
    }
}

/// The queue.
#[derive(Debug, Clone, Default)]
pub(crate) struct Jobs {
    list: Vec<Job>,
    pace: JobPace,
    /// Data removals queued from now on fail half-way with this message (fixtures).
    pub(super) failing_removals: Option<String>,
}

impl Jobs {
    fn find(&self, kind: JobKind, user: Uuid) -> Option<usize> {
        self.list
            .iter()
            .position(|j| j.kind == kind && j.user == user)
    }

    /// Jobs on the queue that have not finished.
    pub(crate) fn running(&self) -> usize {
        self.list.iter().filter(|j| !j.finished()).count()
    }

    /// Drops the jobs that finished [`FORGOTTEN_AFTER`] before `now` or earlier.
    fn forget_ended(&mut self, now: Instant) {
        self.list.retain(|j| {
            j.ended
                .is_none_or(|at| now.saturating_duration_since(at) < FORGOTTEN_AFTER)
        });
    }
}

impl Store {
    pub fn set_job_pace(&mut self, pace: JobPace) {
        self.admin.jobs.pace = pace;
    }

    /// Data removals queued from now on fail half-way, after the personal files went,
    /// with `message`, as `RemoveProgressItem.DoJob` fails on any error (lines 168-174).
    pub fn fail_removals(&mut self, message: &str) {
        self.admin.jobs.failing_removals = Some(message.to_string());
    }

    /// Queues a job of `kind` for `user` made of `steps`, unless one is running: then
    /// that one is the answer.
    pub(crate) fn start_job(
        &mut self,
        kind: JobKind,
        user: Uuid,
        steps: Vec<Step>,
        now: Instant,
    ) -> TaskProgressDto {
        self.admin.jobs.forget_ended(now);
        if let Some(i) = self.admin.jobs.find(kind, user) {
            if !self.admin.jobs.list[i].finished() {
                return self.admin.jobs.list[i].progress();
            }
            self.admin.jobs.list.remove(i);
        }
        let job = Job {
            kind,
            user,
            status: TaskStatus::Created,
            percent: 0,
            error: None,
            steps: steps.into(),
            started: now,
            taken: 0,
            ended: None,
        };
        let progress = job.progress();
        self.admin.jobs.list.push(job);
        progress
    }

    /// A read of the job's progress: the job moves on as the pace says (one step for this
    /// read, or as many as the time since it started allows). `None` when none is queued.
    pub fn read_job(&mut self, kind: JobKind, user: Uuid, now: Instant) -> Option<TaskProgressDto> {
        self.admin.jobs.forget_ended(now);
        let i = self.admin.jobs.find(kind, user)?;
        match self.admin.jobs.pace {
            JobPace::PerRead => self.take_step(i, now),
            JobPace::Every(_) => self.catch_up(i, now),
        }
        Some(self.admin.jobs.list[i].progress())
    }

    /// The job as it stands, without counting as a read (a time-paced job catches up).
    pub fn peek_job(&mut self, kind: JobKind, user: Uuid, now: Instant) -> Option<TaskProgressDto> {
        self.admin.jobs.forget_ended(now);
        let i = self.admin.jobs.find(kind, user)?;
        self.catch_up(i, now);
        Some(self.admin.jobs.list[i].progress())
    }

    /// Stops the job and takes it off the queue; the answer says `Canceled`. What its
    /// steps did stays done. `None` when none is queued.
    pub fn terminate_job(
        &mut self,
        kind: JobKind,
        user: Uuid,
        now: Instant,
    ) -> Option<TaskProgressDto> {
        self.admin.jobs.forget_ended(now);
        let i = self.admin.jobs.find(kind, user)?;
        self.catch_up(i, now);
        let mut job = self.admin.jobs.list.remove(i);
        job.status = TaskStatus::Canceled;
        Some(job.progress())
    }

    /// Runs every queued job to its end (for tests and fixtures), as of `now`.
    pub fn finish_jobs(&mut self, now: Instant) {
        for i in 0..self.admin.jobs.list.len() {
            while !self.admin.jobs.list[i].finished() {
                self.take_step(i, now);
            }
        }
    }

    /// Takes the steps due by `now` for a time-paced job.
    fn catch_up(&mut self, i: usize, now: Instant) {
        let JobPace::Every(every) = self.admin.jobs.pace else {
            return;
        };
        let job = &self.admin.jobs.list[i];
        let elapsed = now.saturating_duration_since(job.started);
        let due = u32::try_from(elapsed.as_nanos() / every.as_nanos().max(1)).unwrap_or(u32::MAX);
        while self.admin.jobs.list[i].taken < due && !self.admin.jobs.list[i].finished() {
            // Each step at the time it fell due, not when it is read.
            let job = &self.admin.jobs.list[i];
            let due_at = job.started.checked_add(every.saturating_mul(job.taken + 1));
            self.take_step(i, due_at.map_or(now, |at| at.min(now)));
        }
    }

    /// Takes the next step of job `i` at `now`: does its work and publishes its
    /// percentage; the last step completes the job; work that cannot be done fails it.
    fn take_step(&mut self, i: usize, now: Instant) {
        let job = &mut self.admin.jobs.list[i];
        if job.finished() {
            return;
        }
        job.taken += 1;
        let Some(step) = job.steps.pop_front() else {
            job.status = TaskStatus::Completed;
            job.percent = 100;
            job.ended = Some(now);
            return;
        };
        job.status = TaskStatus::Running;
        match self.apply(&step.effect) {
            Ok(()) => {
                let job = &mut self.admin.jobs.list[i];
                job.percent = step.percent;
                if job.steps.is_empty() {
                    job.status = TaskStatus::Completed;
                    job.ended = Some(now);
                }
            }
            Err(message) => {
                let job = &mut self.admin.jobs.list[i];
                job.status = TaskStatus::Failed;
                job.error = Some(message);
                job.steps.clear();
                job.ended = Some(now);
            }
        }
    }

    fn apply(&mut self, effect: &Effect) -> Result<(), String> {
        match *effect {
            Effect::None => {}
            Effect::Fail(ref message) => return Err(message.clone()),
            Effect::Check { from, to } => {
                if self.user(from).is_none() {
                    return Err("User could not be found".into());
                }
                if to
                    .and_then(|t| self.user(t))
                    .is_some_and(|u| u.role == Role::Guest)
                {
                    return Err("You don't have enough permission to perform the operation".into());
                }
            }
            Effect::MoveShared { from, to } => self.admin.holdings.move_shared(from, to),
            Effect::MoveRooms { from, to } => {
                self.admin.holdings.move_rooms(from, to);
            }
            Effect::DeletePersonal(slot) => {
                self.admin.holdings.delete_personal(slot);
                if let Some(u) = self.user_mut(slot) {
                    u.used_space = 0.0;
                }
                self.touch();
            }
            Effect::DeleteProfile(slot) => {
                self.remove(slot);
            }
            Effect::SetRole(slot, role) => {
                self.put_role(slot, role);
                if role == Role::Guest
                    && let Some(u) = self.user_mut(slot)
                {
                    u.groups.clear();
                }
                self.touch();
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "jobs_tests.rs"]
mod tests;
