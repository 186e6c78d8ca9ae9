//! `GET /api/2.0/people/{userid}`, `/people/email?email=`, `/people/@self`.

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::super::AppState;
use super::super::envelope::{one, refusal};
use super::super::extract::{Caller, Ctx};
use super::super::params::Params;
use super::with_store;
use crate::store::{Detail, Refusal, Store, Viewer, Want, valid_email};

fn visible(
    s: &Store,
    v: &Viewer,
    idx: Option<usize>,
    want: Want,
) -> Result<docspace_api::dto::EmployeeFullDto, Refusal> {
    let idx = idx.ok_or_else(Refusal::user_not_found)?;
    if !s.can_view(v, idx) {
        return Err(Refusal::AccessDenied);
    }
    s.profile(idx, Some(v), Detail::Normal, want)
        .ok_or_else(Refusal::user_not_found)
}

/// A user by GUID or user name.
pub(crate) async fn get_user(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(key): Path<String>,
) -> Response {
    let want = ctx.want();
    match with_store(&state, caller, |s, v| visible(s, v, s.resolve(&key), want)) {
        Ok(u) => one(&ctx, &u),
        Err(r) => refusal(&ctx, &r),
    }
}

/// A user by email (any case).
pub(crate) async fn by_email(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    RawQuery(query): RawQuery,
) -> Response {
    let params = Params::parse(query.as_deref());
    let email = params.get("email").map(str::trim).unwrap_or("");
    let result = if email.is_empty() {
        Err(Refusal::NullArgument("email"))
    } else if !valid_email(email) {
        Err(Refusal::Argument("Incorrect email".into()))
    } else {
        with_store(&state, caller, |s, v| {
            visible(s, v, s.index_of_email(email), ctx.want())
        })
    };
    match result {
        Ok(u) => one(&ctx, &u),
        Err(r) => refusal(&ctx, &r),
    }
}

/// The caller's own profile, with the self-only fields.
pub(crate) async fn me(State(state): State<AppState>, caller: Caller, ctx: Ctx) -> Response {
    let result = with_store(&state, caller, |s, v| {
        let login_event_id = s.next_login_event();
        s.profile(
            v.idx,
            Some(v),
            Detail::OwnProfile { login_event_id },
            ctx.want(),
        )
        .ok_or_else(Refusal::user_not_found)
    });
    match result {
        Ok(u) => one(&ctx, &u),
        Err(r) => refusal(&ctx, &r),
    }
}
