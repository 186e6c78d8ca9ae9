//! The backend against a model terminal of each kind: after every frame the screen holds
//! exactly what the buffer says, for names in every hard script, while rows change.

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::ExactBackend;
use crate::model_terminal::{ModelTerminal, Widths, Written};
use crate::sanitize::display_safe;
use crate::ui::cell_groups::settle;
use crate::ui::text::fit;

/// Names that defeat a width guess: Devanagari vowel signs and conjuncts, Tamil and
/// Bengali vowel signs unicode-width counts as zero, Thai above and below marks, Arabic,
/// Hangul conjoining jamo, an emoji ZWJ sequence, a flag, skin tones, VS16, combining marks.
const NAMES: [&str; 14] = [
    "\u{935}\u{93F}\u{939}\u{93E}\u{928} \u{92A}\u{91F}\u{947}\u{932}",
    "\u{926}\u{940}\u{92A}\u{93F}\u{915}\u{93E} \u{936}\u{930}\u{94D}\u{92E}\u{93E}",
    "\u{BB0}\u{BBE}\u{BAE}\u{BCD} \u{B95}\u{BBE}\u{BB0}\u{BCD}",
    "\u{9B0}\u{9BE}\u{9B9}\u{9C1}\u{9B2}",
    "\u{E2A}\u{E38}\u{E21}\u{E34}\u{E15}\u{E23}\u{E4C} \u{E25}\u{E37}\u{E49}",
    "\u{639}\u{644}\u{64A} \u{644}\u{627}",
    "\u{1100}\u{1161}\u{11A8}\u{1109}\u{1165}\u{11BC}",
    "\u{1F469}\u{200D}\u{1F4BB} Ada",
    "\u{1F1FA}\u{1F1F8} Sam",
    "\u{1F44D}\u{1F3FD}\u{1F44B}\u{1F3FF} Kai",
    "\u{2764}\u{FE0F} Lee",
    "Zoe\u{308} Ne\u{301}e",
    "\u{592A}\u{90CE} \u{5C71}\u{7530}",
    "Ann Lee",
];

const WIDTH: u16 = 24;
const HEIGHT: u16 = 6;

/// Frame `k`: the list scrolled by `k`, names in one column and a border after it, the
/// selected row in another style.
fn frame_lines(k: usize, cut: impl Fn(&str, usize) -> String) -> Vec<String> {
    (0..usize::from(HEIGHT))
        .map(|row| {
            let name = display_safe(NAMES[(row + k * 3) % NAMES.len()]).into_owned();
            let cols = if k.is_multiple_of(2) { 15 } else { 13 };
            let rest = usize::from(WIDTH) - 2 - cols;
            format!(
                "{}{}│{}",
                if row == k % 6 { "›" } else { " " },
                cut(&name, cols),
                " ".repeat(rest)
            )
        })
        .collect()
}

fn buffer(lines: &[String], settled: bool, k: usize) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, WIDTH, HEIGHT));
    for (y, l) in lines.iter().enumerate() {
        let style = if y == k % 6 {
            Style::new().bg(Color::Blue)
        } else {
            Style::new()
        };
        buf.set_stringn(0, y as u16, l, usize::from(WIDTH), style);
    }
    if settled {
        settle(&mut buf);
    }
    buf
}

/// Draws 12 frames through `backend` into a model terminal and returns the differences
/// seen after each frame.
fn run<B: Backend>(
    widths: Widths,
    mut backend: B,
    written: Written,
    settled: bool,
    cut: impl Fn(&str, usize) -> String + Copy,
) -> Vec<String> {
    let mut term = ModelTerminal::new(widths, WIDTH, HEIGHT);
    let mut prev = Buffer::empty(Rect::new(0, 0, WIDTH, HEIGHT));
    let mut seen = 0;
    let mut problems = Vec::new();
    for k in 0..12 {
        let next = buffer(&frame_lines(k, cut), settled, k);
        backend.draw(prev.diff(&next).into_iter()).expect("draw");
        let bytes = written.bytes();
        term.feed(&bytes[seen..]);
        seen = bytes.len();
        drop(bytes);
        for d in term.differences(&next) {
            problems.push(format!("{widths:?} frame {k}: {d}\n{}", term.lines()));
        }
        prev = next;
    }
    problems
}

/// The text layer before this fix: unicode-width per grapheme, no pads.
fn old_fit(s: &str, cols: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        if used + g.width() > cols {
            break;
        }
        out.push_str(g);
        used += g.width();
    }
    out + &" ".repeat(cols - used)
}

#[test]
fn every_terminal_shows_what_the_buffer_holds() {
    for widths in [Widths::CodePoints, Widths::FirstCodePoint, Widths::Clusters] {
        let out = Written::default();
        let backend = ExactBackend::new(CrosstermBackend::new(out.clone()));
        let problems = run(widths, backend, out, true, fit);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

/// The same frames drawn as before this fix (unicode-width layout, ratatui's backend
/// alone): the model terminal sees stale and shifted glyphs where terminals measure
/// clusters differently, so the check above can fail.
#[test]
fn without_exact_drawing_terminals_keep_stale_glyphs() {
    for widths in [Widths::CodePoints, Widths::FirstCodePoint] {
        let out = Written::default();
        let backend = CrosstermBackend::new(out.clone());
        let problems = run(widths, backend, out, false, old_fit);
        assert!(!problems.is_empty(), "{widths:?} showed no difference");
    }
    // A terminal that measures as ratatui does never had the problem.
    let out = Written::default();
    let backend = CrosstermBackend::new(out.clone());
    let problems = run(Widths::Clusters, backend, out, false, old_fit);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
