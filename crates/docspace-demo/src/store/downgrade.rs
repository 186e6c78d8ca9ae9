//! A downgrade to User or Guest that first hands the user's rooms over:
//! `POST /api/2.0/people/type`, `GET /people/type/progress/{userid}`,
//! `PUT /people/type/terminate` (`products/ASC.People/Server/Api/UserController.cs`
//! lines 2276-2369, `common/ASC.Data.Reassigns/UpdateUserTypeProgressItem.cs`).

use std::time::Instant;

use uuid::Uuid;

use super::jobs::{Effect, JobKind, Step};
use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::admin::{StartUpdateUserTypeDto, TaskProgressDto};
use docspace_api::dto::{EmployeeStatus, EmployeeType};

impl Store {
    /// Starts the downgrade (`UserController.cs` lines 2276-2325). Only `User` and `Guest`
    /// are accepted (400 `Can not update to <type>`). The rooms go to `reassignUserId`, or
    /// the caller; that user must be an active DocSpace admin or room admin. The user may
    /// not be unknown, terminated, the caller or the receiver (400 `Can not update type`),
    /// nor, unless the caller is the owner, a DocSpace admin (400
    /// `Can not update type for admin`). Room admins, users and guests may not start it
    /// (403; read from the permission demand, not observed).
    pub fn start_type_change(
        &mut self,
        viewer: &Viewer,
        req: &StartUpdateUserTypeDto,
        now: Instant,
    ) -> Result<TaskProgressDto, Refusal> {
        let kind = req.kind.unwrap_or(EmployeeType::All);
        let role = match kind {
            EmployeeType::User => Role::User,
            EmployeeType::Guest => Role::Guest,
            other => {
                return Err(Refusal::Argument(format!(
                    "Can not update to {}",
                    other.name()
                )));
            }
        };
        if !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        let to_id = req.reassign_user_id.unwrap_or(viewer.id);
        let Some((slot, u)) = self
            .index_of(req.user_id)
            .and_then(|i| self.user(i).map(|u| (i, u)))
        else {
            return Err(Refusal::Argument("Can not update type".into()));
        };
        // An unknown receiver is the server's LostUser: an active user in no type group,
        // so a room admin to these checks; the job then fails when it looks for it.
        let to = self
            .index_of(to_id)
            .and_then(|i| self.user(i).map(|t| (i, t)));
        let (to_status, to_role) = to
            .map_or((EmployeeStatus::Active, Role::RoomAdmin), |(_, t)| {
                (t.status, t.role)
            });
        if u.status == EmployeeStatus::Terminated
            || to_status == EmployeeStatus::Terminated
            || req.user_id == to_id
            || slot == viewer.idx
        {
            return Err(Refusal::Argument("Can not update type".into()));
        }
        if !viewer.is_owner() && u.role.is_docspace_admin() {
            return Err(Refusal::Argument("Can not update type for admin".into()));
        }
        if !to_role.is_paid() {
            let shown = req
                .reassign_user_id
                .map(|id| id.to_string())
                .unwrap_or_default();
            return Err(Refusal::Argument(format!(
                "Can not reassign to user - {shown}"
            )));
        }
        let current = u.role;
        let mut steps = vec![Step::new(5, Effect::None)];
        if current != Role::Guest {
            let check = match to {
                Some((to_slot, _)) => Effect::Check {
                    from: slot,
                    to: Some(to_slot),
                },
                None => Effect::Fail("User could not be found".into()),
            };
            steps.push(Step::new(10, check));
            steps.push(Step::new(
                40,
                Effect::MoveRooms {
                    from: req.user_id,
                    to: to_id,
                },
            ));
        }
        if current.is_paid() {
            steps.push(Step::new(45, Effect::None));
        }
        if role == Role::Guest {
            steps.push(Step::new(60, Effect::None));
        }
        let changes = current != role && current != Role::Owner;
        steps.push(Step::new(
            100,
            if changes {
                Effect::SetRole(slot, role)
            } else {
                Effect::None
            },
        ));
        Ok(self.start_job(JobKind::TypeChange, req.user_id, steps, now))
    }

    /// `GET /people/type/progress/{userid}`.
    pub fn type_change_progress(
        &mut self,
        viewer: &Viewer,
        user: Uuid,
        now: Instant,
    ) -> Result<Option<TaskProgressDto>, Refusal> {
        if !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        Ok(self.read_job(JobKind::TypeChange, user, now))
    }

    /// `PUT /people/type/terminate`, `{userId}`.
    pub fn terminate_type_change(
        &mut self,
        viewer: &Viewer,
        user: Uuid,
        now: Instant,
    ) -> Result<Option<TaskProgressDto>, Refusal> {
        if !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        Ok(self.terminate_job(JobKind::TypeChange, user, now))
    }
}

#[cfg(test)]
#[path = "downgrade_tests.rs"]
mod tests;
