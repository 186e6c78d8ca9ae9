//! Aligned text tables for people, measured in terminal columns (wide and combining
//! characters count right). Cells must already be sanitised.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Cuts `s` to at most `max` columns, marking a cut with `…`, never splitting a grapheme.
pub(crate) fn fit(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = g.width();
        if used + w + 1 > max {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// Renders a header and rows with two spaces between columns. `max` caps each column's
/// width (0 = no cap); the last column is never padded.
pub(crate) fn render(headers: &[&str], rows: &[Vec<String>], max: &[usize]) -> String {
    let cells = cut(headers.len(), rows, max);
    let widths = widths(headers, &cells);
    let mut out = line(
        &headers.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
        &widths,
    );
    for r in &cells {
        out.push_str(&line(r, &widths));
    }
    out
}

/// Each row's first `cols` cells, cut to the caps of `max` (0 = no cap).
pub(crate) fn cut(cols: usize, rows: &[Vec<String>], max: &[usize]) -> Vec<Vec<String>> {
    let cap = |i: usize| max.get(i).copied().filter(|m| *m > 0).unwrap_or(usize::MAX);
    rows.iter()
        .map(|r| {
            (0..cols)
                .map(|i| fit(r.get(i).map(String::as_str).unwrap_or(""), cap(i)))
                .collect()
        })
        .collect()
}

/// The width of each column: its widest cell or header.
pub(crate) fn widths(headers: &[&str], cells: &[Vec<String>]) -> Vec<usize> {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for r in cells {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.width());
        }
    }
    widths
}

/// One line: each cell padded to its column's width and two spaces (a wider cell pushes
/// the rest along), the last never padded.
pub(crate) fn line(row: &[String], widths: &[usize]) -> String {
    let cols = row.len();
    let mut l = String::new();
    for (i, c) in row.iter().enumerate() {
        l.push_str(c);
        if i + 1 < cols {
            let w = widths.get(i).copied().unwrap_or(0);
            l.push_str(&" ".repeat(w.saturating_sub(c.width()) + 2));
        }
    }
    let mut out = l.trim_end().to_string();
    out.push('\n');
    out
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;
