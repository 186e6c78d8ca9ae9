//! The addresses typed to invite people: one or many, separated by commas, semicolons,
//! spaces or line breaks; each must be an email address (the create form's rule), and an
//! address typed twice is invited once.

use super::new_user;

/// The addresses of `text`, in the order typed, without repeats (compared without
/// regard to case); the first address that is not one, with why, when any is not.
pub(crate) fn parse_emails(text: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    let parts = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|p| !p.is_empty());
    for part in parts {
        if let Err(e) = new_user::email(part) {
            return Err(format!("{part}: {}", e.message()));
        }
        if !out.iter().any(|e| e.eq_ignore_ascii_case(part)) {
            out.push(part.to_string());
        }
    }
    if out.is_empty() {
        return Err("type at least one email address".to_string());
    }
    Ok(out)
}

#[cfg(test)]
#[path = "invite_emails_tests.rs"]
mod tests;
