//! Invitations: `POST /api/2.0/people/invite` and resending them with
//! `PUT /api/2.0/people/invite` (`products/ASC.People/Server/Api/UserController.cs`
//! lines 426-525 and 1405-1541, `web/ASC.Web.Core/Users/UserManagerWrapper.cs` lines
//! 100-159). Mails go to the portal's outbox.

use std::cmp::Ordering;

use uuid::Uuid;

use super::email_rule::{email_attribute_ok, is_punycode, strict_email};
use super::kind::transition_allowed;
use super::outbox::MailKind;
use super::{Refusal, Store, Viewer};
use crate::model::{Role, User, now};
use docspace_api::admin::InviteUsersRequestDto;
use docspace_api::dto::{ActivationStatus, EmployeeStatus, EmployeeType, UpdateMembersRequestDto};

/// `EmployeeTypeComparer` (`common/ASC.Core.Common/Core/EmployeeType.cs` lines 60-79).
fn rank(t: EmployeeType) -> u8 {
    match t {
        EmployeeType::DocSpaceAdmin => 4,
        EmployeeType::RoomAdmin => 3,
        EmployeeType::User => 2,
        EmployeeType::Guest => 1,
        EmployeeType::All => 0,
    }
}

/// The model validation of `InviteUsersRequestDto` (`[Required]`, and `[EmailAddress]`,
/// `[MaxLength(255)]` on each address): 400 before the action runs.
fn validate(req: &InviteUsersRequestDto) -> Result<(), Refusal> {
    let Some(invitations) = &req.invitations else {
        return Err(Refusal::validation(
            "Invitations",
            "The Invitations field is required.",
        ));
    };
    for (i, inv) in invitations.iter().enumerate() {
        let Some(email) = inv.email.as_deref() else {
            continue;
        };
        let field = format!("Invitations[{i}].Email");
        if email.chars().count() > super::create::MAX_FIELD {
            return Err(Refusal::validation(
                &field,
                "The field Email must be a string or array type with a maximum length of '255'.",
            ));
        }
        if !email_attribute_ok(email) {
            return Err(Refusal::validation(
                &field,
                "The Email field is not a valid e-mail address.",
            ));
        }
    }
    Ok(())
}

impl Store {
    /// Invites addresses as `viewer`. Returns the slots of every user whose activation is
    /// pending and whom the caller may see (the server answers with all of them, not just
    /// this batch). Invitations are processed in order: a refusal part-way leaves the
    /// earlier ones done.
    pub fn invite(
        &mut self,
        viewer: &Viewer,
        req: &InviteUsersRequestDto,
    ) -> Result<Vec<usize>, Refusal> {
        validate(req)?;
        if matches!(viewer.role, Role::User | Role::Guest) {
            return Err(Refusal::AccessDenied);
        }
        let invitations = req.invitations.as_deref().unwrap_or_default();
        let paid = invitations
            .iter()
            .filter(|i| {
                matches!(
                    i.kind,
                    Some(EmployeeType::DocSpaceAdmin | EmployeeType::RoomAdmin)
                )
            })
            .count();
        if paid > 0 {
            let seats = self.seat_usage();
            if seats.paid_limit < seats.paid_used + paid {
                let left = seats.paid_limit as i64 - seats.paid_used as i64;
                return Err(Refusal::Quota(format!(
                    "The number of admins exceeds the limit: {paid}/{left}."
                )));
            }
        }
        for inv in invitations {
            let email = inv.email.as_deref().unwrap_or("").trim();
            if !strict_email(email) || is_punycode(email) {
                return Err(Refusal::Argument("Incorrect email".into()));
            }
            let kind = inv.kind.unwrap_or(EmployeeType::All);
            let allowed = match kind {
                EmployeeType::Guest => false,
                EmployeeType::RoomAdmin => viewer.is_admin(),
                EmployeeType::DocSpaceAdmin => viewer.is_owner(),
                EmployeeType::User | EmployeeType::All => true,
            };
            if !allowed {
                return Err(Refusal::AccessDenied);
            }
            if let Some(idx) = self.index_of_email(email) {
                self.invite_existing(viewer, idx, email, kind)?;
                continue;
            }
            let id = self.new_id();
            let mut user = User::new(id, "", "", &email.to_lowercase(), Role::from_type(kind));
            user.status = EmployeeStatus::Pending;
            user.activation = ActivationStatus::Pending;
            user.invited = true;
            user.registered = now();
            user.created_by = Some(viewer.id);
            user.culture = req.culture.clone().filter(|c| !c.trim().is_empty());
            self.insert(user);
            self.admin.outbox.send(email, MailKind::Invitation(kind));
        }
        Ok(self.pending_for(viewer))
    }

