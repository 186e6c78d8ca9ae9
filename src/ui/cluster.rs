//! How many columns a grapheme cluster takes on a terminal, and whether terminals agree.
//!
//! ratatui gives a cluster the width unicode-width computes for the whole cluster. Terminals
//! do not all do that: most (xterm, VTE, tmux) add up the widths of the code points, where a
//! spacing combining mark (general category Mc) takes a column of its own even when
//! unicode-width counts it as zero (Tamil U+0BBE, Bengali U+09BE, …) and an emoji modifier
//! is a second emoji; others measure the whole cluster and draw a Devanagari consonant with
//! its vowel sign (U+093F, U+0940, U+093E) in one column, or a text character with VS16 in
//! one. When the app believes a cluster is wider than the terminal draws it, the columns
//! left over keep whatever an earlier frame put there; when it believes it narrower, the
//! rest of the row is drawn one column off.
//!
//! The rule here: a cluster is *plain* when every terminal draws it alike — one code point
//! (other than a regional indicator or an emoji modifier), optionally followed by
//! nonspacing or enclosing marks. Any other cluster is *exact*: it is given the widest
//! width a terminal may draw ([`columns`]: the larger of ratatui's width and the code point
//! sum), and it is drawn on its own, on columns blanked first, with the cursor placed
//! explicitly before and after it (see `crate::backend`). A terminal that draws it
//! narrower leaves blanks, never an old glyph, and none draws it wider.

use ratatui::buffer::CellWidth;
use unicode_general_category::{GeneralCategory, get_general_category};
use unicode_width::UnicodeWidthChar;

/// Columns ratatui's buffer gives the cluster `g`.
pub fn ratatui_width(g: &str) -> usize {
    if g.is_empty() {
        return 0;
    }
    usize::from(g.cell_width())
}

/// Columns a terminal that adds up code points draws `g` in.
fn code_point_sum(g: &str) -> usize {
    g.chars()
        .map(|c| match get_general_category(c) {
            GeneralCategory::SpacingMark => 1,
            _ => c.width().unwrap_or(0),
        })
        .sum()
}

/// The columns kept for the cluster `g`: the widest a terminal may draw it in.
pub fn columns(g: &str) -> usize {
    if g.len() == 1 {
        return usize::from(!g.as_bytes()[0].is_ascii_control());
    }
    if !is_exact(g) {
        return ratatui_width(g);
    }
    ratatui_width(g).max(code_point_sum(g))
}

/// A nonspacing or enclosing mark, drawn on its base by every terminal. Variation
/// selectors are nonspacing marks too, but whether VS16 widens its base is where terminals
/// disagree, so they do not count.
fn is_mark_that_attaches(c: char) -> bool {
    !matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
        && matches!(
            get_general_category(c),
            GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark
        )
}

fn is_regional_indicator_or_modifier(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}' | '\u{1F3FB}'..='\u{1F3FF}')
}

/// Whether terminals may disagree on the width of `g`, so it must be drawn on its own.
pub fn is_exact(g: &str) -> bool {
    if g.is_ascii() {
        return false;
    }
    let mut chars = g.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if is_regional_indicator_or_modifier(first) || is_mark_that_attaches(first) {
        return true;
    }
    if get_general_category(first) == GeneralCategory::SpacingMark {
        return true;
    }
    !chars.all(is_mark_that_attaches)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_clusters_keep_ratatuis_width() {
        for (g, w) in [
            ("a", 1),
            ("é", 1),
            ("e\u{301}", 1),
            ("日", 2),
            ("\u{E25}\u{E37}\u{E49}", 1), // Thai with an above vowel and a tone mark
            ("\u{645}\u{64F}", 1),        // Arabic with a damma
            ("\u{1F600}", 2),
        ] {
            assert!(!is_exact(g), "{g:?}");
            assert_eq!(columns(g), w, "{g:?}");
            assert_eq!(columns(g), ratatui_width(g), "{g:?}");
        }
    }

    #[test]
    fn clusters_terminals_disagree_on_get_the_widest_width() {
        for (g, w) in [
            ("\u{915}\u{93F}", 2),               // Devanagari ki: Mc vowel sign
            ("\u{92A}\u{94D}\u{930}\u{93F}", 3), // Devanagari pri: a conjunct
            ("\u{B95}\u{BBE}", 2),               // Tamil kaa: unicode-width says 1
            ("\u{9B0}\u{9BE}", 2),               // Bengali raa: unicode-width says 1
            ("\u{1F44D}\u{1F3FD}", 4),           // thumbs up, medium skin tone
            ("\u{1F1FA}\u{1F1F8}", 2),           // a flag
            ("\u{2764}\u{FE0F}", 2),             // text heart as an emoji
            ("\u{1100}\u{1161}\u{11A8}", 2),     // Hangul L+V+T
            ("\u{301}", 0),                      // a mark with no base
        ] {
            assert!(is_exact(g), "{g:?}");
            assert_eq!(columns(g), w, "{g:?}");
            assert!(columns(g) >= ratatui_width(g), "{g:?}");
        }
    }
}
