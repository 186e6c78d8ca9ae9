//! Handing a terminated user's data to someone else before deletion
//! (`products/ASC.People/Server/Api/ReassignController.cs`): whether there is any,
//! starting, following and stopping the job, and the delete guard that refuses a user
//! whose data is still being handed over (`UserController.cs` `CheckReassignProcessAsync`,
//! lines 2565-2581).

use std::time::Instant;

use uuid::Uuid;

use super::jobs::{Effect, JobKind, Step};
use super::view::display_name;
use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::admin::{StartReassignRequestDto, TaskProgressDto};
use docspace_api::dto::{EmployeeStatus, EmployeeType};

/// The id the server reports for an unknown user (its `LostUser`).
pub(crate) const LOST_USER: Uuid = Uuid::from_u128(0x4a515a15_d4d6_4b8e_828e_e0586f18f3a3);

impl Store {
    /// `Action_EditUser`, demanded by every reassign and remove route: DocSpace admins
    /// only (room admins, users and guests get 403).
    pub(crate) fn demand_edit_user(viewer: &Viewer) -> Result<(), Refusal> {
        if viewer.is_admin() {
            Ok(())
        } else {
            Err(Refusal::AccessDenied)
        }
    }

    /// The type of user `id` as the server reports it (an unknown id is a plain user).
    fn type_of(&self, id: Uuid) -> EmployeeType {
        self.index_of(id)
            .and_then(|i| self.user(i))
            .map_or(EmployeeType::User, |u| u.role.employee_type())
    }

    /// The progress routes refuse a caller who is not the owner when the user is a
    /// DocSpace admin (`ReassignController.cs` lines 64-69).
    fn guard_admin_target(&self, viewer: &Viewer, user: Uuid) -> Result<(), Refusal> {
        Self::demand_edit_user(viewer)?;
        if self.type_of(user) == EmployeeType::DocSpaceAdmin && !viewer.is_owner() {
            return Err(Refusal::AccessDenied);
        }
        Ok(())
    }

    /// `GET /people/reassign/necessary?UserId=&Type=`: whether the user owns rooms, or,
    /// when `kind` is `Guest` and there are none, has shared files
    /// (`ReassignController.cs` lines 160-181). The caller must be allowed to manage users
    /// of `kind` (DocSpace admins; room admins for users and guests), and only the owner
    /// may ask about a DocSpace admin.
    pub fn reassign_necessary(
        &self,
        viewer: &Viewer,
        user: Uuid,
        kind: EmployeeType,
    ) -> Result<bool, Refusal> {
        let allowed = match viewer.role {
            Role::Owner | Role::Admin => true,
            Role::RoomAdmin => matches!(kind, EmployeeType::User | EmployeeType::Guest),
            Role::User | Role::Guest => false,
        };
        if !allowed || (!viewer.is_owner() && self.type_of(user) == EmployeeType::DocSpaceAdmin) {
            return Err(Refusal::AccessDenied);
        }
        let mut necessary = self.admin.holdings.any_rooms(user);
        if kind == EmployeeType::Guest && !necessary {
            necessary = self
                .index_of(user)
                .is_some_and(|i| self.admin.holdings.personal(i).shared > 0);
        }
        Ok(necessary)
    }

    /// `POST /people/reassign/start` (`ReassignController.cs` lines 85-117). `toUserId`
    /// must be an active (or pending) DocSpace admin or room admin; `fromUserId` a
    /// terminated user who is neither the owner nor the caller (nor, unless the caller is
    /// the owner, a DocSpace admin). Unknown users are the server's `LostUser`, so the
    /// message names its id. A job already running for the user is the answer.
    pub fn start_reassign(
        &mut self,
        viewer: &Viewer,
        req: &StartReassignRequestDto,
        now: Instant,
    ) -> Result<TaskProgressDto, Refusal> {
        Self::demand_edit_user(viewer)?;
        let to = self.index_of(req.to_user_id);
        let to_ok = to
            .and_then(|i| self.user(i))
            .is_some_and(|u| u.role.is_paid() && u.status != EmployeeStatus::Terminated);
        if !to_ok {
            let shown = to.map_or(LOST_USER, |_| req.to_user_id);
            return Err(Refusal::Argument(format!(
                "Can not reassign data to user with id = {shown}"
            )));
        }
        let from = self.index_of(req.from_user_id);
        let from_ok = from.and_then(|i| self.user(i)).is_some_and(|u| {
            u.role != Role::Owner
                && u.id != viewer.id
                && u.status == EmployeeStatus::Terminated
                && (u.role != Role::Admin || viewer.is_owner())
        });
        let (Some(from), Some(to), true) = (from, to, from_ok) else {
            let shown = from.map_or(LOST_USER, |_| req.from_user_id);
            return Err(Refusal::Argument(format!(
                "Can not reassign data from user with id = {shown}"
            )));
        };
        let (from_id, to_id) = (req.from_user_id, req.to_user_id);
        let delete = req.delete_profile;
        let steps = vec![
            Step::new(5, Effect::None),
            Step::new(10, Effect::Check { from, to: Some(to) }),
            Step::new(20, Effect::MoveShared { from, to }),
            Step::new(
                30,
                if delete {
                    Effect::DeletePersonal(from)
                } else {
                    Effect::None
                },
            ),
            Step::new(50, Effect::None),
            Step::new(
                70,
                Effect::MoveRooms {
                    from: from_id,
                    to: to_id,
                },
            ),
            Step::new(90, Effect::None),
            Step::new(95, Effect::None),
            Step::new(
                100,
                if delete {
                    Effect::DeleteProfile(from)
                } else {
                    Effect::None
                },
            ),
        ];
        Ok(self.start_job(JobKind::Reassign, from_id, steps, now))
    }

    /// `GET /people/reassign/progress/{userid}`.
    pub fn reassign_progress(
        &mut self,
        viewer: &Viewer,
        user: Uuid,
        now: Instant,
    ) -> Result<Option<TaskProgressDto>, Refusal> {
        self.guard_admin_target(viewer, user)?;
        Ok(self.read_job(JobKind::Reassign, user, now))
    }

    /// `PUT /people/reassign/terminate`, `{userId}`.
    pub fn terminate_reassign(
        &mut self,
        viewer: &Viewer,
        user: Uuid,
        now: Instant,
    ) -> Result<Option<TaskProgressDto>, Refusal> {
        self.guard_admin_target(viewer, user)?;
        Ok(self.terminate_job(JobKind::Reassign, user, now))
    }

    /// Refuses, as the server does with a plain exception (500), to delete a user whose
    /// data is still being handed over.
    pub(crate) fn refuse_while_reassigning(
        &mut self,
        ids: &[Uuid],
        now: Instant,
    ) -> Result<(), Refusal> {
        for &id in ids {
            let running = self
                .peek_job(JobKind::Reassign, id, now)
                .is_some_and(|p| !p.is_completed);
            if running {
                let name = self
                    .index_of(id)
                    .and_then(|i| self.user(i))
                    .map(display_name)
                    .unwrap_or_default();
                return Err(Refusal::Internal(format!(
                    "Data reassign process for {name} is not complete."
                )));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "reassign_tests.rs"]
mod tests;