    /// An address already registered: a terminated user is refused (400
    /// `User disabled: <email>`); otherwise the type is raised when the invitation asks
    /// for a higher one the caller may give (a paid one needs a seat), and no mail goes.
    fn invite_existing(
        &mut self,
        viewer: &Viewer,
        idx: usize,
        email: &str,
        kind: EmployeeType,
    ) -> Result<(), Refusal> {
        let Some(u) = self.user(idx) else {
            return Ok(());
        };
        if u.status == EmployeeStatus::Terminated {
            return Err(Refusal::Argument(format!("User disabled: {email}")));
        }
        let current = u.role;
        let raise = rank(current.employee_type()).cmp(&rank(kind)) == Ordering::Less
            && current != Role::Owner
            && idx != viewer.idx
            && transition_allowed(viewer, current, kind);
        if raise {
            let to = Role::from_type(kind);
            if to.is_paid() && !current.is_paid() {
                self.check_seat(to)?;
            }
            self.put_role(idx, to);
        }
        Ok(())
    }

    /// Slots of every user whose activation is pending that `viewer` may see.
    fn pending_for(&self, viewer: &Viewer) -> Vec<usize> {
        self.live()
            .filter(|(_, u)| u.activation == ActivationStatus::Pending)
            .map(|(i, _)| i)
            .filter(|&i| self.can_view(viewer, i))
            .collect()
    }

    /// Resends invitations or activation instructions (`UserController.cs` lines
    /// 1407-1541). Returns the slots of the users asked about that the caller may see.
    /// Active and terminated users are skipped, as are users whose type the caller may
    /// not invite; users and guests may ask only for themselves.
    pub fn resend_invites(
        &mut self,
        viewer: &Viewer,
        req: &UpdateMembersRequestDto,
    ) -> Result<Vec<usize>, Refusal> {
        let not_admin = matches!(viewer.role, Role::User | Role::Guest);
        let slots: Vec<usize> = if req.resend_all {
            if not_admin {
                return Err(Refusal::AccessDenied);
            }
            self.live()
                .filter(|(_, u)| u.activation == ActivationStatus::Pending)
                .map(|(i, _)| i)
                .collect()
        } else {
            let ids = Self::dedup(req.user_ids.as_deref().unwrap_or_default());
            if not_admin && ids.iter().any(|id| *id != viewer.id) {
                return Err(Refusal::AccessDenied);
            }
            ids.iter().filter_map(|id| self.index_of(*id)).collect()
        };
        for &idx in &slots {
            self.resend_one(viewer, idx);
        }
        Ok(slots
            .into_iter()
            .filter(|&i| self.user(i).is_some() && self.can_view(viewer, i))
            .collect())
    }

    fn resend_one(&mut self, viewer: &Viewer, idx: usize) {
        let Some(u) = self.user(idx) else { return };
        if matches!(
            u.status,
            EmployeeStatus::Active | EmployeeStatus::Terminated
        ) {
            return;
        }
        let is_self = idx == viewer.idx;
        let kind = u.role.employee_type();
        let (email, may) = (
            u.email.clone(),
            is_self || self.may_invite(viewer, u.id, kind),
        );
        if (viewer.is_admin() || is_self)
            && let Some(u) = self.user_mut(idx)
            && u.activation == ActivationStatus::Activated
        {
            u.activation = ActivationStatus::NotActivated;
        }
        if !may {
            return;
        }
        let pending = self
            .user(idx)
            .is_some_and(|u| u.activation == ActivationStatus::Pending);
        let mail = if pending {
            MailKind::Invitation(kind)
        } else {
            MailKind::Activation
        };
        self.admin.outbox.send(&email, mail);
    }

    /// `HasAccessInviteAsync` (`UserController.cs` lines 1511-1540): whether `viewer` may
    /// (re)invite a user of type `kind`.
    fn may_invite(&self, viewer: &Viewer, user: Uuid, kind: EmployeeType) -> bool {
        if viewer.role == Role::Guest {
            return false;
        }
        if !viewer.is_admin() && kind == EmployeeType::Guest {
            let related = self
                .index_of(user)
                .and_then(|i| self.user(i))
                .is_some_and(|u| u.created_by.is_none_or(|c| c == viewer.id));
            if !related {
                return false;
            }
        }
        match kind {
            EmployeeType::DocSpaceAdmin => viewer.is_owner(),
            EmployeeType::RoomAdmin => viewer.is_admin(),
            EmployeeType::User => viewer.role != Role::User,
            EmployeeType::Guest => true,
            EmployeeType::All => false,
        }
    }
}

#[cfg(test)]
#[path = "invite_tests.rs"]
mod tests;
