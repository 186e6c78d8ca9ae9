//! What the portal says now about an earlier write whose outcome was unknown: what to read
//! back for it ([`ReadBack`]), and what that read settles ([`verdict`]). Only reads
//! decide; nothing is sent again.

use uuid::Uuid;

use crate::api::admin::{JobEnd, JobKind, TaskProgressDto};
use crate::api::{EmployeeFullDto, EmployeeStatus};

use super::operation::Operation;
use super::record::WriteOutcome;

/// What is read back to settle a write for one of its users.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadBack {
    /// The user, by id (`GET /api/2.0/people/{id}`).
    User(Uuid),
    /// The user with this email (`GET /api/2.0/people/email`): a create that got no id,
    /// an invitation.
    Email(String),
    /// The progress of the `kind` job about the user (`GET /api/2.0/people/…/progress/{id}`).
    Job(JobKind, Uuid),
}

impl ReadBack {
    /// What to read for the user `id` (named `name` on the journal: an invitation's user
    /// is named by their address) of `operation`, or why no read can settle it.
    pub fn of(operation: &Operation, id: Option<Uuid>, name: &str) -> Result<Self, String> {
        let Some(id) = id else {
            return match operation {
                Operation::Create { email, .. } => Ok(Self::Email(email.clone())),
                Operation::Invite { .. } if !name.trim().is_empty() => {
                    Ok(Self::Email(name.trim().to_string()))
                }
                _ => Err("no user id was recorded for this write".into()),
            };
        };
        match operation {
            Operation::Reassign { .. } => Ok(Self::Job(JobKind::Reassign, id)),
            Operation::StopJob { .. } => operation
                .stopped_job()
                .map(|kind| Self::Job(kind, id))
                .ok_or_else(|| "the job stopped is of a kind this version does not know".into()),
            Operation::Resend | Operation::PasswordLink => Err(
                "a mailed link leaves nothing a read can check: send it again if in doubt".into(),
            ),
            Operation::Edit { .. } => Err(
                "only which fields were changed is on record, not their values: compare the \
                 profile (`users get`)"
                    .into(),
            ),
            Operation::Unknown => Err("this version cannot check this kind of write".into()),
            _ => Ok(Self::User(id)),
        }
    }
}

/// What the portal says now about the user of a write.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// The user exists (for a create or an invitation: a user with that email exists).
    User(Box<EmployeeFullDto>),
    /// The portal answered 404: no such user (any more).
    Gone,
    /// The progress of the job the write was about, `None` when the portal keeps none;
    /// `within_a_day`: the write is younger than the day the portal keeps a job for
    /// (`DistributedTaskQueue.cs` line 170), so a job it started would still be there.
    Job {
        progress: Option<TaskProgressDto>,
        within_a_day: bool,
    },
}

