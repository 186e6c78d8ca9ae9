//! Per-user storage quotas.

use reqwest::Method;
use uuid::Uuid;

use super::{PortalClient, Repeat};
use crate::admin::UpdateMembersQuotaRequestDto;
use crate::dto::{EmployeeFullDto, Envelope};
use crate::error::ApiError;

/// A user's own storage limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotaLimit {
    Bytes(u64),
    /// No limit for this user (`-1` on the wire).
    Unlimited,
}

impl QuotaLimit {
    /// The value the portal takes.
    pub fn wire(self) -> i64 {
        match self {
            Self::Bytes(b) => i64::try_from(b).unwrap_or(i64::MAX),
            Self::Unlimited => -1,
        }
    }
}

impl PortalClient {
    /// `PUT /api/2.0/people/userquota`: gives each user their own storage limit (DocSpace
    /// admins only; a limit above the portal's storage is refused with 400). The answer
    /// is the users' profiles (`quotaLimit`, `isCustomQuota` while per-user quotas are
    /// on). Safe to send again.
    pub async fn set_quota(
        &self,
        ids: &[Uuid],
        limit: QuotaLimit,
    ) -> Result<Vec<EmployeeFullDto>, ApiError> {
        let body = UpdateMembersQuotaRequestDto {
            user_ids: Some(ids.to_vec()),
            quota: Some(serde_json::Value::from(limit.wire())),
        };
        self.quota_call("api/2.0/people/userquota", &body).await
    }

    /// `PUT /api/2.0/people/resetquota`: the users go back to the portal's default limit
    /// (402 when the plan has no storage statistics). Safe to send again.
    pub async fn reset_quota(&self, ids: &[Uuid]) -> Result<Vec<EmployeeFullDto>, ApiError> {
        let body = UpdateMembersQuotaRequestDto {
            user_ids: Some(ids.to_vec()),
            quota: None,
        };
        self.quota_call("api/2.0/people/resetquota", &body).await
    }

    async fn quota_call(
        &self,
        path: &str,
        body: &UpdateMembersQuotaRequestDto,
    ) -> Result<Vec<EmployeeFullDto>, ApiError> {
        let env: Envelope<Vec<EmployeeFullDto>> = self
            .call_as(Method::PUT, path, &[], Some(body), Repeat::Safe)
            .await?;
        Ok(env.response.unwrap_or_default())
    }
}

#[cfg(test)]
#[path = "quota_tests.rs"]
mod tests;
