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
use super::{guid, no_route};
use docspace_api::admin::{StartUpdateUserTypeDto, UserIdRequestDto};

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
    let Some(user) = guid(&user) else {
        return no_route();
    };
    match with_store(&state, caller, |s, v| {
        s.type_change_progress(v, user, Instant::now())
    }) {
        Ok(p) => maybe(&ctx, p.as_ref()),
        Err(r) => refusal(&ctx, &r),
    }
}

pub(crate) async fn terminate(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let result = json_body::<UserIdRequestDto>(&body, &["userId"]).and_then(|req| {
        with_store(&state, caller, |s, v| {
            s.terminate_type_change(v, req.user_id, Instant::now())
        })
    });
    match result {
        Ok(p) => maybe(&ctx, p.as_ref()),
        Err(r) => refusal(&ctx, &r),
    }
}
