//! `PUT /api/2.0/people/status/{status}` (PEOPLE-API.md §6.6): the all-or-nothing 403
//! pre-check, then one user at a time, with seat checks and partial application.

use uuid::Uuid;

use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::dto::EmployeeStatus;

impl Store {
    /// Sets `status` (a status code: only 1 Active and 2 Terminated are accepted) on
    /// `ids`. Returns the slots of every requested user, in request order. On a 402
    /// part-way, users processed before stay changed.
    pub fn set_status(
        &mut self,
        viewer: &Viewer,
        status: EmployeeStatus,
        ids: &[Uuid],
    ) -> Result<Vec<usize>, Refusal> {
        if !matches!(status, EmployeeStatus::Active | EmployeeStatus::Terminated) {
            return Err(Refusal::Argument("Incorrect status".into()));
        }
        if !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        let ids = Self::dedup(ids);
        let mut slots = Vec::with_capacity(ids.len());
        for id in &ids {
            let idx = self.index_of(*id).ok_or(Refusal::AccessDenied)?;
            let u = self.user(idx).ok_or(Refusal::AccessDenied)?;
            // LDAP accounts too: `UserController.cs` lines 2092-2099.
            let protected = u.role == Role::Owner
                || idx == viewer.idx
                || u.is_ldap()
                || (u.role == Role::Admin && !viewer.is_owner());
            if protected {
                return Err(Refusal::AccessDenied);
            }
            slots.push(idx);
        }
        let mut seats = (status == EmployeeStatus::Active).then(|| self.seat_usage());
        for &idx in &slots {
            let Some(u) = self.user(idx) else { continue };
            match (status, &mut seats) {
                (EmployeeStatus::Terminated, _) => {
                    self.put_status(idx, EmployeeStatus::Terminated);
                }
                _ if u.status != EmployeeStatus::Terminated => {}
                (_, None) => {}
                (_, Some(seats)) => {
                    seats.check(u.role)?;
                    seats.take(u.role);
                    let back = if u.invited && u.is_nameless() {
                        EmployeeStatus::Pending
                    } else {
                        EmployeeStatus::Active
                    };
                    self.put_status(idx, back);
                }
            }
        }
        Ok(slots)
    }
}

#[cfg(test)]
#[path = "status_tests.rs"]
mod tests;
