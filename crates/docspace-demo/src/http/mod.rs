//! The HTTP face of the demo portal: routes, envelopes, authentication, and the layers for
//! the request log, fault injection and rate limiting. Handlers are thin: the rules live in
//! the store.

mod bind;
mod body;
mod envelope;
mod extract;
mod fields;
mod layers;
mod params;
mod routes;
mod shaped;
mod trim;

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, State};
use axum::middleware::from_fn_with_state;
use axum::routing::{MethodRouter, get, post, put};

use super::state::Shared;

pub(crate) use layers::HangUp;

pub(crate) type AppState = Arc<Shared>;

/// The router. Literal segments (`filter`, `email`, `@self`, `delete`, `status`, `type`)
/// win over `{userid}`; `group/user/{userid}` over `group/{id}`.
pub(crate) fn router(shared: AppState) -> Router {
    use routes::{delete, groups, list, login, single, write};
    Router::new()
        .route("/api/2.0/people", get(list::people).post(write::create))
        .route(
            "/api/2.0/people/filter",
            get(list::filter).merge(literal_delete("filter")),
        )
        .route("/api/2.0/people/simple/filter", get(list::simple_filter))
        .route(
            "/api/2.0/people/status/{status}",
            get(list::by_status).put(write::set_status),
        )
        .route("/api/2.0/people/type/{type}", put(write::set_type))
        .route(
            "/api/2.0/people/email",
            get(single::by_email).merge(literal_delete("email")),
        )
        .route("/api/2.0/people/@self", get(single::me))
        .route(
            "/api/2.0/people/delete",
            put(delete::delete_many)
                .merge(literal_get("delete"))
                .merge(literal_delete("delete")),
        )
        .route(
            "/api/2.0/people/{userid}",
            get(single::get_user).delete(delete::delete_one),
        )
        .route("/api/2.0/group", get(groups::list))
        .route("/api/2.0/group/user/{userid}", get(groups::of_user))
        .route("/api/2.0/group/{id}", get(groups::one_group))
        .route(
            "/api/2.0/authentication",
            post(login::login).get(login::is_authenticated),
        )
        .merge(routes::admin::router())
        .fallback(routes::not_found)
        .layer(from_fn_with_state(Arc::clone(&shared), layers::rate_limit))
        .layer(from_fn_with_state(Arc::clone(&shared), layers::faults))
        .layer(from_fn_with_state(Arc::clone(&shared), layers::log))
        .with_state(shared)
}

/// `GET /people/{literal}` for a literal route that has no GET of its own: the server
/// treats the segment as a user name (usually 404).
fn literal_get(literal: &'static str) -> MethodRouter<AppState> {
    get(
        move |state: State<AppState>, caller: extract::Caller, ctx: extract::Ctx| {
            routes::single::get_user(state, caller, ctx, Path(literal.to_string()))
        },
    )
}

/// `DELETE /people/{literal}`: deletes the user with that user name, as the server does.
fn literal_delete(literal: &'static str) -> MethodRouter<AppState> {
    axum::routing::delete(
        move |state: State<AppState>, caller: extract::Caller, ctx: extract::Ctx| {
            routes::delete::delete_one(state, caller, ctx, Path(literal.to_string()))
        },
    )
}
