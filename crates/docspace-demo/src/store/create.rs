//! `POST /api/2.0/people` (PEOPLE-API.md §6.3): validation, type rules, seats.

use std::sync::LazyLock;

use regex::Regex;

use super::{Refusal, Store, Viewer};
use crate::model::{Role, User, now};
use docspace_api::dto::{ActivationStatus, EmployeeStatus, EmployeeType, MemberRequestDto};

/// The server's limit on names and emails.
pub(super) const MAX_FIELD: usize = 255;

static NAME_RULE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"^[\p{L}\p{M}' \-]+$").ok());

/// The portal's name rule `^[\p{L}\p{M}' \-]+$`: letters, combining marks, apostrophe,
/// space and hyphen.
pub fn valid_name(s: &str) -> bool {
    match NAME_RULE.as_ref() {
        Some(re) => re.is_match(s),
        None => false,
    }
}

/// The email shape the demo accepts: one `@`, a non-empty local part, a dotted domain of
/// letters, digits and hyphens, no spaces or control characters.
pub fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.is_empty()
        || local.len() > 64
        || domain.contains('@')
        || s.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// Model validation (`[EmailAddress]`, `[StringLength(255)]`): 400 inside the success
/// envelope.
fn validate_model(req: &MemberRequestDto) -> Result<(), Refusal> {
    if let Some(e) = req.email.as_deref() {
        if e.chars().count() > MAX_FIELD {
            return Err(Refusal::validation(
                "Email",
                "The field Email must be a string with a maximum length of 255.",
            ));
        }
        if !valid_email(e.trim()) {
            return Err(Refusal::validation(
                "Email",
                "The Email field is not a valid e-mail address.",
            ));
        }
    }
    for (field, value) in [("FirstName", &req.first_name), ("LastName", &req.last_name)] {
        if value
            .as_deref()
            .is_some_and(|v| v.chars().count() > MAX_FIELD)
        {
            return Err(Refusal::validation(
                field,
                format!("The field {field} must be a string with a maximum length of 255."),
            ));
        }
    }
    Ok(())
}

impl Store {
    /// Creates a user as `viewer`; returns its slot. A paid type without a free paid seat
    /// silently becomes `User`.
    pub fn create(&mut self, viewer: &Viewer, req: &MemberRequestDto) -> Result<usize, Refusal> {
        validate_model(req)?;
        if matches!(viewer.role, Role::User | Role::Guest) {
            return Err(Refusal::AccessDenied);
        }
        let email = req
            .email
            .as_deref()
            .map(str::trim)
            .ok_or(Refusal::NullArgument("email"))?;
        let first = req
            .first_name
            .as_deref()
            .map(str::trim)
            .ok_or(Refusal::NullArgument("firstName"))?;
        let last = req.last_name.as_deref().map(str::trim).unwrap_or("");
        let asked = req.kind.unwrap_or(EmployeeType::All);
        let allowed = match asked {
            EmployeeType::Guest => false,
            EmployeeType::DocSpaceAdmin => viewer.is_owner(),
            EmployeeType::RoomAdmin | EmployeeType::All => viewer.is_admin(),
            EmployeeType::User => true,
        };
        if !allowed {
            return Err(Refusal::AccessDenied);
        }
        // A password given is trimmed and must meet the policy (UserController.cs lines
        // 311-325); none means a random one.
        let password = match req.password.as_deref().map(str::trim) {
            Some(p) if !p.is_empty() => {
                super::password::check_password(p)?;
                Some(p.to_string())
            }
            _ => None,
        };
        if !valid_name(first) || (!last.is_empty() && !valid_name(last)) {
            return Err(Refusal::Argument("Incorrect firstname or lastname".into()));
        }
        if self.index_of_email(email).is_some() {
            return Err(Refusal::Argument(
                "User with this email is already registered".into(),
            ));
        }
        let mut role = Role::from_type(asked);
        if role.is_paid() && self.check_seat(role).is_err() {
            role = Role::User;
        }
        if !role.is_paid() {
            self.check_seat(role)?;
        }
        let id = self.new_id();
        let mut user = User::new(id, first, last, email, role);
        user.status = EmployeeStatus::Active;
        user.activation = ActivationStatus::Pending;
        user.registered = now();
        user.created_by = Some(viewer.id);
        user.password = password;
        user.location = req.location.clone().unwrap_or_default();
        user.notes = req.comment.clone().unwrap_or_default();
        user.culture = req.culture_name.clone().filter(|c| !c.trim().is_empty());
        user.contacts = req.contacts.clone().unwrap_or_default();
        Ok(self.insert(user))
    }
}

#[cfg(test)]
#[path = "create_tests.rs"]
mod tests;
