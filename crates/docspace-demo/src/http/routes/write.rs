//! `POST /api/2.0/people`, `PUT /people/status/{status}`, `PUT /people/type/{type}`.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;

use super::super::AppState;
use super::super::body::json_body;
use super::super::envelope::{one, refusal, streamed};
use super::super::extract::{Caller, Ctx};
use super::with_store;
use crate::store::{Detail, Refusal, Store, Viewer, Want};
use docspace_api::dto::{
    EmployeeFullDto, EmployeeStatus, EmployeeType, MemberRequestDto, UpdateMembersRequestDto,
};

const MEMBER_FIELDS: [&str; 13] = [
    "email",
    "firstName",
    "lastName",
    "type",
    "password",
    "passwordHash",
    "isUser",
    "department",
    "location",
    "comment",
    "cultureName",
    "contacts",
    "spam",
];
const UPDATE_FIELDS: [&str; 2] = ["userIds", "resendAll"];

/// The profiles of `slots` as `viewer` sees them, with the parts the answer carries.
fn profiles(s: &Store, v: &Viewer, slots: &[usize], want: Want) -> Vec<EmployeeFullDto> {
    slots
        .iter()
        .filter_map(|&i| s.profile(i, Some(v), Detail::Normal, want))
        .collect()
}

fn user_ids(body: &Bytes) -> Result<Vec<uuid::Uuid>, Refusal> {
    let dto: UpdateMembersRequestDto = json_body(body, &UPDATE_FIELDS)?;
    Ok(dto.user_ids.unwrap_or_default())
}

/// Creates a user; 200 with the new profile.
pub(crate) async fn create(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let result = json_body::<MemberRequestDto>(&body, &MEMBER_FIELDS).and_then(|req| {
        with_store(&state, caller, |s, v| {
            let idx = s.create(v, &req)?;
            s.profile(idx, Some(v), Detail::Normal, ctx.want())
                .ok_or_else(Refusal::user_not_found)
        })
    });
    match result {
        Ok(u) => one(&ctx, &u),
        Err(r) => refusal(&ctx, &r),
    }
}

/// The status in the route: a number (any) or an `EmployeeStatus` name.
fn route_status(raw: &str) -> Result<EmployeeStatus, Refusal> {
    let t = raw.trim();
    if let Ok(n) = t.parse::<i64>() {
        return Ok(EmployeeStatus::from_code(n));
    }
    [
        ("Active", 1),
        ("Terminated", 2),
        ("Pending", 4),
        ("Default", 5),
        ("All", 7),
    ]
    .iter()
    .find(|(n, _)| n.eq_ignore_ascii_case(t))
    .map(|(_, c)| EmployeeStatus::from_code(*c))
    .ok_or_else(|| Refusal::validation("status", format!("The value '{raw}' is not valid.")))
}

/// Terminates or re-activates users.
pub(crate) async fn set_status(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(status): Path<String>,
    body: Bytes,
) -> Response {
    let result = route_status(&status).and_then(|st| {
        let ids = user_ids(&body)?;
        with_store(&state, caller, |s, v| {
            let slots = s.set_status(v, st, &ids)?;
            Ok(profiles(s, v, &slots, ctx.want()))
        })
    });
    match result {
        Ok(list) => streamed(&ctx, &list),
        Err(r) => refusal(&ctx, &r),
    }
}

/// Changes users' type.
pub(crate) async fn set_type(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(kind): Path<String>,
    body: Bytes,
) -> Response {
    let result = EmployeeType::parse(&kind)
        .ok_or_else(|| Refusal::validation("type", format!("The value '{kind}' is not valid.")))
        .and_then(|to| {
            let ids = user_ids(&body)?;
            with_store(&state, caller, |s, v| {
                let slots = s.set_type(v, to, &ids)?;
                Ok(profiles(s, v, &slots, ctx.want()))
            })
        });
    match result {
        Ok(list) => streamed(&ctx, &list),
        Err(r) => refusal(&ctx, &r),
    }
}
