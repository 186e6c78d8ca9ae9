//! A model of a terminal for tests: it reads the bytes a backend writes (cursor moves,
//! clears, text) and keeps the grid of glyphs a terminal would show, measuring text in one
//! of the ways real terminals do. Used to check that what the app believes it drew is what
//! the terminal shows, whatever the terminal's idea of a cluster's width.

use std::cell::{Ref, RefCell};
use std::io::Write;
use std::rc::Rc;

use ratatui::buffer::{Buffer, CellWidth};
use unicode_general_category::{GeneralCategory, get_general_category};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What a backend wrote, readable while the backend holds the writer.
#[derive(Clone, Default)]
pub struct Written(Rc<RefCell<Vec<u8>>>);

impl Written {
    pub fn bytes(&self) -> Ref<'_, Vec<u8>> {
        self.0.borrow()
    }
}

impl Write for Written {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// How a terminal measures text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widths {
    /// Code point by code point (xterm, VTE, tmux): zero-width code points join the glyph
    /// before the cursor; a spacing mark takes a column; an emoji modifier is an emoji.
    CodePoints,
    /// Whole clusters, as wide as their first code point (two with VS16): Devanagari
    /// ki in one column.
    FirstCodePoint,
    /// Whole clusters, as unicode-width measures them (what ratatui assumes).
    Clusters,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Slot {
    Glyph(String, u16),
    /// The right part of the wide glyph that starts `n` columns to the left.
    Covered(u16),
}

const BLANK: Slot = Slot::Glyph(String::new(), 1);

pub struct ModelTerminal {
    widths: Widths,
    width: u16,
    rows: Vec<Vec<Slot>>,
    x: u16,
    y: u16,
}

fn code_point_width(c: char) -> u16 {
    if get_general_category(c) == GeneralCategory::SpacingMark {
        return 1;
    }
    c.width().unwrap_or(0) as u16
}

impl ModelTerminal {
    pub fn new(widths: Widths, width: u16, height: u16) -> Self {
        ModelTerminal {
            widths,
            width,
            rows: vec![vec![BLANK; usize::from(width)]; usize::from(height)],
            x: 0,
            y: 0,
        }
    }

    /// Applies the bytes a backend wrote.
    pub fn feed(&mut self, bytes: &[u8]) {
        let text = String::from_utf8_lossy(bytes);
        let mut rest: &str = &text;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("\u{1b}[") {
                let end = after
                    .find(|c: char| ('\u{40}'..='\u{7e}').contains(&c))
                    .unwrap_or(after.len());
                let (params, tail) = after.split_at(end);
                let mut tail = tail.chars();
                let last = tail.next();
                self.control(params, last);
                rest = tail.as_str();
                continue;
            }
            let end = rest.find('\u{1b}').unwrap_or(rest.len());
            let (run, tail) = rest.split_at(end);
            self.print(run);
            rest = tail;
            if rest.starts_with('\u{1b}') && !rest.starts_with("\u{1b}[") {
                rest = &rest[1..];
            }
        }
    }

    fn control(&mut self, params: &str, last: Option<char>) {
        match last {
            Some('H') => {
                let mut p = params.split(';').map(|n| n.parse::<u16>().unwrap_or(1));
                self.y = p.next().unwrap_or(1).saturating_sub(1);
                self.x = p.next().unwrap_or(1).saturating_sub(1);
            }
            Some('J') if params == "2" => {
                for row in &mut self.rows {
                    row.fill(BLANK);
                }
            }
            _ => {}
        }
    }

    fn print(&mut self, run: &str) {
        match self.widths {
            Widths::CodePoints => {
                for c in run.chars() {
                    let w = code_point_width(c);
                    if w == 0 {
                        self.join_previous(c);
                    } else {
                        self.put(c.to_string(), w);
                    }
                }
            }
            Widths::FirstCodePoint => {
                for g in run.graphemes(true) {
                    let first = g.chars().next().map_or(0, code_point_width);
                    let w = if g.contains('\u{FE0F}') { 2 } else { first };
                    self.put(g.to_string(), w.max(1));
                }
            }
            Widths::Clusters => {
                for g in run.graphemes(true) {
                    self.put(g.to_string(), g.width().max(1) as u16);
                }
            }
        }
    }

