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
mod tests {
    use super::*;
    use crate::faults::{FaultSet, Trigger};

    #[test]
    fn shares_are_numbers_from_0_to_1() {
        assert_eq!("0.05".parse::<Share>(), Ok(Share(0.05)));
        assert_eq!("0".parse::<Share>(), Ok(Share::NONE));
        assert_eq!(" 1 ".parse::<Share>(), Ok(Share(1.0)));
        for bad in ["abc", "", "1.5", "-0.1", "NaN", "inf", "5%"] {
            assert_eq!(bad.parse::<Share>(), Err(KnobError::NotAShare), "{bad}");
        }
    }

    #[test]
    fn rate_limits_are_positive_numbers_or_off() {
        assert_eq!(
            "off".parse::<RateLimit>().map(RateLimit::per_minute),
            Ok(None)
        );
        assert_eq!("OFF".parse::<RateLimit>(), Ok(RateLimit::OFF));
        assert_eq!(
            "20".parse::<RateLimit>().map(RateLimit::per_minute),
            Ok(Some(20))
        );
        for bad in ["0", "-1", "abc", "", "1.5"] {
            assert_eq!(
                bad.parse::<RateLimit>(),
                Err(KnobError::NotARateLimit),
                "{bad}"
            );
        }
        assert_eq!(RateLimit::default().per_minute(), Some(1500));
        assert_eq!(RateLimit::default().to_string(), "1500");
        assert_eq!(RateLimit::OFF.to_string(), "off");
    }

    #[test]
    fn no_knob_turned_means_no_fault() {
        assert!(FaultKnobs::default().rules().is_empty());
    }

    #[test]
    fn knobs_become_share_rules() {
        let knobs = FaultKnobs {
            latency: Duration::from_millis(300),
            fail_rate: Share(0.1),
            drop_after_write: Share(0.05),
        };
        let rules = knobs.rules();
        assert_eq!(rules.len(), 5);
        assert_eq!(rules[0].fault, Fault::Latency(Duration::from_millis(300)));
        assert_eq!(rules[0].trigger, Trigger::Share(1.0));
        assert_eq!(
            (&rules[1].fault, rules[1].trigger, &rules[1].method),
            (&Fault::Status(503), Trigger::Share(0.1), &None)
        );
        let drops: Vec<_> = rules[2..].iter().map(|r| r.method.as_deref()).collect();
        assert_eq!(drops, [Some("POST"), Some("PUT"), Some("DELETE")]);
        assert!(rules[2..].iter().all(|r| r.fault == Fault::Hangup
            && r.after_processing
            && r.trigger == Trigger::Share(0.05)));
    }

    #[test]
    fn every_request_waits_and_reads_are_never_dropped() {
        let knobs = FaultKnobs {
            latency: Duration::from_millis(1),
            fail_rate: Share::NONE,
            drop_after_write: Share(1.0),
        };
        let mut set = FaultSet::default();
        knobs.rules().into_iter().for_each(|r| set.add(r));
        for _ in 0..50 {
            let read = set.take("GET", "/api/2.0/people/filter");
            assert_eq!(read.len(), 1);
            assert!(matches!(read[0].fault, Fault::Latency(_)));
            let write = set.take("PUT", "/api/2.0/people/status/Terminated");
            assert_eq!(write.len(), 2);
            assert_eq!(write[1].fault, Fault::Hangup);
        }
    }
}
