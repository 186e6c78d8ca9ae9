use super::*;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// Where ratatui's buffer ends after laying out `s` (what the app draws).
fn laid_out(s: &str) -> usize {
    let mut buf = Buffer::empty(Rect::new(0, 0, 200, 1));
    usize::from(buf.set_stringn(0, 0, s, 200, Style::default()).0)
}

#[test]
fn hard_scripts_take_the_columns_a_terminal_draws() {
    // Columns as a terminal that adds up code points draws them (tmux 3.3 measured
    // the same): spacing vowel signs take a column, nonspacing marks none.
    for (s, w) in [
        ("\u{915}\u{93F}", 2),                                    // Devanagari ki
        ("\u{935}\u{93F}\u{939}\u{93E}\u{928}", 5),               // vihaan
        ("\u{BB0}\u{BBE}\u{BAE}\u{BCD}", 3),                      // Tamil raam
        ("\u{9B0}\u{9BE}\u{9AE}", 3),                             // Bengali raam
        ("\u{E2A}\u{E38}\u{E21}\u{E34}\u{E15}\u{E23}\u{E4C}", 4), // Thai sumit
        ("\u{644}\u{627}", 2),                                    // Arabic lam alef
        ("\u{1100}\u{1161}\u{11A8}", 2),                          // Hangul L+V+T
        ("\u{1F44D}\u{1F3FD}", 4),                                // skin tone
        ("\u{1F1FA}\u{1F1F8}", 2),                                // flag
        ("\u{2764}\u{FE0F}", 2),                                  // VS16 emoji
    ] {
        assert_eq!(width(s), w, "{s:?}");
        let shown = fit(s, w + 1);
        assert_eq!(laid_out(&shown), w + 1, "{s:?}");
        assert_eq!(width(&shown), w + 1, "{s:?}");
    }
    // Cut inside: a cluster never loses its pads.
    assert_eq!(
        truncate("\u{B95}\u{BBE}\u{B95}\u{BBE}", 3),
        "\u{B95}\u{BBE}\u{A0}…"
    );
}

#[test]
fn cjk_emoji_and_combining_marks() {
    assert_eq!(width("日本語"), 6);
    assert_eq!(truncate("日本語テキスト", 7), "日本語…");
    assert_eq!(fit("日本語テキスト", 6), "日本… ");
    assert_eq!(fit("e\u{301}cole", 4), "e\u{301}co…");
    assert_eq!(width(&fit("e\u{301}cole", 4)), 4);
    let flag = fit("🇺🇸 family", 5);
    assert_eq!(width(&flag), 5);
    assert!(flag.starts_with("🇺🇸") && flag.ends_with('…'), "{flag}");
    assert_eq!(fit("ab", 4), "ab  ");
    assert_eq!(fit("abc", 0), "");
    assert_eq!(fit("abcdef", 1), "…");
}

#[test]
fn wrapping_keeps_words_and_widths() {
    assert_eq!(wrap("one two three", 7), ["one two", "three"]);
    // Punctuation stays with its word.
    assert_eq!(wrap("over the list)", 13), ["over the", "list)"]);
    assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    assert_eq!(wrap("", 4), [""]);
    for l in wrap("日本語のテキストです 長い", 5) {
        assert!(width(&l) <= 5, "{l}");
    }
    // A zero-width mark first must not let a wide grapheme join its line.
    assert_eq!(wrap("\u{ac7}ab", 1), ["\u{ac7}", "a", "b"]);
    // Text made here (padded) wraps as the text it was made from: no pad is doubled.
    let tamil = "\u{B95}\u{BBE}\u{BB0}\u{BCD} \u{BB0}\u{BBE}\u{BAE}\u{BCD} and more";
    for cols in [3, 8, 40] {
        assert_eq!(wrap(&padded(tamil), cols), wrap(tamil, cols), "{cols}");
    }
}

proptest! {
    #[test]
    fn fit_is_exact_width(s in "\\PC{0,40}", cols in 0usize..30) {
        let safe = crate::sanitize::display_safe(&s).into_owned();
        let out = fit(&safe, cols);
        prop_assert_eq!(width(&out), cols);
    }

    #[test]
    fn ratatui_lays_text_out_at_the_width_measured_here(s in "\\PC{0,30}", cols in 0usize..40) {
        let safe = crate::sanitize::display_safe(&s).into_owned();
        let out = fit(&safe, cols);
        prop_assert_eq!(laid_out(&out), cols, "{:?}", out);
        prop_assert_eq!(fit(&out, cols), out.clone(), "cutting again changes nothing");
    }

    #[test]
    fn wrap_lines_fit(s in "\\PC{0,80}", cols in 1usize..20) {
        let safe = crate::sanitize::display_safe(&s).into_owned();
        for l in wrap(&safe, cols) {
            // Only a single grapheme wider than the column may overflow it.
            let single = clusters(&l).count() == 1;
            prop_assert!(width(&l) <= cols || single, "{:?}", l);
        }
    }
}
