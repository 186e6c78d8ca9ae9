//! Offboarding that knows what happens to a user's data, shared by the TUI and the
//! `users` commands (no UI here):
//! - [`impact`]: reading, for each user about to be deleted, what goes away or changes
//!   hands (whether a handover is needed, the rooms they own and their sizes, their
//!   personal files' space), a few users at a time;
//! - [`words`]: that impact in words ("personal files: 1.2 GB will be deleted",
//!   "rooms: 3 (4.5 GB) go to you");
//! - [`run`]: the run itself, user by user: terminate if needed, hand the data over
//!   (the reassignment job, followed to its end, stopped on a stop), delete only after a
//!   completed handover, then follow the data removal the delete queues.

pub mod impact;
pub mod receivers;
pub mod run;
pub mod words;

pub use impact::{IMPACT_CONCURRENCY, Impact, ImpactRead, MAX_IMPACT_READS, read_impact};
pub use receivers::receivers_query;
pub use run::{
    DataFate, OffboardPlan, OffboardReport, POLL_EVERY, Receiver, Stage, run_offboard, stages,
};
