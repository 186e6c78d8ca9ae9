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

pub fn render(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
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
mod tests {
    use crossterm::event::Event;
    use insta::assert_snapshot;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use crate::app::testing::press;
    use crate::app::{Model, ModelOptions, Msg, update};
    use crate::ui::screen::buffer_text;

    #[test]
    fn the_question_names_what_would_be_lost() {
        let mut m = Model::new(ModelOptions::default());
        update(&mut m, Msg::Input(Event::Resize(80, 24)));
        press(&mut m, "n");
        press(&mut m, "Z");
        press(&mut m, "ctrl-c");
        assert!(m.quit_asked);
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
        term.draw(|f| crate::ui::view(&m, f))
            .unwrap_or_else(|e| panic!("{e}"));
        let text = buffer_text(term.backend().buffer());
        assert!(text.contains("typed input that would be lost"), "{text}");
        assert!(text.contains("y quit anyway"), "{text}");
        assert_snapshot!("quit_question_over_the_form_80x24", text);
    }
}
