//! Middleware: the request log (outermost), fault injection, then the rate limit.

mod faults;
mod log;
mod rate_limit;

pub(super) use faults::faults;
pub(super) use log::log;
pub(super) use rate_limit::rate_limit;

/// Marks a response that must not be sent: the listener closes the connection instead.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HangUp;

/// Marks a response replaced by an injected fault (read by the log).
#[derive(Debug, Clone)]
struct Injected(String);
