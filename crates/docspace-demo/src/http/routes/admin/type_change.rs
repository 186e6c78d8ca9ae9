//! `POST /people/type`, `GET /people/type/progress/{userid}`, `PUT /people/type/terminate`:
//! the downgrade that hands the user's rooms over first.

use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;

use super::super::super::AppState;
use super::super::super::body::json_body;
use super::super::super::envelope::{maybe, one, refusal};
use super::super::super::extract::{Caller, Ctx};
use super::super::with_store;
use super::job::{about_user, progress_of};
use docspace_api::admin::StartUpdateUserTypeDto;

pub(crate) async fn start(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let fields = ["type", "userId", "reassignUserId"];
    let result = json_body::<StartUpdateUserTypeDto>(&body, &fields).and_then(|req| {
        with_store(&state, caller, |s, v| {
            s.start_type_change(v, &req, Instant::now())
        })
    });
    match result {
        Ok(p) => one(&ctx, &p),
        Err(r) => refusal(&ctx, &r),
    }
}

pub(crate) async fn progress(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(user): Path<String>,
) -> Response {
    progress_of(&state, caller, &ctx, &user, |s, v, u, now| {
        s.type_change_progress(v, u, now)
    })
}

pub(crate) async fn terminate(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    about_user(
        &state,
        caller,
        &ctx,
        &body,
        |s, v, u, now| s.terminate_type_change(v, u, now),
        |ctx, p| maybe(ctx, p.as_ref()),
    )
}
