//! The picture of a drawn buffer as SVG, for screenshots made from the program itself
//! (`assets/screenshots/`).
//!
//! Every cell is [`CELL_W`] x [`CELL_H`] pixels. Each row becomes runs of neighbouring
//! cells drawn the same way: one background rectangle per run of one background colour
//! (the screen's own background is drawn once), one `<text>` per run of text in one style,
//! stretched to exactly its columns (`textLength`) so the grid holds whatever font the
//! viewer has; box-drawing lines and block elements are drawn as shapes on the grid, so
//! borders join without gaps. Named colours are those of [`PALETTE`]; reversed, dim,
//! bold, italic, underlined and crossed-out cells are drawn as a terminal draws them. The
//! output depends on the buffer alone: the same screen gives the same bytes.

use std::fmt::Write as _;

use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::style::{Color, Modifier};

/// A cell's width in pixels.
pub(crate) const CELL_W: u32 = 10;
/// A cell's height in pixels.
pub(crate) const CELL_H: u32 = 20;
/// The font size that gives DejaVu Sans Mono's advance (0.602 em) a cell's width; other
/// fonts are stretched to the grid by `textLength`.
const FONT_SIZE: &str = "16.6";
/// From a cell's top to the text's baseline.
const BASELINE: u32 = 15;
const FONT_FAMILY: &str =
    "'DejaVu Sans Mono', 'Cascadia Mono', Menlo, Consolas, 'Liberation Mono', monospace";

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rgb(pub u8, pub u8, pub u8);

impl std::fmt::Display for Rgb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The terminal's colours: the default foreground and background, then the sixteen named
/// colours in ANSI order (black, red, green, yellow, blue, magenta, cyan, gray, then their
/// bright forms: dark gray … white).
pub(crate) const PALETTE: Palette = Palette {
    fg: Rgb(0xd4, 0xd4, 0xd4),
    bg: Rgb(0x1e, 0x1e, 0x1e),
    ansi: [
        Rgb(0x00, 0x00, 0x00),
        Rgb(0xcd, 0x31, 0x31),
        Rgb(0x0d, 0xbc, 0x79),
        Rgb(0xe5, 0xe5, 0x10),
        Rgb(0x24, 0x72, 0xc8),
        Rgb(0xbc, 0x3f, 0xbc),
        Rgb(0x11, 0xa8, 0xcd),
        Rgb(0xcc, 0xcc, 0xcc),
        Rgb(0x76, 0x76, 0x76),
        Rgb(0xf1, 0x4c, 0x4c),
        Rgb(0x23, 0xd1, 0x8b),
        Rgb(0xf5, 0xf5, 0x43),
        Rgb(0x3b, 0x8e, 0xea),
        Rgb(0xd6, 0x70, 0xd6),
        Rgb(0x29, 0xb8, 0xdb),
        Rgb(0xf2, 0xf2, 0xf2),
    ],
};

/// See [`PALETTE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Palette {
    pub fg: Rgb,
    pub bg: Rgb,
    pub ansi: [Rgb; 16],
}

impl Palette {
    /// `c` as drawn, `default` standing for [`Color::Reset`].
    pub(crate) fn rgb(&self, c: Color, default: Rgb) -> Rgb {
        match c {
            Color::Reset => default,
            Color::Black => self.ansi[0],
            Color::Red => self.ansi[1],
            Color::Green => self.ansi[2],
            Color::Yellow => self.ansi[3],
            Color::Blue => self.ansi[4],
            Color::Magenta => self.ansi[5],
            Color::Cyan => self.ansi[6],
            Color::Gray => self.ansi[7],
            Color::DarkGray => self.ansi[8],
            Color::LightRed => self.ansi[9],
            Color::LightGreen => self.ansi[10],
            Color::LightYellow => self.ansi[11],
            Color::LightBlue => self.ansi[12],
            Color::LightMagenta => self.ansi[13],
            Color::LightCyan => self.ansi[14],
            Color::White => self.ansi[15],
            Color::Rgb(r, g, b) => Rgb(r, g, b),
            Color::Indexed(i) => self.indexed(i),
        }
    }

    /// The xterm 256-colour table: the sixteen named colours, a 6x6x6 cube, 24 grays.
    fn indexed(&self, i: u8) -> Rgb {
        const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
        match i {
            0..=15 => self.ansi[usize::from(i)],
            16..=231 => {
                let n = i - 16;
                Rgb(
                    LEVELS[usize::from(n / 36)],
                    LEVELS[usize::from(n / 6 % 6)],
                    LEVELS[usize::from(n % 6)],
                )
            }
            _ => {
                let v = 8 + (i - 232) * 10;
                Rgb(v, v, v)
            }
        }
    }
}

