//! The backend the real terminal is drawn through: ratatui's backend, with every cluster
//! whose width terminals disagree on drawn so that no glyph outlives its frame.
//!
//! ratatui's backends assume the terminal moves the cursor exactly as far as the buffer's
//! width for a cluster, and its diff never sends the cells a wide cluster covers. For an
//! exact cluster (see [`crate::ui::cluster`]) this wrapper instead:
//! 1. blanks the columns its cell group covers, in its style;
//! 2. moves the cursor to it explicitly and draws it;
//! 3. starts the next cell with an explicit cursor move;
//! 4. remembers its columns (its footprint), and blanks them again before anything is
//!    drawn over them later, so the parts of it a terminal drew there do not stay.
//!
//! A terminal that draws the cluster narrower than its group leaves blanks; the group is as
//! wide as any terminal draws it, so none draws over a neighbour.

use std::collections::BTreeMap;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellWidth};
use ratatui::layout::{Position, Size};
use ratatui::style::Style;

use crate::ui::cluster::is_exact;

/// Wraps a ratatui backend; see the module documentation.
#[derive(Debug)]
pub struct ExactBackend<B> {
    inner: B,
    /// Columns of the exact clusters on screen: (row, first column) → (width, style).
    footprints: BTreeMap<(u16, u16), (u16, Style)>,
}

impl<B> ExactBackend<B> {
    pub fn new(inner: B) -> Self {
        ExactBackend {
            inner,
            footprints: BTreeMap::new(),
        }
    }

    pub fn inner(&self) -> &B {
        &self.inner
    }

    /// The wrapped backend, to change it as a terminal would change (a test backend's
    /// size). What was on screen is forgotten: the next frame is drawn whole.
    pub fn inner_mut(&mut self) -> &mut B {
        self.footprints.clear();
        &mut self.inner
    }

    /// Removes and returns the footprints on row `y` that overlap columns `x..end`.
    fn take_overlapping(&mut self, y: u16, x: u16, end: u16) -> Vec<(u16, u16, Style)> {
        let mut hit = Vec::new();
        let start = self
            .footprints
            .range(..=(y, x))
            .next_back()
            .filter(|((fy, _), _)| *fy == y)
            .map_or(x, |((_, fx), _)| *fx);
        let keys: Vec<(u16, u16)> = self
            .footprints
            .range((y, start)..(y, end))
            .filter(|((_, fx), (w, _))| fx.saturating_add(*w) > x)
            .map(|(k, _)| *k)
            .collect();
        for k in keys {
            if let Some((w, style)) = self.footprints.remove(&k) {
                hit.push((k.1, w, style));
            }
        }
        hit
    }
}

fn blank(style: Style) -> Cell {
    let mut c = Cell::EMPTY;
    c.set_style(style);
    c
}

impl<B: Backend> Backend for ExactBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut run: Vec<(u16, u16, Cell)> = Vec::new();
        for (x, y, cell) in content {
            let w = cell.cell_width().max(1);
            for (fx, fw, style) in self.take_overlapping(y, x, x.saturating_add(w)) {
                (fx..fx.saturating_add(fw)).for_each(|bx| run.push((bx, y, blank(style))));
            }
            if !is_exact(cell.symbol()) {
                run.push((x, y, cell.clone()));
                continue;
            }
            let style = cell.style();
            (x..x.saturating_add(w)).for_each(|bx| run.push((bx, y, blank(style))));
            // Not next to the last blank: the backend moves the cursor here explicitly.
            run.push((x, y, cell.clone()));
            self.footprints.insert((y, x), (w, style));
            // A new run starts with an explicit cursor move, whatever width was drawn.
            self.inner.draw(run.iter().map(|(x, y, c)| (*x, *y, c)))?;
            run.clear();
        }
        self.inner.draw(run.iter().map(|(x, y, c)| (*x, *y, c)))
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.footprints.clear();
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        // Only a full clear is known to remove them all; blanking one twice is harmless.
        if clear_type == ClearType::All {
            self.footprints.clear();
        }
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
#[path = "backend_tests.rs"]
mod tests;