/// The outcome that is true now, and why, in words.
pub fn verdict(operation: &Operation, found: &Found) -> (WriteOutcome, String) {
    use WriteOutcome::{Done, NotDone, Unknown};
    let status = |u: &EmployeeFullDto| u.status_or_unknown().label();
    match (operation, found) {
        (Operation::Terminate, Found::User(u)) => match u.status {
            Some(EmployeeStatus::Terminated) => (Done, "the user is terminated now".into()),
            _ => (NotDone, format!("the user is {} now", status(u))),
        },
        // The portal deletes only terminated users: a deleted user is not active.
        (Operation::Terminate, Found::Gone) => (
            Done,
            "the user no longer exists (deleted since), so is not active".into(),
        ),
        (Operation::Activate, Found::User(u)) => match u.status {
            Some(EmployeeStatus::Active | EmployeeStatus::Pending) => {
                (Done, format!("the user is {} now", status(u)))
            }
            _ => (NotDone, format!("the user is {} now", status(u))),
        },
        (Operation::Activate, Found::Gone) => (NotDone, "the user no longer exists".into()),
        (Operation::Delete, Found::Gone) => (Done, "the user no longer exists".into()),
        (Operation::Delete, Found::User(u)) => {
            (NotDone, format!("the user still exists ({})", status(u)))
        }
        (Operation::Create { .. } | Operation::Invite { .. }, Found::User(u)) => (
            Done,
            format!(
                "a user with this email exists now ({}, id {})",
                status(u),
                u.id
            ),
        ),
        (Operation::Create { .. } | Operation::Invite { .. }, Found::Gone) => {
            (NotDone, "no user with this email exists".into())
        }
        (Operation::SetType { kind }, Found::User(u)) => {
            let now = u.user_type().map(|t| t.name()).unwrap_or("unknown");
            if now == kind.as_str() {
                (Done, format!("the user is {now} now"))
            } else {
                (NotDone, format!("the user is {now} now"))
            }
        }
        (Operation::Quota { limit: Some(l) }, Found::User(u)) => {
            if u.quota_limit == Some(*l) {
                (Done, format!("the user's quota is {l} bytes now"))
            } else {
                (NotDone, "the user's quota is another now".into())
            }
        }
        (Operation::Quota { limit: None }, Found::User(u)) => match u.is_custom_quota {
            Some(false) => (Done, "the user has the portal's default quota now".into()),
            Some(true) => (NotDone, "the user still has a quota of their own".into()),
            None => (Unknown, "the portal does not show quotas".into()),
        },
        (Operation::GroupMembers { group, add }, Found::User(u)) => {
            let Some(groups) = &u.groups else {
                return (
                    Unknown,
                    "the portal did not say which groups the user is in".into(),
                );
            };
            let member = groups.iter().any(|g| g.id == *group);
            let words = if member {
                "the user is in the group now"
            } else {
                "the user is not in the group now"
            };
            let outcome = if member == *add { Done } else { NotDone };
            (outcome, words.into())
        }
        (
            Operation::SetType { .. } | Operation::Quota { .. } | Operation::GroupMembers { .. },
            Found::Gone,
        ) => (NotDone, "the user no longer exists".into()),
        (
            Operation::Reassign { .. },
            Found::Job {
                progress,
                within_a_day,
            },
        ) => handover(progress.as_ref(), *within_a_day),
        (Operation::StopJob { .. }, Found::Job { progress, .. }) => {
            let label = operation.stopped_job().map_or("job", JobKind::label);
            match progress {
                Some(p) if p.end().is_none() => (
                    NotDone,
                    format!("the {label} is still running ({}%)", p.percent()),
                ),
                Some(p) => (
                    Done,
                    format!(
                        "the {label} is not running now (it ended {})",
                        p.status.label()
                    ),
                ),
                None => (Done, format!("no {label} is running for this user now")),
            }
        }
        _ => (
            Unknown,
            "what the portal said does not settle this kind of write".into(),
        ),
    }
}

/// What the progress of a user's handover (`None`: the portal keeps none) says about a
/// `reassign/start` whose answer was lost. A stopped job is dropped by the portal
/// (`QueueWorker.cs` lines 59-67), so none is also what a stop leaves.
fn handover(progress: Option<&TaskProgressDto>, within_a_day: bool) -> (WriteOutcome, String) {
    use WriteOutcome::{Done, NotDone, Unknown};
    let Some(p) = progress else {
        return if within_a_day {
            (
                NotDone,
                "the portal has no handover for this user: it never started (or was stopped)"
                    .into(),
            )
        } else {
            (
                Unknown,
                "the portal has no handover for this user: it never started, was stopped, or \
                 ended more than a day ago (the portal keeps a job for a day)"
                    .into(),
            )
        };
    };
    match p.end() {
        None => (
            Unknown,
            format!(
                "the handover is still {} ({}%): check again later",
                p.status.label(),
                p.percent()
            ),
        ),
        // The portal keeps one job per user: the latest, which a lost start would be.
        Some(JobEnd::Done) => (Done, "their latest handover finished".into()),
        Some(JobEnd::Cancelled(at)) => (NotDone, format!("the handover was stopped at {at}%")),
        Some(JobEnd::Failed(why)) => (NotDone, format!("the handover failed: {why}")),
    }
}

#[cfg(test)]
#[path = "verify_tests.rs"]
mod tests;
