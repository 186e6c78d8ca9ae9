//! What a valid new user is: the portal's own rules for a new user's fields. The form
//! checks them while the person types so an invalid form is never sent; `users create`
//! checks its arguments with them; the worker checks every create request again. Both
//! front ends build the request with [`body`].
//!
//! As `POST /api/2.0/people` has it (PEOPLE-API.md §6.3): the first name and the email
//! are required, the last name is optional (checked only when given), the password is
//! optional (the portal makes one up).

use std::sync::LazyLock;

use regex::Regex;

use crate::api::dto::{EmployeeType, MemberRequestDto};

/// The longest first name, last name, email or password the portal stores.
pub(crate) const MAX_FIELD_CHARS: usize = 255;

/// The portal's name rule: letters, combining marks, apostrophe, space and hyphen.
static NAME_RULE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"^[\p{L}\p{M}' \-]+$").ok());

/// Why a field's value would be refused. The text is what the form shows beside the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    Required,
    TooLong,
    NameCharacters,
    EmailShape,
    WeakPassword,
}

impl FieldError {
    pub fn message(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::TooLong => "at most 255 characters",
            Self::NameCharacters => "only letters, spaces, apostrophes and hyphens",
            Self::EmailShape => "not an email address (name@example.com)",
            Self::WeakPassword => {
                "8 to 30 characters: latin letters, digits and symbols, no spaces"
            }
        }
    }
}

fn too_long(value: &str) -> bool {
    value.chars().count() > MAX_FIELD_CHARS
}

fn name_chars_ok(value: &str) -> bool {
    match NAME_RULE.as_ref() {
        Some(rule) => rule.is_match(value),
        // The pattern is a constant; should it ever fail to build, the portal still checks.
        None => true,
    }
}

/// First name: required, the name rule, at most 255 characters.
pub(crate) fn first_name(value: &str) -> Result<(), FieldError> {
    if value.trim().is_empty() {
        return Err(FieldError::Required);
    }
    if too_long(value) {
        return Err(FieldError::TooLong);
    }
    if !name_chars_ok(value) {
        return Err(FieldError::NameCharacters);
    }
    Ok(())
}

/// Last name: optional; when given, the same rules as the first name.
pub(crate) fn last_name(value: &str) -> Result<(), FieldError> {
    if value.is_empty() {
        return Ok(());
    }
    if too_long(value) {
        return Err(FieldError::TooLong);
    }
    if value.trim().is_empty() || !name_chars_ok(value) {
        return Err(FieldError::NameCharacters);
    }
    Ok(())
}

/// Email: required, at most 255 characters, and shaped `local@domain.tld`: one `@`, no
/// spaces or control characters, a domain of dot-separated labels that are non-empty and do
/// not start or end with a hyphen, and a local part that does not start or end with a dot
/// nor holds two dots in a row.
pub(crate) fn email(value: &str) -> Result<(), FieldError> {
    if value.is_empty() {
        return Err(FieldError::Required);
    }
    if too_long(value) {
        return Err(FieldError::TooLong);
    }
    if email_shape_ok(value) {
        Ok(())
    } else {
        Err(FieldError::EmailShape)
    }
}

fn email_shape_ok(value: &str) -> bool {
    if value
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';'))
    {
        return false;
    }
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    if local.is_empty() || domain.contains('@') {
        return false;
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    labels.iter().all(|label| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    })
}

/// The portal's default password policy: 8 to 30 characters
/// (`PasswordSettings.cs`: `GetDefault` and `PasswordSettingsManager.MaxLength`).
pub(crate) const PASSWORD_CHARS: std::ops::RangeInclusive<usize> = 8..=30;

/// Password: optional (the portal makes one up when none is given); when given, the
/// portal's default policy: 8 to 30 printable ASCII characters, no spaces
/// (`PasswordSettings.cs` `CheckPassword`: `[\x21-\x7E]`). Refused here as the portal
/// would refuse it, before anything is sent.
pub(crate) fn password(value: &str) -> Result<(), FieldError> {
    if value.is_empty() {
        return Ok(());
    }
    let printable = value.chars().all(|c| ('\x21'..='\x7e').contains(&c));
    if printable && PASSWORD_CHARS.contains(&value.chars().count()) {
        Ok(())
    } else {
        Err(FieldError::WeakPassword)
    }
}

/// The request for a new user from the values as typed or given: names trimmed, an
/// empty last name or password left out. Check the values first (the functions above).
pub(crate) fn body(
    first_name: &str,
    last_name: &str,
    email: &str,
    kind: EmployeeType,
    password: &str,
) -> MemberRequestDto {
    let last = last_name.trim();
    MemberRequestDto {
        email: Some(email.to_string()),
        first_name: Some(first_name.trim().to_string()),
        last_name: (!last.is_empty()).then(|| last.to_string()),
        kind: Some(kind),
        password: (!password.is_empty()).then(|| password.to_string()),
        ..MemberRequestDto::default()
    }
}

/// Checks a whole create request with the rules above; the reason names the field.
pub(crate) fn request(body: &MemberRequestDto) -> Result<(), String> {
    let checks = [
        (
            "first name",
            first_name(body.first_name.as_deref().unwrap_or("")),
        ),
        (
            "last name",
            last_name(body.last_name.as_deref().unwrap_or("")),
        ),
        ("email", email(body.email.as_deref().unwrap_or(""))),
        ("password", password(body.password.as_deref().unwrap_or(""))),
    ];
    match checks.into_iter().find(|(_, r)| r.is_err()) {
        Some((field, Err(e))) => Err(format!(
            "not sent: the {field} is invalid ({})",
            e.message()
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
#[path = "new_user_tests.rs"]
mod tests;
