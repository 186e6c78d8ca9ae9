//! Per-user storage quotas: `PUT /api/2.0/people/userquota` and
//! `PUT /api/2.0/people/resetquota` (`products/ASC.People/Server/Api/UserController.cs`
//! lines 2416-2525), and the quota fields of a profile (`common/ASC.Api.Core/Model/
//! EmployeeFullDto.cs` lines 383-396).
//!
//! A portal whose plan keeps storage statistics shows `usedSpace` to admins and the user;
//! with per-user quotas on it also shows `quotaLimit` (the user's own limit, or the
//! portal's default) and `isCustomQuota`. A user's own limit of `-1` means none.

use uuid::Uuid;

use super::{Refusal, Store, Viewer};
use docspace_api::admin::UpdateMembersQuotaRequestDto;

/// The portal's storage (`MaxTotalSize` of its plan): 1 TiB.
pub const PORTAL_STORAGE: i64 = 1 << 40;
/// The default per-user quota while quotas are on: 10 GiB.
pub const DEFAULT_USER_QUOTA: i64 = 10 << 30;

/// `UserQuotaGreaterPortalError`.
const GREATER: &str =
    "Failed to set quota per user. The entered value is greater than the total DocSpace storage.";

/// The portal's quota settings (a user's own limit is `User::quota`).
#[derive(Debug, Clone)]
pub(crate) struct Quotas {
    /// The plan keeps storage statistics, and per-user quotas are on.
    pub(crate) enabled: bool,
    pub(crate) default_limit: i64,
}

impl Default for Quotas {
    fn default() -> Self {
        Self {
            enabled: true,
            default_limit: DEFAULT_USER_QUOTA,
        }
    }
}

impl Store {
    /// Whether the portal has storage statistics and per-user quotas (a demo option, on
    /// by default).
    pub fn set_user_quotas(&mut self, on: bool) {
        self.admin.quotas.enabled = on;
    }

    pub fn user_quotas(&self) -> bool {
        self.admin.quotas.enabled
    }

    /// The user's own limit, if one was set (`-1`: none).
    pub fn custom_quota(&self, user: Uuid) -> Option<i64> {
        self.index_of(user)
            .and_then(|i| self.user(i))
            .and_then(|u| u.quota)
    }

    /// `PUT /people/userquota`: gives each user (unknown ids are skipped) the limit in
    /// `quota`. Only DocSpace admins (403). `quota` must be a JSON integer: another kind of
    /// value makes the server's `TryGetInt64` throw (403 with .NET's message), a
    /// fraction is 400, as is a limit above the portal's storage. Returns the users'
    /// slots.
    pub fn set_user_quota(
        &mut self,
        viewer: &Viewer,
        req: &UpdateMembersQuotaRequestDto,
    ) -> Result<Vec<usize>, Refusal> {
        let quota = match &req.quota {
            Some(serde_json::Value::Number(n)) => n
                .as_i64()
                .ok_or_else(|| Refusal::Argument(GREATER.into()))?,
            other => {
                let kind = match other {
                    None => "Undefined",
                    Some(serde_json::Value::String(_)) => "String",
                    Some(serde_json::Value::Bool(true)) => "True",
                    Some(serde_json::Value::Bool(false)) => "False",
                    Some(serde_json::Value::Array(_)) => "Array",
                    Some(serde_json::Value::Object(_)) => "Object",
                    Some(_) => "Null",
                };
                return Err(Refusal::InvalidOperation(format!(
                    "The requested operation requires an element of type 'Number', but the target element has type '{kind}'."
                )));
            }
        };
        if !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        if PORTAL_STORAGE < quota {
            return Err(Refusal::Argument(GREATER.into()));
        }
        let slots = self.quota_targets(req);
        for &i in &slots {
            if let Some(u) = self.user_mut(i) {
                u.quota = Some(quota);
            }
        }
        self.touch();
        Ok(slots)
    }

    /// `PUT /people/resetquota`: back to the portal's default. Only DocSpace admins
    /// (403); a portal without storage statistics refuses with 402 (`BillingException`).
    pub fn reset_user_quota(
        &mut self,
        viewer: &Viewer,
        req: &UpdateMembersQuotaRequestDto,
    ) -> Result<Vec<usize>, Refusal> {
        if !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        if !self.admin.quotas.enabled {
            return Err(Refusal::Billing(
                "Your pricing plan does not support this option".into(),
            ));
        }
        let slots = self.quota_targets(req);
        for &i in &slots {
            if let Some(u) = self.user_mut(i) {
                u.quota = None;
            }
        }
        self.touch();
        Ok(slots)
    }

    fn quota_targets(&self, req: &UpdateMembersQuotaRequestDto) -> Vec<usize> {
        Self::dedup(req.user_ids.as_deref().unwrap_or_default())
            .into_iter()
            .filter_map(|id| self.index_of(id))
            .collect()
    }
}

#[cfg(test)]
#[path = "quota_tests.rs"]
mod tests;
