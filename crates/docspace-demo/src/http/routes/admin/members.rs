//! `PUT /api/2.0/group/{id}/members` and `DELETE /api/2.0/group/{id}/members`: the answer
//! is the group with its members (`GroupsController.GetGroup`, members included).

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use uuid::Uuid;

use super::super::super::AppState;
use super::super::super::body::json_body;
use super::super::super::envelope::{one, refusal};
use super::super::super::extract::{Caller, Ctx};
use super::super::with_store;
use super::{guid, no_route};
use crate::store::{Detail, Refusal, Store, Viewer, Want};
use docspace_api::admin::{GroupMembersDto, MembersRequestDto};
use docspace_api::dto::GroupDto;
use docspace_api::sanitize::html_encode;

type Change = fn(&mut Store, &Viewer, Uuid, Option<&[Uuid]>) -> Result<usize, Refusal>;

/// The group at index `g` as `GroupFullDtoHelper.Get` writes it with members.
fn group_dto(s: &Store, v: &Viewer, g: usize, want: Want) -> Option<GroupMembersDto> {
    let group = s.groups().get(g)?;
    let members: Vec<_> = s
        .group_members(g)
        .into_iter()
        .filter_map(|i| s.profile(i, Some(v), Detail::Normal, want))
        .collect();
    let manager = s.group_manager(g).and_then(|i| s.short_dto(i));
    Some(GroupMembersDto {
        group: GroupDto {
            id: group.id,
            name: Some(html_encode(&group.name).into_owned()),
            parent: Some(Uuid::nil()),
            category: Some(Uuid::nil()),
            is_ldap: Some(false),
            is_system: None,
            manager,
            members_count: Some(members.len() as i64),
        },
        members: Some(members),
    })
}

fn run(
    state: &AppState,
    caller: Caller,
    ctx: &Ctx,
    id: &str,
    body: &Bytes,
    change: Change,
) -> Response {
    let Some(group) = guid(id) else {
        return no_route();
    };
    let result = json_body::<MembersRequestDto>(body, &["members"]).and_then(|req| {
        with_store(state, caller, |s, v| {
            let g = change(s, v, group, req.members.as_deref())?;
            group_dto(s, v, g, Want::ALL)
                .ok_or_else(|| Refusal::NotFound("The group could not be found".into()))
        })
    });
    match result {
        Ok(g) => one(ctx, &g),
        Err(r) => refusal(ctx, &r),
    }
}

pub(crate) async fn add(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    run(&state, caller, &ctx, &id, &body, Store::add_group_members)
}

pub(crate) async fn remove(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    run(
        &state,
        caller,
        &ctx,
        &id,
        &body,
        Store::remove_group_members,
    )
}
