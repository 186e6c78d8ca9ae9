//! Request extractors: the link context of the envelope, and the authenticated caller.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::Response;
use uuid::Uuid;

use std::sync::atomic::Ordering;

use super::AppState;
use super::envelope::unauthorized;
use super::fields::Fields;
use crate::state::lock;
use crate::store::Want;
use crate::tokens::{auth_cookie, presented};
use docspace_api::dto::EmployeeStatus;

/// What the envelope needs: the full request URL and the method (for `links`), and the
/// `fields` selection that trims `response`, if one was sent and the portal honours it.
#[derive(Debug, Clone)]
pub(super) struct Ctx {
    pub href: String,
    pub method: String,
    pub fields: Option<Fields>,
}

impl Ctx {
    /// The parts of a profile the answer will carry.
    pub(super) fn want(&self) -> Want {
        match &self.fields {
            None => Want::ALL,
            Some(f) => Want::only(|name| f.keeps_top(name)),
        }
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
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
        let fields = if state.honour_fields.load(Ordering::Relaxed) {
            Fields::from_query(parts.uri.query())
        } else {
            None
        };
        Ok(Self {
            href: format!("http://{host}{path}"),
            method: parts.method.as_str().to_string(),
            fields,
        })
    }
}

/// The user a request's token acts as. Missing, unknown or revoked tokens, and tokens of
/// users who are terminated or deleted, are refused with an empty 401.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Caller(pub Uuid);

impl FromRequestParts<AppState> for Caller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        caller_of(&parts.headers, state)
            .map(Self)
            .ok_or_else(unauthorized)
    }
}

/// The user the request's credentials act as, if they are valid.
pub(super) fn caller_of(headers: &HeaderMap, state: &AppState) -> Option<Uuid> {
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
