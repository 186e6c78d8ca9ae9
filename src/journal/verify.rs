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
        (Operation::Unknown, _) => (
            Unknown,
            "this version cannot check this kind of write".into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;

    fn user(status: EmployeeStatus) -> Found {
        Found::User(Box::new(EmployeeFullDto {
            status: Some(status),
            ..EmployeeFullDto::bare(Uuid::from_u128(3))
        }))
    }

    fn create() -> Operation {
        Operation::Create {
            email: "a@example.com".into(),
            first_name: "A".into(),
            last_name: "B".into(),
            kind: "User".into(),
        }
    }

    #[test]
    fn each_write_is_settled_by_what_is_true_now() {
        use EmployeeStatus::{Active, Pending, Terminated};
        use WriteOutcome::{Done, NotDone, Unknown};
        let cases = [
            (Operation::Terminate, user(Terminated), Done),
            (Operation::Terminate, user(Active), NotDone),
            (Operation::Terminate, Found::Gone, Done),
            (Operation::Activate, user(Active), Done),
            (Operation::Activate, user(Pending), Done),
            (Operation::Activate, user(Terminated), NotDone),
            (Operation::Activate, Found::Gone, NotDone),
            (Operation::Delete, Found::Gone, Done),
            (Operation::Delete, user(Terminated), NotDone),
            (create(), user(Active), Done),
            (create(), Found::Gone, NotDone),
            (Operation::Unknown, Found::Gone, Unknown),
        ];
        for (op, found, want) in cases {
            let (got, reason) = verdict(&op, &found);
            assert_eq!(got, want, "{op:?} {found:?}: {reason}");
            assert!(!reason.is_empty());
        }
        let (_, reason) = verdict(&Operation::Delete, &user(Terminated));
        assert_eq!(reason, "the user still exists (terminated)");
    }
}
