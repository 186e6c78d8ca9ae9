//! Editing a profile: `PUT /api/2.0/people/{userid}` (`products/ASC.People/Server/Api/
//! UserController.cs` lines 1896-2060) and the administrator's email change,
//! `POST /api/2.0/people/email` (lines 1636-1720).
//!
//! On one's own profile the names (by the portal's name rule), location, comment,
//! contacts and groups change; on someone else's only `disable` and `isUser` apply. An
//! admin changes another user's email through `POST /people/email`, which sets it at
//! once and asks the user to confirm it.

use super::email_rule::{email_attribute_ok, strict_email};
use super::outbox::MailKind;
use super::{Refusal, Store, Viewer, valid_name};
use crate::model::{Role, now};
use docspace_api::admin::{EmailChangeRequestDto, UpdateMemberRequestDto};
use docspace_api::dto::{ActivationStatus, EmployeeStatus};

impl Store {
    /// Applies `req` to the user behind `key` (a user name or GUID) as `viewer`; returns
    /// the user's slot.
    pub fn update_member(
        &mut self,
        viewer: &Viewer,
        key: &str,
        req: &UpdateMemberRequestDto,
    ) -> Result<usize, Refusal> {
        let idx = self.resolve(key).ok_or_else(Refusal::user_not_found)?;
        let u = self.user(idx).ok_or_else(Refusal::user_not_found)?;
        let is_self = idx == viewer.idx;
        // Action_EditUser on that user: oneself, or a DocSpace admin (line 1906).
        if !is_self && !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        if !is_self && (u.role == Role::Owner || (u.role == Role::Admin && !viewer.is_owner())) {
            return Err(Refusal::AccessDenied);
        }
        if is_self {
            self.update_own(viewer, idx, req)?;
        } else {
            self.update_other(idx, req)?;
        }
        self.touch();
        Ok(idx)
    }

    /// Lines 1926-1993: names (checked by `IsValidUserName`: the first name by the rule,
    /// the last name when not empty), location, comment, spam, contacts (replaced when
    /// given) and, for admins, groups. The avatar URL is not fetched.
    fn update_own(
        &mut self,
        viewer: &Viewer,
        idx: usize,
        req: &UpdateMemberRequestDto,
    ) -> Result<(), Refusal> {
        let Some(u) = self.user(idx) else {
            return Err(Refusal::user_not_found());
        };
        let first = req
            .first_name
            .clone()
            .unwrap_or_else(|| u.first_name.clone());
        let last = req.last_name.clone().unwrap_or_else(|| u.last_name.clone());
        if !valid_name(&first) || !(last.is_empty() || valid_name(&last)) {
            return Err(Refusal::Argument("Incorrect firstname or lastname".into()));
        }
        let known: Vec<usize> = req
            .department
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter_map(|g| self.groups().iter().position(|x| x.id == *g))
            .collect();
        let Some(u) = self.user_mut(idx) else {
            return Err(Refusal::user_not_found());
        };
        u.first_name = first;
        u.last_name = last;
        if let Some(l) = &req.location {
            u.location = l.clone();
        }
        if let Some(c) = &req.comment {
            u.notes = c.clone();
        }
        if let Some(c) = &req.contacts {
            u.contacts = c.clone();
        }
        if req.department.is_some() && viewer.is_admin() {
            u.groups = known;
        }
        u.refresh_keys();
        Ok(())
    }

