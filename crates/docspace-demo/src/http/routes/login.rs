//! `POST /api/2.0/authentication`: password login, returning a session token.
//!
//! Demo login: `{"userName": "owner@demo.docspace.local", "password": "demo-password"}`
//! (any active user's email or user name works with that password).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;

use super::super::AppState;
use super::super::body::json_body;
use super::super::envelope::{one, refusal};
use super::super::extract::{Ctx, caller_of};
use crate::model::{api_date, now};
use crate::state::lock;
use crate::tokens::random_session_token;
use docspace_api::dto::{AuthRequestDto, AuthenticationTokenDto};

/// Session tokens last this long.
const SESSION_DAYS: i64 = 30;

pub(crate) async fn login(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> Response {
    let result =
        json_body::<AuthRequestDto>(&body, &["userName", "password", "passwordHash", "session"])
            .and_then(|req| {
                let store = lock(&state.store);
                let idx = store.login(req.user_name.as_deref(), req.password.as_deref())?;
                Ok(store.user(idx).map(|u| (u.id, req.session == Some(true))))
            });
    match result {
        Ok(Some((user, session))) => {
            let token = random_session_token();
            lock(&state.tokens).insert(token.clone(), user);
            let expires =
                (!session).then(|| api_date(&(now() + chrono::Duration::days(SESSION_DAYS))));
            let dto = AuthenticationTokenDto {
                token: Some(token),
                expires,
                sms: Some(false),
                tfa: Some(false),
                ..AuthenticationTokenDto::default()
            };
            one(&ctx, &dto)
        }
        Ok(None) => refusal(&ctx, &crate::store::Refusal::LoginFailed),
        Err(r) => refusal(&ctx, &r),
    }
}

/// `GET /api/2.0/authentication` (anonymous): whether the request's credentials are valid.
pub(crate) async fn is_authenticated(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
) -> Response {
    one(&ctx, &caller_of(&headers, &state).is_some())
}
