//! Every way a call to the portal can fail, in words a person can act on.

use std::time::Duration;

use thiserror::Error;
use uuid::Uuid;

use super::paging::Incomplete;
use crate::sanitize::display_safe;

/// A failed call to the portal. Server texts (`message`) are raw; the `Display` form
/// sanitises them, so printing an `ApiError` never writes a control character.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ApiError {
    #[error(
        "the portal refused the token (401 Unauthorized): check that it is valid and not expired"
    )]
    Unauthorized,
    /// A login (`POST /api/2.0/authentication`) the portal refused (401): a wrong user
    /// name, password or second-factor code.
    #[error("the portal refused the login (401): {}", display_safe(.message))]
    LoginFailed { message: String },
    #[error("access denied by the portal (403): {}", display_safe(.message))]
    Forbidden { message: String },
    #[error("not found (404): {}", display_safe(.message))]
    NotFound { message: String },
    #[error("the portal has no free seat or its plan is exhausted (402): {}", display_safe(.message))]
    PaymentRequired { message: String },
    #[error("the portal rejected the request (400): {}", display_safe(.message))]
    BadRequest { message: String },
    #[error("rate limited by the portal (429){}", retry_after_words(.retry_after))]
    RateLimited { retry_after: Option<Duration> },
    #[error("the portal failed ({status}): {}", display_safe(.message))]
    Server { status: u16, message: String },
    #[error("unexpected answer from the portal ({status}): {}", display_safe(.message))]
    Http { status: u16, message: String },
    #[error("the portal did not answer in time ({what})")]
    Timeout { what: String },
    #[error("cannot connect to {}: {}", display_safe(.url), display_safe(.reason))]
    Connect { url: String, reason: String },
    /// The portal's TLS certificate was refused (untrusted, expired, for another name).
    /// Not retried: another try meets the same certificate.
    #[error(
        "the portal's certificate is not trusted: {}; nothing was sent to {}",
        display_safe(.reason), display_safe(.url)
    )]
    Certificate { url: String, reason: String },
    #[error("network error talking to the portal: {}", display_safe(.0))]
    Network(String),
    /// A failure inside this program (a task that panicked), not of the portal or the
    /// network: whether a write it was sending reached the portal is unknown.
    #[error("internal error in this program ({}); what reached the portal is unknown", display_safe(.0))]
    Internal(String),
    #[error("the portal sent a response this program cannot read: {}", display_safe(.0))]
    Malformed(String),
    #[error("the portal's response is larger than {limit} bytes; refused")]
    TooLarge { limit: usize },
    #[error("invalid portal URL {}: {}", display_safe(.url), display_safe(.reason))]
    InvalidUrl { url: String, reason: String },
    /// The portal answered a request about one user (`asked`: an id or an email, raw)
    /// with another user.
    #[error(
        "the portal answered the request for user {} with a different user ({answered}); that answer was refused and nothing was done with it",
        display_safe(.asked)
    )]
    WrongUser { asked: String, answered: Uuid },
    /// A list that had to be complete is not (see [`Incomplete`]).
    #[error("the portal's user list is incomplete: {0}")]
    IncompleteList(Incomplete),
}

fn retry_after_words(d: &Option<Duration>) -> String {
    match d {
        Some(d) => format!(": try again in {} s", d.as_secs().max(1)),
        None => String::new(),
    }
}

impl ApiError {
    /// The HTTP status this error came from, if it came from one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Unauthorized | Self::LoginFailed { .. } => Some(401),
            Self::Forbidden { .. } => Some(403),
            Self::NotFound { .. } => Some(404),
            Self::PaymentRequired { .. } => Some(402),
            Self::BadRequest { .. } => Some(400),
            Self::RateLimited { .. } => Some(429),
            Self::Server { status, .. } | Self::Http { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The server's own message, when it sent one (raw; sanitise before showing).
    pub fn server_message(&self) -> Option<&str> {
        match self {
            Self::Forbidden { message }
            | Self::LoginFailed { message }
            | Self::NotFound { message }
            | Self::PaymentRequired { message }
            | Self::BadRequest { message }
            | Self::Server { message, .. }
            | Self::Http { message, .. } => Some(message.as_str()),
            _ => None,
        }
    }

    /// True when the request may not have reached the server or its effect is unknown
    /// (timeouts, dropped connections, 5xx, an answer too large or unreadable, which may
    /// follow a write that was carried out): state should be re-read, not assumed.
    pub fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            Self::Timeout { .. }
                | Self::Network(_)
                | Self::Server { .. }
                | Self::Malformed(_)
                | Self::TooLarge { .. }
                | Self::Internal(_)
        )
    }
}
