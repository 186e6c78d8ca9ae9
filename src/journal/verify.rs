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
    /// The `kind` job about the user, if one runs (its progress); else what settles the
    /// write without it: for a handover whether the user still holds rooms or shared files
    /// (`GET /api/2.0/people/reassign/necessary`), for a type change the user.
    AfterJob(JobKind, Uuid),
}

impl ReadBack {
    /// Why no read can settle `operation`, for the kinds where none can: a mailed link
    /// leaves no trace, an edit's values are not on record, a newer version's kinds.
    pub fn beyond_reading(operation: &Operation) -> Option<&'static str> {
        match operation {
            Operation::Resend | Operation::PasswordLink => {
                Some("a mailed link leaves nothing a read can check: send it again if in doubt")
            }
            Operation::Edit { .. } => Some(
                "the new values are not on record (only which fields changed): look at the \
                 profile (`users get ID`) and edit again if needed",
            ),
            Operation::StopJob { .. } if operation.stopped_job().is_none() => {
                Some("the job stopped is of a kind this version does not know")
            }
            Operation::Unknown => Some("this version cannot check this kind of write"),
            _ => None,
        }
    }

    /// What to read for the user `id` (named `name` on the journal: an invitation's user
    /// is named by their address) of `operation`, or why it cannot be read (nothing
    /// recorded to find the user by). See [`ReadBack::beyond_reading`] first.
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
        Ok(match operation {
            Operation::Reassign { .. } => Self::AfterJob(JobKind::Reassign, id),
            // A type change that hands rooms over is a job: the type changes at its end.
            Operation::SetType { .. } => Self::AfterJob(JobKind::TypeChange, id),
            Operation::StopJob { .. } => match operation.stopped_job() {
                Some(kind) => Self::Job(kind, id),
                None => Self::User(id),
            },
            _ => Self::User(id),
        })
    }
}

/// What the portal says now about the user of a write.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// The user exists (for a create or an invitation: a user with that email exists).
    User(Box<EmployeeFullDto>),
    /// The portal answered 404: no such user (any more).
    Gone,
    /// The progress of the job a stop was about, `None` when the portal has none (it
    /// forgets a job a minute after it ended, and a stopped one at once).
    Job(Option<TaskProgressDto>),
    /// A `kind` job about the user is running, at this percentage: what it does is not
    /// done yet.
    Running(JobKind, u8),
    /// The latest `kind` job about the user ended short of done (failed, or stopped);
    /// the portal keeps it a minute or so.
    EndedShort(JobKind, JobEnd),
    /// No handover runs; whether the user still holds rooms or shared files. A handover's
    /// job cannot be told apart from another for the same user (another start, a re-run,
    /// another admin's) and is forgotten a minute or so after it ends
    /// (`DistributedTaskQueue.cs` lines 224-245), so what settles a lost start is what the
    /// user still holds.
    HoldsData(bool),
}

/// The outcome that is true now, and why, in words.
pub fn verdict(operation: &Operation, found: &Found) -> (WriteOutcome, String) {
    use WriteOutcome::{Done, NotDone, Unknown};
    let status = |u: &EmployeeFullDto| u.status_or_unknown().label();
    match (operation, found) {
        (_, Found::Running(kind, p)) => (
            Unknown,
            format!(
                "a {} of theirs is still running ({p}%): check again later",
                kind.label()
            ),
        ),
        (_, Found::EndedShort(kind, end)) => match end {
            JobEnd::Cancelled(p) => (
                NotDone,
                format!("their latest {} was stopped at {p}%", kind.label()),
            ),
            JobEnd::Failed(why) => (
                NotDone,
                format!("their latest {} failed: {why}", kind.label()),
            ),
            // Not short of done: a finished job alone cannot be told to be this write's.
            JobEnd::Done => (
                Unknown,
                format!(
                    "their latest {} finished; whose it was cannot be told",
                    kind.label()
                ),
            ),
        },
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
        (Operation::Create { .. }, Found::User(u)) => (
            Done,
            format!("a user with this email exists now (id {})", u.id),
        ),
        // The server refuses to invite a terminated user's address, and for any other
        // user already there changes the type and sends nothing (`UserController.cs`
        // lines 478-495): a pending user of the invited type is what the invitation asked
        // for; anyone else may have been there before.
        (Operation::Invite { kind }, Found::User(u)) => match u.status {
            Some(EmployeeStatus::Pending)
                if u.user_type().is_some_and(|t| t.name() == kind.as_str()) =>
            {
                (
                    Done,
                    format!(
                        "a pending user of type {kind} with this email exists now (id {})",
                        u.id
                    ),
                )
            }
            Some(EmployeeStatus::Terminated) => (
                NotDone,
                format!(
                    "the address is a terminated user's (id {}): the portal refuses to invite it",
                    u.id
                ),
            ),
            _ => (
                Unknown,
                format!(
                    "a user with this email exists ({}, id {}): whether this invitation made \
                     them cannot be told",
                    status(u),
                    u.id
                ),
            ),
        },
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
        // The server leaves `groups` out for a user in none, and then writes an empty
        // `department`; it also leaves it out for a reader who may not see them, without a
        // department (`EmployeeFullDto.cs` lines 461-485).
        (Operation::GroupMembers { .. }, Found::User(u))
            if u.groups.is_none() && u.department.is_none() =>
        {
            (
                Unknown,
                "the portal did not say which groups the user is in".into(),
            )
        }
        (Operation::GroupMembers { group, add }, Found::User(u)) => {
            let member = u.groups.iter().flatten().any(|g| g.id == *group);
            let words = if member {
                "the user is in the group now"
            } else {
                "the user is not in the group now"
            };
            let outcome = if member == *add { Done } else { NotDone };
            (outcome, words.into())
        }
        (Operation::GroupMembers { add: false, .. }, Found::Gone) => {
            (Done, "the user no longer exists, so is in no group".into())
        }
        (
            Operation::SetType { .. }
            | Operation::Quota { .. }
            | Operation::GroupMembers { add: true, .. },
            Found::Gone,
        ) => (NotDone, "the user no longer exists".into()),
        (Operation::Reassign { .. }, Found::HoldsData(false)) => (
            Done,
            "no rooms or shared files of theirs are left to hand over (where they went is not \
             read); not deleted by this: offboard them again to delete"
                .into(),
        ),
        (Operation::Reassign { .. }, Found::HoldsData(true)) => (
            NotDone,
            "they still hold rooms or shared files: the handover did not happen or did not \
             finish"
                .into(),
        ),
        (Operation::Reassign { .. }, Found::Gone) => (
            Unknown,
            "the user no longer exists: where their rooms went cannot be read".into(),
        ),
        (Operation::StopJob { .. }, Found::Job(progress)) => {
            let label = operation.stopped_job().map_or("job", JobKind::label);
            match progress {
                Some(p) if p.end().is_none() => (
                    NotDone,
                    format!("a {label} is running for this user now ({}%)", p.percent()),
                ),
                _ => (Done, format!("no {label} is running for this user now")),
            }
        }
        _ => (
            Unknown,
            "what the portal said does not settle this kind of write".into(),
        ),
    }
}

#[cfg(test)]
#[path = "verify_tests.rs"]
mod tests;
