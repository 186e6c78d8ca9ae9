//! Making server text safe to draw or print.
//!
//! Every string that came from a portal passes through [`display_safe`] before it reaches
//! a widget, stdout/stderr or the log. Nothing is silently dropped: control characters
//! become visible escapes (`\x1b`, `\u{9b}`), and invisible format characters (bidi
//! overrides, zero-width characters, line/paragraph separators) become `<U+XXXX>` tokens,
//! so two names that differ only in hidden characters look different.

use std::borrow::Cow;

/// Whether `c` must be shown as an escape rather than drawn.
fn needs_escape(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// Returns `s` with control and invisible format characters made visible.
/// Borrows when nothing needs escaping (the common case).
pub fn display_safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() {
            let n = c as u32;
            if n < 0x80 {
                out.push_str(&format!("\\x{n:02x}"));
            } else {
                out.push_str(&format!("\\u{{{n:x}}}"));
            }
        } else if is_invisible_format(c) {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Sanitises and cuts `s` to at most `max` characters (an ellipsis marks the cut).
pub fn display_safe_short(s: &str, max: usize) -> String {
    let safe = display_safe(s);
    if safe.chars().count() <= max {
        return safe.into_owned();
    }
    let mut out: String = safe.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Decodes the HTML entities DocSpace puts in `displayName` and group names
/// (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, numeric forms). The result is still raw
/// server text: pass it through [`display_safe`] before showing it.
pub fn html_decode(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| decode_entity(&tail[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn decode_entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let num = name.strip_prefix('#')?;
            let n = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(n)
        }
    }
}

/// HTML-encodes `s` the way the server encodes `displayName`.
pub fn html_encode(s: &str) -> Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_are_made_visible() {
        let hostile = "\u{1b}[2J\u{1b}]52;c;AAAA\u{7}Eve\u{202E}live\u{9b}";
        assert_eq!(
            display_safe(hostile),
            "\\x1b[2J\\x1b]52;c;AAAA\\x07Eve<U+202E>live\\u{9b}"
        );
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(display_safe("Zoë 王"), Cow::Borrowed(_)));
    }

    #[test]
    fn short_form_cuts_with_ellipsis() {
        assert_eq!(display_safe_short("abcdef", 4), "abc…");
        assert_eq!(display_safe_short("abc", 4), "abc");
    }

    #[test]
    fn html_round_trip() {
        let raw = "Tom & \"Jerry\" <co>'s";
        assert_eq!(html_decode(&html_encode(raw)), raw);
        assert_eq!(html_decode("a &#x41; &#66; &bogus; &"), "a A B &bogus; &");
    }

    proptest! {
        #[test]
        fn output_never_contains_controls_or_hidden_format(s in any::<String>()) {
            let out = display_safe(&s);
            prop_assert!(!out.chars().any(needs_escape));
        }

        #[test]
        fn inputs_differing_in_hidden_chars_render_differently(a in "[a-z]{1,8}", b in "[a-z]{1,8}") {
            let plain = format!("{a}{b}");
            let hidden = format!("{a}\u{200B}{b}");
            prop_assert_ne!(display_safe(&plain), display_safe(&hidden));
        }
    }
}
