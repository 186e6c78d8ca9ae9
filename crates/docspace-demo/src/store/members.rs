//! Group membership: `PUT|DELETE /api/2.0/group/{id}/members`
//! (`products/ASC.People/Server/Api/GroupsController.cs` lines 344-409 and 422-456,
//! `common/ASC.Core.Common/Context/Impl/UserManager.cs` lines 695-716).
//!
//! Only DocSpace admins edit groups (403). An unknown group is 404
//! `The group could not be found`. Adding skips unknown, terminated and guest users
//! without a word; removing the manager leaves the group without one.

use uuid::Uuid;

use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::dto::EmployeeStatus;

fn group_not_found() -> Refusal {
    Refusal::NotFound("The group could not be found".into())
}

impl Store {
    fn group_slot(&self, viewer: &Viewer, group: Uuid) -> Result<usize, Refusal> {
        if !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        self.groups
            .iter()
            .position(|g| g.id == group)
            .ok_or_else(group_not_found)
    }

    /// Adds `users` to the group; returns the group's index. A body without `members`
    /// makes the server dereference null (500).
    pub fn add_group_members(
        &mut self,
        viewer: &Viewer,
        group: Uuid,
        users: Option<&[Uuid]>,
    ) -> Result<usize, Refusal> {
        let g = self.group_slot(viewer, group)?;
        let users = users.ok_or_else(|| {
            Refusal::Internal("Object reference not set to an instance of an object.".into())
        })?;
        for id in users {
            let Some(idx) = self.index_of(*id) else {
                continue;
            };
            if let Some(u) = self.user_mut(idx)
                && u.status != EmployeeStatus::Terminated
                && u.role != Role::Guest
                && !u.groups.contains(&g)
            {
                u.groups.push(g);
            }
        }
        self.touch();
        Ok(g)
    }

    /// Removes `users` from the group (none given: nothing); returns the group's index.
    pub fn remove_group_members(
        &mut self,
        viewer: &Viewer,
        group: Uuid,
        users: Option<&[Uuid]>,
    ) -> Result<usize, Refusal> {
        let g = self.group_slot(viewer, group)?;
        for id in users.unwrap_or_default() {
            let Some(idx) = self.index_of(*id) else {
                continue;
            };
            let Some(u) = self.user_mut(idx) else {
                continue;
            };
            u.groups.retain(|&x| x != g);
            let removed = u.id;
            if let Some(grp) = self.groups.get_mut(g)
                && grp.manager == Some(removed)
            {
                grp.manager = None;
            }
        }
        self.touch();
        Ok(g)
    }

    /// The slots of the group's members, in slot order.
    pub fn group_members(&self, g: usize) -> Vec<usize> {
        self.live()
            .filter(|(_, u)| u.groups.contains(&g))
            .map(|(i, _)| i)
            .collect()
    }

    /// The slot of the group's manager, if it has one who exists.
    pub fn group_manager(&self, g: usize) -> Option<usize> {
        let id = self.groups.get(g)?.manager?;
        self.index_of(id)
    }
}

#[cfg(test)]
#[path = "members_tests.rs"]
mod tests;
