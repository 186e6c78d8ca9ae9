//! Route handlers, one file per group. Each takes the caller, runs one store operation
//! under the lock, and renders the result.

pub(super) mod admin;
pub(super) mod delete;
pub(super) mod groups;
pub(super) mod list;
pub(super) mod login;
pub(super) mod single;
pub(super) mod write;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::extract::Caller;
use crate::state::lock;
use crate::store::{Refusal, Store, Viewer};

/// Unknown routes: 404 with an empty body, as ASP.NET answers.
pub(super) async fn not_found() -> Response {
    not_found_now()
}

/// The 404 of an unknown route, for handlers that find out late that none matches.
pub(super) fn not_found_now() -> Response {
    StatusCode::NOT_FOUND.into_response()
}

/// Runs `f` on the store as `caller`. A caller deleted since its token was checked is
/// treated as not found.
pub(super) fn with_store<T>(
    state: &AppState,
    caller: Caller,
    f: impl FnOnce(&mut Store, &Viewer) -> Result<T, Refusal>,
) -> Result<T, Refusal> {
    let mut store = lock(&state.store);
    let viewer = store.viewer(caller.0).ok_or_else(Refusal::user_not_found)?;
    f(&mut store, &viewer)
}
