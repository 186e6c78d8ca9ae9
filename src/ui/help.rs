//! The help screen, generated from the action table and the keymap (so it shows the
//! configured keys), one section per context. Every key bound is listed, each action's
//! keys as configured (a key list too long for the key column gets a line of its own),
//! and long descriptions wrap: nothing is cut.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::layout::centered;
use super::text::{fit, width, wrap};
use super::theme::Theme;
use crate::app::{Action, Context, Keymap};

/// Widest the key column gets (a third of the width at most); longer key lists go on a
/// line of their own.
const KEY_COLUMN_MAX: usize = 16;
/// Indent of a line under a section title.
const INDENT: &str = "  ";
/// Between the key column and the description.
const GAP: &str = "  ";

/// What pasting does, listed with the keys of the context where it applies.
fn pasting(ctx: Context) -> Option<&'static str> {
    match ctx {
        Context::List => Some("an ID or email over the list: look the user up"),
        Context::Form => Some("into the focused field or prompt"),
        _ => None,
    }
}

const PASTE: &str = "paste";

/// The help text for a box `cols` wide inside: one entry per action (and per paste), its
/// keys, then its description wrapped under itself.
pub(crate) fn lines(keymap: &Keymap, theme: &Theme, cols: usize) -> Vec<Line<'static>> {
    // At most a third of the width, so descriptions keep room on narrow terminals.
    let widest = KEY_COLUMN_MAX.min(cols / 3);
    let key_w = Action::ALL
        .iter()
        .map(|a| width(&keymap.label(*a)))
        .filter(|w| *w <= widest)
        .max()
        .unwrap_or(8)
        .max(width(PASTE));
    let mut out = Vec::new();
    for ctx in Context::ALL {
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(ctx.title(), theme.header));
        for a in Action::ALL.into_iter().filter(|a| a.context() == ctx) {
            entry(
                &mut out,
                &keymap.label(a),
                a.description(),
                key_w,
                cols,
                theme,
            );
        }
        if let Some(what) = pasting(ctx) {
            entry(&mut out, PASTE, what, key_w, cols, theme);
        }
    }
    out
}

/// One entry: `keys` in the key column (or alone on its line when wider), then the
/// description wrapped to the rest of the width.
fn entry(
    out: &mut Vec<Line<'static>>,
    keys: &str,
    description: &str,
    key_w: usize,
    cols: usize,
    theme: &Theme,
) {
    let indent = width(INDENT) + key_w + width(GAP);
    let text_w = cols.saturating_sub(indent).max(12);
    let mut described = wrap(description, text_w).into_iter();
    if width(keys) > key_w {
        out.push(Line::from(vec![
            Span::raw(INDENT),
            Span::styled(keys.to_string(), theme.key),
        ]));
    } else {
        let first = described.next().unwrap_or_default();
        out.push(Line::from(vec![
            Span::raw(INDENT),
            Span::styled(fit(keys, key_w), theme.key),
            Span::raw(GAP),
            Span::styled(first, theme.base),
        ]));
    }
    for more in described {
        out.push(Line::from(vec![
            Span::raw(" ".repeat(indent)),
            Span::styled(more, theme.base),
        ]));
    }
}

pub(crate) fn render(keymap: &Keymap, scroll: u16, frame: &mut Frame, area: Rect, theme: &Theme) {
    let rect = centered(area, 76, area.height.saturating_sub(2).max(3));
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border)
        .title(Span::styled(" Keys ", theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let all = lines(keymap, theme, usize::from(inner.width));
    let max = all.len().saturating_sub(usize::from(inner.height));
    let scroll = usize::from(scroll).min(max);
    let visible: Vec<Line> = all.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}

#[cfg(test)]
#[path = "help_tests.rs"]
mod tests;
