//! The DocSpace People API: wire types, errors and the typed client.

pub mod client;
pub mod dto;
pub mod error;
pub mod paging;
pub mod query;
pub mod retry;

pub use client::{ClientOptions, Listing, PortalClient, UserPage};
pub use dto::{ActivationStatus, EmployeeFullDto, EmployeeStatus, EmployeeType};
pub use error::ApiError;
pub use paging::{Incomplete, Pager, PagingProblem};
pub use query::{SortBy, SortOrder, StatusFilter, UserQuery};
