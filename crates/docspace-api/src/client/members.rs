//! Group membership: adding and removing members.

use reqwest::Method;
use uuid::Uuid;

use super::{PortalClient, Repeat};
use crate::admin::{GroupMembersDto, MembersRequestDto};
use crate::dto::Envelope;
use crate::error::ApiError;

impl PortalClient {
    /// `PUT /api/2.0/group/{group}/members`: adds the users (the portal skips unknown,
    /// terminated and guest users without a word). The answer is the group with its
    /// members. DocSpace admins only; an unknown group is 404. Safe to send again.
    pub async fn add_group_members(
        &self,
        group: Uuid,
        users: &[Uuid],
    ) -> Result<GroupMembersDto, ApiError> {
        self.members_call(Method::PUT, group, users).await
    }

    /// `DELETE /api/2.0/group/{group}/members`: removes the users; a manager removed is no
    /// longer the manager. Safe to send again.
    pub async fn remove_group_members(
        &self,
        group: Uuid,
        users: &[Uuid],
    ) -> Result<GroupMembersDto, ApiError> {
        self.members_call(Method::DELETE, group, users).await
    }

    async fn members_call(
        &self,
        method: Method,
        group: Uuid,
        users: &[Uuid],
    ) -> Result<GroupMembersDto, ApiError> {
        let body = MembersRequestDto {
            members: Some(users.to_vec()),
        };
        let path = format!("api/2.0/group/{group}/members");
        let env: Envelope<GroupMembersDto> = self
            .call_as(method, &path, &[], Some(&body), Repeat::Safe)
            .await?;
        let answer = env
            .response
            .ok_or_else(|| ApiError::Malformed("the group has no `response`".into()))?;
        if answer.group.id != group {
            return Err(ApiError::Malformed(format!(
                "asked about group {group}, the portal answered about {}",
                answer.group.id
            )));
        }
        Ok(answer)
    }
}
