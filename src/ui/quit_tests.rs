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
