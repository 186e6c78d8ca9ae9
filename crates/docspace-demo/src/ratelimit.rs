//! The portal's sliding-window rate limit: 1,500 requests a minute by default, counted for
//! each caller apart, as the server counts them (see [`Partition`]).

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::time::{Duration, Instant};

use uuid::Uuid;

/// The server's default limit per minute.
pub const DEFAULT_PER_MINUTE: u32 = 1500;

const WINDOW: Duration = Duration::from_secs(60);

/// Windows kept before the idle ones are dropped.
const PRUNE_AT: usize = 1024;

/// Whose budget a request uses: the authenticated user's, or, for a request without valid
/// credentials, that of the address it came from (`None` when unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Partition {
    User(Uuid),
    Address(Option<IpAddr>),
}

/// The answer for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// No limit configured: no headers.
    Unlimited,
    /// Allowed; the `X-RateLimit-*` header values.
    Allowed {
        limit: u32,
        remaining: u32,
        reset_secs: u64,
    },
    /// Over the limit: 429 with `Retry-After: retry_after_secs`.
    Limited { limit: u32, retry_after_secs: u64 },
}

/// A sliding window of request times for each partition.
#[derive(Debug, Clone)]
pub(crate) struct RateLimiter {
    per_minute: Option<u32>,
    windows: HashMap<Partition, VecDeque<Instant>>,
    prune_at: usize,
}

impl Default for RateLimiter {
    fn default() -> Self {
        Self::new(Some(DEFAULT_PER_MINUTE))
    }
}

impl RateLimiter {
    pub(crate) fn new(per_minute: Option<u32>) -> Self {
        Self {
            per_minute,
            windows: HashMap::new(),
            prune_at: PRUNE_AT,
        }
    }

    /// Whether the limit is switched off (then no request needs a partition).
    pub(crate) fn is_off(&self) -> bool {
        self.per_minute.is_none()
    }

    /// Changes the limit (`None` disables it) and forgets past requests.
    pub(crate) fn set_limit(&mut self, per_minute: Option<u32>) {
        self.per_minute = per_minute;
        self.windows.clear();
    }

    /// Counts a request of `who` made at `now` and says whether it may proceed.
    pub(crate) fn check(&mut self, who: Partition, now: Instant) -> Verdict {
        let Some(limit) = self.per_minute else {
            return Verdict::Unlimited;
        };
        if self.windows.len() >= self.prune_at {
            self.prune(now);
        }
        let hits = self.windows.entry(who).or_default();
        while let Some(&oldest) = hits.front() {
            if now.saturating_duration_since(oldest) >= WINDOW {
                hits.pop_front();
            } else {
                break;
            }
        }
        let reset = |hits: &VecDeque<Instant>| {
            hits.front()
                .map(|&o| {
                    (WINDOW.saturating_sub(now.saturating_duration_since(o)))
                        .as_secs()
                        .max(1)
                })
                .unwrap_or(60)
        };
        if hits.len() >= limit as usize {
            return Verdict::Limited {
                limit,
                retry_after_secs: reset(hits),
            };
        }
        hits.push_back(now);
        Verdict::Allowed {
            limit,
            remaining: limit.saturating_sub(hits.len() as u32),
            reset_secs: reset(hits),
        }
    }

    /// Drops the windows with no request in the last minute; the next pruning waits until
    /// twice as many windows are kept, so its cost spreads over the requests.
    fn prune(&mut self, now: Instant) {
        self.windows.retain(|_, hits| {
            hits.back()
                .is_some_and(|&newest| now.saturating_duration_since(newest) < WINDOW)
        });
        self.prune_at = (self.windows.len() * 2).max(PRUNE_AT);
    }

    /// Partitions with a window kept.
    #[cfg(test)]
    fn windows(&self) -> usize {
        self.windows.len()
    }
}

#[cfg(test)]
#[path = "ratelimit_tests.rs"]
mod tests;
