//! `PUT /api/2.0/people/userquota` and `PUT /api/2.0/people/resetquota`.

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;

use super::super::super::AppState;
use super::super::super::body::json_body;
use super::super::super::envelope::{refusal, streamed};
use super::super::super::extract::{Caller, Ctx};
use super::super::with_store;
use crate::store::{Detail, Refusal, Store, Viewer};
use docspace_api::admin::UpdateMembersQuotaRequestDto;
use docspace_api::dto::EmployeeFullDto;

type Change = fn(&mut Store, &Viewer, &UpdateMembersQuotaRequestDto) -> Result<Vec<usize>, Refusal>;

fn run(state: &AppState, caller: Caller, ctx: &Ctx, body: &Bytes, change: Change) -> Response {
    let want = ctx.want();
    let result =
        json_body::<UpdateMembersQuotaRequestDto>(body, &["userIds", "quota"]).and_then(|req| {
            with_store(state, caller, |s, v| {
                let slots = change(s, v, &req)?;
                Ok(slots
                    .into_iter()
                    .filter_map(|i| s.profile(i, Some(v), Detail::Normal, want))
                    .collect::<Vec<EmployeeFullDto>>())
            })
        });
    match result {
        Ok(users) => streamed(ctx, &users),
        Err(r) => refusal(ctx, &r),
    }
}

pub(crate) async fn set(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    run(&state, caller, &ctx, &body, Store::set_user_quota)
}

pub(crate) async fn reset(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    run(&state, caller, &ctx, &body, Store::reset_user_quota)
}
