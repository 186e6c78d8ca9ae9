//! Middleware: the request log (outermost), fault injection, then the rate limit.

mod faults;
mod log;
mod rate_limit;

pub use faults::faults;
pub use log::log;
pub use rate_limit::rate_limit;

/// Marks a response that must not be sent: the listener closes the connection instead.
#[derive(Debug, Clone, Copy)]
pub struct HangUp;

/// Marks a response replaced by an injected fault (read by the log).
#[derive(Debug, Clone)]
struct Injected(String);
