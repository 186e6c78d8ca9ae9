//! `GET /api/2.0/group`, `/group/{id}`, `/group/user/{userid}`
//! (`products/ASC.People/Server/Api/GroupsController.cs`). The ids are route-constrained
//! to GUIDs there: anything else matches no route (404, empty body).

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

use super::super::AppState;
use super::super::envelope::{self, one, page_counted, refusal};
use super::super::extract::{Caller, Ctx};
use super::super::params::{self, Params};
use super::with_store;
use crate::store::{GroupQuery, GroupSort, Refusal};

/// The route value as a GUID, as the `{id:guid}` constraint reads it.
fn route_guid(raw: &str) -> Option<Uuid> {
    Uuid::try_parse(raw.trim_start_matches('{').trim_end_matches('}')).ok()
}

fn no_route() -> Response {
    StatusCode::NOT_FOUND.into_response()
}

/// `sortBy`: a `GroupSortType` name in any case, or its number; anything else by title.
fn group_sort(v: Option<&str>) -> GroupSort {
    let v = v.map(str::trim).unwrap_or("");
    let all = [
        ("title", GroupSort::Title),
        ("manager", GroupSort::Manager),
        ("memberscount", GroupSort::MembersCount),
    ];
    let by_number = v
        .parse::<usize>()
        .ok()
        .and_then(|n| all.get(n))
        .map(|(_, s)| *s);
    by_number
        .or_else(|| {
            all.iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(v))
                .map(|(_, s)| *s)
        })
        .unwrap_or_default()
}

/// `GeneralInformationRequestDto`
/// (`products/ASC.People/Server/ApiModels/RequestDto/GeneralInformationRequestDto.cs`).
fn group_query(p: &Params) -> Result<GroupQuery, Refusal> {
    Ok(GroupQuery {
        start: params::start_index(p)?,
        count: params::count(p)?,
        sort: group_sort(p.get("sortBy")),
        descending: params::descending(p)?,
        text: p.get("filterValue").map(str::to_string),
        member: params::guid_param(p, "userId", "UserId")?,
        manager: params::bool_param(p, "manager", "Manager")? == Some(true),
    })
}

/// The departments, a page at a time.
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    RawQuery(query): RawQuery,
) -> Response {
    let result = group_query(&Params::parse(query.as_deref()))
        .and_then(|q| with_store(&state, caller, |s, v| s.list_groups(v, &q)));
    match result {
        Ok(p) => page_counted(&ctx, &p.groups, p.count, p.total),
        Err(r) => refusal(&ctx, &r),
    }
}

/// One group, with its members unless `includeMembers=false`.
pub(crate) async fn one_group(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(id) = route_guid(&id) else {
        return no_route();
    };
    let p = Params::parse(query.as_deref());
    let result = params::bool_param(&p, "includeMembers", "IncludeMembers").and_then(|members| {
        with_store(&state, caller, |s, v| {
            s.group(v, id, members.unwrap_or(true))
        })
    });
    match result {
        Ok(g) => one(&ctx, &g),
        Err(r) => refusal(&ctx, &r),
    }
}

/// The departments a user is in.
pub(crate) async fn of_user(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Response {
    let Some(id) = route_guid(&id) else {
        return no_route();
    };
    match with_store(&state, caller, |s, v| s.user_groups(v, id)) {
        Ok(groups) => envelope::list(&ctx, &groups),
        Err(r) => refusal(&ctx, &r),
    }
}
