//! The server's envelopes (PEOPLE-API.md §3): success, model-validation 400 and errors.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::extract::Ctx;
use super::trim::Trimmed;
use crate::store::Refusal;
use docspace_api::dto::{Envelope, ErrorDetail, ErrorEnvelope, Link};

const JSON: &str = "application/json; charset=utf-8";

/// A JSON response with `status`.
pub(super) fn json<T: Serialize>(status: StatusCode, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => {
            let mut r = (status, bytes).into_response();
            r.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON));
            r
        }
        Err(e) => error(500, &e.to_string(), Some("System.Exception"), -2146233088),
    }
}

fn links(ctx: &Ctx) -> Option<Vec<Link>> {
    Some(vec![Link {
        href: ctx.href.clone(),
        action: ctx.method.clone(),
    }])
}

/// The success envelope; `response` is trimmed when the request asked for `fields`.
fn success<T: Serialize>(
    ctx: &Ctx,
    response: Option<T>,
    count: i64,
    total: Option<i64>,
) -> Response {
    match &ctx.fields {
        None => json(StatusCode::OK, &envelope(ctx, response, count, total)),
        Some(fields) => {
            let trimmed = response.as_ref().map(|r| Trimmed::response(r, fields));
            json(StatusCode::OK, &envelope(ctx, trimmed, count, total))
        }
    }
}

fn envelope<R>(ctx: &Ctx, response: Option<R>, count: i64, total: Option<i64>) -> Envelope<R> {
    Envelope {
        response,
        count: Some(count),
        total,
        links: links(ctx),
        status: 0,
        status_code: 200,
    }
}

/// A single object: `count` 1.
pub(super) fn one<T: Serialize>(ctx: &Ctx, value: &T) -> Response {
    success(ctx, Some(value), 1, None)
}

/// A single object, or, for `None`, an envelope without `response` and `count` 0 (what
/// the server writes for a null result, e.g. a progress route with nothing queued).
pub(super) fn maybe<T: Serialize>(ctx: &Ctx, value: Option<&T>) -> Response {
    match value {
        Some(v) => one(ctx, v),
        None => success(ctx, None::<&T>, 0, None),
    }
}

/// A paged list: `count` = items on the page, `total` = matches before paging.
pub(super) fn page<T: Serialize>(ctx: &Ctx, items: &[T], total: usize) -> Response {
    success(ctx, Some(items), items.len() as i64, Some(total as i64))
}

/// A paged list whose controller sets `count` itself (the group list).
pub(super) fn page_counted<T: Serialize>(
    ctx: &Ctx,
    items: &[T],
    count: usize,
    total: usize,
) -> Response {
    success(ctx, Some(items), count as i64, Some(total as i64))
}

/// A materialised list that is not paged: `count` = its length, no `total`.
pub(super) fn list<T: Serialize>(ctx: &Ctx, items: &[T]) -> Response {
    success(ctx, Some(items), items.len() as i64, None)
}

/// A streamed list (status/type changes, bulk delete): the server derives `count` from
/// the stream object, so it says 1 whatever the length; clients use the array's length.
pub(super) fn streamed<T: Serialize>(ctx: &Ctx, items: &[T]) -> Response {
    success(ctx, Some(items), 1, None)
}

/// A refusal as the server renders it.
pub(super) fn refusal(ctx: &Ctx, r: &Refusal) -> Response {
    if let Refusal::Validation { field, message } = r {
        return validation(ctx, field, message);
    }
    let suppressed = r.exception_type().is_none();
    let kind = r.exception_type();
    error(
        r.status(),
        &r.to_string(),
        kind,
        if suppressed { 0 } else { r.hresult() },
    )
}

/// The error envelope; `type`/`stack` are null when `kind` is `None`.
pub(super) fn error(status: u16, message: &str, kind: Option<&str>, hresult: i64) -> Response {
    let env = ErrorEnvelope {
        error: ErrorDetail {
            message: Some(message.to_string()),
            kind: kind.map(str::to_string),
            stack: kind.map(|k| {
                format!(
                    "{k}: {message}\n   at ASC.People.Api.UserController.InvokeAsync()\n   at ASC.Api.Core.Middleware.CommonApiResponse.ExecuteAsync()"
                )
            }),
            hresult: Some(hresult),
        },
        status: 1,
        status_code: i64::from(status),
    };
    json(
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        &env,
    )
}

/// A model-validation 400: an ASP.NET problem inside the success-shaped envelope with
/// `status: 1`.
pub(super) fn validation(ctx: &Ctx, field: &str, message: &str) -> Response {
    let problem = serde_json::json!({
        "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        "title": "One or more validation errors occurred.",
        "status": 400,
        "errors": { field: [message] },
        "traceId": trace_id(&ctx.href),
    });
    let env = Envelope {
        response: Some(problem),
        count: Some(1),
        total: None,
        links: links(ctx),
        status: 1,
        status_code: 400,
    };
    json(StatusCode::BAD_REQUEST, &env)
}

/// A W3C trace id in the form ASP.NET writes, derived from the request URL.
fn trace_id(href: &str) -> String {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut h = DefaultHasher::new();
    href.hash(&mut h);
    let a = h.finish();
    a.rotate_left(17).hash(&mut h);
    format!("00-{a:016x}{:016x}-{:016x}-00", h.finish(), a ^ 0x5eed)
}

/// 401 with an empty body, as the server's authentication challenge sends.
pub(super) fn unauthorized() -> Response {
    StatusCode::UNAUTHORIZED.into_response()
}
