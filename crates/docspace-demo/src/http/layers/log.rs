//! The request log layer.

use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::{HangUp, Injected};
use crate::http::AppState;
use crate::log::{LoggedRequest, user_ids_in};
use crate::state::lock;

/// Request bodies larger than this are refused with 413.
const MAX_BODY: usize = 8 * 1024 * 1024;

/// Records every request (never its headers, so never the token).
pub(crate) async fn log(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let path = without_secrets(req.uri().path());
    let query = req.uri().query().map(str::to_string);
    let (parts, body) = req.into_parts();
    let bytes = if method == Method::GET || method == Method::HEAD {
        Bytes::new()
    } else {
        match tokio::time::timeout(state.body_timeout, to_bytes(body, MAX_BODY)).await {
            Ok(Ok(b)) => b,
            Ok(Err(_)) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
            Err(_) => return StatusCode::REQUEST_TIMEOUT.into_response(),
        }
    };
    let user_ids = user_ids_in(&bytes);
    let resp = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    let status = if resp.extensions().get::<HangUp>().is_some() {
        0
    } else {
        resp.status().as_u16()
    };
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

/// The path as logged: the second factor's code of `POST /authentication/{code}` is a
/// credential and is not kept.
fn without_secrets(path: &str) -> String {
    const LOGIN: &str = "/api/2.0/authentication/";
    match path.get(..LOGIN.len()) {
        Some(head) if head.eq_ignore_ascii_case(LOGIN) && path.len() > LOGIN.len() => {
            format!("{LOGIN}{{code}}")
        }
        _ => path.to_string(),
    }
}
