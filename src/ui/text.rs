//! Width-correct text: cutting and padding by display width, never splitting a grapheme.
//!
//! Widths are those of [`super::cluster::columns`]: a cluster terminals may draw wider than
//! ratatui's buffer counts it is followed, in the text made here, by [`PAD`] characters
//! that keep its extra columns free; [`super::cell_groups::settle`] turns the cluster and
//! its pads into one cell group when the frame is drawn.

use unicode_segmentation::UnicodeSegmentation;

use super::cluster::{columns, ratatui_width};

/// The ellipsis that marks cut text.
pub(crate) const ELLIPSIS: &str = "…";

/// Keeps a column free after a cluster that may be drawn wider than ratatui counts it
/// (a no-break space, so no wrapping ever separates it from its cluster).
pub(crate) const PAD: char = '\u{A0}';

/// Display width of `s`: the columns the text made here takes on any terminal.
pub(crate) fn width(s: &str) -> usize {
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
pub(crate) fn padded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_text(&mut out, s);
    out
}

/// Cuts `s` to at most `max` columns, ending in an ellipsis when something was cut.
pub(crate) fn truncate(s: &str, max: usize) -> String {
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
pub(crate) fn fit(s: &str, cols: usize) -> String {
    let mut out = truncate(s, cols);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// Breaks `s` into lines of at most `cols` columns (at spaces when possible: a word and
/// the punctuation around it stay together). Text made
/// here already (with its pads) wraps the same as the text it was made from.
pub(crate) fn wrap(s: &str, cols: usize) -> Vec<String> {
    let cols = cols.max(1);
    let unpadded: String;
    let s = if s.is_ascii() {
        s
    } else {
        unpadded = clusters(s).collect();
        &unpadded
    };
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in words_and_spaces(s) {
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
                // A line holding only a zero-width cluster (a lone mark) is not empty:
                // nothing wide joins it.
                if !line.is_empty() && used.max(1) + gw > cols {
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

/// `s` as runs of spaces and runs of everything else ("a (b)." is "a", " ", "(b).").
fn words_and_spaces(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let space = first == ' ';
        let end = rest
            .char_indices()
            .find(|(_, c)| (*c == ' ') != space)
            .map_or(rest.len(), |(i, _)| i);
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some(run)
    })
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
