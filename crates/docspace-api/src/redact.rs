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
mod tests {
    use super::*;

    #[test]
    fn tokens_are_recognised_and_ids_and_names_are_not() {
        for token in [
            "sk-canary",
            "SK-3f2a9c0e7b1d4e5f8a6b2c9d0e1f3a4b",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "Xy7Q2pL9mZ4kT8vR3nW6sB1c",
            "aGVsbG8gd29ybGQgdGhpcyBpcyBhIHRva2Vu/AbC123+xyz==",
        ] {
            assert!(looks_like_token(token), "{token}");
        }
        for plain in [
            "DOCSPACE_WORK_TOKEN",
            "DOCSPACE_TOKEN_2024_PROD",
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "3f2504e04f8911d39a0c0305e82c3301",
            "docspace-people-integration-test-2",
            "ann.lee@example.org",
            "/home/ann/.config/docspace-people/config.toml",
            "work",
            "sk-",
        ] {
            assert!(!looks_like_token(plain), "{plain}");
        }
    }

    #[test]
    fn environment_names() {
        assert!(is_env_name("DOCSPACE_WORK_TOKEN"));
        assert!(is_env_name("_x1"));
        assert!(!is_env_name("sk-canary"));
        assert!(!is_env_name("1ABC"));
        assert!(!is_env_name("A B"));
        assert!(!is_env_name(""));
    }

    #[test]
    fn addresses_lose_credentials_query_and_fragment() {
        assert_eq!(
            url_for_display(
                "https://ann:s3cret-canary@portal.example.com:8443/docspace?token=sk-canary#x"
            ),
            "https://portal.example.com:8443/docspace"
        );
        assert_eq!(
            url_for_display("http://portal.example.com/"),
            "http://portal.example.com"
        );
        assert_eq!(
            url_for_display("https://portal.example.com/sk-canary/x"),
            "https://portal.example.com/[hidden]/x"
        );
        assert!(!url_for_display("user:s3cret-canary@portal.example.com").contains("canary"));
        assert!(!url_for_display("sk-canary").contains("canary"));
        assert_eq!(url_for_display("portal.example.com"), "portal.example.com");
    }

    #[test]
    fn text_is_scrubbed_of_tokens_and_credentials() {
        let text = "invalid value 'sk-canary-1' for '--limit <N>': use a number; \
                    see https://ann:pw-canary@h.example.com/x?key=k-canary. \
                    DOCSPACE_TOKEN=Xy7Q2pL9mZ4kT8vR3nW6sB1c and 3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        let got = scrub(text);
        assert!(!got.contains("canary"), "{got}");
        assert!(!got.contains("Xy7Q2pL9"), "{got}");
        assert!(got.contains("'--limit <N>'"), "{got}");
        assert!(got.contains("https://h.example.com/x."), "{got}");
        assert!(got.contains("DOCSPACE_TOKEN=[hidden]"), "{got}");
        assert!(
            got.contains("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
            "{got}"
        );
        let plain = "error: no profile named \"work\" in /tmp/x/config.toml";
        assert_eq!(scrub(plain), plain);
    }

    #[test]
    fn shown_hides_what_may_be_a_token() {
        assert_eq!(shown("sk-canary", 40), HIDDEN);
        assert_eq!(shown("work", 40), "work");
        assert_eq!(shown("https://a:b-canary@h.example.com", 80), HIDDEN);
    }
}
