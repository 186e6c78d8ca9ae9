//! `GET /api/2.0/people`, `/people/status/{status}`, `/people/filter`,
//! `/people/simple/filter`.

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::super::AppState;
use super::super::envelope::{page, refusal};
use super::super::extract::{Caller, Ctx};
use super::super::params::{self, Params, list_query};
use super::with_store;
use crate::store::{ListQuery, Refusal, StatusFilter};

fn run(state: &AppState, caller: Caller, ctx: &Ctx, q: Result<ListQuery, Refusal>) -> Response {
    let want = ctx.want();
    let result = q.and_then(|q| with_store(state, caller, |s, v| s.list_parts(v, &q, want)));
    match result {
        Ok(p) => page(ctx, &p.users, p.total),
        Err(r) => refusal(ctx, &r),
    }
}

/// `GET /api/2.0/people/filter`: the main list, every filter.
pub(crate) async fn filter(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    RawQuery(query): RawQuery,
) -> Response {
    let q = list_query(&Params::parse(query.as_deref()), true);
    run(&state, caller, &ctx, q)
}

/// `GET /api/2.0/people/simple/filter`: the same selection as `/filter`, each user in the
/// short form (`EmployeeDto`).
pub(crate) async fn simple_filter(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    RawQuery(query): RawQuery,
) -> Response {
    let result = list_query(&Params::parse(query.as_deref()), true)
        .and_then(|q| with_store(&state, caller, |s, v| s.list_short(v, &q)));
    match result {
        Ok(p) => page(&ctx, &p.users, p.total),
        Err(r) => refusal(&ctx, &r),
    }
}

/// `GET /api/2.0/people`: active users only.
pub(crate) async fn people(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    RawQuery(query): RawQuery,
) -> Response {
    let q = list_query(&Params::parse(query.as_deref()), false).map(|q| ListQuery {
        status: Some(StatusFilter::Active),
        ..q
    });
    run(&state, caller, &ctx, q)
}

/// `GET /api/2.0/people/status/{status}`: name or number; `Default` = Active, `All` = all,
/// a combination without a case (3, 6) no status condition.
pub(crate) async fn by_status(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(status): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let q = params::status(&status).and_then(|st| {
        list_query(&Params::parse(query.as_deref()), false).map(|q| ListQuery {
            status: Some(st),
            ..q
        })
    });
    run(&state, caller, &ctx, q)
}
