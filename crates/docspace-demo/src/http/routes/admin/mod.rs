//! Routes of the administration operations: offboarding (reassignment, data removal, the
//! rooms a user owns), the type change that hands rooms over, invitations, profile edits,
//! quotas and group membership. Each handler parses, runs one store operation under the
//! lock, and renders the result; the rules live in the store.

pub(in crate::http) mod invite;
mod job;
pub(in crate::http) mod literal;
pub(in crate::http) mod members;
pub(in crate::http) mod offboarding;
pub(in crate::http) mod profile;
pub(in crate::http) mod quota;
pub(in crate::http) mod rooms;
pub(in crate::http) mod type_change;

use std::time::Duration;

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

use super::not_found_now;

/// The 429 of a sensitive route past its limit, as the rate limiter writes it: no body,
/// `Retry-After` and the `X-RateLimit-*` headers.
pub(super) fn throttled(wait: Duration) -> Response {
    let secs = wait.as_secs().max(1);
    let mut r = StatusCode::TOO_MANY_REQUESTS.into_response();
    let h = r.headers_mut();
    h.insert(header::RETRY_AFTER, HeaderValue::from(secs));
    h.insert(
        HeaderName::from_static("x-ratelimit-limit"),
        HeaderValue::from(crate::store::SENSITIVE_LIMIT),
    );
    h.insert(
        HeaderName::from_static("x-ratelimit-remaining"),
        HeaderValue::from(0u32),
    );
    h.insert(
        HeaderName::from_static("x-ratelimit-reset"),
        HeaderValue::from(secs),
    );
    r
}

/// A `{userid:guid}` route value; anything else matches no route (404, empty body, see
/// [`no_route`]).
pub(super) fn guid(raw: &str) -> Option<Uuid> {
    Uuid::parse_str(raw.trim()).ok()
}

/// The answer when a `{…:guid}` segment is not a GUID.
pub(super) fn no_route() -> Response {
    not_found_now()
}

use axum::Router;
use axum::routing::{get, post, put};

use super::super::AppState;

/// The administration routes, merged into the router. Literal segments (`reassign`,
/// `remove`, `type/progress`, `type/terminate`) win over `{userid}` and `{type}`.
pub(in crate::http) fn router() -> Router<AppState> {
    const PEOPLE: &str = "/api/2.0/people";
    let at = |tail: &str| format!("{PEOPLE}/{tail}");
    Router::new()
        .route(&at("reassign/necessary"), get(offboarding::necessary))
        .route(&at("reassign/start"), post(offboarding::start_reassign))
        .route(
            &at("reassign/progress/{userid}"),
            get(offboarding::reassign_progress),
        )
        .route(
            &at("reassign/terminate"),
            put(offboarding::terminate_reassign),
        )
        .route(&at("remove/start"), post(offboarding::start_removal))
        .route(
            &at("remove/progress/{userid}"),
            get(offboarding::removal_progress),
        )
        .route(&at("remove/terminate"), put(offboarding::terminate_removal))
        .route(&at("invite"), post(invite::invite).put(invite::resend))
        .route(&at("{userid}"), put(profile::update))
        .route(&at("email"), post(profile::change_email))
        .route(&at("password"), post(profile::send_password_link))
        .route(&at("{userid}/password"), put(profile::change_password))
        .route(&at("{userid}/email"), put(profile::change_email_by_link))
        .route(&at("search"), get(literal::search))
        .route(&at("exists"), get(literal::exists))
        .route(&at("theme"), get(literal::theme).put(literal::set_theme))
        .route(&at("tokendiagnostics"), get(literal::token_diagnostics))
        .route(&at("guests"), axum::routing::delete(literal::drop_guests))
        .route(&at("userquota"), put(quota::set))
        .route(&at("resetquota"), put(quota::reset))
        .route(&at("type"), post(type_change::start))
        .route(&at("type/progress/{userid}"), get(type_change::progress))
        .route(&at("type/terminate"), put(type_change::terminate))
        .route(
            "/api/2.0/authentication/{code}",
            post(super::login::login_with_code),
        )
        .route("/api/2.0/files/rooms", get(rooms::list))
        .route(
            "/api/2.0/group/{id}/members",
            put(members::add).delete(members::remove),
        )
}
