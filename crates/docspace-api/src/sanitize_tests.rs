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
