//! The status filter cycled by `f` (shared with `users list --status`).

pub use crate::api::query::StatusFilter;
