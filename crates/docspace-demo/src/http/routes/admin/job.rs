//! What the routes of the portal's background jobs about one user (reassignment, data
//! removal, the type change) share: reading a job's progress by the user in the path, and a
//! write whose body names the user (`{"userId": …}`). The store runs the rules, under the
//! lock, at the moment the request is answered.

use std::time::Instant;

use axum::body::Bytes;
use axum::response::Response;
use serde::Serialize;
use uuid::Uuid;

use super::super::super::AppState;
use super::super::super::body::json_body;
use super::super::super::envelope::{maybe, refusal};
use super::super::super::extract::{Caller, Ctx};
use super::super::with_store;
use super::{guid, no_route};
use crate::store::{Refusal, Store, Viewer};
use docspace_api::admin::UserIdRequestDto;

/// `GET …/progress/{userid}`: the job's task, or an envelope without `response` when there
/// is none; a path that is no GUID matches no route.
pub(super) fn progress_of<P: Serialize>(
    state: &AppState,
    caller: Caller,
    ctx: &Ctx,
    user: &str,
    read: impl FnOnce(&mut Store, &Viewer, Uuid, Instant) -> Result<Option<P>, Refusal>,
) -> Response {
    let Some(user) = guid(user) else {
        return no_route();
    };
    match with_store(state, caller, |s, v| read(s, v, user, Instant::now())) {
        Ok(p) => maybe(ctx, p.as_ref()),
        Err(r) => refusal(ctx, &r),
    }
}

/// A job write whose body is `{"userId": …}`: `act` runs it, `answer` renders what it gave.
pub(super) fn about_user<T>(
    state: &AppState,
    caller: Caller,
    ctx: &Ctx,
    body: &Bytes,
    act: impl FnOnce(&mut Store, &Viewer, Uuid, Instant) -> Result<T, Refusal>,
    answer: impl FnOnce(&Ctx, T) -> Response,
) -> Response {
    let result = json_body::<UserIdRequestDto>(body, &["userId"])
        .and_then(|req| with_store(state, caller, |s, v| act(s, v, req.user_id, Instant::now())));
    match result {
        Ok(t) => answer(ctx, t),
        Err(r) => refusal(ctx, &r),
    }
}
