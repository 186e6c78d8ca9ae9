//! Width-correct text: cutting and padding by display width, never splitting a grapheme.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The ellipsis that marks cut text.
pub const ELLIPSIS: &str = "…";

/// Display width of `s`, as the terminal buffer measures it (per grapheme).
pub fn width(s: &str) -> usize {
    s.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// Cuts `s` to at most `max` columns, ending in an ellipsis when something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let budget = max - 1;
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = g.width();
        if used + w > budget {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push_str(ELLIPSIS);
    out
}

/// Cuts or pads `s` to exactly `cols` columns.
pub fn fit(s: &str, cols: usize) -> String {
    let mut out = truncate(s, cols);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// Breaks `s` into lines of at most `cols` columns (at spaces when possible).
pub fn wrap(s: &str, cols: usize) -> Vec<String> {
    let cols = cols.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in s.split_word_bounds() {
        let w = width(word);
        if used + w > cols && !line.is_empty() {
            lines.push(std::mem::take(&mut line).trim_end().to_string());
            used = 0;
            if word.trim().is_empty() {
                continue;
            }
        }
        if w > cols {
            for g in word.graphemes(true) {
                let gw = g.width();
                if used + gw > cols && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push_str(g);
                used += gw;
            }
        } else {
            line.push_str(word);
            used += w;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn cjk_emoji_and_combining_marks() {
        assert_eq!(width("日本語"), 6);
        assert_eq!(truncate("日本語テキスト", 7), "日本語…");
        assert_eq!(fit("日本語テキスト", 6), "日本… ");
        assert_eq!(fit("e\u{301}cole", 4), "e\u{301}co…");
        assert_eq!(width(&fit("e\u{301}cole", 4)), 4);
        let fam = fit("👩‍👩‍👧 family", 5);
        assert_eq!(width(&fam), 5);
        assert!(fam.starts_with("👩‍👩‍👧") && fam.ends_with('…'), "{fam}");
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abcdef", 1), "…");
    }

    #[test]
    fn wrapping_keeps_words_and_widths() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), [""]);
        for l in wrap("日本語のテキストです 長い", 5) {
            assert!(width(&l) <= 5, "{l}");
        }
        // A zero-width mark first must not let a wide grapheme join its line.
        assert_eq!(wrap("\u{ac7}ab", 1), ["\u{ac7}", "a", "b"]);
    }

    proptest! {
        #[test]
        fn fit_is_exact_width(s in "\\PC{0,40}", cols in 0usize..30) {
            let safe = crate::sanitize::display_safe(&s).into_owned();
            let out = fit(&safe, cols);
            prop_assert_eq!(width(&out), cols);
        }

        #[test]
        fn wrap_lines_fit(s in "\\PC{0,80}", cols in 1usize..20) {
            let safe = crate::sanitize::display_safe(&s).into_owned();
            for l in wrap(&safe, cols) {
                // Only a single grapheme wider than the column may overflow it.
                let single = l.graphemes(true).count() == 1;
                prop_assert!(width(&l) <= cols || single, "{:?}", l);
            }
        }
    }
}
