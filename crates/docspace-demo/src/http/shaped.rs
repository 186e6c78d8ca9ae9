//! Faults that change the real answer instead of replacing it: an answer about another
//! user than the one asked for, the first page for every page, a list without `total`.

use axum::body::to_bytes;
use axum::extract::{FromRequestParts, Path, Request, State};
use axum::http::Uri;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::extract::{Caller, Ctx};
use super::routes::single;
use crate::faults::Fault;

/// Answers bodies up to this size are rewritten; larger ones pass unchanged.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// Runs the request with `faults` (those for which [`Fault::shapes_answer`] holds) applied.
pub(super) async fn answer(
    state: &AppState,
    faults: &[Fault],
    req: Request,
    next: Next,
) -> Response {
    let mut req = req;
    let mut omit_total = false;
    let mut other_user = None;
    for f in faults {
        match f {
            Fault::RepeatPage => req = first_page(req),
            Fault::OmitTotal => omit_total = true,
            Fault::OtherUser(key) => other_user = Some(key.clone()),
            _ => {}
        }
    }
    let resp = match other_user {
        Some(key) => about(state, req, key).await,
        None => next.run(req).await,
    };
    if omit_total {
        without_total(resp).await
    } else {
        resp
    }
}

/// The request without its `startIndex`, so the first page is served.
fn first_page(mut req: Request) -> Request {
    let kept: Vec<&str> = req
        .uri()
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|kv| {
            let name = kv.split('=').next().unwrap_or("");
            !kv.is_empty() && !name.eq_ignore_ascii_case("startIndex")
        })
        .collect();
    let path_and_query = if kept.is_empty() {
        req.uri().path().to_string()
    } else {
        format!("{}?{}", req.uri().path(), kept.join("&"))
    };
    let mut parts = req.uri().clone().into_parts();
    parts.path_and_query = path_and_query.parse().ok();
    if let Ok(uri) = Uri::from_parts(parts) {
        *req.uri_mut() = uri;
    }
    req
}

/// The answer `GET /people/{key}` gives this caller.
async fn about(state: &AppState, req: Request, key: String) -> Response {
    let (mut parts, _) = req.into_parts();
    let caller = match Caller::from_request_parts(&mut parts, state).await {
        Ok(c) => c,
        Err(refused) => return refused,
    };
    let ctx = match Ctx::from_request_parts(&mut parts, state).await {
        Ok(c) => c,
        Err(never) => match never {},
    };
    single::get_user(State(state.clone()), caller, ctx, Path(key)).await
}

/// `resp` with `total` taken out of its JSON envelope.
async fn without_total(resp: Response) -> Response {
    let (parts, body) = resp.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return parts.status.into_response();
    };
    let rewritten = match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(serde_json::Value::Object(mut envelope)) => {
            envelope.remove("total");
            serde_json::to_vec(&envelope).unwrap_or_else(|_| bytes.to_vec())
        }
        _ => bytes.to_vec(),
    };
    let mut parts = parts;
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    Response::from_parts(parts, axum::body::Body::from(rewritten))
}
