//! The prompt for the file an export writes to.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::layout::centered;
use super::prompt::visible_input;
use super::text::truncate;
use super::theme::Theme;
use crate::app::action::Action;
use crate::app::keymap::Keymap;
use crate::app::state::export_prompt::ExportPrompt;

pub(crate) fn render(
    frame: &mut Frame,
    area: Rect,
    prompt: &ExportPrompt,
    keys: &Keymap,
    theme: &Theme,
) {
    let rect = centered(area, 70, 8);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border)
        .title(Span::styled(" Export the list ", theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let w = usize::from(inner.width);
    let (text, cur) = visible_input(&prompt.input, w.saturating_sub(2));
    let mut lines = vec![
        Line::styled(
            truncate("File (.csv or .json; every page, as searched):", w),
            theme.label,
        ),
        Line::from(vec![Span::styled("> ", theme.key), Span::raw(text)]),
        Line::default(),
    ];
    lines.push(match &prompt.error {
        Some(e) => Line::styled(e.clone(), theme.error),
        None => Line::styled(
            format!("enter: export   {}: cancel", keys.first(Action::Back)),
            theme.hint,
        ),
    });
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    if inner.height > 1 {
        frame.set_cursor_position(Position::new(inner.x + 2 + cur as u16, inner.y + 1));
    }
}
