//! The last step of every frame: each cluster becomes one cell group whose width is the
//! one the app laid it out with, so what the app believes it drew is what a terminal shows.
//!
//! * An exact cluster (see [`super::cluster`]) takes the pads the text layer left after it
//!   into its group (`CellDiffOption::ForcedWidth`), so ratatui's diff neither skips too
//!   few cells after it nor writes into the columns it may cover. If the columns are not
//!   free (text that did not pass through the text layer), the cluster is replaced by
//!   U+FFFD, which every terminal draws in one column: a visible sign, never a glyph that
//!   spills over its neighbour.
//! * A wide cluster partly covered by something drawn later (a popup's border over a CJK
//!   name) is blanked: the terminal would otherwise draw it over the popup, and ratatui's
//!   diff would never send the covered cells.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};

use super::cluster::{columns, is_exact};
use super::text::PAD;

/// Stands for an exact cluster that has no room for its widest width.
pub(crate) const NO_ROOM: &str = "\u{FFFD}";

/// Turns every row of `buf` into well-formed cell groups.
pub(crate) fn settle(buf: &mut Buffer) {
    let area = buf.area;
    if area.width == 0 {
        return;
    }
    for y in area.top()..area.bottom() {
        let row = buf.index_of(area.x, y);
        let width = usize::from(area.width);
        settle_row(&mut buf.content[row..row + width]);
    }
}

fn is_free(cell: &Cell) -> bool {
    let s = cell.symbol();
    s == " " || s.chars().eq(std::iter::once(PAD))
}

fn settle_row(row: &mut [Cell]) {
    let mut x = 0;
    while x < row.len() {
        let symbol = row[x].symbol();
        if symbol.len() == 1 {
            x += 1;
            continue;
        }
        let drawn = usize::from(row[x].cell_width()).max(1);
        let exact = is_exact(symbol);
        let wanted = if exact { columns(symbol).max(1) } else { drawn };
        let end = x + wanted;
        let covered_by_later_text = row
            .get(x + 1..(x + drawn).min(row.len()))
            .is_some_and(|hidden| hidden.iter().any(|c| c.symbol() != " "));
        if covered_by_later_text {
            row[x].set_symbol(" ");
            x += 1;
            continue;
        }
        let room = end <= row.len() && row[x + drawn.min(wanted)..end].iter().all(is_free);
        if exact && !room {
            row[x].set_symbol(NO_ROOM);
            row.iter_mut().skip(x + 1).take(drawn - 1).for_each(blank);
            x += drawn;
            continue;
        }
        if exact {
            let w = u16::try_from(wanted).ok().and_then(NonZeroU16::new);
            if let Some(w) = w {
                row[x].set_diff_option(CellDiffOption::ForcedWidth(w));
            }
            let style = row[x].style();
            for cell in &mut row[x + 1..end] {
                cell.reset();
                cell.set_style(style);
            }
        }
        x = end;
    }
}

/// A cell hidden behind the cluster before it.
fn blank(cell: &mut Cell) {
    let style = cell.style();
    cell.reset();
    cell.set_style(style);
}

#[cfg(test)]
#[path = "cell_groups_tests.rs"]
mod tests;
