//! The demo portal: the ONLYOFFICE DocSpace People API, in memory, over HTTP.
//!
//! It answers the routes this program uses with the real server's envelopes, status
//! codes, error texts, enum encodings and business rules (see PEOPLE-API.md §10), so the
//! TUI, the commands and any client written against DocSpace work against it unchanged.
//!
//! - **Owner / caller.** The main token ([`DemoOptions::token`]) acts as the portal owner,
//!   `Demo Owner` <`owner@demo.docspace.local`>, user name `owner`.
//! - **Login.** `POST /api/2.0/authentication` with `{"userName": "owner@demo.docspace.local",
//!   "password": "demo-password"}` ([`DEMO_PASSWORD`]) returns a session token; every active
//!   user can log in with that password.
//! - **Auth.** `Authorization: Bearer <token>`; session tokens also raw or in the
//!   `asc_auth_key` cookie. Anything else: 401 with an empty body.
//! - **Data.** Seeded deterministically from [`DemoOptions::seed`]; 250 users by default,
//!   100,000 in about a second. A dozen departments (one synchronised from LDAP) with
//!   managers, a few percent of LDAP and SSO accounts, some users with a quota of their own
//!   (the default is [`DEFAULT_USER_QUOTA`]), users invited by admins and room admins.
//! - **Lists and groups.** `/people/filter` and `/people/simple/filter` apply every
//!   parameter as the server does (PEOPLE-API.md §6.1); `GET /api/2.0/group`,
//!   `/group/{id}` and `/group/user/{userid}` serve the departments to admins and room
//!   admins.
//! - **Rate limit.** 1,500 requests a minute for each user (sliding window), as the
//!   server counts them; requests without valid credentials count for their address.
//! - **Knobs.** [`DemoPortal`] reads the state and sets seats, faults ([`FaultRule`]),
//!   the rate limit, extra callers ([`DemoPortal::token_for`]), departments and quotas;
//!   [`NewUser`] inserts fixtures (in a group, an LDAP or SSO account, a quota);
//!   [`FaultKnobs`] and [`RateLimit`] are the command line's `--latency-ms`,
//!   `--fail-rate`, `--drop-after-write` and `--rate-limit`.
//! - **Administration.** Invitations, type changes, profile edits, password links, quotas,
//!   group membership and offboarding, as the server answers them. Seeded admins and room
//!   admins own rooms; background jobs (reassignment, data removal, type change) advance as
//!   [`JobPace`] says (one step per progress read by default). [`DemoPortal::outbox`] shows
//!   the mail the portal sent; [`DemoPortal::set_tfa`] gives a user a second factor (code
//!   [`DEMO_TFA_CODE`]); [`DemoOptions::user_quotas`] switches per-user quotas off.
//! - **Connections.** Closed when idle for [`DemoOptions::idle_timeout`]; at most
//!   [`DemoOptions::max_connections`] open at once.
//!
//! ```no_run
//! # async fn demo() -> Result<(), docspace_demo::DemoError> {
//! use docspace_demo::{spawn, DemoOptions};
//! let server = spawn(DemoOptions::default()).await?;
//! let url = server.url(); // http://127.0.0.1:PORT
//! let owner = server.portal().owner_id();
//! # let _ = (url, owner);
//! server.shutdown().await;
//! # Ok(()) }
//! ```

#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        unreachable_pub
    )
)]

mod faults;
mod http;
mod knobs;
mod listener;
mod log;
mod model;
mod names;
mod new_user;
mod options;
mod portal;
mod ratelimit;
mod seed;
mod seeding;
mod server;
mod state;
pub mod store;
mod tokens;

use std::net::SocketAddr;

pub use faults::{Fault, FaultParseError, FaultRule, Trigger};
pub use knobs::{FAIL_STATUS, FaultKnobs, KnobError, RateLimit, Share};
pub use log::LoggedRequest;
pub use new_user::NewUser;
pub use options::{DEFAULT_IDLE_TIMEOUT, DemoOptions, MAX_USERS, default_max_connections};
pub use portal::DemoPortal;
pub use ratelimit::DEFAULT_PER_MINUTE;
pub use seed::OWNER_EMAIL;
pub use seeding::{SeedingDemo, spawn_seeding};
pub use server::{DemoServer, serve_forever, spawn};
pub use store::{
    DEFAULT_USER_QUOTA, DEMO_PASSWORD, DEMO_TFA_CODE, JobPace, MailKind, PORTAL_STORAGE, SeatUsage,
    SentMail,
};
pub use tokens::random_token;

/// Why the demo portal could not start.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(
        "refusing to listen on {0}: the demo portal listens on loopback addresses only (127.0.0.1, ::1) unless remote access is explicitly allowed"
    )]
    NotLoopback(SocketAddr),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("the demo portal holds at most {max} users ({asked} asked)")]
    TooManyUsers { asked: usize, max: usize },
    #[error("the demo token must be non-empty and contain no spaces or control characters")]
    BadToken,
    #[error("the demo portal needs an idle timeout above zero and room for one connection or more")]
    NoConnections,
}

/// Seeds a portal's users without serving it (for benchmarks and tests of seeding):
/// the users as a DocSpace admin sees them, in creation order.
pub fn seeded_users(users: usize, seed: u64) -> Vec<docspace_api::dto::EmployeeFullDto> {
    let s = seed::seed(users, seed);
    let store = store::Store::new(s.users, s.groups, s.owner, seed);
    store
        .live()
        .filter_map(|(i, _)| store.full_dto(i, None, store::Detail::Normal))
        .collect()
}
