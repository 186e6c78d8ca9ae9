//! `GET /people/reassign/necessary`, `POST /people/reassign/start`,
//! `GET /people/reassign/progress/{userid}`, `PUT /people/reassign/terminate`,
//! `POST /people/remove/start`, `GET /people/remove/progress/{userid}`,
//! `PUT /people/remove/terminate`.

use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use uuid::Uuid;

use super::super::super::AppState;
use super::super::super::body::json_body;
use super::super::super::envelope::{maybe, one, refusal};
use super::super::super::extract::{Caller, Ctx};
use super::super::super::params::Params;
use super::super::with_store;
use super::job::{about_user, progress_of};
use crate::store::Refusal;
use docspace_api::admin::StartReassignRequestDto;
use docspace_api::dto::EmployeeType;

const START_FIELDS: [&str; 3] = ["fromUserId", "toUserId", "deleteProfile"];

/// `UserId` and `Type` of the query, bound as ASP.NET binds them: a malformed value is a
/// validation 400, a missing one the default (an empty GUID, `All`).
fn necessary_query(raw: Option<&str>) -> Result<(Uuid, EmployeeType), Refusal> {
    let p = Params::parse(raw);
    let user = match p.get("UserId").map(str::trim).filter(|v| !v.is_empty()) {
        None => Uuid::nil(),
        Some(v) => Uuid::parse_str(v).map_err(|_| {
            Refusal::validation(
                "UserId",
                format!("The value '{v}' is not valid for UserId."),
            )
        })?,
    };
    let kind = match p.get("Type").map(str::trim).filter(|v| !v.is_empty()) {
        None => EmployeeType::All,
        Some(v) => EmployeeType::parse(v).ok_or_else(|| {
            Refusal::validation("Type", format!("The value '{v}' is not valid for Type."))
        })?,
    };
    Ok((user, kind))
}

/// Whether the user owns rooms (or, for `Type=Guest`, shared files): a bare boolean.
pub(crate) async fn necessary(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    RawQuery(query): RawQuery,
) -> Response {
    let result = necessary_query(query.as_deref()).and_then(|(user, kind)| {
        with_store(&state, caller, |s, v| s.reassign_necessary(v, user, kind))
    });
    match result {
        Ok(b) => one(&ctx, &b),
        Err(r) => refusal(&ctx, &r),
    }
}

pub(crate) async fn start_reassign(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let result = json_body::<StartReassignRequestDto>(&body, &START_FIELDS).and_then(|req| {
        with_store(&state, caller, |s, v| {
            s.start_reassign(v, &req, Instant::now())
        })
    });
    match result {
        Ok(p) => one(&ctx, &p),
        Err(r) => refusal(&ctx, &r),
    }
}

pub(crate) async fn reassign_progress(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(user): Path<String>,
) -> Response {
    progress_of(&state, caller, &ctx, &user, |s, v, u, now| {
        s.reassign_progress(v, u, now)
    })
}

pub(crate) async fn terminate_reassign(
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
        |s, v, u, now| s.terminate_reassign(v, u, now),
        |ctx, p| maybe(ctx, p.as_ref()),
    )
}

pub(crate) async fn start_removal(
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
        |s, v, u, now| s.start_removal(v, u, now),
        |ctx, p| one(ctx, &p),
    )
}

pub(crate) async fn removal_progress(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(user): Path<String>,
) -> Response {
    progress_of(&state, caller, &ctx, &user, |s, v, u, now| {
        s.removal_progress(v, u, now)
    })
}

/// Answers with an envelope without `response` (the server's action returns nothing).
pub(crate) async fn terminate_removal(
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
        |s, v, u, now| s.terminate_removal(v, u, now),
        |ctx, ()| maybe(ctx, None::<&()>),
    )
}
