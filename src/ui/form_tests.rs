use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};

use super::*;
use crate::api::EmployeeFullDto;
use crate::app::state::form::FormEvent;
use crate::ui::theme::Theme;

fn press(form: &mut CreateForm, code: KeyCode, mods: KeyModifiers) -> FormEvent {
    form.handle_key(KeyEvent::new(code, mods), &Keymap::default())
}

fn type_text(form: &mut CreateForm, text: &str) {
    for c in text.chars() {
        press(form, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

fn owner() -> EmployeeFullDto {
    crate::fixtures::bare(1)
        .with(|u| u.is_owner = Some(true))
        .into()
}

fn filled(email: &str) -> CreateForm {
    let mut form = CreateForm::new(Some(&owner()));
    type_text(&mut form, "Zoë");
    press(&mut form, KeyCode::Tab, KeyModifiers::NONE);
    type_text(&mut form, "O'Neil");
    press(&mut form, KeyCode::Tab, KeyModifiers::NONE);
    type_text(&mut form, email);
    form
}

fn draw(w: u16, h: u16, form: &CreateForm) -> TestBackend {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    term.draw(|f| render(f, f.area(), form, &Keymap::default(), &Theme::mono()))
        .unwrap_or_else(|e| panic!("{e}"));
    term.backend().clone()
}

fn screen(w: u16, h: u16, form: &CreateForm) -> (String, TestBackend) {
    let backend = draw(w, h, form);
    (backend.to_string(), backend)
}

fn cases() -> Vec<(&'static str, CreateForm)> {
    let empty = CreateForm::new(Some(&owner()));

    let mut invalid = CreateForm::new(None);
    type_text(&mut invalid, "R2D2");
    press(&mut invalid, KeyCode::Tab, KeyModifiers::NONE);
    press(&mut invalid, KeyCode::Tab, KeyModifiers::NONE);
    type_text(&mut invalid, "zoe@@example");
    press(&mut invalid, KeyCode::Char('s'), KeyModifiers::CONTROL);

    let mut submitting = filled("zoe@example.com");
    press(&mut submitting, KeyCode::Tab, KeyModifiers::NONE);
    press(&mut submitting, KeyCode::Tab, KeyModifiers::NONE);
    type_text(&mut submitting, "hunter22");
    press(&mut submitting, KeyCode::Char('s'), KeyModifiers::CONTROL);

    let mut duplicate = filled("zoe@example.com");
    press(&mut duplicate, KeyCode::Char('s'), KeyModifiers::CONTROL);
    duplicate.submit_failed(
        "User with this email is already registered".into(),
        Some(400),
    );

    let mut network = filled("zoe@example.com");
    press(&mut network, KeyCode::Char('s'), KeyModifiers::CONTROL);
    network.submit_failed(
        "cannot connect to http://127.0.0.1:9: connection refused".into(),
        None,
    );

    let mut discard = filled("zoe@");
    press(&mut discard, KeyCode::Esc, KeyModifiers::NONE);

    vec![
        ("empty", empty),
        ("invalid", invalid),
        ("submitting", submitting),
        ("server_error_duplicate", duplicate),
        ("server_error_network", network),
        ("discard_question", discard),
    ]
}

#[test]
fn snapshots_at_80x24_and_120x30() {
    for (name, form) in cases() {
        insta::assert_snapshot!(format!("form_{name}_80x24"), screen(80, 24, &form).0);
        insta::assert_snapshot!(format!("form_{name}_120x30"), screen(120, 30, &form).0);
    }
}

#[test]
fn the_focused_field_stays_in_view_at_every_size() {
    let mut form = filled("zoe@example.com");
    press(&mut form, KeyCode::Tab, KeyModifiers::NONE);
    press(&mut form, KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(form.focus(), Field::Password);
    type_text(&mut form, "hunter22");
    for (w, h) in [(120, 30), (80, 24), (40, 10), (40, 11), (60, 12)] {
        let (text, mut backend) = screen(w, h, &form);
        let pos = backend
            .get_cursor_position()
            .unwrap_or_else(|e| panic!("{e}"));
        let line = text.lines().nth(usize::from(pos.y)).unwrap_or_default();
        assert!(
            line.contains("Password"),
            "{w}x{h}: cursor on {line:?}\n{text}"
        );
        assert!(
            text.contains("ctrl-s submit"),
            "{w}x{h}: the keys stay\n{text}"
        );
        if (w, h) == (120, 30) || (w, h) == (80, 24) || (w, h) == (40, 10) {
            insta::assert_snapshot!(format!("form_focus_low_{w}x{h}"), text);
        }
    }
    // The first field is in view again when focused.
    press(&mut form, KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(form.focus(), Field::FirstName);
    let (text, _) = screen(40, 10, &form);
    assert!(text.contains("First name"), "{text}");
}

#[test]
fn the_discard_question_and_its_keys_stay_in_view_at_40x10() {
    let mut form = filled("zoe@example.com");
    press(&mut form, KeyCode::Esc, KeyModifiers::NONE);
    let (text, _) = screen(40, 10, &form);
    assert!(text.contains("Discard what you typed?"), "{text}");
    assert!(text.contains("y discard"), "{text}");
}

#[test]
fn tiny_sizes_do_not_panic() {
    for (_, form) in cases() {
        for w in 0..=20 {
            for h in 0..=6 {
                draw(w, h, &form);
            }
        }
    }
}

#[test]
fn the_cursor_sits_in_the_focused_field() {
    let form = filled("zoe@x");
    let (_, mut backend) = screen(80, 24, &form);
    let pos = backend
        .get_cursor_position()
        .unwrap_or_else(|e| panic!("{e}"));
    let text = backend.to_string();
    let row: Vec<&str> = text.lines().collect();
    let line = row.get(usize::from(pos.y)).copied().unwrap_or_default();
    assert!(line.contains("Email"), "cursor on row {}: {line}", pos.y);
    // The cursor is right after "zoe@x".
    let before: String = line.chars().skip(1).take(usize::from(pos.x)).collect();
    assert!(before.ends_with("zoe@x"), "{before:?}");
}

#[test]
fn the_password_is_masked() {
    let mut form = filled("zoe@example.com");
    press(&mut form, KeyCode::BackTab, KeyModifiers::NONE);
    press(&mut form, KeyCode::BackTab, KeyModifiers::NONE);
    press(&mut form, KeyCode::BackTab, KeyModifiers::NONE);
    assert_eq!(form.focus(), Field::Password);
    type_text(&mut form, "hunter22");
    let text = screen(80, 24, &form).0;
    assert!(!text.contains("hunter22"), "{text}");
    assert!(text.contains("••••••••"), "{text}");
}

#[test]
fn a_long_value_scrolls_to_keep_the_cursor_visible() {
    let long = format!("{}@example.com", "a".repeat(120));
    let form = filled(&long);
    let text = screen(80, 24, &form).0;
    assert!(text.contains("aaaa@example.com"), "{text}");
}

#[test]
fn refusals_are_sanitised() {
    let mut form = filled("zoe@example.com");
    press(&mut form, KeyCode::Char('s'), KeyModifiers::CONTROL);
    form.submit_failed("bad\u{1b}[31m thing".into(), Some(500));
    let text = screen(120, 30, &form).0;
    assert!(
        text.contains("The portal refused: bad\\x1b[31m thing"),
        "{text}"
    );
}
