//! The server's limit on sensitive routes (resending invitations, password and email
//! links): 5 requests in a sliding 15 minutes for each user and route, then 429 with
//! `Retry-After` (`common/ASC.Api.Core/Core/BaseStartup.cs` lines 305-321,
//! `common/ASC.Common/Utils/RateLimiterSettings.cs` lines 43-44).

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use uuid::Uuid;

/// The server's default: requests per window.
pub const SENSITIVE_LIMIT: u32 = 5;
/// The server's default window.
pub const SENSITIVE_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Sliding windows by user and route.
#[derive(Debug, Clone)]
pub(crate) struct Throttle {
    limit: Option<u32>,
    hits: HashMap<(Uuid, String), VecDeque<Instant>>,
}

impl Default for Throttle {
    fn default() -> Self {
        Self {
            limit: Some(SENSITIVE_LIMIT),
            hits: HashMap::new(),
        }
    }
}

impl Throttle {
    /// Changes the limit (`None` switches it off) and forgets past requests.
    pub(crate) fn set_limit(&mut self, limit: Option<u32>) {
        self.limit = limit;
        self.hits.clear();
    }

    /// Counts a request of `user` to `route` at `now`: `Err(retry_after)` when over the
    /// limit (the refused request is not counted).
    pub(crate) fn check(&mut self, user: Uuid, route: &str, now: Instant) -> Result<(), Duration> {
        let Some(limit) = self.limit else {
            return Ok(());
        };
        let window = self.hits.entry((user, route.to_string())).or_default();
        while window
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= SENSITIVE_WINDOW)
        {
            window.pop_front();
        }
        if window.len() >= limit as usize {
            let oldest = window.front().copied().unwrap_or(now);
            let wait = SENSITIVE_WINDOW.saturating_sub(now.saturating_duration_since(oldest));
            return Err(wait.max(Duration::from_secs(1)));
        }
        window.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
#[path = "throttle_tests.rs"]
mod tests;
