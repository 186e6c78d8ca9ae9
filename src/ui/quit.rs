//! The "quit anyway?" question, drawn over whatever is on screen.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::confirm::{popup, popup_height};
use super::theme::Theme;
use crate::app::leave::at_stake;
use crate::app::{Action, Model};

fn lines(model: &Model, theme: &Theme) -> Vec<Line<'static>> {
    let keys = &model.keymap;
    let mut lines: Vec<Line<'static>> = at_stake(model).into_iter().map(Line::from).collect();
    if lines.is_empty() {
        lines.push(Line::from("Nothing is left running."));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(
            "{} quit anyway · {}/{} stay",
            keys.first(Action::Confirm),
            keys.first(Action::Cancel),
            keys.first(Action::Back)
        ),
        theme.hint,
    ));
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
