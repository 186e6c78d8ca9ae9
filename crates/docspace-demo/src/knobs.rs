//! The fault knobs of the command line (`serve-demo --latency-ms --fail-rate
//! --drop-after-write --rate-limit`, and the same for `--demo`): values read from text, and
//! the fault rules they stand for.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use super::faults::{Fault, FaultRule};
use super::ratelimit::DEFAULT_PER_MINUTE;

/// The status of a request failed by [`FaultKnobs::fail_rate`]: refused before any work.
pub const FAIL_STATUS: u16 = 503;

/// The methods that write.
const WRITES: [&str; 3] = ["POST", "PUT", "DELETE"];

/// A knob's value could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KnobError {
    #[error("expected a share from 0 to 1, such as 0.1")]
    NotAShare,
    #[error("expected a number of requests a minute (1 or more), or off")]
    NotARateLimit,
}

/// A share of requests: a number from 0 to 1 (`0.05` = one request in twenty).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Share(f64);

impl Share {
    pub const NONE: Share = Share(0.0);

    pub fn get(self) -> f64 {
        self.0
    }

    pub fn is_none(self) -> bool {
        self.0 <= 0.0
    }
}

impl FromStr for Share {
    type Err = KnobError;

    fn from_str(text: &str) -> Result<Self, KnobError> {
        match text.trim().parse::<f64>() {
            Ok(p) if (0.0..=1.0).contains(&p) => Ok(Self(p)),
            _ => Err(KnobError::NotAShare),
        }
    }
}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Requests a minute for each caller before 429, or none (`off`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit(Option<u32>);

impl RateLimit {
    pub const OFF: RateLimit = RateLimit(None);

    /// The limit, `None` when off (as [`DemoOptions::rate_limit`](super::DemoOptions)).
    pub fn per_minute(self) -> Option<u32> {
        self.0
    }
}

impl Default for RateLimit {
    /// The server's 1,500 a minute.
    fn default() -> Self {
        Self(Some(DEFAULT_PER_MINUTE))
    }
}

impl FromStr for RateLimit {
    type Err = KnobError;

    fn from_str(text: &str) -> Result<Self, KnobError> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("off") {
            return Ok(Self::OFF);
        }
        match text.parse::<u32>() {
            Ok(n) if n > 0 => Ok(Self(Some(n))),
            _ => Err(KnobError::NotARateLimit),
        }
    }
}

impl fmt::Display for RateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(n) => write!(f, "{n}"),
            None => f.write_str("off"),
        }
    }
}

/// The faults the knobs ask for.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct FaultKnobs {
    /// Every request waits this long first.
    pub latency: Duration,
    /// This share of requests is answered [`FAIL_STATUS`] before anything is done.
    pub fail_rate: Share,
    /// This share of writes (POST, PUT, DELETE) not already failed is carried out, then
    /// the connection is closed without an answer.
    pub drop_after_write: Share,
}

impl FaultKnobs {
    /// The fault rules, in the order they are tried: the failure before the dropped write,
    /// so a failed request is never also carried out.
    pub fn rules(&self) -> Vec<FaultRule> {
        let mut rules = Vec::new();
        if !self.latency.is_zero() {
            rules.push(FaultRule::new(Fault::Latency(self.latency)).share(1.0));
        }
        if !self.fail_rate.is_none() {
            rules.push(FaultRule::new(Fault::Status(FAIL_STATUS)).share(self.fail_rate.get()));
        }
        if !self.drop_after_write.is_none() {
            rules.extend(WRITES.iter().map(|method| {
                FaultRule::new(Fault::Hangup)
                    .method(method)
                    .share(self.drop_after_write.get())
                    .after_processing()
            }));
        }
        rules
    }
}

#[cfg(test)]
#[path = "knobs_tests.rs"]
mod tests;