/// How one cell is drawn, its colours resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Look {
    fg: Rgb,
    bg: Rgb,
    bold: bool,
    italic: bool,
    underline: bool,
    strike: bool,
    hidden: bool,
}

fn look(cell: &Cell, palette: &Palette) -> Look {
    let m = cell.modifier;
    let mut fg = palette.rgb(cell.fg, palette.fg);
    let mut bg = palette.rgb(cell.bg, palette.bg);
    if m.contains(Modifier::REVERSED) {
        std::mem::swap(&mut fg, &mut bg);
    }
    if m.contains(Modifier::DIM) {
        fg = blend(fg, bg);
    }
    Look {
        fg,
        bg,
        bold: m.contains(Modifier::BOLD),
        italic: m.contains(Modifier::ITALIC),
        underline: m.contains(Modifier::UNDERLINED),
        strike: m.contains(Modifier::CROSSED_OUT),
        hidden: m.contains(Modifier::HIDDEN),
    }
}

/// A dim colour: three fifths of the way from the background to `fg`.
fn blend(fg: Rgb, bg: Rgb) -> Rgb {
    let mix = |f: u8, b: u8| ((u16::from(f) * 3 + u16::from(b) * 2) / 5) as u8;
    Rgb(mix(fg.0, bg.0), mix(fg.1, bg.1), mix(fg.2, bg.2))
}

/// What a cell holds, as far as drawing it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    /// A box-drawing character: its arms (up, right, down, left), 0 none, 1 light, 2 heavy.
    Lines([u8; 4]),
    /// A block element: the part of the cell it fills, in eighths (left, top, right, bottom).
    Block([u8; 4]),
}

fn kind(symbol: &str) -> Kind {
    let mut chars = symbol.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return Kind::Text;
    };
    if let Some(arms) = box_arms(c) {
        return Kind::Lines(arms);
    }
    if let Some(part) = block_part(c) {
        return Kind::Block(part);
    }
    Kind::Text
}

/// The arms of the light, rounded and heavy box-drawing characters (up, right, down,
/// left). Others (double lines, dashes) stay text.
fn box_arms(c: char) -> Option<[u8; 4]> {
    Some(match c {
        '─' => [0, 1, 0, 1],
        '│' => [1, 0, 1, 0],
        '┌' | '╭' => [0, 1, 1, 0],
        '┐' | '╮' => [0, 0, 1, 1],
        '└' | '╰' => [1, 1, 0, 0],
        '┘' | '╯' => [1, 0, 0, 1],
        '├' => [1, 1, 1, 0],
        '┤' => [1, 0, 1, 1],
        '┬' => [0, 1, 1, 1],
        '┴' => [1, 1, 0, 1],
        '┼' => [1, 1, 1, 1],
        '━' => [0, 2, 0, 2],
        '┃' => [2, 0, 2, 0],
        '┏' => [0, 2, 2, 0],
        '┓' => [0, 0, 2, 2],
        '┗' => [2, 2, 0, 0],
        '┛' => [2, 0, 0, 2],
        '┣' => [2, 2, 2, 0],
        '┫' => [2, 0, 2, 2],
        '┳' => [0, 2, 2, 2],
        '┻' => [2, 2, 0, 2],
        '╋' => [2, 2, 2, 2],
        _ => return None,
    })
}

/// The part of its cell a block element fills, in eighths (left, top, right, bottom).
fn block_part(c: char) -> Option<[u8; 4]> {
    Some(match c {
        '█' => [0, 0, 8, 8],
        '▀' => [0, 0, 8, 4],
        '▄' => [0, 4, 8, 8],
        '▐' => [4, 0, 8, 8],
        '▉' => [0, 0, 7, 8],
        '▊' => [0, 0, 6, 8],
        '▋' => [0, 0, 5, 8],
        '▌' => [0, 0, 4, 8],
        '▍' => [0, 0, 3, 8],
        '▎' => [0, 0, 2, 8],
        '▏' => [0, 0, 1, 8],
        '▁' => [0, 7, 8, 8],
        '▂' => [0, 6, 8, 8],
        '▃' => [0, 5, 8, 8],
        '▅' => [0, 3, 8, 8],
        '▆' => [0, 2, 8, 8],
        '▇' => [0, 1, 8, 8],
        _ => return None,
    })
}

/// One glyph on a row: its first column, the columns it covers, its text and look.
struct Glyph<'a> {
    x: u32,
    width: u32,
    symbol: &'a str,
    look: Look,
    kind: Kind,
}

/// The glyphs of one row, cells covered by a wide glyph left out (as a terminal shows
/// them).
fn glyphs<'a>(row: &'a [Cell], palette: &Palette) -> Vec<Glyph<'a>> {
    let mut out = Vec::new();
    let mut x = 0usize;
    while x < row.len() {
        let cell = &row[x];
        let width = usize::from(cell.cell_width()).max(1).min(row.len() - x);
        let symbol = match cell.symbol() {
            "" => " ",
            s => s,
        };
        out.push(Glyph {
            x: x as u32,
            width: width as u32,
            symbol,
            look: look(cell, palette),
            kind: kind(symbol),
        });
        x += width;
    }
    out
}

