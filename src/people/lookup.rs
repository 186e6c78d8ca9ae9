//! Look-up by ID or email: reading what was typed, and whether an answer is about the
//! user asked for.

use uuid::Uuid;

use crate::api::EmployeeFullDto;
use crate::api::client::same_email;
use crate::sanitize::display_safe_short;

/// What a look-up asks for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LookupTarget {
    Id(Uuid),
    Email(String),
}

impl LookupTarget {
    /// "no user with ID …" / "no user with email …".
    pub fn not_found(&self) -> String {
        match self {
            LookupTarget::Id(id) => format!("no user with ID {id}"),
            LookupTarget::Email(e) => format!("no user with email {}", display_safe_short(e, 80)),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            LookupTarget::Id(id) => format!("ID {id}"),
            LookupTarget::Email(e) => format!("email {}", display_safe_short(e, 80)),
        }
    }

    /// Whether `user` is the user asked for: the same ID, or the same email without
    /// regard to case.
    pub fn is_answered_by(&self, user: &EmployeeFullDto) -> bool {
        match self {
            LookupTarget::Id(id) => user.id == *id,
            LookupTarget::Email(e) => same_email(user.email.as_deref(), e),
        }
    }

    /// Words for an answer about another user than the one asked for (short enough for
    /// the status line).
    pub fn answered_by_another(&self) -> String {
        format!(
            "refused an answer about another user (asked for {})",
            self.describe()
        )
    }
}

/// Reads a GUID (any of its usual spellings) or an email address; anything else is
/// refused with an explanation, and nothing is sent.
pub(crate) fn parse_lookup(raw: &str) -> Result<LookupTarget, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Err("type a user ID (a GUID) or an email address".into());
    }
    if let Ok(id) = Uuid::parse_str(s) {
        return Ok(LookupTarget::Id(id));
    }
    let shown = display_safe_short(s, 60);
    if s.contains('@') {
        return if is_email(s) {
            Ok(LookupTarget::Email(s.to_string()))
        } else {
            Err(format!("\"{shown}\" is not a valid email address"))
        };
    }
    let guid_like = s.len() >= 8
        && s.chars()
            .all(|c| c.is_ascii_hexdigit() || matches!(c, '-' | '{' | '}'));
    if guid_like {
        Err(format!(
            "\"{shown}\" is not a valid user ID: an ID is a GUID such as \
             3f2504e0-4f89-11d3-9a0c-0305e82c3301"
        ))
    } else {
        Err(format!(
            "\"{shown}\" is neither a user ID (a GUID) nor an email address"
        ))
    }
}

/// A pragmatic email shape check: one `@`, a local part, a dotted domain, no spaces.
pub(crate) fn is_email(s: &str) -> bool {
    if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with(['.', '-'])
        && !domain.contains("..")
        && !local.starts_with('.')
        && !local.ends_with('.')
}

#[cfg(test)]
#[path = "lookup_tests.rs"]
mod tests;
