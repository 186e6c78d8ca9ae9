//! Text prompts: the search box on the bottom line and the look-up dialog.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_segmentation::UnicodeSegmentation;

use super::hints::{self, fit, lookup_keys};
use super::layout::centered;
use super::text::{truncate, width};
use super::theme::Theme;
use crate::app::Model;
use crate::app::state::input::TextInput;
use crate::app::state::model::LookupPrompt;
use crate::sanitize::display_safe;

/// The visible part of an input `cols` wide and the cursor's column in it.
pub(crate) fn visible_input(input: &TextInput, cols: usize) -> (String, usize) {
    let before: String = input.value().chars().take(input.cursor()).collect();
    let before = display_safe(&before).into_owned();
    let full = display_safe(input.value()).into_owned();
    let cursor = width(&before);
    let cols = cols.max(1);
    let skip = (cursor + 1).saturating_sub(cols);
    let mut skipped = 0;
    let mut out = String::new();
    for g in full.graphemes(true) {
        if skipped < skip {
            skipped += width(g);
            continue;
        }
        out.push_str(g);
    }
    (truncate(&out, cols), cursor.saturating_sub(skipped))
}

/// The search box, drawn on the hint line while typing.
pub(crate) fn render_search(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let label = "Search: ";
    let lw = width(label) as u16;
    if area.width <= lw + 1 {
        return;
    }
    let (text, cur) = visible_input(&model.search.input, usize::from(area.width - lw));
    let line = Line::from(vec![Span::styled(label, theme.key), Span::raw(text)]);
    frame.render_widget(Paragraph::new(line), area);
    frame.set_cursor_position(Position::new(area.x + lw + cur as u16, area.y));
}

/// The look-up dialog, centred.
pub(crate) fn render_lookup(
    model: &Model,
    prompt: &LookupPrompt,
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
) {
    let rect = centered(area, 70, 8);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border)
        .title(Span::styled(" Look up a user ", theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let w = usize::from(inner.width);
    let (text, cur) = visible_input(&prompt.input, w.saturating_sub(2));
    let mut lines = vec![
        Line::styled(truncate("User ID (GUID) or email address:", w), theme.label),
        Line::from(vec![Span::styled("> ", theme.key), Span::raw(text)]),
        Line::default(),
    ];
    match &prompt.error {
        Some(e) => lines.push(Line::styled(e.clone(), theme.error)),
        None => lines.push(hints::line(&fit(lookup_keys(&model.keymap), w), theme)),
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    if inner.height > 1 {
        frame.set_cursor_position(Position::new(inner.x + 2 + cur as u16, inner.y + 1));
    }
}

#[cfg(test)]
#[path = "prompt_tests.rs"]
mod tests;