/// The buffer as an SVG picture with the colours of [`PALETTE`].
pub fn buffer_svg(buf: &Buffer) -> String {
    let palette = &PALETTE;
    let cols = u32::from(buf.area.width);
    let rows = u32::from(buf.area.height);
    let (w, h) = (cols * CELL_W, rows * CELL_H);
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" xml:space="preserve">"#
    );
    out.push_str("<style>text{white-space:pre;direction:ltr;unicode-bidi:bidi-override}</style>\n");
    let _ = writeln!(
        out,
        r#"<rect width="{w}" height="{h}" fill="{}"/>"#,
        palette.bg
    );
    if cols == 0 {
        out.push_str("</svg>\n");
        return out;
    }
    let rows_of: Vec<Vec<Glyph<'_>>> = buf
        .content
        .chunks(cols as usize)
        .map(|row| glyphs(row, palette))
        .collect();
    out.push_str("<g shape-rendering=\"crispEdges\">\n");
    for (y, row) in rows_of.iter().enumerate() {
        backgrounds(&mut out, row, y as u32, palette.bg);
    }
    out.push_str("</g>\n");
    let _ = writeln!(
        out,
        r#"<g font-family="{FONT_FAMILY}" font-size="{FONT_SIZE}">"#
    );
    for (y, row) in rows_of.iter().enumerate() {
        foregrounds(&mut out, row, y as u32);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// One rectangle per run of one background colour, the screen's own left out.
fn backgrounds(out: &mut String, row: &[Glyph<'_>], y: u32, screen: Rgb) {
    let mut i = 0;
    while i < row.len() {
        let bg = row[i].look.bg;
        let mut end = i + 1;
        while end < row.len() && row[end].look.bg == bg {
            end += 1;
        }
        if bg != screen {
            let x = row[i].x;
            let cols = row[end - 1].x + row[end - 1].width - x;
            let _ = writeln!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{CELL_H}" fill="{bg}"/>"#,
                x * CELL_W,
                y * CELL_H,
                cols * CELL_W
            );
        }
        i = end;
    }
}

/// Text, lines and blocks: one element per run of glyphs of one kind and one look.
fn foregrounds(out: &mut String, row: &[Glyph<'_>], y: u32) {
    let mut i = 0;
    while i < row.len() {
        let first = &row[i];
        let same = |g: &Glyph<'_>| {
            g.look == first.look
                && matches!(
                    (g.kind, first.kind),
                    (Kind::Text, Kind::Text)
                        | (Kind::Lines(_), Kind::Lines(_))
                        | (Kind::Block(_), Kind::Block(_))
                )
        };
        let mut end = i + 1;
        while end < row.len() && same(&row[end]) {
            end += 1;
        }
        let run = &row[i..end];
        if !first.look.hidden {
            match first.kind {
                Kind::Text => text(out, run, y),
                Kind::Lines(_) => lines(out, run, y),
                Kind::Block(_) => blocks(out, run, y),
            }
        }
        i = end;
    }
}

/// A run of text in one look, as `<text>` elements each placed on its own column: the run
/// is cut where two blanks or more leave a gap (unless underlined or crossed out), and a
/// glyph a monospace font may not draw at exactly its columns (wide, combined, or from a
/// script the usual monospace fonts lack) stands alone, so no glyph moves the ones after
/// it off the grid, even in a viewer that ignores `textLength`.
fn text(out: &mut String, run: &[Glyph<'_>], y: u32) {
    let look = run[0].look;
    let decorated = look.underline || look.strike;
    let mut start = 0;
    while start < run.len() {
        if !decorated && run[start].symbol == " " {
            start += 1;
            continue;
        }
        let mut end = start + 1;
        if is_plain(run[start].symbol) {
            while end < run.len() && is_plain(run[end].symbol) {
                let gap = run[end..].iter().take(2).all(|g| g.symbol == " ");
                if gap && !decorated {
                    break;
                }
                end += 1;
            }
        }
        let mut piece = &run[start..end];
        while !decorated && piece.len() > 1 && piece[piece.len() - 1].symbol == " " {
            piece = &piece[..piece.len() - 1];
        }
        text_element(out, piece, look, y);
        start = end;
    }
}

/// Whether `symbol` is one character that monospace fonts draw in exactly one column:
/// Latin, Greek, Cyrillic and punctuation.
fn is_plain(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    matches!(c,
        ' '..='~'
        | '\u{a0}'..='\u{24f}'
        | '\u{370}'..='\u{4ff}'
        | '\u{1e00}'..='\u{1eff}'
        | '\u{2010}'..='\u{205e}')
        && !('\u{300}'..='\u{36f}').contains(&c)
}

fn text_element(out: &mut String, run: &[Glyph<'_>], look: Look, y: u32) {
    let content: String = run.iter().map(|g| g.symbol).collect();
    let x = run[0].x;
    let cols = run[run.len() - 1].x + run[run.len() - 1].width - x;
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" textLength="{}" lengthAdjust="spacingAndGlyphs" fill="{}""#,
        x * CELL_W,
        y * CELL_H + BASELINE,
        cols * CELL_W,
        look.fg
    );
    if look.bold {
        out.push_str(r#" font-weight="bold""#);
    }
    if look.italic {
        out.push_str(r#" font-style="italic""#);
    }
    match (look.underline, look.strike) {
        (true, true) => out.push_str(r#" text-decoration="underline line-through""#),
        (true, false) => out.push_str(r#" text-decoration="underline""#),
        (false, true) => out.push_str(r#" text-decoration="line-through""#),
        (false, false) => {}
    }
    out.push('>');
    escape_into(out, &content);
    out.push_str("</text>\n");
}

/// Box-drawing characters as strokes from the cell's centre to its edges, so that
/// neighbouring cells' strokes meet; a corner is one stroke that turns, and neighbouring
/// horizontal lines are one stroke.
fn lines(out: &mut String, run: &[Glyph<'_>], y: u32) {
    let cy = y * CELL_H + CELL_H / 2;
    let flush = |d: &mut String, across: &mut Option<(u32, u32)>| {
        if let Some((from, to)) = across.take() {
            let _ = write!(d, "M{from} {cy}H{to}");
        }
    };
    for weight in [1u8, 2] {
        let mut d = String::new();
        let mut pending: Option<(u32, u32)> = None;
        for g in run {
            let Kind::Lines(arms) = g.kind else { continue };
            let left = g.x * CELL_W;
            let top = y * CELL_H;
            let (cx, cy) = (left + CELL_W / 2, top + CELL_H / 2);
            let (right, bottom) = (left + g.width * CELL_W, top + CELL_H);
            let [up, rt, dn, lt] = arms.map(|a| a == weight);
            // Each straight line through the cell is one stroke, then the single arms.
            let across = rt && lt;
            let through = up && dn;
            match pending {
                Some((from, to)) if across && to == left => pending = Some((from, right)),
                _ => {
                    flush(&mut d, &mut pending);
                    if across {
                        pending = Some((left, right));
                    }
                }
            }
            if through {
                let _ = write!(d, "M{cx} {top}V{bottom}");
            }
            let arm_h = if across {
                None
            } else if rt {
                Some(right)
            } else if lt {
                Some(left)
            } else {
                None
            };
            let arm_v = if through {
                None
            } else if up {
                Some(top)
            } else if dn {
                Some(bottom)
            } else {
                None
            };
            match (arm_h, arm_v) {
                (Some(hx), Some(vy)) => {
                    let _ = write!(d, "M{hx} {cy}H{cx}V{vy}");
                }
                (Some(hx), None) => {
                    let _ = write!(d, "M{hx} {cy}H{cx}");
                }
                (None, Some(vy)) => {
                    let _ = write!(d, "M{cx} {vy}V{cy}");
                }
                (None, None) => {}
            }
        }
        flush(&mut d, &mut pending);
        if !d.is_empty() {
            let _ = writeln!(
                out,
                r#"<path d="{d}" fill="none" stroke="{}" stroke-width="{}"/>"#,
                run[0].look.fg,
                u32::from(weight) * 2
            );
        }
    }
}

/// Block elements as rectangles filling their part of the cell.
fn blocks(out: &mut String, run: &[Glyph<'_>], y: u32) {
    for g in run {
        let Kind::Block([l, t, r, b]) = g.kind else {
            continue;
        };
        let width = g.width * CELL_W;
        let x0 = g.x * CELL_W + width * u32::from(l) / 8;
        let x1 = g.x * CELL_W + width * u32::from(r) / 8;
        let y0 = y * CELL_H + CELL_H * u32::from(t) / 8;
        let y1 = y * CELL_H + CELL_H * u32::from(b) / 8;
        let _ = writeln!(
            out,
            r#"<rect x="{x0}" y="{y0}" width="{}" height="{}" fill="{}" shape-rendering="crispEdges"/>"#,
            x1 - x0,
            y1 - y0,
            g.look.fg
        );
    }
}

/// Appends `s` as XML character data: markup characters escaped, characters XML cannot
/// hold replaced by U+FFFD.
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                out.push('\u{FFFD}');
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
#[path = "svg_tests.rs"]
mod tests;
