//! `POST /api/2.0/authentication`: password login, returning a session token, or, for a
//! user with a second factor, the request for a code; `POST /api/2.0/authentication/{code}`
//! finishes such a login.
//!
//! Demo login: `{"userName": "owner@demo.docspace.local", "password": "demo-password"}`
//! (any active user's email or user name works with that password).

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;

use super::super::AppState;
use super::super::body::json_body;
use super::super::envelope::{one, refusal};
use super::super::extract::{Ctx, caller_of};
use crate::model::{api_date, now};
use crate::state::lock;
use crate::store::Refusal;
use crate::tokens::random_session_token;
use docspace_api::dto::{AuthRequestDto, AuthenticationTokenDto};
use uuid::Uuid;

/// Session tokens last this long.
const SESSION_DAYS: i64 = 30;

const LOGIN_FIELDS: [&str; 4] = ["userName", "password", "passwordHash", "session"];

/// What a checked login leads to.
enum Next {
    /// The user's id, and whether a session (not a dated) token was asked for.
    Token(Uuid, bool),
    /// The user has a second factor: no token yet (lines 257-280).
    Code(Uuid),
}

/// Checks the credentials of `body`: the user and whether a code is still needed.
fn check(state: &AppState, body: &Bytes) -> Result<Next, Refusal> {
    let req = json_body::<AuthRequestDto>(body, &LOGIN_FIELDS)?;
    let store = lock(&state.store);
    let idx = store.login(req.user_name.as_deref(), req.password.as_deref())?;
    let id = store.user(idx).map(|u| u.id).ok_or(Refusal::LoginFailed)?;
    Ok(if store.tfa_enabled(id) {
        Next::Code(id)
    } else {
        Next::Token(id, req.session == Some(true))
    })
}

/// A session token for `user`, with its expiry unless a browser session was asked for.
fn token_for(state: &AppState, user: Uuid, session: bool) -> AuthenticationTokenDto {
    let token = random_session_token();
    lock(&state.tokens).insert(token.clone(), user);
    let expires = (!session).then(|| api_date(&(now() + chrono::Duration::days(SESSION_DAYS))));
    AuthenticationTokenDto {
        token: Some(token),
        expires,
        sms: Some(false),
        tfa: Some(false),
        ..AuthenticationTokenDto::default()
    }
}

pub(crate) async fn login(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> Response {
    match check(&state, &body) {
        Ok(Next::Token(user, session)) => one(&ctx, &token_for(&state, user, session)),
        Ok(Next::Code(user)) => {
            let base = lock(&state.store).base_url().to_string();
            let key = random_session_token();
            let dto = AuthenticationTokenDto {
                tfa: Some(true),
                confirm_url: Some(format!(
                    "{base}/confirm/TfaAuth?type=TfaAuth&uid={user}&key={key}"
                )),
                ..AuthenticationTokenDto::default()
            };
            one(&ctx, &dto)
        }
        Err(r) => refusal(&ctx, &r),
    }
}

/// `POST /api/2.0/authentication/{code}`: the same credentials and the second factor's
/// code (lines 114-201). Any failure of the code is 401 `User authentication failed`.
pub(crate) async fn login_with_code(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    body: Bytes,
) -> Response {
    let result = check(&state, &body).and_then(|next| {
        let user = match next {
            Next::Token(user, _) | Next::Code(user) => user,
        };
        lock(&state.store).check_tfa_code(user, &code)?;
        let session = json_body::<AuthRequestDto>(&body, &LOGIN_FIELDS)
            .map(|r| r.session == Some(true))
            .unwrap_or(false);
        Ok((user, session))
    });
    match result {
        Ok((user, session)) => {
            let mut dto = token_for(&state, user, session);
            dto.tfa = Some(true);
            dto.sms = None;
            one(&ctx, &dto)
        }
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
