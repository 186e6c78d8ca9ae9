//! The demo portal over real HTTP: wire shapes, the rules of PEOPLE-API.md §10, faults,
//! rate limiting, seeding, and the OpenAPI contract.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    unreachable_pub
)]

#[path = "demo_portal/common.rs"]
mod common;

#[path = "demo_portal/accounts.rs"]
mod accounts;
#[path = "demo_portal/auth.rs"]
mod auth;
#[path = "demo_portal/client.rs"]
mod client;
#[path = "demo_portal/client_admin.rs"]
mod client_admin;
#[path = "demo_portal/contract.rs"]
mod contract;
#[path = "demo_portal/contract_admin.rs"]
mod contract_admin;
#[path = "demo_portal/contract_calls.rs"]
mod contract_calls;
#[path = "demo_portal/contract_required.rs"]
mod contract_required;
#[path = "demo_portal/create.rs"]
mod create;
#[path = "demo_portal/delete.rs"]
mod delete;
#[path = "demo_portal/envelope.rs"]
mod envelope;
#[path = "demo_portal/faults.rs"]
mod faults;
#[path = "demo_portal/fields.rs"]
mod fields;
#[path = "demo_portal/filters.rs"]
mod filters;
#[path = "demo_portal/groups.rs"]
mod groups;
#[path = "demo_portal/invite.rs"]
mod invite;
#[path = "demo_portal/listener.rs"]
mod listener;
#[path = "demo_portal/listing.rs"]
mod listing;
#[path = "demo_portal/literal.rs"]
mod literal;
#[path = "demo_portal/login.rs"]
mod login;
#[path = "demo_portal/members.rs"]
mod members;
#[path = "demo_portal/offboarding.rs"]
mod offboarding;
#[path = "demo_portal/profile.rs"]
mod profile;
#[path = "demo_portal/quota.rs"]
mod quota;
#[path = "demo_portal/rate_limit.rs"]
mod rate_limit;
#[path = "demo_portal/seeding.rs"]
mod seeding;
#[path = "demo_portal/single.rs"]
mod single;
#[path = "demo_portal/status.rs"]
mod status;
#[path = "demo_portal/types.rs"]
mod types;
