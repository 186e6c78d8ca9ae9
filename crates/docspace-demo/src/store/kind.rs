//! `PUT /api/2.0/people/type/{type}` (PEOPLE-API.md §6.7): only the listed upgrade paths
//! succeed; no-ops and downgrades are 403; users are processed one by one.

use uuid::Uuid;

use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::dto::{EmployeeStatus, EmployeeType};

/// Whether `viewer` may move a user from `from` to `to`.
pub(super) fn transition_allowed(viewer: &Viewer, from: Role, to: EmployeeType) -> bool {
    match (to, from) {
        (EmployeeType::DocSpaceAdmin, Role::RoomAdmin | Role::User | Role::Guest) => {
            viewer.is_owner()
        }
        (EmployeeType::RoomAdmin, Role::User | Role::Guest) => viewer.is_admin(),
        (EmployeeType::RoomAdmin, Role::Admin) => viewer.is_owner(),
        (EmployeeType::User, Role::Guest) => viewer.role != Role::Guest,
        _ => false,
    }
}

impl Store {
    /// Changes the type of `ids` to `to`. Returns the slots of every requested user. On a
    /// refusal part-way, users processed before stay changed.
    pub fn set_type(
        &mut self,
        viewer: &Viewer,
        to: EmployeeType,
        ids: &[Uuid],
    ) -> Result<Vec<usize>, Refusal> {
        // The permission demand for the target type (UserController.cs line 2208): users
        // and guests manage nobody; room admins may make guests users (a guest they may
        // see, so one related to them, lines 2223-2227).
        let permitted = match viewer.role {
            Role::Owner | Role::Admin => true,
            Role::RoomAdmin => to == EmployeeType::User,
            Role::User | Role::Guest => false,
        };
        if !permitted || matches!(to, EmployeeType::Guest | EmployeeType::All) {
            return Err(Refusal::AccessDenied);
        }
        let mut slots = Vec::new();
        let mut seats = self.seat_usage();
        for id in Self::dedup(ids) {
            let idx = self.index_of(id).ok_or(Refusal::AccessDenied)?;
            let u = self.user(idx).ok_or(Refusal::AccessDenied)?;
            if !self.can_view(viewer, idx)
                || u.status == EmployeeStatus::Terminated
                || idx == viewer.idx
                || u.role == Role::Owner
                || !transition_allowed(viewer, u.role, to)
            {
                return Err(Refusal::AccessDenied);
            }
            let new_role = Role::from_type(to);
            if new_role.is_paid() != u.role.is_paid() {
                seats.check(new_role)?;
                seats.take(new_role);
                seats.release(u.role);
            }
            self.put_role(idx, new_role);
            slots.push(idx);
        }
        Ok(slots)
    }
}

#[cfg(test)]
#[path = "kind_tests.rs"]
mod tests;
