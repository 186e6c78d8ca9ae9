//! The status filter cycled by `f` (shared with `users list --status`).

pub(crate) use crate::api::query::StatusFilter;
