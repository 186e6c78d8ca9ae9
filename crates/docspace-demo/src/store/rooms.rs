//! The rooms list of the Files API, as far as an offboarding preview needs it:
//! `GET /api/2.0/files/rooms` narrowed to one owner (`subjectOwnerId`, or `subjectId` with
//! `subjectFilter=0`) and a search area (`products/ASC.Files/Server/Api/
//! VirtualRoomsController.cs` lines 905-965, `RoomContentRequestDto.cs`).
//!
//! DocSpace admins see every room; anyone else sees the rooms they own (room membership
//! is not modelled).

use uuid::Uuid;

use super::holdings::Room;
use super::{Store, Viewer};
use crate::model::api_date;
use docspace_api::admin::RoomDto;

/// The rooms section's folder id and `FolderType` (`VirtualRooms`).
pub(crate) const ROOMS_FOLDER: (i64, i64) = (2, 14);
/// The archive's folder id and `FolderType` (`Archive`).
pub(crate) const ARCHIVE_FOLDER: (i64, i64) = (3, 20);

/// `SearchArea`: which rooms a list covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchArea {
    #[default]
    Active,
    Archive,
    Any,
}

impl SearchArea {
    /// A `SearchArea` name (any case) or number; other values are not bound.
    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "0" | "active" => Some(Self::Active),
            "1" | "archive" => Some(Self::Archive),
            "2" | "any" => Some(Self::Any),
            _ => None,
        }
    }

    fn covers(self, r: &Room) -> bool {
        match self {
            Self::Active => !r.archived,
            Self::Archive => r.archived,
            Self::Any => true,
        }
    }

    /// The section the list is of: the archive for `Archive`, the rooms otherwise.
    pub fn folder(self) -> (i64, i64) {
        if self == Self::Archive {
            ARCHIVE_FOLDER
        } else {
            ROOMS_FOLDER
        }
    }
}

/// What a rooms list asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoomQuery {
    pub owner: Option<Uuid>,
    pub area: SearchArea,
    pub text: Option<String>,
    pub start: usize,
    pub count: usize,
}

impl Store {
    /// One page of the rooms `viewer` sees that match `q`, and how many match in all.
    pub fn rooms_page(&self, viewer: &Viewer, q: &RoomQuery) -> (Vec<RoomDto>, usize) {
        let text = q
            .text
            .as_deref()
            .map(str::to_lowercase)
            .filter(|t| !t.is_empty());
        let matching: Vec<&Room> = self
            .admin
            .holdings
            .rooms()
            .iter()
            .filter(|r| viewer.is_admin() || r.owner == viewer.id)
            .filter(|r| q.owner.is_none_or(|o| r.owner == o))
            .filter(|r| q.area.covers(r))
            .filter(|r| {
                text.as_deref()
                    .is_none_or(|t| r.title.to_lowercase().contains(t))
            })
            .collect();
        let total = matching.len();
        let page = matching
            .into_iter()
            .skip(q.start)
            .take(q.count)
            .map(|r| self.room_dto(r))
            .collect();
        (page, total)
    }

    /// A room as the server's `FolderDto` writes it (the fields a list needs).
    fn room_dto(&self, r: &Room) -> RoomDto {
        let (root, root_type) = if r.archived {
            ARCHIVE_FOLDER
        } else {
            ROOMS_FOLDER
        };
        RoomDto {
            id: r.id,
            title: Some(r.title.to_string()),
            room_type: Some(r.room_type),
            files_count: Some(i64::from(r.files)),
            folders_count: Some(i64::from(r.folders)),
            used_space: Some(i64::try_from(r.bytes).unwrap_or(i64::MAX)),
            parent_id: Some(root),
            root_folder_id: Some(root),
            root_folder_type: Some(root_type),
            file_entry_type: Some(1),
            created: Some(api_date(&r.created)),
            created_by: self.index_of(r.owner).and_then(|i| self.short_dto(i)),
            access: Some(0),
            new: Some(0),
            pinned: Some(false),
            private: Some(false),
            mute: Some(false),
            tags: Some(Vec::new()),
            ..RoomDto::default()
        }
    }
}

#[cfg(test)]
#[path = "rooms_tests.rs"]
mod tests;
