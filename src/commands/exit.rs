//! Exit codes and command errors.

use crate::api::{ApiError, PortalClient};
use crate::config::ConfigError;
use crate::sanitize::display_safe;

/// The exit codes of `docspace-people users …` (the same text is in `--help`):
///
/// | code | meaning |
/// |---|---|
/// | 0 | everything asked for was done |
/// | 1 | some or all users were not changed, or their outcome is unknown: a request failed, a user was left out (the owner, yourself, an admin you may not change, a user in the wrong state), or the confirmation was declined |
/// | 2 | usage error: bad arguments, bad configuration, a read-only profile, or a destructive command without `--yes` and without a terminal to confirm on |
/// | 3 | authentication: the portal refused the token (401), also part-way through a change |
/// | 4 | not found: a user given by ID or email does not exist (and nothing else went wrong) |
/// | 5 | the portal could not be reached, timed out or failed (5xx, 429 after the retries, an unexpected redirect, an unreadable answer, an answer about another user than the one asked for, a list whose pages contradict each other: what was read is printed) |
/// | 130, 143, 129 | interrupted by SIGINT, SIGTERM or SIGHUP: nothing more was sent, and the report says what is known |
pub const EXIT_CODES: &str = "\
Exit codes:
  0  everything asked for was done
  1  some or all users were not changed, or their outcome is unknown (a request failed,
     a user was left out, or the confirmation was declined); users already in the
     wanted state count as done
  2  usage error: bad arguments or configuration, a read-only profile, or a destructive
     command without --yes and without a terminal to confirm on
  3  authentication: the portal refused the token (401), also part-way through a change
  4  not found: a user given by ID or email does not exist
  5  the portal could not be reached, timed out or failed (5xx, 429 after the retries,
     an unexpected redirect, an unreadable answer, an answer about another user than
     the one asked for, a list whose pages contradict each other)
  130, 143, 129  interrupted by SIGINT, SIGTERM or SIGHUP: nothing more was sent, and
     the report says what is known (unknown outcomes: docspace-people journal check)";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    Ok,
    Partial,
    Usage,
    Auth,
    NotFound,
    Unreachable,
    /// Stopped by a signal: 128 + its number (130 for SIGINT, 143 for SIGTERM).
    Signal(i32),
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Partial => 1,
            Exit::Usage => 2,
            Exit::Auth => 3,
            Exit::NotFound => 4,
            Exit::Unreachable => 5,
            Exit::Signal(code) => u8::try_from(code).unwrap_or(1),
        }
    }

    /// The exit code for an error from the portal.
    pub fn of_api(e: &ApiError) -> Exit {
        match e {
            ApiError::Unauthorized => Exit::Auth,
            ApiError::NotFound { .. } => Exit::NotFound,
            ApiError::InvalidUrl { .. } => Exit::Usage,
            ApiError::Server { .. }
            | ApiError::Timeout { .. }
            | ApiError::Connect { .. }
            | ApiError::Certificate { .. }
            | ApiError::Network(_)
            | ApiError::Malformed(_)
            | ApiError::TooLarge { .. }
            | ApiError::WrongUser { .. }
            | ApiError::IncompleteList(_)
            // A 429 reaches the caller only after the retries (or a wait too long to
            // make): the portal cannot be used now.
            | ApiError::RateLimited { .. }
            | ApiError::Http {
                status: 300..=399,
                ..
            } => Exit::Unreachable,
            _ => Exit::Partial,
        }
    }

    /// The exit code of a change whose per-user outcomes gave `exit`: 3 when the portal
    /// refused the token on the way (the users not changed failed for that reason).
    pub fn after_writes(client: &PortalClient, exit: Exit) -> Exit {
        if client.token_was_refused() {
            Exit::Auth
        } else {
            exit
        }
    }
}

/// A command that could not run (or finish): the message goes to stderr, the code is
/// the exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CmdError {
    pub exit: Exit,
    pub message: String,
}

impl CmdError {
    pub fn usage(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Usage,
            message: message.into(),
        }
    }

    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        Self {
            exit,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for CmdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&display_safe(&self.message))
    }
}

impl std::error::Error for CmdError {}

impl From<ApiError> for CmdError {
    fn from(e: ApiError) -> Self {
        Self {
            exit: Exit::of_api(&e),
            message: e.to_string(),
        }
    }
}

impl From<ConfigError> for CmdError {
    fn from(e: ConfigError) -> Self {
        Self::usage(e.to_string())
    }
}