    /// Lines 1995-2033: `disable` terminates (with the date) or re-activates, without a
    /// seat check; `isUser: true` makes a user who is not an admin a guest (a user seat
    /// is needed), `isUser: false` takes a guest out of the guest group, which leaves a
    /// room admin (a paid seat is needed).
    fn update_other(&mut self, idx: usize, req: &UpdateMemberRequestDto) -> Result<(), Refusal> {
        if let Some(disable) = req.disable
            && let Some(u) = self.user_mut(idx)
        {
            if disable {
                u.status = EmployeeStatus::Terminated;
                u.terminated = Some(now());
            } else {
                u.status = EmployeeStatus::Active;
                u.terminated = None;
            }
        }
        let Some(role) = self.user(idx).map(|u| u.role) else {
            return Ok(());
        };
        match req.is_user {
            Some(true) if role != Role::Guest && !role.is_docspace_admin() => {
                self.check_seat(Role::Guest)?;
                self.put_role(idx, Role::Guest);
            }
            Some(false) if role == Role::Guest => {
                self.check_seat(Role::RoomAdmin)?;
                self.put_role(idx, Role::RoomAdmin);
            }
            _ => {}
        }
        Ok(())
    }

    /// `POST /people/email`, `{userId, email}`. Returns the answer's message. Refusals in
    /// the server's order: a missing or malformed `userId` (400 `Value cannot be null`),
    /// an empty address (400 `Email field is empty`), one the strict pattern refuses (400
    /// `Incorrect email`), an unknown, terminated or pending user (404), someone else's
    /// profile without being an admin, the owner's, or an admin's without being the owner
    /// (403), an address already registered (400). An admin's change applies at once and
    /// the new address gets activation instructions; a user's own request only mails
    /// instructions to the new address.
    pub fn change_email(
        &mut self,
        viewer: &Viewer,
        req: &EmailChangeRequestDto,
    ) -> Result<String, Refusal> {
        if let Some(e) = req.email.as_deref()
            && !e.is_empty()
            && !email_attribute_ok(e)
        {
            return Err(Refusal::validation(
                "Email",
                "The Email field is not a valid e-mail address.",
            ));
        }
        let user = req
            .user_id
            .as_deref()
            .and_then(|u| uuid::Uuid::parse_str(u.trim()).ok())
            .filter(|u| !u.is_nil())
            .ok_or(Refusal::NullArgument("UserId"))?;
        let email = req.email.as_deref().unwrap_or("").trim().to_string();
        if email.is_empty() {
            return Err(Refusal::Argument("Email field is empty".into()));
        }
        if !strict_email(&email) {
            return Err(Refusal::Argument("Incorrect email".into()));
        }
        let idx = self.index_of(user).ok_or_else(Refusal::user_not_found)?;
        let u = self.user(idx).ok_or_else(Refusal::user_not_found)?;
        if matches!(
            u.status,
            EmployeeStatus::Terminated | EmployeeStatus::Pending
        ) {
            return Err(Refusal::user_not_found());
        }
        let is_self = idx == viewer.idx;
        if !is_self
            && (!viewer.is_admin()
                || u.role == Role::Owner
                || (u.role == Role::Admin && !viewer.is_owner()))
        {
            return Err(Refusal::AccessDenied);
        }
        if self.index_of_email(&email).is_some() {
            return Err(Refusal::Argument(
                "User with this email is already registered".into(),
            ));
        }
        if viewer.is_admin() {
            self.set_email(idx, &email);
            if let Some(u) = self.user_mut(idx) {
                u.activation = ActivationStatus::NotActivated;
            }
            self.admin.outbox.send(&email, MailKind::Activation);
        } else {
            self.admin.outbox.send(&email, MailKind::EmailChange);
        }
        Ok("The email change instructions have been successfully sent".into())
    }

    /// Gives the user in `idx` a new address, keeping the email index right.
    fn set_email(&mut self, idx: usize, email: &str) {
        let Some(u) = self.user_mut(idx) else { return };
        let old = u.email_key.clone();
        u.email = email.to_string();
        u.refresh_keys();
        let new = u.email_key.clone();
        if self.by_email.get(&old) == Some(&idx) {
            self.by_email.remove(&old);
        }
        self.by_email.insert(new, idx);
        self.touch();
    }
}

#[cfg(test)]
#[path = "profile_tests.rs"]
mod tests;
