//! The server's two email checks: the `[EmailAddress]` attribute of request models
//! (a validation 400 before the action runs) and the strict pattern the actions apply
//! (`common/ASC.Core.Common/Core/StringExtension.cs` lines 38-40 and 60-70), which also
//! refuses punycode domains.

use std::sync::LazyLock;

use regex::Regex;

static STRICT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r#"^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$"#,
    )
    .ok()
});

/// `EmailAddressAttribute`: one `@`, neither first nor last, no line breaks.
pub(crate) fn email_attribute_ok(s: &str) -> bool {
    let at = s.find('@');
    at.is_some_and(|i| i > 0 && i + 1 < s.len() && s.rfind('@') == Some(i))
        && !s.contains(['\r', '\n'])
}

/// `TestEmailRegex`: the strict pattern on the trimmed address.
pub(crate) fn strict_email(s: &str) -> bool {
    let t = s.trim();
    !t.is_empty() && STRICT.as_ref().is_some_and(|re| re.is_match(t))
}

/// `TestEmailPunyCode`: a part of the address in punycode (`xn--`).
pub(crate) fn is_punycode(s: &str) -> bool {
    s.split(['@', '.'])
        .any(|part| part.trim().to_ascii_lowercase().starts_with("xn--"))
}

#[cfg(test)]
#[path = "email_rule_tests.rs"]
mod tests;
