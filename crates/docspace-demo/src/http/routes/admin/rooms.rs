//! `GET /api/2.0/files/rooms`: the rooms section of the Files API, narrowed to one owner,
//! so a client can show what a user owns before handing it over.

use axum::extract::{RawQuery, State};
use axum::response::Response;
use uuid::Uuid;

use super::super::super::AppState;
use super::super::super::envelope::{one, refusal};
use super::super::super::extract::{Caller, Ctx};
use super::super::super::params::Params;
use super::super::with_store;
use crate::store::{Refusal, RoomQuery, SearchArea};
use docspace_api::admin::{RoomDto, RoomListDto};

fn invalid(field: &str, v: &str) -> Refusal {
    Refusal::validation(field, format!("The value '{v}' is not valid for {field}."))
}

/// The query, bound as ASP.NET binds `RoomContentRequestDto`: `count` 1-100 (default
/// 100), `startIndex`, `searchArea`, `filterValue`, and the owner as `subjectOwnerId`, or
/// as `subjectId` when `subjectFilter` is 0 (Owner). Any other `subjectId` (a member) is
/// not modelled and lists nothing.
fn room_query(raw: Option<&str>) -> Result<RoomQuery, Refusal> {
    let p = Params::parse(raw);
    let get = |name: &str| p.get(name).map(str::trim).filter(|v| !v.is_empty());
    let count = match get("count") {
        None => 100,
        Some(v) => match v.parse::<usize>() {
            Ok(n @ 1..=100) => n,
            Ok(_) => {
                return Err(Refusal::validation(
                    "Count",
                    "The field Count must be between 1 and 100.",
                ));
            }
            Err(_) => return Err(invalid("count", v)),
        },
    };
    let start = match get("startIndex") {
        None => 0,
        Some(v) => v.parse::<usize>().map_err(|_| invalid("startIndex", v))?,
    };
    let area = match get("searchArea") {
        None => SearchArea::Active,
        Some(v) => SearchArea::parse(v).ok_or_else(|| invalid("searchArea", v))?,
    };
    let by_subject = match (get("subjectId"), get("subjectFilter")) {
        (Some(id), None | Some("0" | "Owner" | "owner")) => Some(id),
        (Some(_), Some(_)) => Some("member"),
        _ => None,
    };
    let owner = get("subjectOwnerId")
        .or(by_subject)
        .map(|v| Uuid::parse_str(v).unwrap_or(Uuid::nil()));
    Ok(RoomQuery {
        owner,
        area,
        text: get("filterValue").map(str::to_string),
        start,
        count,
    })
}

pub(crate) async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ctx: Ctx,
    RawQuery(query): RawQuery,
) -> Response {
    let result = room_query(query.as_deref()).and_then(|q| {
        with_store(&state, caller, |s, v| {
            let (rooms, total) = s.rooms_page(v, &q);
            Ok((rooms, total, q))
        })
    });
    match result {
        Ok((rooms, total, q)) => {
            let (folder, folder_type) = q.area.folder();
            let title = if q.area == SearchArea::Archive {
                "Archive"
            } else {
                "Rooms"
            };
            let list = RoomListDto {
                files: Vec::new(),
                count: rooms.len() as i64,
                folders: rooms,
                current: Some(RoomDto {
                    id: folder,
                    title: Some(title.to_string()),
                    root_folder_id: Some(folder),
                    root_folder_type: Some(folder_type),
                    file_entry_type: Some(1),
                    files_count: Some(0),
                    folders_count: Some(total as i64),
                    ..RoomDto::default()
                }),
                path_parts: serde_json::json!([{"id": folder, "title": title}]),
                start_index: q.start as i64,
                total: total as i64,
                new: 0,
            };
            one(&ctx, &list)
        }
        Err(r) => refusal(&ctx, &r),
    }
}
