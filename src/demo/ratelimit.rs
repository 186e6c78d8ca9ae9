//! The portal's sliding-window rate limit (1500 requests a minute by default).

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// The server's default limit per minute.
pub const DEFAULT_PER_MINUTE: u32 = 1500;

const WINDOW: Duration = Duration::from_secs(60);

/// The answer for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
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

/// A sliding window of request times.
#[derive(Debug, Clone, Default)]
pub struct RateLimiter {
    per_minute: Option<u32>,
    hits: VecDeque<Instant>,
}

impl RateLimiter {
    pub fn new(per_minute: Option<u32>) -> Self {
        Self {
            per_minute,
            hits: VecDeque::new(),
        }
    }

    /// Changes the limit (`None` disables it) and forgets past requests.
    pub fn set_limit(&mut self, per_minute: Option<u32>) {
        self.per_minute = per_minute;
        self.hits.clear();
    }

    /// Counts a request made at `now` and says whether it may proceed.
    pub fn check(&mut self, now: Instant) -> Verdict {
        let Some(limit) = self.per_minute else {
            return Verdict::Unlimited;
        };
        while let Some(&oldest) = self.hits.front() {
            if now.saturating_duration_since(oldest) >= WINDOW {
                self.hits.pop_front();
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
        if self.hits.len() >= limit as usize {
            return Verdict::Limited {
                limit,
                retry_after_secs: reset(&self.hits),
            };
        }
        self.hits.push_back(now);
        Verdict::Allowed {
            limit,
            remaining: limit.saturating_sub(self.hits.len() as u32),
            reset_secs: reset(&self.hits),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_within_the_window_and_recovers_after_it() {
        let mut r = RateLimiter::new(Some(2));
        let t0 = Instant::now();
        assert!(matches!(r.check(t0), Verdict::Allowed { remaining: 1, .. }));
        assert!(matches!(
            r.check(t0 + Duration::from_secs(10)),
            Verdict::Allowed { remaining: 0, .. }
        ));
        assert_eq!(
            r.check(t0 + Duration::from_secs(20)),
            Verdict::Limited {
                limit: 2,
                retry_after_secs: 40
            }
        );
        assert!(matches!(
            r.check(t0 + Duration::from_secs(61)),
            Verdict::Allowed { .. }
        ));
    }

    #[test]
    fn disabled_limit_allows_everything() {
        let mut r = RateLimiter::new(None);
        assert_eq!(r.check(Instant::now()), Verdict::Unlimited);
    }
}
