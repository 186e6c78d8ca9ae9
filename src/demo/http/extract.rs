//! Request extractors: the link context of the envelope, and the authenticated caller.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::Response;
use uuid::Uuid;

use super::AppState;
use super::envelope::unauthorized;
use crate::api::dto::EmployeeStatus;
use crate::demo::state::lock;
use crate::demo::tokens::{auth_cookie, presented};

/// What the envelope's `links` need: the full request URL and the method.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub href: String,
    pub method: String,
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let host = parts
            .headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_graphic()))
            .unwrap_or("127.0.0.1");
        let path = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        Ok(Self {
            href: format!("http://{host}{path}"),
            method: parts.method.as_str().to_string(),
        })
    }
}

/// The user a request's token acts as. Missing, unknown or revoked tokens, and tokens of
/// users who are terminated or deleted, are refused with an empty 401.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caller(pub Uuid);

impl FromRequestParts<AppState> for Caller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        caller_of(&parts.headers, state)
            .map(Self)
            .ok_or_else(unauthorized)
    }
}

/// The user the request's credentials act as, if they are valid.
pub fn caller_of(headers: &HeaderMap, state: &AppState) -> Option<Uuid> {
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok());
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .find_map(auth_cookie);
    let presented = presented(authorization, cookie)?;
    let user = lock(&state.tokens).user_for(presented)?;
    let store = lock(&state.store);
    let usable = store
        .index_of(user)
        .and_then(|i| store.user(i))
        .is_some_and(|u| u.status != EmployeeStatus::Terminated);
    usable.then_some(user)
}
