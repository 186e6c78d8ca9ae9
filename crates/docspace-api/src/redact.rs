//! Keeping secrets out of everything printed. A value echoed from the configuration, the
//! environment or the command line is shown only when it cannot be a token: values that
//! look like one are named, not shown, and an address is shown without its user name,
//! password, query and fragment.

use crate::sanitize::display_safe_short;

/// What stands in for a hidden value.
pub const HIDDEN: &str = "[hidden]";

/// Whether `s` looks like an API key (`sk-…`) or a session token: a long run of letters
/// and digits with few word separators. User IDs (GUIDs) never do.
pub fn looks_like_token(s: &str) -> bool {
    let t = s
        .trim()
        .trim_matches(|c: char| "\"'`()[]{}<>,;:".contains(c));
    let t = t.trim_end_matches('=');
    if t.len() >= 6 && t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("sk-")) {
        return true;
    }
    if t.contains('/') {
        return t.split('/').any(looks_like_token);
    }
    if uuid::Uuid::parse_str(t).is_ok() {
        return false;
    }
    if t.len() < 20
        || !t
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_+".contains(c))
    {
        return false;
    }
    let has = |f: fn(&char) -> bool| t.chars().any(|c| f(&c));
    let separators = t.chars().filter(|c| matches!(c, '-' | '_')).count();
    has(char::is_ascii_digit)
        && has(char::is_ascii_alphabetic)
        && (t.len() >= 32 || (has(char::is_ascii_lowercase) && has(char::is_ascii_uppercase)))
        && separators * 10 <= t.len()
}

/// Whether `s` can name an environment variable: ASCII letters, digits and `_`, not
/// starting with a digit.
pub fn is_env_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && s.len() <= 128
}

/// `value` ready for a message (sanitised, at most `max` characters), or [`HIDDEN`] when
/// it looks like a token.
pub fn shown(value: &str, max: usize) -> String {
    if looks_like_token(value) || scrub(value) != value {
        HIDDEN.to_string()
    } else {
        display_safe_short(value, max)
    }
}

/// An address for messages: its scheme, host, port and path, without user name,
/// password, query or fragment (path segments that look like tokens are hidden). A value
/// that is not an address is shown only when it cannot hold a credential.
pub fn url_for_display(raw: &str) -> String {
    let t = raw.trim();
    match url::Url::parse(t) {
        Ok(u) if u.has_host() => {
            let mut out = format!("{}://{}", u.scheme(), u.host_str().unwrap_or_default());
            if let Some(port) = u.port() {
                out.push_str(&format!(":{port}"));
            }
            let path: Vec<&str> = u
                .path()
                .split('/')
                .map(|seg| if looks_like_token(seg) { HIDDEN } else { seg })
                .collect();
            let path = path.join("/");
            if path != "/" {
                out.push_str(&path);
            }
            display_safe_short(&out, 200)
        }
        _ if looks_like_token(t) || t.contains(['@', '?', '#']) => {
            "(not shown: it may hold a credential)".to_string()
        }
        _ => display_safe_short(t, 120),
    }
}

/// `text` with every word that looks like a token replaced by [`HIDDEN`], and every
/// address reduced as [`url_for_display`] does: a last guard for messages that quote
/// values (parser and command-line errors).
pub fn scrub(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| is_word_char(c) || c == '/') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(|c: char| !is_url_char(c)).unwrap_or(rest.len());
        let candidate = &rest[..end];
        if candidate.contains("://") {
            out.push_str(&url_for_display(
                candidate.trim_end_matches(['.', ',', ')']),
            ));
            let kept = candidate.len() - candidate.trim_end_matches(['.', ',', ')']).len();
            out.push_str(&candidate[candidate.len() - kept..]);
            rest = &rest[end..];
            continue;
        }
        let end = rest
            .find(|c: char| !(is_word_char(c) || c == '/'))
            .unwrap_or(rest.len());
        let pad = rest[end..].len() - rest[end..].trim_start_matches('=').len();
        let word = &rest[..end + pad];
        if looks_like_token(word) {
            out.push_str(HIDDEN);
        } else {
            out.push_str(word);
        }
        rest = &rest[end + pad..];
    }
    out.push_str(rest);
    out
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-_+".contains(c)
}

/// Characters an address may be written with (up to the first space or quote).
fn is_url_char(c: char) -> bool {
    !(c.is_whitespace() || c.is_control() || "\"'`<>".contains(c))
}

#[cfg(test)]
#[path = "redact_tests.rs"]
mod tests;
