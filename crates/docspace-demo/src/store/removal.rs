//! Removal of a user's data (`products/ASC.People/Server/Api/RemoveUserDataController.cs`,
//! `common/ASC.Data.Reassigns/RemoveProgressItem.cs`): every delete queues it; an admin
//! may also start it for a terminated user, which then deletes the profile at the end.
//! The user's shared files and rooms go to the admin who asked, the personal folder is
//! deleted.

use std::time::Instant;

use uuid::Uuid;

use super::jobs::{Effect, JobKind, Step};
use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::admin::TaskProgressDto;
use docspace_api::dto::EmployeeStatus;

impl Store {
    /// The steps of a removal of the user in `slot` (`id`) by `by`, as
    /// `RemoveProgressItem.DoJob` publishes them (lines 109-166).
    fn removal_steps(slot: usize, id: Uuid, by: &Viewer, delete_profile: bool) -> Vec<Step> {
        vec![
            Step::new(5, Effect::None),
            Step::new(10, Effect::None),
            Step::new(
                30,
                Effect::MoveShared {
                    from: slot,
                    to: by.idx,
                },
            ),
            Step::new(45, Effect::DeletePersonal(slot)),
            Step::new(50, Effect::None),
            Step::new(
                60,
                Effect::MoveRooms {
                    from: id,
                    to: by.id,
                },
            ),
            Step::new(70, Effect::None),
            Step::new(95, Effect::None),
            Step::new(
                100,
                if delete_profile {
                    Effect::DeleteProfile(slot)
                } else {
                    Effect::None
                },
            ),
        ]
    }

    /// Queues the removal of the data of a user just deleted (the profile is gone
    /// already), as both delete routes do (`UserController.cs` lines 725 and 1380).
    pub(crate) fn queue_removal(&mut self, viewer: &Viewer, slot: usize, id: Uuid, now: Instant) {
        let mut steps = Self::removal_steps(slot, id, viewer, false);
        if let Some(message) = self.admin.jobs.failing_removals.clone() {
            steps.insert(4, Step::new(50, Effect::Fail(message)));
        }
        self.start_job(JobKind::Remove, id, steps, now);
    }

    /// `POST /people/remove/start`, `{userId}` (`RemoveUserDataController.cs` lines
    /// 107-141): an unknown user is 400 `User with id = … not found`; the owner, the caller
    /// and users who are not terminated are 400 `Can not delete user with id = …`; a room
    /// admin needs a DocSpace admin, a DocSpace admin the owner (403).
    pub fn start_removal(
        &mut self,
        viewer: &Viewer,
        user: Uuid,
        now: Instant,
    ) -> Result<TaskProgressDto, Refusal> {
        Self::demand_edit_user(viewer)?;
        let Some((slot, u)) = self
            .index_of(user)
            .and_then(|i| self.user(i).map(|u| (i, u)))
        else {
            return Err(Refusal::Argument(format!(
                "User with id = {user} not found"
            )));
        };
        if u.role == Role::Owner || slot == viewer.idx || u.status != EmployeeStatus::Terminated {
            return Err(Refusal::Argument(format!(
                "Can not delete user with id = {user}"
            )));
        }
        let allowed = match u.role {
            Role::RoomAdmin => viewer.is_admin(),
            Role::Admin => viewer.is_owner(),
            _ => true,
        };
        if !allowed {
            return Err(Refusal::AccessDenied);
        }
        let steps = Self::removal_steps(slot, user, viewer, true);
        Ok(self.start_job(JobKind::Remove, user, steps, now))
    }

    /// `GET /people/remove/progress/{userid}`: also after the user is deleted.
    pub fn removal_progress(
        &mut self,
        viewer: &Viewer,
        user: Uuid,
        now: Instant,
    ) -> Result<Option<TaskProgressDto>, Refusal> {
        Self::demand_edit_user(viewer)?;
        Ok(self.read_job(JobKind::Remove, user, now))
    }

    /// `PUT /people/remove/terminate`, `{userId}`: stops the job; the server answers with
    /// nothing either way.
    pub fn terminate_removal(
        &mut self,
        viewer: &Viewer,
        user: Uuid,
        now: Instant,
    ) -> Result<(), Refusal> {
        Self::demand_edit_user(viewer)?;
        self.terminate_job(JobKind::Remove, user, now);
        Ok(())
    }
}

#[cfg(test)]
#[path = "removal_tests.rs"]
mod tests;
