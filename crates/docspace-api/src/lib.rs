//! The DocSpace People API: wire types, errors and the typed client.
//!
//! - [`dto`] / [`query`] / [`filters`]: the wire types and the list query, as the server
//!   spells them.
//! - [`PortalClient`]: the typed client, with its [`retry`] policy and the [`paging`] guard.
//! - [`ApiError`]: every way a call can fail, in words safe to show; [`tls`]: a refused
//!   certificate told apart from a passing network failure.
//! - [`sanitize`]: server text made safe for a terminal; [`redact`]: secrets kept out of
//!   what is shown or logged.

#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        unreachable_pub
    )
)]

pub mod admin;
#[cfg(feature = "client")]
pub mod client;
pub mod dto;
pub mod error;
pub mod filters;
pub mod paging;
pub mod query;
pub mod redact;
pub mod retry;
pub mod sanitize;
#[cfg(feature = "client")]
pub mod tls;

#[cfg(feature = "client")]
pub use client::{ClientOptions, PortalClient, QuotaLimit, RoomArea};
pub use dto::{ActivationStatus, EmployeeFullDto, EmployeeStatus, EmployeeType};
pub use error::ApiError;
pub use filters::{
    Area, FilterValue, GroupFilter, Inviter, ListFilters, LoginType, Payments, QuotaFilter,
};
pub use paging::{Incomplete, Listing, Pager, PagingProblem, UserPage};
pub use query::{SortBy, SortOrder, StatusFilter, UserQuery};
