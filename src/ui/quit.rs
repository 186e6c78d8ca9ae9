//! The "quit anyway?" question, drawn over whatever is on screen.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::confirm::{popup, popup_height};
use super::hints::{self, quit};
use super::theme::Theme;
use crate::app::Model;
use crate::app::leave::at_stake;
use crate::app::words::session::NOTHING_AT_STAKE;

fn lines(model: &Model, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = at_stake(model).into_iter().map(Line::from).collect();
    if lines.is_empty() {
        lines.push(Line::from(NOTHING_AT_STAKE));
    }
    lines.push(Line::default());
    lines.push(hints::line(&quit(&model.keymap), theme));
    lines
}

pub(crate) fn render(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let body = lines(model, theme);
    let width = area.width.min(64);
    let height = popup_height(&body, width);
    let inner = popup(frame, area, width, height, "Quit?", theme);
    frame.render_widget(
        Paragraph::new(body).wrap(Wrap { trim: false }),
        inner.inner(Margin::new(1, 0)),
    );
}

#[cfg(test)]
#[path = "quit_tests.rs"]
mod tests;
