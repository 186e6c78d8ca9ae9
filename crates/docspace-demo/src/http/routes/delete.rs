//! `DELETE /api/2.0/people/{userid}` and `PUT /api/2.0/people/delete`.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;

use super::super::AppState;
use super::super::body::json_body;
use super::super::envelope::{one, refusal, streamed};
use super::super::extract::{Caller, Ctx};
use super::with_store;
use crate::store::Refusal;
use docspace_api::dto::UpdateMembersRequestDto;

/// Deletes one terminated user; 200 with the profile it had.
pub(crate) async fn delete_one(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(key): Path<String>,
) -> Response {
    let want = ctx.want();
    match with_store(&state, caller, |s, v| s.delete_one_parts(v, &key, want)) {
        Ok(u) => one(&ctx, &u),
        Err(r) => refusal(&ctx, &r),
    }
}

/// Deletes terminated users in bulk.
pub(crate) async fn delete_many(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let result = json_body::<UpdateMembersRequestDto>(&body, &["userIds", "resendAll"])
        .and_then(|dto| dto.user_ids.ok_or(Refusal::NullArgument("userIds")))
        .and_then(|ids| {
            with_store(&state, caller, |s, v| {
                s.delete_many_parts(v, &ids, ctx.want())
            })
        });
    match result {
        Ok(list) => streamed(&ctx, &list),
        Err(r) => refusal(&ctx, &r),
    }
}
