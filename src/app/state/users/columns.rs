//! The columns of the user list: which are chosen (`[ui] columns`), whether the list is
//! wide (over the whole screen), and how many fit a width. Pure, shared by `update` (the
//! sort key cycles through the columns shown) and the view (which draws them).
//!
//! Columns are laid out by priority: name and email first, then the others in the order
//! chosen, each while it fits; they are drawn in the order chosen. Name and email keep a
//! comfortable width before any other column gets room, and take what is left over.

use crate::api::query::SortBy;
use crate::people::columns::Column;

/// The gutter before each row (cursor or mark).
const GUTTER: usize = 1;
/// Between two columns.
const GAP: usize = 1;

/// The columns chosen and the list's width mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableColumns {
    /// In the order they are drawn; never empty.
    chosen: Vec<Column>,
    /// The list fills the main area (no detail pane beside it).
    pub wide: bool,
}

impl Default for TableColumns {
    fn default() -> Self {
        TableColumns::new(Vec::new())
    }
}

impl TableColumns {
    /// The columns of `chosen` (every column when empty), not wide.
    pub fn new(chosen: Vec<Column>) -> Self {
        let chosen = if chosen.is_empty() {
            Column::ALL.to_vec()
        } else {
            chosen
        };
        TableColumns {
            chosen,
            wide: false,
        }
    }

    pub fn chosen(&self) -> &[Column] {
        &self.chosen
    }

    /// The columns that fit a list `inner` columns wide (gutter included) with their
    /// widths, in the order chosen.
    pub fn fit(&self, inner: usize) -> Vec<(Column, usize)> {
        fit(&self.chosen, inner)
    }

    /// The sort after `current` among the columns shown in a list `inner` wide, in the
    /// order they are drawn; the first sortable column when `current`'s is not shown.
    /// None when no column shown can be sorted by.
    pub fn next_sort(&self, current: SortBy, inner: usize) -> Option<SortBy> {
        let shown: Vec<SortBy> = self
            .fit(inner)
            .into_iter()
            .filter_map(|(c, _)| c.sort())
            .collect();
        let at = shown
            .iter()
            .position(|s| Column::of_sort(*s) == Column::of_sort(current));
        match at {
            Some(i) => shown.get(i + 1).or(shown.first()).copied(),
            None => shown.first().copied(),
        }
    }
}

/// (narrowest, comfortable) widths of a column.
fn widths(c: Column) -> (usize, usize) {
    match c {
        Column::Name => (4, 16),
        Column::Email => (4, 20),
        // "room admin", "terminated", "2024-03-05"
        Column::Type | Column::Status | Column::Registered => (10, 10),
        Column::Department => (10, 14),
        Column::Groups | Column::Inviter => (10, 16),
        // "1.5 GB / 10.0 GB"
        Column::Space => (16, 17),
        // "standard"
        Column::LoginType => (8, 8),
    }
}

fn is_text(c: Column) -> bool {
    matches!(c, Column::Name | Column::Email)
}

fn fit(chosen: &[Column], inner: usize) -> Vec<(Column, usize)> {
    let room = inner.saturating_sub(GUTTER);
    let text: Vec<Column> = chosen.iter().copied().filter(|c| is_text(*c)).collect();
    let gaps = |n: usize| n.saturating_sub(1) * GAP;
    let text_need: usize = text.iter().map(|c| widths(*c).1).sum::<usize>() + gaps(text.len());
    let mut width: Vec<(Column, usize)> = Vec::with_capacity(chosen.len());
    if text_need > room {
        // Not even name and email fit comfortably: they share what there is.
        let share = room.saturating_sub(gaps(text.len()));
        return match text[..] {
            [a, b] => {
                let first = share * 9 / 20;
                let pair = [(a, first), (b, share - first)];
                chosen
                    .iter()
                    .filter_map(|c| pair.iter().find(|(p, _)| p == c).copied())
                    .collect()
            }
            [a] => vec![(a, share)],
            _ => Vec::new(),
        };
    }
    let mut used = text_need;
    let mut count = text.len();
    for c in chosen.iter().copied().filter(|c| !is_text(*c)) {
        let add = widths(c).0 + if count > 0 { GAP } else { 0 };
        if used + add <= room {
            width.push((c, widths(c).0));
            used += add;
            count += 1;
        }
    }
    // Room left: the other columns up to their comfortable width, then name and email.
    let mut spare = room - used;
    for (c, w) in &mut width {
        let more = (widths(*c).1 - *w).min(spare);
        *w += more;
        spare -= more;
    }
    let mut text_widths: Vec<(Column, usize)> = text.iter().map(|c| (*c, widths(*c).1)).collect();
    match &mut text_widths[..] {
        [(_, a), (_, b)] => {
            let first = spare * 9 / 20;
            *a += first;
            *b += spare - first;
        }
        [(_, a)] => *a += spare,
        _ => {
            if let Some((_, w)) = width.first_mut() {
                *w += spare;
            }
        }
    }
    width.extend(text_widths);
    chosen
        .iter()
        .filter_map(|c| width.iter().find(|(p, _)| p == c).copied())
        .collect()
}

#[cfg(test)]
#[path = "columns_tests.rs"]
mod tests;
