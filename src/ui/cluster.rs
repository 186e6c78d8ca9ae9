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
pub(crate) fn ratatui_width(g: &str) -> usize {
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
pub(crate) fn columns(g: &str) -> usize {
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
pub(crate) fn is_exact(g: &str) -> bool {
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
#[path = "cluster_tests.rs"]
mod tests;
