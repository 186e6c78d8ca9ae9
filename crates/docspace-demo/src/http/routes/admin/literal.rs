//! `GET /people/search`, `GET /people/exists`, `GET|PUT /people/theme`,
//! `GET /people/tokendiagnostics`, `DELETE /people/guests`: their own actions, never a
//! look-up of a user named `search`, `exists`, `theme`, ….

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use serde::Deserialize;

use super::super::super::AppState;
use super::super::super::body::json_body;
use super::super::super::envelope::{maybe, one, refusal, streamed};
use super::super::super::extract::{Caller, Ctx};
use super::super::super::params::Params;
use super::super::with_store;
use crate::store::{Detail, Refusal};
use docspace_api::admin::UserExistsDto;
use docspace_api::dto::UpdateMembersRequestDto;

pub(crate) async fn search(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    RawQuery(query): RawQuery,
) -> Response {
    let p = Params::parse(query.as_deref());
    let text = p.get("query").unwrap_or("").to_string();
    let want = ctx.want();
    let result = with_store(&state, caller, |s, v| {
        let slots = s.search_users(v, &text)?;
        Ok(slots
            .into_iter()
            .filter_map(|i| s.profile(i, Some(v), Detail::Normal, want))
            .collect::<Vec<_>>())
    });
    match result {
        Ok(users) => streamed(&ctx, &users),
        Err(r) => refusal(&ctx, &r),
    }
}

pub(crate) async fn exists(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    RawQuery(query): RawQuery,
) -> Response {
    let p = Params::parse(query.as_deref());
    let email = p.get("email").map(str::to_string);
    if let Some(e) = email.as_deref()
        && !e.trim().is_empty()
        && !crate::store::email_attribute_ok(e)
    {
        let r = Refusal::validation("email", "The Email field is not a valid e-mail address.");
        return refusal(&ctx, &r);
    }
    match with_store(&state, caller, |s, _| s.user_exists(email.as_deref())) {
        Ok(status) => one(
            &ctx,
            &UserExistsDto {
                exists: status.is_some(),
                status,
            },
        ),
        Err(r) => refusal(&ctx, &r),
    }
}

/// `DarkThemeSettings`: the theme and when it was saved (a `DateTime` the server never
/// fills in here: its default).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Theme {
    theme: &'static str,
    last_modified: &'static str,
}

const NEVER: &str = "0001-01-01T00:00:00";

pub(crate) async fn theme(State(state): State<AppState>, caller: Caller, ctx: Ctx) -> Response {
    match with_store(&state, caller, |s, v| Ok(s.theme_of(v.id))) {
        Ok(theme) => one(
            &ctx,
            &Theme {
                theme,
                last_modified: NEVER,
            },
        ),
        Err(r) => refusal(&ctx, &r),
    }
}

#[derive(Deserialize)]
struct ThemeRequest {
    #[serde(default)]
    theme: Option<serde_json::Value>,
}

pub(crate) async fn set_theme(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let result = json_body::<ThemeRequest>(&body, &["theme"]).and_then(|req| {
        let name = match req.theme {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Number(n)) => match n.as_u64() {
                Some(i @ 0..=2) => crate::store::THEMES[i as usize].to_string(),
                _ => n.to_string(),
            },
            None => "Base".to_string(),
            Some(other) => other.to_string(),
        };
        with_store(&state, caller, |s, v| s.set_theme(v.id, &name))
    });
    match result {
        Ok(theme) => one(
            &ctx,
            &Theme {
                theme,
                last_modified: NEVER,
            },
        ),
        Err(r) => refusal(&ctx, &r),
    }
}

/// `{name, claims}` of the caller (the token itself is never among them).
pub(crate) async fn token_diagnostics(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
) -> Response {
    match with_store(&state, caller, |_, v| Ok(v.id)) {
        Ok(id) => {
            const SID: &str = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/sid";
            const NAME: &str = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name";
            let body = serde_json::json!({
                "name": id.to_string(),
                "claims": [format!("{SID}:{id}"), format!("{NAME}:{id}")],
            });
            one(&ctx, &body)
        }
        Err(r) => refusal(&ctx, &r),
    }
}

pub(crate) async fn drop_guests(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let result =
        json_body::<UpdateMembersRequestDto>(&body, &["userIds", "resendAll"]).and_then(|req| {
            with_store(&state, caller, |s, v| {
                s.drop_guests(v, req.user_ids.as_deref())
            })
        });
    match result {
        Ok(()) => maybe(&ctx, None::<&()>),
        Err(r) => refusal(&ctx, &r),
    }
}
