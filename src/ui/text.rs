//! Width-correct text: cutting and padding by display width, never splitting a grapheme.
//!
//! Widths are those of [`super::cluster::columns`]: a cluster terminals may draw wider than
//! ratatui's buffer counts it is followed, in the text made here, by [`PAD`] characters
//! that keep its extra columns free; [`super::cell_groups::settle`] turns the cluster and
//! its pads into one cell group when the frame is drawn.

use unicode_segmentation::UnicodeSegmentation;

use super::cluster::{columns, ratatui_width};

/// The ellipsis that marks cut text.
pub const ELLIPSIS: &str = "…";

/// Keeps a column free after a cluster that may be drawn wider than ratatui counts it
/// (a no-break space, so no wrapping ever separates it from its cluster).
pub const PAD: char = '\u{A0}';

/// Display width of `s`: the columns the text made here takes on any terminal.
pub fn width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len() - s.bytes().filter(u8::is_ascii_control).count();
    }
    clusters(s).map(columns).sum()
}

/// The grapheme clusters of `s`, without the pads text made here already holds (so
/// cutting or measuring it again gives the same result).
fn clusters(s: &str) -> impl Iterator<Item = &str> {
    let pad = PAD.to_string();
    let mut owed = 0usize;
    s.graphemes(true).filter(move |g| {
        if owed > 0 && *g == pad {
            owed -= 1;
            return false;
        }
        owed = columns(g).saturating_sub(ratatui_width(g));
        true
    })
}

/// Appends the cluster `g` and the pads that keep its extra columns.
fn push_cluster(out: &mut String, g: &str) {
    out.push_str(g);
    let pads = columns(g).saturating_sub(ratatui_width(g));
    out.extend(std::iter::repeat_n(PAD, pads));
}

/// Appends `s`, cluster by cluster.
fn push_text(out: &mut String, s: &str) {
    if s.is_ascii() {
        out.push_str(s);
    } else {
        clusters(s).for_each(|g| push_cluster(out, g));
    }
}

/// `s` with the pads that keep every cluster's columns, for text a widget lays out
/// itself (wrapped paragraphs): the pads do not break, so a cluster keeps its columns.
pub fn padded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_text(&mut out, s);
    out
}

/// Cuts `s` to at most `max` columns, ending in an ellipsis when something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len());
    if width(s) <= max {
        push_text(&mut out, s);
        return out;
    }
    if max == 0 {
        return out;
    }
    let budget = max - 1;
    let mut used = 0;
    for g in clusters(s) {
        let w = columns(g);
        if used + w > budget {
            break;
        }
        push_cluster(&mut out, g);
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
            // Only spaces: a trailing pad still keeps its cluster's columns.
            lines.push(std::mem::take(&mut line).trim_end_matches(' ').to_string());
            used = 0;
            if word.trim().is_empty() {
                continue;
            }
        }
        if w > cols {
            for g in clusters(word) {
                let gw = columns(g);
                if used + gw > cols && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                push_cluster(&mut line, g);
                used += gw;
            }
        } else {
            push_text(&mut line, word);
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
}
