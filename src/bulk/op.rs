//! The engine's vocabulary: what is sent (an [`Op`] on a group of ids) and what came of
//! it for each user (a [`Res`]).

use super::plan::Exclusion;
use super::{BulkAction, Outcome, Step};
use crate::api::{ApiError, EmployeeFullDto, EmployeeStatus};

/// A result before it is put in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Res {
    Done,
    Failed(String),
    /// Sent, and what came of it could not be found out.
    Unknown(String),
    /// Not sent (or not finished) because the run was stopped.
    Stopped(String),
    Excluded(Exclusion),
}

impl Res {
    pub(super) fn into_outcome(self) -> Outcome {
        match self {
            Res::Done => Outcome::Done,
            Res::Failed(r) => Outcome::Failed(r),
            Res::Unknown(r) => Outcome::Unknown(r),
            Res::Stopped(r) => Outcome::Stopped(r),
            Res::Excluded(e) => e.outcome(),
        }
    }
}

/// Which list endpoint a group goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Op {
    Status(EmployeeStatus),
    Delete,
}

/// The properties a status answer needs for the check (the id is always asked for).
const STATUS_FIELDS: [&str; 1] = ["status"];

/// The properties a report name is made of (see `EmployeeFullDto::name_for_people`).
const NAME_FIELDS: [&str; 4] = ["firstName", "lastName", "displayName", "email"];

impl Op {
    pub(super) fn step(self) -> Step {
        match self {
            Op::Status(EmployeeStatus::Active) => Step::Activating,
            Op::Status(_) => Step::Terminating,
            Op::Delete => Step::Deleting,
        }
    }

    /// The action used to classify a user read back after a refusal.
    pub(super) fn action(self) -> BulkAction {
        match self {
            Op::Status(EmployeeStatus::Active) => BulkAction::Activate,
            Op::Status(_) => BulkAction::Terminate,
            Op::Delete => BulkAction::Delete {
                terminate_first: false,
            },
        }
    }

    /// Whether `u` is in the state this operation aims for.
    pub(super) fn reached(self, u: &EmployeeFullDto) -> bool {
        match self {
            // A re-enabled invitee with no name comes back pending: that is re-activated.
            Op::Status(EmployeeStatus::Active) => matches!(
                u.status,
                Some(EmployeeStatus::Active) | Some(EmployeeStatus::Pending)
            ),
            Op::Status(s) => u.status == Some(s),
            Op::Delete => false,
        }
    }

    /// The properties to ask for in the answer (`fields=`; the id always comes): what
    /// the check needs, and the names when some are still unknown.
    pub(super) fn fields(self, with_names: bool) -> Vec<&'static str> {
        let mut fields = match self {
            Op::Status(_) => STATUS_FIELDS.to_vec(),
            Op::Delete => Vec::new(),
        };
        if with_names {
            fields.extend(NAME_FIELDS);
        }
        fields
    }
}

/// Errors that every later request would meet too.
pub(super) fn is_fatal(e: &ApiError) -> bool {
    matches!(
        e,
        ApiError::Unauthorized
            | ApiError::Connect { .. }
            | ApiError::Certificate { .. }
            | ApiError::InvalidUrl { .. }
            | ApiError::RateLimited { .. }
    )
}

/// Whether an answer about `u` carries anything its name is made of.
pub(super) fn has_name(u: &EmployeeFullDto) -> bool {
    u.first_name.is_some() || u.last_name.is_some() || u.display_name.is_some() || u.email.is_some()
}
