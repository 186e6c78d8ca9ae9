use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::ui::theme::Theme;

fn screen(w: u16, h: u16, p: &Palette) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| render(f, f.area(), p, &Keymap::default(), &Theme::mono()))
        .unwrap();
    term.backend().to_string()
}

#[test]
fn the_palette_lists_actions_with_their_keys() {
    let mut p = Palette::new(&Keymap::default());
    p.set_input("mark");
    for (w, h) in [(120, 30), (80, 24)] {
        assert_snapshot!(format!("palette_mark_{w}x{h}"), screen(w, h, &p));
    }
}

#[test]
fn the_chosen_entry_stays_in_view_and_errors_are_shown() {
    let mut p = Palette::new(&Keymap::default());
    p.move_selection(-1);
    let text = screen(80, 12, &p);
    let last = p.selected().map(|c| c.name).unwrap();
    assert!(text.contains(last), "{last} in\n{text}");
    p.error = Some("cannot sort by \"shoe\"".into());
    assert!(screen(80, 12, &p).contains("cannot sort by \"shoe\""));
}

#[test]
fn tiny_sizes_do_not_panic() {
    let p = Palette::new(&Keymap::default());
    for w in 1..12 {
        for h in 1..6 {
            screen(w, h, &p);
        }
    }
}
