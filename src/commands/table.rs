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
    let cols = headers.len();
    let cap = |i: usize| max.get(i).copied().filter(|m| *m > 0).unwrap_or(usize::MAX);
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            (0..cols)
                .map(|i| fit(r.get(i).map(String::as_str).unwrap_or(""), cap(i)))
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.width());
        }
    }
    let mut out = String::new();
    let mut line = |row: &[String]| {
        let mut l = String::new();
        for (i, c) in row.iter().enumerate() {
            l.push_str(c);
            if i + 1 < cols {
                l.push_str(&" ".repeat(widths[i] - c.width() + 2));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(&headers.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    for r in &cells {
        line(r);
    }
    out
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;
