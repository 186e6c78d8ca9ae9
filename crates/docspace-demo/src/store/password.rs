//! The portal's password policy and password-change links
//! (`web/ASC.Web.Core/Utility/PasswordSettings.cs`, `UserManagerWrapper.cs` lines
//! 352-408, `products/ASC.People/Server/Api/UserController.cs` lines 538-606 and
//! 1736-1792).
//!
//! The default policy: 8 to 30 printable ASCII characters (no spaces); no upper-case,
//! digit or special-character requirement. A password breaking it is 400 with the
//! policy's wording.

use uuid::Uuid;

use super::outbox::MailKind;
use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::dto::{ActivationStatus, EmployeeStatus};

/// The default minimum length (`PasswordSettings.GetDefault`, line 73).
pub const MIN_PASSWORD: usize = 8;
/// `PasswordSettingsManager.MaxLength` (line 89).
pub const MAX_PASSWORD: usize = 30;

/// `CheckPassword` with the default settings (lines 128-134 and 172): printable ASCII
/// (`[\x21-\x7E]`), 8 to 30 characters; the message is `GetPasswordHelpMessage`'s.
pub(crate) fn check_password(password: &str) -> Result<(), Refusal> {
    let len = password.chars().count();
    let printable = password.chars().all(|c| ('\x21'..='\x7e').contains(&c));
    if printable && (MIN_PASSWORD..=MAX_PASSWORD).contains(&len) {
        return Ok(());
    }
    Err(Refusal::Argument(format!(
        "Password must contain from {MIN_PASSWORD} to {MAX_PASSWORD} characters, only latin letters, no spaces"
    )))
}

/// Who asks for a password-change link.
#[derive(Debug, Clone, Copy)]
pub enum Asker<'a> {
    /// A signed-in user.
    User(&'a Viewer),
    /// Nobody signed in (the login page's "forgot password").
    Anonymous,
}

impl Store {
    /// `POST /people/password`, `{email}`: mails a password-change link (a pending invitee
    /// gets the invitation again). Signed in, only oneself, or, for a DocSpace admin,
    /// someone who is neither the owner nor (unless the admin is the owner) another
    /// admin (403). A signed-in caller learns why no mail went (403 with the reason);
    /// an anonymous one never does. Returns the answer's message.
    pub fn send_password_link(&mut self, asker: Asker<'_>, email: &str) -> Result<String, Refusal> {
        let email = email.trim();
        let target = self.index_of_email(email);
        if let Asker::User(v) = asker {
            let is_self = target == Some(v.idx);
            if !is_self {
                let role = target.and_then(|i| self.user(i)).map(|u| u.role);
                if !v.is_admin()
                    || role == Some(Role::Owner)
                    || (role == Some(Role::Admin) && !v.is_owner())
                {
                    return Err(Refusal::AccessDenied);
                }
            }
        }
        if !super::email_rule::strict_email(email) {
            // `new ArgumentException(nameof(email), Resource.ErrorNotCorrectEmail)`: the
            // server passes the two the wrong way round (UserManagerWrapper.cs line 369).
            return Err(Refusal::Argument(
                "email (Parameter 'Incorrect email')".into(),
            ));
        }
        let failure = self.mail_password_link(target, email);
        match (failure, asker) {
            (Some(reason), Asker::User(_)) => Err(Refusal::InvalidOperation(reason)),
            (_, Asker::User(_)) => Ok(format!(
                "The password change instruction has been sent to {email} email address."
            )),
            (_, Asker::Anonymous) => Ok(format!(
                "If a user with the {email} email exists, the password change instruction has been sent to this email address."
            )),
        }
    }

    /// `SendUserPasswordAsync` (lines 364-408): the reason no mail went, if none did.
    fn mail_password_link(&mut self, target: Option<usize>, email: &str) -> Option<String> {
        let Some(u) = target.and_then(|i| self.user(i)) else {
            return Some(format!(
                "The user with \"{email}\" email could not be found"
            ));
        };
        if u.status == EmployeeStatus::Terminated {
            return Some("Your profile is suspended".into());
        }
        let (to, id) = (u.email.clone(), u.id);
        if u.activation == ActivationStatus::Pending && u.status == EmployeeStatus::Pending {
            let kind = u.role.employee_type();
            self.admin.outbox.send(&to, MailKind::Invitation(kind));
            return None;
        }
        let key = self.new_id().simple().to_string();
        self.admin
            .outbox
            .send(&to, MailKind::PasswordChange { user: id, key });
        None
    }

    /// The user a password-change link's `key` was sent for, if it was sent for `user`.
    pub fn password_link_user(&self, user: Uuid, key: &str) -> Option<Viewer> {
        self.admin
            .outbox
            .has_password_key(user, key)
            .then(|| self.viewer(user))
            .flatten()
    }

    /// `PUT /people/{userid}/password` by the holder of a link for that user
    /// (lines 541-606): the user must exist (404) and be active (403); the owner's
    /// password is the owner's to change; an empty password is 400
    /// `The password is empty.`; the policy applies to the trimmed password.
    pub fn change_password(
        &mut self,
        viewer: &Viewer,
        user: Uuid,
        password: Option<&str>,
        hash: Option<&str>,
    ) -> Result<usize, Refusal> {
        if viewer.id != user && !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        let idx = self.index_of(user).ok_or_else(Refusal::user_not_found)?;
        let u = self.user(idx).ok_or_else(Refusal::user_not_found)?;
        if u.status != EmployeeStatus::Active || (u.role == Role::Owner && viewer.id != user) {
            return Err(Refusal::AccessDenied);
        }
        let hash = hash.map(str::trim).filter(|h| !h.is_empty());
        let password = password.map(str::trim).filter(|p| !p.is_empty());
        let new = match (hash, password) {
            (Some(h), _) => h.to_string(),
            (None, Some(p)) => {
                check_password(p)?;
                p.to_string()
            }
            (None, None) => return Err(Refusal::Argument("The password is empty.".into())),
        };
        if let Some(u) = self.user_mut(idx) {
            u.password = Some(new);
        }
        Ok(idx)
    }
}

#[cfg(test)]
#[path = "password_tests.rs"]
mod tests;
