//! docspace-people: administer the users of an ONLYOFFICE DocSpace portal from a terminal.
//!
//! - [`api`]: the typed People API client and its wire types (the `docspace-api` crate).
//! - [`demo`]: the demo portal, an in-memory DocSpace People API served over HTTP (the
//!   `docspace-demo` crate).
//! - [`app`] / [`ui`]: the terminal UI's model (`update`) and view; [`geometry`]: the
//!   screen sizes both use.
//! - [`worker`] / [`runtime`] / [`terminal`]: the event loop, the background task that talks
//!   to the portal, and terminal setup/restore; [`long_reads`]: the worker's long reads
//!   (every id of a query, a pasted list's users, an export); [`clipboard`] (OSC 52),
//!   [`browser`] and [`history_store`]: what the runtime does for the TUI's other effects.
//! - [`people`]: the rules both front ends share (valid new users, look-up parsing, the
//!   read-only policy, type-change notices); no UI.
//! - [`bulk`]: planning and running bulk status changes and deletions.
//! - [`commands`]: the scriptable subcommands.
//! - [`journal`]: the local journal of every write and its outcome.
//! - [`config`]: the configuration file, profiles and token sources.

#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        unreachable_pub
    )
)]

pub use docspace_api as api;
pub(crate) mod admin_writes;
pub mod app;
pub mod backend;
pub mod browser;
pub mod bulk;
pub mod cli;
pub mod clipboard;
pub mod commands;
pub mod config;
pub use docspace_demo as demo;
#[cfg(test)]
mod fixtures;
pub mod geometry;
pub mod history_store;
pub mod journal;
#[cfg(test)]
mod layering_tests;
pub mod logging;
pub mod long_reads;
#[cfg(test)]
mod model_terminal;
pub mod people;
pub use docspace_api::redact;
pub mod runtime;
pub use docspace_api::sanitize;
pub mod terminal;
pub mod ui;
#[cfg(test)]
mod update_props;
pub mod worker;
