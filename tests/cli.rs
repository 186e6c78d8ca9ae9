//! Tests of the command line: the real binary (and the bulk engine it uses) against the
//! demo portal over HTTP, and the configuration file.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    unreachable_pub
)]

#[path = "cli/support.rs"]
mod support;

#[path = "cli/bulk.rs"]
mod bulk;
#[path = "cli/config.rs"]
mod config;
#[path = "cli/confirm.rs"]
mod confirm;
#[path = "cli/create.rs"]
mod create;
#[path = "cli/edit.rs"]
mod edit;

#[path = "cli/engine.rs"]
mod engine;
#[path = "cli/exact.rs"]
mod exact;
#[path = "cli/exit_codes.rs"]
mod exit_codes;
#[path = "cli/groups.rs"]
mod groups;
#[path = "cli/interrupt.rs"]
mod interrupt;

#[path = "cli/invite.rs"]
mod invite;

#[path = "cli/journal.rs"]
mod journal;
#[path = "cli/journal_jobs.rs"]
mod journal_jobs;
#[path = "cli/list_filters.rs"]
mod list_filters;
#[path = "cli/list_get.rs"]
mod list_get;
#[path = "cli/login.rs"]
mod login;

#[path = "cli/offboard.rs"]
mod offboard;
#[path = "cli/offboard_engine.rs"]
mod offboard_engine;

#[path = "cli/offboard_flow.rs"]
mod offboard_flow;
#[path = "cli/offboard_lost_answers.rs"]
mod offboard_lost_answers;
#[path = "cli/outcomes.rs"]
mod outcomes;
#[path = "cli/outcomes_model.rs"]
mod outcomes_model;
#[path = "cli/paging.rs"]
mod paging;
#[path = "cli/password_policy.rs"]
mod password_policy;

#[path = "cli/quota.rs"]
mod quota;
#[path = "cli/round_trips.rs"]
mod round_trips;

#[path = "cli/secrets.rs"]
mod secrets;
#[path = "cli/serve.rs"]
mod serve;
#[path = "cli/set_type.rs"]
mod set_type;

#[path = "cli/setup.rs"]
mod setup;
#[path = "cli/tls.rs"]
mod tls;
#[path = "cli/trimmed.rs"]
mod trimmed;
#[path = "cli/version.rs"]
mod version;
