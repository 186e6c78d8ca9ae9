//! The help screen, generated from the keymap (so it shows the configured keys).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::layout::centered;
use super::text::fit;
use super::theme::Theme;
use crate::app::{Action, Context, Keymap};

/// The help text, one line per action, grouped by context.
pub(crate) fn lines(keymap: &Keymap, theme: &Theme) -> Vec<Line<'static>> {
    let key_w = Action::ALL
        .iter()
        .map(|a| super::text::width(&keymap.label(*a)))
        .max()
        .unwrap_or(8)
        .clamp(8, 22);
    let mut out = Vec::new();
    for ctx in Context::ALL {
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(ctx.title(), theme.header));
        for a in Action::ALL.into_iter().filter(|a| a.context() == ctx) {
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(fit(&keymap.label(a), key_w), theme.key),
                Span::raw("  "),
                Span::styled(a.description(), theme.base),
            ]));
        }
    }
    out
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
    let all = lines(keymap, theme);
    let max = all.len().saturating_sub(usize::from(inner.height));
    let scroll = usize::from(scroll).min(max);
    let visible: Vec<Line> = all.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}
