//! The rate limit layer.

use std::net::SocketAddr;
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::http::AppState;
use crate::http::extract::caller_of;
use crate::ratelimit::{Partition, Verdict};
use crate::state::lock;

const LIMIT: HeaderName = HeaderName::from_static("x-ratelimit-limit");
const REMAINING: HeaderName = HeaderName::from_static("x-ratelimit-remaining");
const RESET: HeaderName = HeaderName::from_static("x-ratelimit-reset");

/// The sliding-window limit, for each caller apart: `X-RateLimit-*` headers, 429 with
/// `Retry-After` past it.
pub(crate) async fn rate_limit(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let verdict = if lock(&state.limiter).is_off() {
        Verdict::Unlimited
    } else {
        let who = partition(&req, &state);
        lock(&state.limiter).check(who, Instant::now())
    };
    match verdict {
        Verdict::Unlimited => next.run(req).await,
        Verdict::Limited {
            limit,
            retry_after_secs,
        } => {
            let mut r = StatusCode::TOO_MANY_REQUESTS.into_response();
            let h = r.headers_mut();
            h.insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
            h.insert(LIMIT, HeaderValue::from(limit));
            h.insert(REMAINING, HeaderValue::from(0u32));
            h.insert(RESET, HeaderValue::from(retry_after_secs));
            r
        }
        Verdict::Allowed {
            limit,
            remaining,
            reset_secs,
        } => {
            let mut r = next.run(req).await;
            let h = r.headers_mut();
            h.insert(LIMIT, HeaderValue::from(limit));
            h.insert(REMAINING, HeaderValue::from(remaining));
            h.insert(RESET, HeaderValue::from(reset_secs));
            r
        }
    }
}

/// Whose budget a request uses: its authenticated user's; without valid credentials, its
/// remote address's (the server's partition, after authentication).
fn partition(req: &Request, state: &AppState) -> Partition {
    match caller_of(req.headers(), state) {
        Some(user) => Partition::User(user),
        None => Partition::Address(
            req.extensions()
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
        ),
    }
}
