//! Request bodies of the administration operations, as the server's request DTOs name
//! their properties (`products/ASC.People/Server/ApiModels/RequestDto/*.cs`). Every
//! property the server may do without is an `Option`, skipped when `None`, so the demo
//! portal can tell an absent property from an empty one.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::dto::{Contact, EmployeeType};

/// `StartReassignRequestDto`: `POST /api/2.0/people/reassign/start`. Hands the rooms and
/// files of a terminated user to an active admin or room admin; `deleteProfile` deletes
/// the user once that is done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartReassignRequestDto {
    pub from_user_id: Uuid,
    pub to_user_id: Uuid,
    #[serde(default)]
    pub delete_profile: bool,
}

/// `StartUpdateUserTypeDto`: `POST /api/2.0/people/type`. A downgrade to `User` or
/// `Guest` that first hands the user's rooms to `reassignUserId` (the caller when absent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartUpdateUserTypeDto {
    /// Absent means `All` to the server, which refuses it.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EmployeeType>,
    pub user_id: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reassign_user_id: Option<Uuid>,
}

/// `TerminateRequestDto` / `UserIdRequestDto`: `{userId}`, the body of the terminate routes
/// and of `POST /people/remove/start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserIdRequestDto {
    pub user_id: Uuid,
}

/// One invitation of [`InviteUsersRequestDto`]: an address and the type to give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserInvitation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Absent means `All` (0) to the server.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EmployeeType>,
}

impl UserInvitation {
    pub fn new(email: impl Into<String>, kind: EmployeeType) -> Self {
        Self {
            email: Some(email.into()),
            kind: Some(kind),
        }
    }
}

/// `InviteUsersRequestDto`: `POST /api/2.0/people/invite`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct InviteUsersRequestDto {
    /// Required by the server (a validation 400 without it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitations: Option<Vec<UserInvitation>>,
    /// The language of the invitation mails, e.g. `en-US`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub culture: Option<String>,
}

/// `UpdateMemberRequestDto`: `PUT /api/2.0/people/{userid}` (and, with `userId` and
/// `email`, `POST /api/2.0/people/email`). On someone else's profile the server applies
/// only `disable` and `isUser`; the other fields change the caller's own profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct UpdateMemberRequestDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `true` terminates the user (and records the date), `false` re-activates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `true` makes the user a guest, `false` takes a guest out of the guest group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_user: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<Vec<Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Stored as the profile's `notes`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<Contact>>,
    /// An avatar URL to download.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spam: Option<bool>,
}

/// The body of `POST /api/2.0/people/email`: `{userId, email}` (an
/// [`UpdateMemberRequestDto`] on the server, of which only these two are read).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct EmailChangeRequestDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// `EmailMemberRequestDto`: `POST /api/2.0/people/password`, `{email}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct EmailMemberRequestDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// `ChangePasswordRequest`: the body of `PUT /api/2.0/people/{userid}/password`, sent
/// with the key of a password-change link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ChangePasswordRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_hash: Option<String>,
}

/// `UpdateMembersQuotaRequestDto`: `PUT /api/2.0/people/userquota` and
/// `PUT /api/2.0/people/resetquota`. `quota` is a number of bytes; `-1` means no limit.
/// The server reads it as raw JSON and refuses anything that is not an integer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct UpdateMembersQuotaRequestDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<serde_json::Value>,
}

/// `MembersRequest`: `PUT|DELETE /api/2.0/group/{id}/members`, `{members}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct MembersRequestDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<Uuid>>,
}

#[cfg(test)]
#[path = "requests_tests.rs"]
mod tests;
