//! The state shared by the HTTP handlers and the [`DemoPortal`](super::DemoPortal) handle.

use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use super::faults::FaultSet;
use super::log::RequestLog;
use super::ratelimit::RateLimiter;
use super::store::Store;
use super::tokens::Tokens;

/// Everything the portal holds. Each part has its own lock, held only briefly and never
/// across an `.await`.
#[derive(Debug)]
pub(crate) struct Shared {
    pub store: Mutex<Store>,
    pub tokens: Mutex<Tokens>,
    pub main_token: String,
    pub log: Mutex<RequestLog>,
    pub faults: Mutex<FaultSet>,
    pub limiter: Mutex<RateLimiter>,
    /// Whether `fields=` trims success responses (a portal that ignores it sends every
    /// property, which clients must cope with).
    pub honour_fields: AtomicBool,
    /// How long a request body may take to arrive before the answer is 408.
    pub body_timeout: Duration,
}

/// Locks `m`, recovering the data if a handler panicked while holding it.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}
