//! The retry policy, as a pure function of what happened.

use std::time::Duration;

/// Most retries after the first attempt.
pub const MAX_RETRIES: u32 = 3;
/// The longest `Retry-After` the client waits out by itself.
pub const MAX_WAIT: Duration = Duration::from_secs(60);

/// What came back from one attempt, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// 429, with the server's `Retry-After` if it sent one.
    RateLimited(Option<Duration>),
    /// 502, 503 or 504: the request was not processed by the application.
    Unavailable,
    /// A connection that could not be opened: nothing reached the server.
    ConnectFailed,
    /// Anything else: success, a definite refusal, or an ambiguous failure.
    Final,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    RetryAfter(Duration),
    GiveUp,
}

/// Decides whether to try again. `attempt` counts retries already made (0 after the first
/// try). A 429 was refused before any work and is retried for every method; 502/503/504
/// and connection failures are retried only for reads. A `Retry-After` above
/// [`MAX_WAIT`] is not waited out: the caller reports it instead.
pub fn decide(is_read: bool, outcome: Outcome, attempt: u32) -> Decision {
    if attempt >= MAX_RETRIES {
        return Decision::GiveUp;
    }
    let backoff = Duration::from_millis(250u64 << attempt.min(5));
    match outcome {
        Outcome::RateLimited(Some(after)) if after > MAX_WAIT => Decision::GiveUp,
        Outcome::RateLimited(Some(after)) => Decision::RetryAfter(after.max(backoff)),
        Outcome::RateLimited(None) => Decision::RetryAfter(Duration::from_secs(1).max(backoff)),
        Outcome::Unavailable | Outcome::ConnectFailed if is_read => Decision::RetryAfter(backoff),
        _ => Decision::GiveUp,
    }
}

/// Parses a `Retry-After` value given in seconds. (An HTTP date is not honoured; the
/// caller then falls back to its own backoff.)
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

#[cfg(test)]
#[path = "retry_tests.rs"]
mod tests;
