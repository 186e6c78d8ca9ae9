//! Making server text safe to draw or print.
//!
//! Every string that came from a portal passes through [`display_safe`] before it reaches
//! a widget, stdout/stderr or the log. Nothing is silently dropped: control characters
//! become visible escapes (`\x1b`, `\u{9b}`), and invisible characters become `<U+XXXX>`
//! tokens, so two names that differ only in hidden characters look different.
//!
//! The rule for "invisible" ([`is_invisible`]): every code point that is
//! `Default_Ignorable_Code_Point` in Unicode 16 (`DerivedCoreProperties.txt`: soft hyphen,
//! combining grapheme joiner, the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the
//! Khmer inherent vowels, the Mongolian variation selectors and vowel separator, the
//! zero-width and bidi controls, word joiner and invisible operators, variation selectors,
//! the shorthand format controls, the musical formatting controls, tag characters and the
//! rest of plane 14), plus the line and paragraph separators and the interlinear annotation
//! controls and the Egyptian hieroglyph format controls, which draw nothing either. A
//! cluster that would still be drawn in no column at all (a combining mark with nothing
//! before it, a lone prepended letter) is marked the same way: a terminal shows nothing
//! for it. One exception keeps emoji readable: VARIATION
//! SELECTOR-16 right after a character whose text form it turns into an emoji (one column
//! becomes two, a visible change) is kept. Every other variation selector is marked, even
//! where a font would honour it: whether it changes the glyph depends on the font, and two
//! users must never look identical on screen.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Whether `c` must be shown as an escape rather than drawn (VS16 after an emoji base is
/// decided by [`keeps_vs16`], which needs the previous character).
fn needs_escape(c: char) -> bool {
    c.is_control() || is_invisible(c)
}

/// `Default_Ignorable_Code_Point` (Unicode 16) plus the separators and annotation
/// controls that draw nothing.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFFB}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

const VS16: char = '\u{FE0F}';

/// Whether VARIATION SELECTOR-16 after `base` is kept: only where it turns a one-column
/// text character into a two-column emoji (an emoji presentation sequence), the one case
/// where it visibly changes what is drawn.
fn keeps_vs16(base: Option<char>) -> bool {
    base.is_some_and(|b| {
        let alone = b.to_string();
        let mut seq = alone.clone();
        seq.push(VS16);
        alone.width() == 1 && seq.width() == 2
    })
}

/// Returns `s` with control and invisible characters made visible.
/// Borrows when nothing needs escaping (the common case).
pub fn display_safe(s: &str) -> Cow<'_, str> {
    let escaped = escape_chars(s);
    if !has_empty_cluster(&escaped) {
        return escaped;
    }
    let mut out = String::with_capacity(escaped.len() + 8);
    for g in escaped.graphemes(true) {
        if g.width() == 0 {
            g.chars().for_each(|c| push_token(&mut out, c));
        } else {
            out.push_str(g);
        }
    }
    Cow::Owned(out)
}

/// Escapes controls and marks invisible characters, one character at a time.
fn escape_chars(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) && !has_marker_lookalike(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        if starts_marker(&s[i..]) {
            // Text that reads like a marker is itself marked, so that a name typed with
            // "<U+200B>" in it never looks like one holding a zero-width space.
            push_token(&mut out, c);
        } else if c.is_control() {
            let n = c as u32;
            if n < 0x80 {
                out.push_str(&format!("\\x{n:02x}"));
            } else {
                out.push_str(&format!("\\u{{{n:x}}}"));
            }
        } else if c == VS16 && keeps_vs16(prev) {
            out.push(c);
        } else if is_invisible(c) {
            push_token(&mut out, c);
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    Cow::Owned(out)
}

/// The starts of the markers this module writes: `<U+…>`, `\x…`, `\u{…}`.
const MARKER_STARTS: [&str; 3] = ["<U+", "\\x", "\\u"];

fn starts_marker(rest: &str) -> bool {
    MARKER_STARTS.iter().any(|m| rest.starts_with(m))
}

fn has_marker_lookalike(s: &str) -> bool {
    MARKER_STARTS.iter().any(|m| s.contains(m))
}

fn push_token(out: &mut String, c: char) {
    out.push_str(&format!("<U+{:04X}>", c as u32));
}

/// Whether some grapheme cluster of `s` takes no column (cheap for plain text).
fn has_empty_cluster(s: &str) -> bool {
    if s.is_ascii() || !s.chars().any(|c| c.width() == Some(0)) {
        return false;
    }
    s.graphemes(true).any(|g| g.width() == 0)
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
#[path = "sanitize_tests.rs"]
mod tests;
