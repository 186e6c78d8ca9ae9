//! Offboarding that knows what happens to a user's data, shared by the TUI and the
//! `users` commands (no UI here):
//! - [`impact`]: reading, for each user about to be deleted, what goes away or changes
//!   hands (whether a handover is needed, the rooms they own and their sizes, their
//!   personal files' space), a few users at a time;
//! - [`words`]: that impact, a user's plan, what became of their data and why a user is
//!   left out, in words ("personal files: 1.2 GB will be deleted", "rooms: 3 (4.5 GB) go
//!   to you");
//! - [`receivers`]: who may receive a deleted user's data;
//! - [`run`]: the run itself, user by user: terminate if needed, hand the data over
//!   (the reassignment job, followed to its end, stopped on a stop), delete only after a
//!   completed handover, then follow the data removal the delete queues;
//! - [`delete`]: a plain delete (no handover: the removal gives the data to the one who
//!   deletes), then the data removal of each deleted user followed as the run does;
//! - [`fate`]: what became of a user's data (the jobs are followed by
//!   [`crate::bulk::job_follow`]).

pub mod delete;
pub mod fate;
pub mod impact;
pub mod receivers;
pub mod run;
pub mod words;

pub use crate::bulk::job_follow::Ended;
pub use delete::delete_then_follow;
pub use fate::DataFate;
pub use impact::{
    IMPACT_CONCURRENCY, Impact, ImpactRead, MAX_IMPACT_READS, read_impact, read_impact_all,
};
pub use receivers::{may_receive, receivers_query};
pub use run::{OffboardPlan, OffboardReport, POLL_EVERY, Receiver, Stage, run_offboard, stages};
