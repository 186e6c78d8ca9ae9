//! `POST /api/2.0/people/invite` and `PUT /api/2.0/people/invite` (resend, throttled as
//! a sensitive route).

use std::time::Instant;

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;

use super::super::super::AppState;
use super::super::super::body::json_body;
use super::super::super::envelope::{list, refusal, streamed};
use super::super::super::extract::{Caller, Ctx};
use super::super::with_store;
use super::throttled;
use crate::store::Detail;
use docspace_api::admin::InviteUsersRequestDto;
use docspace_api::dto::UpdateMembersRequestDto;

const ROUTE: &str = "/api/2.0/people/invite";

/// Invites; 200 with every pending user the caller may see, in the short form.
pub(crate) async fn invite(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let result =
        json_body::<InviteUsersRequestDto>(&body, &["invitations", "culture"]).and_then(|req| {
            with_store(&state, caller, |s, v| {
                let slots = s.invite(v, &req)?;
                Ok(slots
                    .into_iter()
                    .filter_map(|i| s.short_dto(i))
                    .collect::<Vec<_>>())
            })
        });
    match result {
        Ok(users) => list(&ctx, &users),
        Err(r) => refusal(&ctx, &r),
    }
}

/// Resends invitations; 200 with the users asked about that the caller may see. Five a
/// user in 15 minutes, then 429.
pub(crate) async fn resend(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let result = with_store(&state, caller, |s, v| {
        Ok(s.throttle(v.id, ROUTE, Instant::now()))
    });
    if let Ok(Err(wait)) = result {
        return throttled(wait);
    }
    let want = ctx.want();
    let result =
        json_body::<UpdateMembersRequestDto>(&body, &["userIds", "resendAll"]).and_then(|req| {
            with_store(&state, caller, |s, v| {
                let slots = s.resend_invites(v, &req)?;
                Ok(slots
                    .into_iter()
                    .filter_map(|i| s.profile(i, Some(v), Detail::Normal, want))
                    .collect::<Vec<_>>())
            })
        });
    match result {
        Ok(users) => streamed(&ctx, &users),
        Err(r) => refusal(&ctx, &r),
    }
}
