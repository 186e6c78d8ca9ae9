//! `DELETE /api/2.0/people/{userid}` and `PUT /api/2.0/people/delete`
//! (PEOPLE-API.md §6.8): only terminated users can be deleted; not while their data is
//! being handed over (500); each delete queues the removal of the user's data.

use std::time::Instant;

use uuid::Uuid;

use super::view::{Detail, Want};
use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::dto::{EmployeeFullDto, EmployeeStatus};

impl Store {
    /// Deletes the user behind `key` (a user name or GUID); returns the profile it had.
    pub fn delete_one(&mut self, viewer: &Viewer, key: &str) -> Result<EmployeeFullDto, Refusal> {
        self.delete_one_parts(viewer, key, Want::ALL)
    }

    /// [`delete_one`](Self::delete_one) building only the `want`ed parts of the profile.
    pub fn delete_one_parts(
        &mut self,
        viewer: &Viewer,
        key: &str,
        want: Want,
    ) -> Result<EmployeeFullDto, Refusal> {
        if !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        let idx = self.resolve(key).ok_or_else(Refusal::user_not_found)?;
        let u = self.user(idx).ok_or_else(Refusal::user_not_found)?;
        // An LDAP account is refused before its status is looked at (`UserController.cs`
        // lines 692-700).
        if u.is_ldap() {
            return Err(Refusal::AccessDenied);
        }
        if u.role == Role::Owner
            || idx == viewer.idx
            || (u.role == Role::Admin && !viewer.is_owner())
        {
            return Err(Refusal::AccessDenied);
        }
        if u.status != EmployeeStatus::Terminated {
            return Err(Refusal::InvalidOperation(
                "The user is not suspended".into(),
            ));
        }
        let id = u.id;
        let now = Instant::now();
        self.refuse_while_reassigning(&[id], now)?;
        let dto = self
            .profile(idx, Some(viewer), Detail::Normal, want)
            .ok_or_else(Refusal::user_not_found)?;
        self.remove(idx);
        self.queue_removal(viewer, idx, id, now);
        Ok(dto)
    }

    /// Deletes terminated users in bulk. Unknown ids and LDAP accounts are dropped; if any remaining user is
    /// not terminated, nothing is deleted (403). Users the caller may not delete are
    /// skipped but still listed in the answer.
    pub fn delete_many(
        &mut self,
        viewer: &Viewer,
        ids: &[Uuid],
    ) -> Result<Vec<EmployeeFullDto>, Refusal> {
        self.delete_many_parts(viewer, ids, Want::ALL)
    }

    /// [`delete_many`](Self::delete_many) building only the `want`ed parts of each profile.
    pub fn delete_many_parts(
        &mut self,
        viewer: &Viewer,
        ids: &[Uuid],
        want: Want,
    ) -> Result<Vec<EmployeeFullDto>, Refusal> {
        if matches!(viewer.role, Role::User | Role::Guest) {
            return Err(Refusal::AccessDenied);
        }
        let now = Instant::now();
        self.refuse_while_reassigning(ids, now)?;
        // Unknown ids and LDAP accounts are dropped (`UserController.cs` lines 1343-1348).
        let slots: Vec<usize> = Self::dedup(ids)
            .into_iter()
            .filter_map(|id| self.index_of(id))
            .filter(|&i| self.user(i).is_some_and(|u| !u.is_ldap()))
            .collect();
        let all_terminated = slots.iter().all(|&i| {
            self.user(i)
                .is_some_and(|u| u.status == EmployeeStatus::Terminated)
        });
        if !all_terminated {
            return Err(Refusal::InvalidOperation("Users are not suspended".into()));
        }
        let mut out = Vec::with_capacity(slots.len());
        for idx in slots {
            let Some(u) = self.user(idx) else { continue };
            let may = match u.role {
                Role::Owner => false,
                Role::Admin => viewer.is_owner(),
                Role::RoomAdmin => viewer.is_admin(),
                Role::User | Role::Guest => true,
            } && idx != viewer.idx;
            if let Some(dto) = self.profile(idx, Some(viewer), Detail::Normal, want) {
                out.push(dto);
            }
            if may && let Some(gone) = self.remove(idx) {
                self.queue_removal(viewer, idx, gone.id, now);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
#[path = "delete_tests.rs"]
mod tests;
