//! A group with its members, as `PUT|DELETE /api/2.0/group/{id}/members` answer
//! (`GroupFullDtoHelper.Get` with members, `common/ASC.Api.Core/Model/GroupDto.cs`).

use serde::{Deserialize, Serialize};

use crate::dto::{EmployeeFullDto, GroupDto};

/// [`GroupDto`] and its `members` (full profiles).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupMembersDto {
    #[serde(flatten)]
    pub group: GroupDto,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<EmployeeFullDto>>,
}

#[cfg(test)]
#[path = "groups_tests.rs"]
mod tests;
