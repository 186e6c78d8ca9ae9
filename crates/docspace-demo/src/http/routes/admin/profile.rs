//! `PUT /api/2.0/people/{userid}`, `POST /api/2.0/people/email`,
//! `POST /api/2.0/people/password`, `PUT /api/2.0/people/{userid}/password` and
//! `PUT /api/2.0/people/{userid}/email`.

use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::super::super::AppState;
use super::super::super::body::json_body;
use super::super::super::envelope::{one, refusal, unauthorized};
use super::super::super::extract::{Caller, Ctx, caller_of};
use super::super::with_store;
use super::{guid, no_route, throttled};
use crate::state::lock;
use crate::store::{Asker, Detail, Refusal};
use docspace_api::admin::{
    ChangePasswordRequest, EmailChangeRequestDto, EmailMemberRequestDto, UpdateMemberRequestDto,
};

const UPDATE_FIELDS: [&str; 12] = [
    "userId",
    "disable",
    "email",
    "isUser",
    "firstName",
    "lastName",
    "department",
    "location",
    "comment",
    "contacts",
    "files",
    "spam",
];

/// Updates a profile; 200 with it.
pub(crate) async fn update(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(key): Path<String>,
    body: Bytes,
) -> Response {
    let want = ctx.want();
    let result = json_body::<UpdateMemberRequestDto>(&body, &UPDATE_FIELDS).and_then(|req| {
        with_store(&state, caller, |s, v| {
            let idx = s.update_member(v, &key, &req)?;
            s.profile(idx, Some(v), Detail::Normal, want)
                .ok_or_else(Refusal::user_not_found)
        })
    });
    match result {
        Ok(u) => one(&ctx, &u),
        Err(r) => refusal(&ctx, &r),
    }
}

/// Changes (an admin) or asks to change (oneself) an address; 200 with a message.
pub(crate) async fn change_email(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let over = with_store(&state, caller, |s, v| {
        Ok(s.throttle(v.id, "/api/2.0/people/email", Instant::now()))
    });
    if let Ok(Err(wait)) = over {
        return throttled(wait);
    }
    let result = json_body::<EmailChangeRequestDto>(&body, &["userId", "email"])
        .and_then(|req| with_store(&state, caller, |s, v| s.change_email(v, &req)));
    match result {
        Ok(m) => one(&ctx, &m),
        Err(r) => refusal(&ctx, &r),
    }
}

/// Mails a password-change link; signed in or not (the server allows anonymous calls).
pub(crate) async fn send_password_link(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let caller = caller_of(&headers, &state);
    if let Some(user) = caller
        && let Err(wait) =
            lock(&state.store).throttle(user, "/api/2.0/people/password", Instant::now())
    {
        return throttled(wait);
    }
    let result = json_body::<EmailMemberRequestDto>(&body, &["email"]).and_then(|req| {
        let email = req.email.unwrap_or_default();
        if email.is_empty() {
            return Err(Refusal::validation("Email", "The Email field is required."));
        }
        if !crate::store::email_attribute_ok(&email) {
            return Err(Refusal::validation(
                "Email",
                "The Email field is not a valid e-mail address.",
            ));
        }
        let mut store = lock(&state.store);
        match caller.and_then(|c| store.viewer(c)) {
            Some(v) => store.send_password_link(Asker::User(&v), &email),
            None => store.send_password_link(Asker::Anonymous, &email),
        }
    });
    match result {
        Ok(m) => one(&ctx, &m),
        Err(r) => refusal(&ctx, &r),
    }
}

/// The `confirm` header of a confirmation link: `type=…&key=…&uid=…`.
fn confirm_key(headers: &HeaderMap) -> Option<(String, String, String)> {
    let raw = headers.get("confirm")?.to_str().ok()?;
    let mut kind = None;
    let mut key = None;
    let mut uid = None;
    for (k, v) in url::form_urlencoded::parse(raw.as_bytes()) {
        match k.to_ascii_lowercase().as_str() {
            "type" => kind = Some(v.into_owned()),
            "key" => key = Some(v.into_owned()),
            "uid" => uid = Some(v.into_owned()),
            _ => {}
        }
    }
    Some((kind?, key?, uid?))
}

/// Sets a new password with the key of a password-change link (the `confirm` header).
/// A request with a token but no link is refused with an empty 403 (the route wants the
/// link's role); one with neither, or with a link the portal never sent, with an empty 401.
pub(crate) async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(user): Path<String>,
    body: Bytes,
) -> Response {
    let Some(user) = guid(&user) else {
        return no_route();
    };
    let holder = confirm_key(&headers).and_then(|(kind, key, uid)| {
        let uid = uuid::Uuid::parse_str(&uid).ok()?;
        kind.eq_ignore_ascii_case("PasswordChange")
            .then(|| lock(&state.store).password_link_user(uid, &key))
            .flatten()
    });
    let Some(holder) = holder else {
        // A link whose key the portal never sent fails the scheme: 401, token or not.
        return if !headers.contains_key("confirm") && caller_of(&headers, &state).is_some() {
            StatusCode::FORBIDDEN.into_response()
        } else {
            unauthorized()
        };
    };
    let want = ctx.want();
    let result =
        json_body::<ChangePasswordRequest>(&body, &["password", "passwordHash"]).and_then(|req| {
            let mut store = lock(&state.store);
            let idx = store.change_password(
                &holder,
                user,
                req.password.as_deref(),
                req.password_hash.as_deref(),
            )?;
            store
                .profile(idx, Some(&holder), Detail::Normal, want)
                .ok_or_else(Refusal::user_not_found)
        });
    match result {
        Ok(u) => one(&ctx, &u),
        Err(r) => refusal(&ctx, &r),
    }
}

/// `PUT /people/{userid}/email`: the route an email-change link opens (the `confirm`
/// scheme, role EmailChange). The demo mails no email-change keys, so no link opens it: a
/// `confirm` header is a key the portal never sent, an empty 401; without one, a token's
/// caller lacks the role, an empty 403, and no credentials are an empty 401
/// (`ConfirmAuthHandler.HandleAuthenticateAsync`).
pub(crate) async fn change_email_by_link(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(user): Path<String>,
) -> Response {
    if guid(&user).is_none() {
        return no_route();
    }
    if headers.contains_key("confirm") || caller_of(&headers, &state).is_none() {
        return unauthorized();
    }
    StatusCode::FORBIDDEN.into_response()
}
