//! Look-up by ID or email: reading what was typed, and whether an answer is about the
//! user asked for.

use uuid::Uuid;

use crate::api::EmployeeFullDto;
use crate::api::client::same_email;
use crate::sanitize::display_safe_short;

/// What a look-up asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
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
pub fn parse_lookup(raw: &str) -> Result<LookupTarget, String> {
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
pub fn is_email(s: &str) -> bool {
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
mod tests {
    use super::*;

    #[test]
    fn guids_in_their_spellings() {
        let id = Uuid::from_u128(0x3f2504e0_4f89_11d3_9a0c_0305e82c3301);
        for s in [
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "  3F2504E0-4F89-11D3-9A0C-0305E82C3301 ",
            "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
            "3f2504e04f8911d39a0c0305e82c3301",
        ] {
            assert_eq!(parse_lookup(s), Ok(LookupTarget::Id(id)), "{s}");
        }
    }

    #[test]
    fn only_the_user_asked_for_answers_a_lookup() {
        let mut ann = EmployeeFullDto::bare(Uuid::from_u128(7));
        ann.email = Some("Ann@Example.org".into());
        assert!(LookupTarget::Id(Uuid::from_u128(7)).is_answered_by(&ann));
        assert!(!LookupTarget::Id(Uuid::from_u128(8)).is_answered_by(&ann));
        assert!(LookupTarget::Email("ann@example.ORG".into()).is_answered_by(&ann));
        assert!(!LookupTarget::Email("bob@example.org".into()).is_answered_by(&ann));
        ann.email = None;
        assert!(!LookupTarget::Email("ann@example.org".into()).is_answered_by(&ann));
    }

    #[test]
    fn emails_and_refusals() {
        assert_eq!(
            parse_lookup(" ann@example.org "),
            Ok(LookupTarget::Email("ann@example.org".into()))
        );
        let e = parse_lookup("ann@").unwrap_err();
        assert!(e.contains("not a valid email"), "{e}");
        let e = parse_lookup("3f2504e0-4f89-11d3").unwrap_err();
        assert!(e.contains("not a valid user ID"), "{e}");
        let e = parse_lookup("bob").unwrap_err();
        assert!(e.contains("neither a user ID"), "{e}");
        let e = parse_lookup("a\u{1b}[2Jb").unwrap_err();
        assert!(!e.contains('\u{1b}'), "{e}");
        assert!(parse_lookup("   ").is_err());
        assert!(!is_email("a@b"));
        assert!(!is_email("a b@c.d"));
        assert!(is_email("a.b+tag@sub.example.co"));
    }
}
