//! The messages view (`m`): the recent status messages in full, newest first, wrapped
//! (the status bar cuts them to its width).

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::layout::centered;
use super::text::wrap;
use super::theme::Theme;
use crate::app::Model;
use crate::app::state::status::MessageKind;
use crate::sanitize::display_safe;

/// Marks the first line of a message; its other lines are indented as wide.
const ERROR_MARK: &str = "✗ ";
const NOTICE_MARK: &str = "· ";
const INDENT: &str = "  ";

pub(crate) const TITLE: &str = "Messages, newest first";
pub(crate) const NONE_YET: &str = "No messages yet.";

/// The messages as lines wrapped to `cols`.
pub(crate) fn lines(model: &Model, theme: &Theme, cols: usize) -> Vec<Line<'static>> {
    let text_w = cols.saturating_sub(INDENT.len()).max(1);
    let mut out = Vec::new();
    for m in model.status.recent() {
        let (mark, style) = match m.kind {
            MessageKind::Error => (ERROR_MARK, theme.error),
            MessageKind::Notice => (NOTICE_MARK, theme.base),
        };
        let mut text = display_safe(&m.text).into_owned();
        if m.repeats > 1 {
            text.push_str(&format!(" (×{})", m.repeats));
        }
        for (i, part) in wrap(&text, text_w).into_iter().enumerate() {
            let lead = if i == 0 { mark } else { INDENT };
            out.push(Line::from(vec![
                Span::styled(lead, style),
                Span::styled(part, style),
            ]));
        }
    }
    if out.is_empty() {
        out.push(Line::styled(NONE_YET, theme.hint));
    }
    out
}

/// Draws the view over the list, scrolled by `scroll` lines.
pub(crate) fn render(model: &Model, scroll: u16, frame: &mut Frame, area: Rect, theme: &Theme) {
    let rect = centered(area, 100, area.height.saturating_sub(2).max(3));
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border)
        .title(Span::styled(format!(" {TITLE} "), theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let text = inner.inner(Margin::new(1, 0));
    let all = lines(model, theme, usize::from(text.width));
    let max = all.len().saturating_sub(usize::from(text.height));
    let scroll = usize::from(scroll).min(max);
    let visible: Vec<Line> = all.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible), text);
}

#[cfg(test)]
#[path = "messages_tests.rs"]
mod tests;
