//! Invitations: inviting addresses and resending invitations.

use reqwest::Method;
use uuid::Uuid;

use super::PortalClient;
use crate::admin::{InviteUsersRequestDto, UserInvitation};
use crate::dto::{EmployeeDto, EmployeeFullDto, Envelope, UpdateMembersRequestDto};
use crate::error::ApiError;

impl PortalClient {
    /// `POST /api/2.0/people/invite`: invites each address as its type (`User`,
    /// `RoomAdmin` for DocSpace admins, `DocSpaceAdmin` for the owner; never `Guest`),
    /// with mails in `culture`. The answer is every pending user the caller may see (not
    /// only this batch). The portal processes the list in order, so a refusal part-way
    /// leaves earlier addresses invited; a 402 (paid seats) comes before any. Never sent
    /// again after an ambiguous failure (the mails would go twice).
    pub async fn invite(
        &self,
        invitations: &[UserInvitation],
        culture: Option<&str>,
    ) -> Result<Vec<EmployeeDto>, ApiError> {
        let body = InviteUsersRequestDto {
            invitations: Some(invitations.to_vec()),
            culture: culture.map(str::to_string),
        };
        let env: Envelope<Vec<EmployeeDto>> = self
            .call(Method::POST, "api/2.0/people/invite", &[], Some(&body))
            .await?;
        Ok(env.response.unwrap_or_default())
    }

    /// `PUT /api/2.0/people/invite`: mails the invitation (or activation instructions)
    /// again to the pending users among `ids`; active and terminated ones are skipped but
    /// listed in the answer. The portal allows five of these a user in 15 minutes, then
    /// answers 429 with a long `Retry-After` ([`ApiError::RateLimited`]).
    pub async fn resend_invites(&self, ids: &[Uuid]) -> Result<Vec<EmployeeFullDto>, ApiError> {
        self.resend(UpdateMembersRequestDto {
            user_ids: Some(ids.to_vec()),
            resend_all: false,
        })
        .await
    }

    /// [`resend_invites`](Self::resend_invites) to every user whose activation is
    /// pending (admins and room admins only).
    pub async fn resend_all_invites(&self) -> Result<Vec<EmployeeFullDto>, ApiError> {
        self.resend(UpdateMembersRequestDto {
            user_ids: None,
            resend_all: true,
        })
        .await
    }

    async fn resend(
        &self,
        body: UpdateMembersRequestDto,
    ) -> Result<Vec<EmployeeFullDto>, ApiError> {
        let env: Envelope<Vec<EmployeeFullDto>> = self
            .call(Method::PUT, "api/2.0/people/invite", &[], Some(&body))
            .await?;
        Ok(env.response.unwrap_or_default())
    }
}
