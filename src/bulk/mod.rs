//! Bulk status changes and deletions, shared by the `users` commands and the TUI worker.
//!
//! Two steps:
//! - [`plan()`] (pure) classifies every target: the users the portal would refuse (the
//!   owner, yourself, admins you may not change, users already in the wanted state, LDAP
//!   accounts) are excluded with a reason in words, because the portal fails a whole
//!   status-change list with 403 when one of them is included.
//! - [`execute()`] sends the eligible users to the portal's list endpoints in chunks of at
//!   most [`CHUNK`] ids, verifies every answer per user, and returns a [`Report`] with one
//!   [`Outcome`] per user. A terminate-then-delete never deletes a user whose terminate was
//!   not confirmed by the portal.

mod check;
mod execute;
pub mod job_follow;
mod log;
pub mod offboard;
mod op;
mod plan;
mod reread;
mod tally;
pub(crate) mod type_change;

pub use execute::{
    CHECK_HINT, CHUNKS_IN_FLIGHT, Controls, NOT_ATTEMPTED_STOPPED, TERMINATED_NOT_DELETED_STOPPED,
    execute, execute_with,
};
pub use log::{LogError, NoLog, WriteLog};
pub use plan::{
    Caller, Exclusion, PATH_ACTIVATE, PATH_DELETE, PATH_TERMINATE, PLAN_FIELDS, Plan,
    PlannedRequest, Target, classify, plan,
};
pub use reread::{CONCURRENCY, ReadError};
pub use tally::Tally;

use uuid::Uuid;

/// The most ids sent in one request to a list endpoint.
pub const CHUNK: usize = 100;

/// What to do to the targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BulkAction {
    /// `PUT /api/2.0/people/status/Terminated`.
    Terminate,
    /// `PUT /api/2.0/people/status/Active` (terminated users only).
    Activate,
    /// `PUT /api/2.0/people/delete`; with `terminate_first`, users who are not terminated
    /// are terminated first, and deleted only when that succeeded.
    Delete { terminate_first: bool },
}

impl BulkAction {
    /// A verb for people: "terminate", "re-activate", "delete", "terminate and delete".
    pub fn verb(self) -> &'static str {
        match self {
            Self::Terminate => "terminate",
            Self::Activate => "re-activate",
            Self::Delete {
                terminate_first: false,
            } => "delete",
            Self::Delete {
                terminate_first: true,
            } => "terminate and delete",
        }
    }

    /// Whether the action cannot be undone.
    pub fn is_destructive(self) -> bool {
        matches!(self, Self::Delete { .. })
    }
}

/// The request being worked on, for progress displays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Terminating,
    Activating,
    Deleting,
    /// Re-reading users after an ambiguous or partial failure.
    Checking,
    /// Handing a user's rooms and shared files over (a job followed by percent).
    Reassigning,
    /// The data removal a delete queued (a job followed by percent).
    Removing,
    /// Stopping a running handover (`PUT …/reassign/terminate`) on a stop.
    StoppingHandover,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Terminating => "terminating",
            Self::Activating => "activating",
            Self::Deleting => "deleting",
            Self::Checking => "checking",
            Self::Reassigning => "handing data over",
            Self::Removing => "removing data",
            Self::StoppingHandover => "stopping the handover",
        }
    }
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A progress event: `done` of `total` eligible users have a final outcome; `step` is
/// what is being sent now; `percent` how far the portal's job of that step has come
/// (offboarding's handover and data removal), when there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub step: Step,
    pub percent: Option<u8>,
}

/// What happened to one user: done, not done (failed or skipped), or unknown. Reasons are
/// in words; server texts inside them are raw (sanitise before showing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The portal confirmed the change.
    Done,
    /// Nothing had to change: the user was already in the wanted state ("already
    /// terminated"). Counts as success.
    Unchanged(String),
    /// The change was attempted and did not happen (or not completely).
    Failed(String),
    /// The change was sent, and whether it happened could not be found out: the reason
    /// says what to run to check.
    Unknown(String),
    /// Not attempted: the reason says why.
    Skipped(String),
    /// Not done (or not finished) because the run was stopped; the reason says how far
    /// it got ("terminated, not deleted: …").
    Stopped(String),
}

impl Outcome {
    /// "done", "unchanged", "failed", "unknown", "skipped", "stopped".
    pub fn label(&self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Unchanged(_) => "unchanged",
            Self::Failed(_) => "failed",
            Self::Unknown(_) => "unknown",
            Self::Skipped(_) => "skipped",
            Self::Stopped(_) => "stopped",
        }
    }

    /// The reason, empty for `Done`.
    pub fn reason(&self) -> &str {
        match self {
            Self::Done => "",
            Self::Unchanged(r)
            | Self::Failed(r)
            | Self::Unknown(r)
            | Self::Skipped(r)
            | Self::Stopped(r) => r,
        }
    }

    /// Whether the user is in the wanted state (done, or nothing had to change).
    pub fn is_success(&self) -> bool {
        matches!(self, Self::Done | Self::Unchanged(_))
    }
}

/// The outcome for one user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserResult {
    pub id: Uuid,
    /// Raw name (sanitise before showing).
    pub name: String,
    pub outcome: Outcome,
}

/// The result of [`execute()`]: one entry per target of the plan (eligible ones first, in
/// plan order, then the excluded ones).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub action: BulkAction,
    pub results: Vec<UserResult>,
    /// Requests sent to the portal (writes and re-reads).
    pub requests: usize,
}

impl Report {
    pub fn count(&self, label: &str) -> usize {
        self.results
            .iter()
            .filter(|r| r.outcome.label() == label)
            .count()
    }

    pub fn done(&self) -> usize {
        self.count("done")
    }

    pub fn unchanged(&self) -> usize {
        self.count("unchanged")
    }

    pub fn failed(&self) -> usize {
        self.count("failed")
    }

    pub fn unknown(&self) -> usize {
        self.count("unknown")
    }

    pub fn skipped(&self) -> usize {
        self.count("skipped")
    }

    pub fn stopped(&self) -> usize {
        self.count("stopped")
    }

    /// The outcome for `id`, if it was a target.
    pub fn outcome(&self, id: Uuid) -> Option<&Outcome> {
        self.results.iter().find(|r| r.id == id).map(|r| &r.outcome)
    }
}
