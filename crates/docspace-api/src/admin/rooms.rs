//! What a user owns, as the Files API lists it: `GET /api/2.0/files/rooms` with
//! `subjectOwnerId` (or the older `subjectId` + `subjectFilter=0`) answers with a
//! `FolderContentDto` whose `folders` are the rooms that user owns
//! (`products/ASC.Files/Server/Api/VirtualRoomsController.cs`,
//! `products/ASC.Files/Server/ApiModels/RequestDto/RoomContentRequestDto.cs`).
//!
//! The People API has no other account of a user's data: `GET /people/reassign/necessary`
//! says only whether there is any, and a profile's `usedSpace` how much storage the user's
//! files take. The web client's delete dialog asks for neither.

use serde::{Deserialize, Serialize};

use crate::dto::{EmployeeDto, EmployeeStatus};

/// `SubjectFilter` of the rooms list: whether `subjectId` names the owner or a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubjectFilter {
    Owner,
    Member,
}

impl SubjectFilter {
    pub fn code(self) -> i64 {
        match self {
            Self::Owner => 0,
            Self::Member => 1,
        }
    }
}

/// A room, as the fields of `FolderDto` a preview needs (the server writes many more;
/// they are ignored). Sizes are bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct RoomDto {
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `RoomType`: 1 form filling, 2 collaboration, 5 custom, 6 public, 8 virtual data,
    /// 9 AI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_type: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folders_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_space: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota_limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_custom_quota: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_folder_id: Option<i64>,
    /// `FolderType` of the section the room is in: 14 rooms, 20 archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_folder_type: Option<i64>,
    /// `FileEntryType`: 1 folder, 2 file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_entry_type: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<EmployeeDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mute: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// `FolderContentDto` of the rooms section: `folders` holds the rooms of this page,
/// `total` the matches before paging.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct RoomListDto {
    #[serde(default)]
    pub files: Vec<serde_json::Value>,
    #[serde(default)]
    pub folders: Vec<RoomDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<RoomDto>,
    #[serde(default)]
    pub path_parts: serde_json::Value,
    #[serde(default)]
    pub start_index: i64,
    #[serde(default)]
    pub count: i64,
    #[serde(default)]
    pub total: i64,
    #[serde(default)]
    pub new: i64,
}

/// `UserExistsResponseDto` of `GET /api/2.0/people/exists?email=`: `status` only when the
/// address is registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserExistsDto {
    pub exists: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EmployeeStatus>,
}

#[cfg(test)]
#[path = "rooms_tests.rs"]
mod tests;