    fn join_previous(&mut self, c: char) {
        let Some(row) = self.rows.get_mut(usize::from(self.y)) else {
            return;
        };
        let mut x = usize::from(self.x.min(self.width));
        while x > 0 {
            x -= 1;
            match &mut row[x] {
                Slot::Covered(_) => continue,
                Slot::Glyph(s, _) => {
                    s.push(c);
                    return;
                }
            }
        }
    }

    /// Writes a glyph at the cursor, erasing every glyph it overlaps, as terminals do.
    fn put(&mut self, glyph: String, w: u16) {
        if self.x >= self.width {
            return;
        }
        let y = usize::from(self.y);
        for x in self.x..(self.x + w).min(self.width) {
            self.erase_at(y, x);
        }
        let row = &mut self.rows[y];
        row[usize::from(self.x)] = Slot::Glyph(glyph, w);
        for i in 1..w {
            if let Some(s) = row.get_mut(usize::from(self.x + i)) {
                *s = Slot::Covered(i);
            }
        }
        self.x = (self.x + w).min(self.width);
    }

    fn erase_at(&mut self, y: usize, x: u16) {
        let row = &mut self.rows[y];
        let lead = match row[usize::from(x)] {
            Slot::Covered(n) => x - n,
            Slot::Glyph(_, _) => x,
        };
        let w = match &row[usize::from(lead)] {
            Slot::Glyph(_, w) => *w,
            Slot::Covered(_) => 1,
        };
        for i in lead..(lead + w).min(self.width) {
            row[usize::from(i)] = BLANK;
        }
    }

    /// Where the screen differs from `buf`, as "row: screen ≠ buffer" lines. A cell group
    /// of the buffer must hold exactly its cluster (and blanks) on screen.
    pub fn differences(&self, buf: &Buffer) -> Vec<String> {
        let mut out = Vec::new();
        for (y, row) in self.rows.iter().enumerate() {
            let mut x = 0usize;
            while x < usize::from(buf.area.width) {
                let cell = &buf.content[y * usize::from(buf.area.width) + x];
                let w = usize::from(cell.cell_width()).max(1);
                let want = cell.symbol().replace(' ', "");
                let got = self.text(row, x, x + w);
                if got != want {
                    out.push(format!("row {y} col {x}: screen {got:?} ≠ buffer {want:?}"));
                }
                x += w;
            }
        }
        out
    }

    /// The glyphs starting in columns `from..to`; a glyph reaching in from the left or out
    /// to the right shows as `⟨spill⟩`.
    fn text(&self, row: &[Slot], from: usize, to: usize) -> String {
        let mut s = String::new();
        for (x, slot) in row.iter().enumerate().take(to).skip(from) {
            match slot {
                Slot::Covered(n) if x - usize::from(*n) < from => s.push_str("⟨spill⟩"),
                Slot::Covered(_) => {}
                Slot::Glyph(g, w) => {
                    s.push_str(&g.replace(' ', ""));
                    if x + usize::from(*w) > to {
                        s.push_str("⟨spill⟩");
                    }
                }
            }
        }
        s
    }

    /// The screen as lines of text (for failure messages).
    pub fn lines(&self) -> String {
        let mut out = String::new();
        for row in &self.rows {
            for s in row {
                match s {
                    Slot::Glyph(g, _) if g.is_empty() => out.push(' '),
                    Slot::Glyph(g, _) => out.push_str(g),
                    Slot::Covered(_) => {}
                }
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
#[path = "model_terminal_tests.rs"]
mod tests;
