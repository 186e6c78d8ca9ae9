//! The long reads the worker runs for the terminal UI, each reporting its progress as it
//! goes: every id a query matches ([`ids`], for marking them all), the users a pasted
//! list names ([`find`]), and an export of the list to a file, written page by page
//! ([`export`]). Lists are followed with the paging guard ([`crate::api::Pager`]), so a
//! portal whose pages contradict each other cannot make them loop.

pub(crate) mod export;
pub(crate) mod find;
pub(crate) mod ids;

pub use export::{EXPORT_FIELDS, ExportError};
