//! What a user read back from the portal says about an earlier write whose outcome was
//! unknown. Only reads decide; nothing is sent again.

use crate::api::{EmployeeFullDto, EmployeeStatus};

use super::operation::Operation;
use super::record::WriteOutcome;

/// What the portal says now about the user of a write.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// The user exists (for a create: a user with that email exists).
    User(Box<EmployeeFullDto>),
    /// The portal answered 404: no such user (any more).
    Gone,
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
        (Operation::Create { .. }, Found::User(u)) => (
            Done,
            format!("a user with this email exists now (id {})", u.id),
        ),
        (Operation::Create { .. }, Found::Gone) => {
            (NotDone, "no user with this email exists".into())
        }
        // A hand-over leaves the user as it was: only its job's progress could tell.
        (Operation::SetType { kind }, Found::User(u)) => {
            let now = u.user_type().map(|t| t.name()).unwrap_or("unknown");
            if now == kind.as_str() {
                (Done, format!("the user is {now} now"))
            } else {
                (NotDone, format!("the user is {now} now"))
            }
        }
        (Operation::SetType { .. }, Found::Gone) => (NotDone, "the user no longer exists".into()),
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
        (Operation::Quota { .. }, Found::Gone) => (NotDone, "the user no longer exists".into()),
        (Operation::GroupMembers { .. }, Found::Gone) => {
            (NotDone, "the user no longer exists".into())
        }
        // An invitation and a resend leave no trace on the profile a read could settle
        // (an invited address may have been a user before).
        (
            Operation::Reassign { .. }
            | Operation::Invite { .. }
            | Operation::Resend
            | Operation::GroupMembers { .. }
            | Operation::Edit { .. }
            | Operation::PasswordLink
            | Operation::StopJob { .. }
            | Operation::Unknown,
            _,
        ) => (
            Unknown,
            "this version cannot check this kind of write".into(),
        ),
    }
}

#[cfg(test)]
#[path = "verify_tests.rs"]
mod tests;
