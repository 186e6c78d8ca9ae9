//! Middleware: the request log (outermost), fault injection, then the rate limit.

use std::time::Instant;

use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::envelope::error;
use crate::demo::faults::{Fault, FaultRule};
use crate::demo::log::{LoggedRequest, user_ids_in};
use crate::demo::ratelimit::Verdict;
use crate::demo::state::lock;

/// Request bodies larger than this are refused with 413.
const MAX_BODY: usize = 8 * 1024 * 1024;

/// Marks a response replaced by an injected fault (read by the log).
#[derive(Debug, Clone)]
struct Injected(String);

/// Records every request (never its headers, so never the token).
pub async fn log(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let query = req.uri().query().map(str::to_string);
    let (parts, body) = req.into_parts();
    let bytes = if method == Method::GET || method == Method::HEAD {
        Bytes::new()
    } else {
        match to_bytes(body, MAX_BODY).await {
            Ok(b) => b,
            Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        }
    };
    let user_ids = user_ids_in(&bytes);
    let resp = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    let status = resp.status().as_u16();
    let fault = resp.extensions().get::<Injected>().map(|i| i.0.clone());
    tracing::debug!(%method, %path, status, "demo request");
    lock(&state.log).push(LoggedRequest {
        method: method.to_string(),
        path,
        query,
        status,
        user_ids,
        fault,
    });
    resp
}

/// Applies the fault rules matching this request.
pub async fn faults(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let rules = lock(&state.faults).take(req.method().as_str(), req.uri().path());
    if rules.is_empty() {
        return next.run(req).await;
    }
    let applied: Vec<String> = rules.iter().map(|r| format!("{:?}", r.fault)).collect();
    let mut other: Option<FaultRule> = None;
    let mut shaping: Vec<Fault> = Vec::new();
    for rule in rules {
        match rule.fault {
            Fault::Latency(d) => tokio::time::sleep(d).await,
            f if f.shapes_answer() => shaping.push(f),
            _ => other = Some(rule),
        }
    }
    let mut resp = match other {
        None => super::shaped::answer(&state, &shaping, req, next).await,
        Some(rule) => {
            if rule.after_processing {
                let _ = next.run(req).await;
            }
            fault_response(&rule.fault)
        }
    };
    resp.extensions_mut().insert(Injected(applied.join(" + ")));
    resp
}

fn fault_response(fault: &Fault) -> Response {
    match fault {
        Fault::Latency(_) | Fault::OtherUser(_) | Fault::RepeatPage | Fault::OmitTotal => {
            StatusCode::OK.into_response()
        }
        Fault::Status(code) => {
            let message = match code {
                503 => "Service temporarily unavailable",
                _ => "Internal server error",
            };
            error(*code, message, Some("System.Exception"), -2146233088)
        }
        Fault::HtmlStatus(code) => {
            let status = StatusCode::from_u16(*code).unwrap_or(StatusCode::BAD_GATEWAY);
            let title = format!(
                "{} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            );
            let html = format!(
                "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
            );
            let mut r = (status, html).into_response();
            r.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
            r
        }
        Fault::RateLimited { retry_after_secs } => {
            let mut r = StatusCode::TOO_MANY_REQUESTS.into_response();
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            r
        }
        Fault::MalformedBody => {
            let mut r = (StatusCode::OK, "{\"response\":[{\"id\":\"3f2a").into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            );
            r
        }
        Fault::DropConnection => {
            let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
                Ok(Bytes::from_static(b"{\"response\":[")),
                Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "connection dropped by fault injection",
                )),
            ];
            let mut r = Response::new(Body::from_stream(futures::stream::iter(chunks)));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            );
            r
        }
    }
}

const LIMIT: HeaderName = HeaderName::from_static("x-ratelimit-limit");
const REMAINING: HeaderName = HeaderName::from_static("x-ratelimit-remaining");
const RESET: HeaderName = HeaderName::from_static("x-ratelimit-reset");

/// The sliding-window limit: `X-RateLimit-*` headers, 429 with `Retry-After` past it.
pub async fn rate_limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let verdict = lock(&state.limiter).check(Instant::now());
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
