//! Why the portal refused a request, mapped to the server's status codes and texts
//! (PEOPLE-API.md §3.2, §3.3 and §8).

use thiserror::Error;

/// `The user could not be found`.
pub const USER_NOT_FOUND: &str = "The user could not be found";

/// A refusal of the portal's rules. The HTTP layer renders it as the server does.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Refusal {
    /// 404, `ItemNotFoundException`.
    #[error("{0}")]
    NotFound(String),
    /// 400, `ArgumentException`, in the error envelope.
    #[error("{0}")]
    Argument(String),
    /// 400, `ArgumentNullException`, in the error envelope.
    #[error("Value cannot be null. (Parameter '{0}')")]
    NullArgument(&'static str),
    /// 400 model-validation error, inside the success-shaped envelope with `status: 1`.
    #[error("{field}: {message}")]
    Validation { field: String, message: String },
    /// 403 `SecurityException`: the message is always `Access denied`.
    #[error("Access denied")]
    AccessDenied,
    /// 403 `InvalidOperationException`, with its own text.
    #[error("{0}")]
    InvalidOperation(String),
    /// 402 `TenantQuotaException`.
    #[error("{0}")]
    Quota(String),
    /// 401 from the login route (JSON body, type and stack suppressed).
    #[error("User authentication failed")]
    LoginFailed,
    /// 403 from the login route for a user who is not active.
    #[error("User disabled")]
    UserDisabled,
    /// 500, a plain `System.Exception` (e.g. a delete while data is being reassigned).
    #[error("{0}")]
    Internal(String),
    /// 402 `BillingException` (an option the plan does not include).
    #[error("{0}")]
    Billing(String),
}

impl Refusal {
    pub fn user_not_found() -> Self {
        Self::NotFound(USER_NOT_FOUND.to_string())
    }

    pub fn validation(field: &str, message: impl Into<String>) -> Self {
        Self::Validation {
            field: field.to_string(),
            message: message.into(),
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::Argument(_) | Self::NullArgument(_) | Self::Validation { .. } => 400,
            Self::AccessDenied | Self::InvalidOperation(_) | Self::UserDisabled => 403,
            Self::Quota(_) | Self::Billing(_) => 402,
            Self::LoginFailed => 401,
            Self::Internal(_) => 500,
        }
    }

    /// The .NET exception type the server names, or `None` where it suppresses it.
    pub fn exception_type(&self) -> Option<&'static str> {
        match self {
            Self::NotFound(_) => Some("ASC.Common.Web.ItemNotFoundException"),
            Self::Argument(_) | Self::Validation { .. } => Some("System.ArgumentException"),
            Self::NullArgument(_) => Some("System.ArgumentNullException"),
            Self::AccessDenied => Some("System.Security.SecurityException"),
            Self::InvalidOperation(_) => Some("System.InvalidOperationException"),
            Self::Quota(_) => Some("ASC.Core.Tenants.TenantQuotaException"),
            Self::Billing(_) => Some("ASC.Core.Billing.BillingException"),
            Self::Internal(_) => Some("System.Exception"),
            // `InvalidOperationException(ErrorUserDisabled)`: its type is written
            // (AuthenticationController.cs line 232).
            Self::UserDisabled => Some("System.InvalidOperationException"),
            Self::LoginFailed => None,
        }
    }

    /// The exception's `HResult`, `0` where the server suppresses details.
    pub fn hresult(&self) -> i64 {
        match self {
            Self::Argument(_) | Self::NullArgument(_) | Self::Validation { .. } => -2147024809,
            Self::AccessDenied => -2146233078,
            Self::InvalidOperation(_) | Self::UserDisabled => -2146233079,
            Self::NotFound(_) | Self::Quota(_) | Self::Billing(_) | Self::Internal(_) => {
                -2146233088
            }
            Self::LoginFailed => 0,
        }
    }

    /// Whether this is a model-validation error (rendered in the success-shaped envelope).
    pub fn is_validation(&self) -> bool {
        matches!(self, Self::Validation { .. })
    }
}

#[cfg(test)]
#[path = "refusal_tests.rs"]
mod tests;
