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

    /// Text typed to look like a marker is marked itself: "Ann<U+200B>" typed literally
    /// and "Ann" with a real zero-width space never look the same (nor do the escapes).
    #[test]
    fn text_that_reads_like_a_marker_is_marked() {
        let pairs = [
            ("Ann<U+200B>", "Ann\u{200B}"),
            ("Eve\\x1b", "Eve\u{1b}"),
            ("Bo\\u{9b}", "Bo\u{9b}"),
        ];
        for (typed, real) in pairs {
            assert_ne!(display_safe(typed), display_safe(real), "{typed:?}");
        }
        assert_eq!(display_safe("Ann<U+200B>"), "Ann<U+003C>U+200B>");
        assert_eq!(display_safe("a < b"), "a < b", "a lone < stays");
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

    /// The code points the defect report lists, as ranges (first, last), written out here
    /// independently of the rule in [`is_invisible`].
    const LISTED: [(u32, u32); 12] = [
        (0xE0000, 0xE007F), // tag characters
        (0x034F, 0x034F),   // combining grapheme joiner
        (0x115F, 0x1160),   // Hangul choseong / jungseong fillers
        (0x3164, 0x3164),   // Hangul filler
        (0xFFA0, 0xFFA0),   // halfwidth Hangul filler
        (0x180B, 0x180F),   // Mongolian variation selectors, vowel separator
        (0x17B4, 0x17B5),   // Khmer inherent vowels
        (0x1D173, 0x1D17A), // musical formatting
        (0x1BCA0, 0x1BCA3), // shorthand format controls
        (0xFE00, 0xFE0F),   // variation selectors
        (0xE0100, 0xE01EF), // variation selectors supplement
        (0x200B, 0x200F),   // zero-width characters and marks (already marked before)
    ];

    fn listed() -> impl Iterator<Item = char> {
        LISTED
            .iter()
            .flat_map(|&(a, b)| a..=b)
            .filter_map(char::from_u32)
    }

    #[test]
    fn every_listed_invisible_character_is_marked() {
        for c in listed() {
            let shown = display_safe(&format!("a{c}b")).into_owned();
            assert_eq!(shown, format!("a<U+{:04X}>b", c as u32), "{:04X}", c as u32);
            // After a letter, a base with no emoji form, and at the very start.
            let shown = display_safe(&format!("{c}x")).into_owned();
            assert_eq!(shown, format!("<U+{:04X}>x", c as u32));
        }
    }

    #[test]
    fn vs16_is_kept_only_where_it_makes_an_emoji() {
        // Text heart + VS16: an emoji presentation sequence, drawn differently: kept.
        assert_eq!(display_safe("\u{2764}\u{FE0F}"), "\u{2764}\u{FE0F}");
        assert_eq!(display_safe("1\u{FE0F}\u{20E3}"), "1\u{FE0F}\u{20E3}");
        // Already an emoji, or no emoji form at all: it changes nothing, so it is marked.
        assert_eq!(display_safe("\u{1F44D}\u{FE0F}"), "\u{1F44D}<U+FE0F>");
        assert_eq!(display_safe("a\u{FE0F}"), "a<U+FE0F>");
        assert_eq!(
            display_safe("\u{2764}\u{FE0F}\u{FE0F}"),
            "\u{2764}\u{FE0F}<U+FE0F>"
        );
        // VS15 (text presentation) is always marked.
        assert_eq!(display_safe("\u{2764}\u{FE0E}"), "\u{2764}<U+FE0E>");
    }

    /// A character the test considers invisible, from the listed ranges and from Unicode
    /// data that the rule does not read (general category, `PropList.txt`).
    fn hidden_by_oracle(c: char, prev: Option<char>) -> bool {
        use unicode_general_category::{GeneralCategory as G, get_general_category};
        use unicode_width::UnicodeWidthChar;
        if c == VS16 && prev.is_some_and(|p| p.width() == Some(1) && keeps_vs16(Some(p))) {
            return false;
        }
        let cat = get_general_category(c);
        // Prepended_Concatenation_Mark (PropList.txt): format characters that are drawn.
        let drawn_format = matches!(
            c as u32,
            0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x110BD | 0x110CD
        );
        listed().any(|l| l == c)
            || c.is_control()
            || matches!(cat, G::LineSeparator | G::ParagraphSeparator)
            || (cat == G::Format && !drawn_format)
    }

    /// The sanitised text as the screen has it: no hidden character and no grapheme
    /// cluster that takes no column (the screen drops those).
    fn assert_all_visible(out: &str) -> Result<(), TestCaseError> {
        use unicode_segmentation::UnicodeSegmentation;
        let mut prev = None;
        for g in out.graphemes(true) {
            prop_assert!(g.width() > 0, "empty cluster {:?} in {:?}", g, out);
            for c in g.chars() {
                prop_assert!(!hidden_by_oracle(c, prev), "{:04X} in {:?}", c as u32, out);
                prev = Some(c);
            }
        }
        Ok(())
    }

    /// The alphabet the property tests draw from: letters, marks, emoji and every kind of
    /// invisible character (no `<` or `\\`, which the escapes are made of).
    fn alphabet() -> Vec<char> {
        let mut a: Vec<char> = "ab é\u{301}\u{915}\u{93F}\u{E25}\u{E37}\u{1100}\u{1161}\u{11A8}\u{1F44D}\u{1F3FD}\u{2764}\u{1F1FA}\u{1F1F8}\u{5D0}\u{644}\u{627}"
            .chars()
            .collect();
        a.extend(listed().step_by(7));
        a.extend([
            '\u{FE0F}',
            '\u{FE0E}',
            '\u{200D}',
            '\u{2060}',
            '\u{00AD}',
            '\u{2028}',
            '\u{FEFF}',
            '\u{E0001}',
            '\u{E01EF}',
            '\u{1D17A}',
            '\u{1BCA3}',
            '\u{115F}',
            '\u{1160}',
            '\u{3164}',
            '\u{FFA0}',
            '\u{180E}',
            '\u{17B5}',
            '\u{034F}',
            '\u{206F}',
            '\u{61C}',
        ]);
        a
    }

    fn text() -> impl Strategy<Value = Vec<char>> {
        let a = alphabet();
        proptest::collection::vec(proptest::sample::select(a), 0..14)
    }

    proptest! {
        #[test]
        fn output_never_contains_controls_or_hidden_characters(s in any::<String>()) {
            assert_all_visible(&display_safe(&s))?;
        }

        #[test]
        fn mixed_text_never_shows_a_hidden_character(s in text()) {
            let s: String = s.into_iter().collect();
            assert_all_visible(&display_safe(&s))?;
        }

        #[test]
        fn inputs_differing_in_hidden_chars_render_differently(a in "[a-z]{1,8}", b in "[a-z]{1,8}") {
            let plain = format!("{a}{b}");
            let hidden = format!("{a}\u{200B}{b}");
            prop_assert_ne!(display_safe(&plain), display_safe(&hidden));
        }

        #[test]
        fn an_inserted_invisible_character_always_shows(
            s in text(),
            at in any::<proptest::sample::Index>(),
            pick in any::<proptest::sample::Index>(),
        ) {
            let hidden: Vec<char> = alphabet().into_iter().filter(|&c| is_invisible(c)).collect();
            let mut t = s.clone();
            t.insert(at.index(s.len() + 1), *pick.get(&hidden));
            let (a, b): (String, String) = (s.into_iter().collect(), t.into_iter().collect());
            prop_assert_ne!(display_safe(&a), display_safe(&b), "{:?} / {:?}", a, b);
        }

        #[test]
        fn different_inputs_never_look_the_same(a in text(), b in text()) {
            let (a, b): (String, String) = (a.into_iter().collect(), b.into_iter().collect());
            if a != b {
                prop_assert_ne!(display_safe(&a), display_safe(&b), "{:?} / {:?}", a, b);
            }
        }

        #[test]
        fn one_changed_character_always_shows(
            s in text(),
            at in any::<proptest::sample::Index>(),
            pick in any::<proptest::sample::Index>(),
        ) {
            prop_assume!(!s.is_empty());
            let mut t = s.clone();
            let i = at.index(s.len());
            t[i] = *pick.get(&alphabet());
            prop_assume!(t != s);
            let (a, b): (String, String) = (s.into_iter().collect(), t.into_iter().collect());
            prop_assert_ne!(display_safe(&a), display_safe(&b), "{:?} / {:?}", a, b);
        }
    }
}
