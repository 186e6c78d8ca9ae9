use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use uuid::Uuid;

use super::*;

fn press(form: &mut CreateForm, k: KeyEvent) -> FormEvent {
    form.handle_key(k, &Keymap::default())
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn type_text(form: &mut CreateForm, text: &str) {
    for c in text.chars() {
        assert_eq!(press(form, key(KeyCode::Char(c))), FormEvent::Nothing);
    }
}

fn owner() -> EmployeeFullDto {
    crate::fixtures::bare(1)
        .with(|u| u.is_owner = Some(true))
        .into()
}

fn filled() -> CreateForm {
    let mut form = CreateForm::new(Some(&owner()));
    type_text(&mut form, "Zoë");
    press(&mut form, key(KeyCode::Tab));
    type_text(&mut form, "O'Neil");
    press(&mut form, key(KeyCode::Tab));
    type_text(&mut form, "zoe@example.com");
    form
}

#[test]
fn a_valid_form_submits_once_with_ctrl_s() {
    let mut form = filled();
    let FormEvent::Submit(req) = press(&mut form, ctrl('s')) else {
        panic!("expected a submit");
    };
    assert_eq!(req.first_name.as_deref(), Some("Zoë"));
    assert_eq!(req.last_name.as_deref(), Some("O'Neil"));
    assert_eq!(req.email.as_deref(), Some("zoe@example.com"));
    assert_eq!(req.kind, Some(EmployeeType::User));
    assert_eq!(req.password, None);
    assert_eq!(form.phase(), Phase::Submitting);
    // A second submit (or any typing) while the first is on its way does nothing.
    assert_eq!(press(&mut form, ctrl('s')), FormEvent::Nothing);
    assert_eq!(
        press(&mut form, key(KeyCode::Char('x'))),
        FormEvent::Nothing
    );
    assert_eq!(
        form.input(Field::Email).map(|i| i.value()),
        Some("zoe@example.com")
    );
}

#[test]
fn enter_moves_on_and_submits_from_the_last_field() {
    let mut form = filled();
    assert_eq!(form.focus(), Field::Email);
    assert_eq!(press(&mut form, key(KeyCode::Enter)), FormEvent::Nothing);
    assert_eq!(form.focus(), Field::Type);
    press(&mut form, key(KeyCode::Enter));
    assert_eq!(form.focus(), Field::Password);
    type_text(&mut form, "Secret#1");
    let FormEvent::Submit(req) = press(&mut form, key(KeyCode::Enter)) else {
        panic!("expected a submit");
    };
    assert_eq!(req.password.as_deref(), Some("Secret#1"));
}

#[test]
fn tab_and_shift_tab_wrap_around() {
    let mut form = CreateForm::new(None);
    press(&mut form, key(KeyCode::BackTab));
    assert_eq!(form.focus(), Field::Password);
    press(&mut form, key(KeyCode::Tab));
    assert_eq!(form.focus(), Field::FirstName);
}

/// Regression: ↑/↓ are also the prompts' history keys (same context); in the form they
/// still move between the fields.
#[test]
fn the_arrows_move_between_fields() {
    let mut form = CreateForm::new(None);
    press(&mut form, key(KeyCode::Down));
    assert_eq!(form.focus(), Field::LastName);
    press(&mut form, key(KeyCode::Down));
    press(&mut form, key(KeyCode::Up));
    assert_eq!(form.focus(), Field::LastName);
}

#[test]
fn an_invalid_form_is_never_sent_and_keeps_the_input() {
    let mut form = filled();
    press(&mut form, key(KeyCode::Backspace)); // "zoe@example.co" still valid
    type_text(&mut form, "@"); // "zoe@example.co@" is not
    assert_eq!(
        form.visible_error(Field::Email),
        Some(FieldError::EmailShape)
    );
    assert_eq!(press(&mut form, ctrl('s')), FormEvent::Nothing);
    assert_eq!(form.phase(), Phase::Editing);
    assert_eq!(
        form.input(Field::Email).map(|i| i.value()),
        Some("zoe@example.co@")
    );
    assert_eq!(form.input(Field::FirstName).map(|i| i.value()), Some("Zoë"));
}

#[test]
fn a_failed_submit_focuses_the_first_invalid_field_and_shows_required() {
    let mut form = CreateForm::new(None);
    press(&mut form, key(KeyCode::Tab));
    press(&mut form, key(KeyCode::Tab));
    type_text(&mut form, "a@b.co");
    assert_eq!(
        form.visible_error(Field::FirstName),
        Some(FieldError::Required)
    );
    assert_eq!(press(&mut form, ctrl('s')), FormEvent::Nothing);
    assert_eq!(form.focus(), Field::FirstName);
}

#[test]
fn errors_show_while_typing_but_not_on_an_untouched_empty_field() {
    let mut form = CreateForm::new(None);
    assert_eq!(form.visible_error(Field::FirstName), None);
    assert_eq!(form.error(Field::FirstName), Some(FieldError::Required));
    type_text(&mut form, "R2");
    assert_eq!(
        form.visible_error(Field::FirstName),
        Some(FieldError::NameCharacters)
    );
    assert_eq!(form.visible_error(Field::Email), None);
}

#[test]
fn esc_on_a_blank_form_cancels_at_once() {
    let mut form = CreateForm::new(None);
    assert_eq!(press(&mut form, key(KeyCode::Esc)), FormEvent::Cancelled);
}

#[test]
fn esc_with_typed_input_asks_first() {
    let mut form = filled();
    assert_eq!(press(&mut form, key(KeyCode::Esc)), FormEvent::Nothing);
    assert_eq!(form.phase(), Phase::ConfirmDiscard);
    assert_eq!(
        press(&mut form, key(KeyCode::Char('n'))),
        FormEvent::Nothing
    );
    assert_eq!(form.phase(), Phase::Editing);
    assert_eq!(form.input(Field::FirstName).map(|i| i.value()), Some("Zoë"));
    press(&mut form, key(KeyCode::Esc));
    assert_eq!(
        press(&mut form, key(KeyCode::Char('y'))),
        FormEvent::Cancelled
    );
}

#[test]
fn the_type_field_cycles_through_what_the_caller_may_create() {
    let mut form = CreateForm::new(Some(&owner()));
    assert_eq!(
        form.allowed_types(),
        [
            EmployeeType::User,
            EmployeeType::RoomAdmin,
            EmployeeType::DocSpaceAdmin
        ]
    );
    for _ in 0..3 {
        press(&mut form, key(KeyCode::Tab));
    }
    assert_eq!(form.focus(), Field::Type);
    press(&mut form, key(KeyCode::Right));
    assert_eq!(form.user_type(), EmployeeType::RoomAdmin);
    press(&mut form, key(KeyCode::Left));
    press(&mut form, key(KeyCode::Left));
    assert_eq!(form.user_type(), EmployeeType::DocSpaceAdmin);
    assert!(form.is_dirty());
    // Letters do not edit the type.
    press(&mut form, key(KeyCode::Char('x')));
    assert_eq!(form.user_type(), EmployeeType::DocSpaceAdmin);

    let plain = CreateForm::new(None);
    assert_eq!(plain.allowed_types(), [EmployeeType::User]);
    let mut admin = EmployeeFullDto::bare(Uuid::from_u128(2));
    admin.is_admin = Some(true);
    let by_admin = CreateForm::new(Some(&admin));
    assert_eq!(
        by_admin.allowed_types(),
        [EmployeeType::User, EmployeeType::RoomAdmin]
    );
}

#[test]
fn a_refusal_keeps_the_input_and_returns_to_editing() {
    let mut form = filled();
    assert!(matches!(press(&mut form, ctrl('s')), FormEvent::Submit(_)));
    form.submit_failed(
        "User with this email is already registered".into(),
        Some(400),
    );
    assert_eq!(form.phase(), Phase::Editing);
    assert_eq!(form.focus(), Field::Email);
    let refusal = form.refusal().cloned();
    assert_eq!(refusal.as_ref().and_then(|r| r.field), Some(Field::Email));
    assert_eq!(
        form.input(Field::Email).map(|i| i.value()),
        Some("zoe@example.com")
    );
    assert_eq!(
        form.input(Field::LastName).map(|i| i.value()),
        Some("O'Neil")
    );
    // Editing the email clears the refusal; a resubmit is possible.
    press(&mut form, key(KeyCode::Backspace));
    assert_eq!(form.refusal(), None);
    type_text(&mut form, "m");
    assert!(matches!(press(&mut form, ctrl('s')), FormEvent::Submit(_)));
}

#[test]
fn a_network_refusal_is_about_no_field_and_stays_until_resubmit() {
    let mut form = filled();
    press(&mut form, ctrl('s'));
    form.submit_failed("cannot connect to the portal".into(), None);
    press(&mut form, key(KeyCode::Char('x')));
    assert!(form.refusal().is_some());
    press(&mut form, key(KeyCode::Backspace));
    assert!(matches!(press(&mut form, ctrl('s')), FormEvent::Submit(_)));
    assert_eq!(form.refusal(), None);
}

#[test]
fn paste_goes_into_the_focused_field() {
    let mut form = CreateForm::new(None);
    form.handle_paste("Anna\n");
    assert_eq!(
        form.input(Field::FirstName).map(|i| i.value()),
        Some("Anna ")
    );
    assert_eq!(form.error(Field::FirstName), None);
}

#[test]
fn key_releases_are_ignored() {
    let mut form = filled();
    let mut release = ctrl('s');
    release.kind = KeyEventKind::Release;
    assert_eq!(press(&mut form, release), FormEvent::Nothing);
    assert_eq!(form.phase(), Phase::Editing);
}

/// Keys with each `(action, key)` of `pairs` bound in the config.
fn remapped(pairs: &[(&str, &str)]) -> Keymap {
    let overrides = pairs
        .iter()
        .map(|(a, k)| (a.to_string(), vec![k.to_string()]))
        .collect();
    let (km, warnings) = Keymap::build(&overrides);
    assert!(warnings.is_empty(), "{warnings:?}");
    km
}

#[test]
fn enter_is_read_through_the_keymap() {
    let keys = remapped(&[("accept", "ctrl-j")]);
    let mut form = CreateForm::new(Some(&owner()));
    assert_eq!(
        form.handle_key(key(KeyCode::Enter), &keys),
        FormEvent::Nothing
    );
    assert_eq!(form.focus(), Field::FirstName, "enter is no longer bound");
    form.handle_key(ctrl('j'), &keys);
    assert_eq!(form.focus(), Field::LastName);
    // On the last field the remapped key submits.
    let mut form = filled();
    form.handle_key(key(KeyCode::Tab), &keys);
    form.handle_key(key(KeyCode::Tab), &keys);
    assert_eq!(form.focus(), Field::Password);
    assert_eq!(
        form.handle_key(key(KeyCode::Enter), &keys),
        FormEvent::Nothing
    );
    assert!(matches!(
        form.handle_key(ctrl('j'), &keys),
        FormEvent::Submit(_)
    ));
}

#[test]
fn moving_between_fields_is_read_through_the_keymap() {
    // The arrows are the prompts' history keys, which move between a form's fields.
    let keys = remapped(&[
        ("next_field", "ctrl-n"),
        ("prev_field", "ctrl-p"),
        ("history_next", "alt-n"),
        ("history_prev", "alt-p"),
    ]);
    let mut form = CreateForm::new(None);
    for old in [KeyCode::Tab, KeyCode::Down, KeyCode::BackTab, KeyCode::Up] {
        form.handle_key(key(old), &keys);
        assert_eq!(form.focus(), Field::FirstName, "{old:?} no longer moves");
    }
    form.handle_key(ctrl('n'), &keys);
    form.handle_key(ctrl('n'), &keys);
    assert_eq!(form.focus(), Field::Email);
    form.handle_key(ctrl('p'), &keys);
    assert_eq!(form.focus(), Field::LastName);
    // With the defaults, the arrows move too.
    let mut form = CreateForm::new(None);
    press(&mut form, key(KeyCode::Down));
    assert_eq!(form.focus(), Field::LastName);
    press(&mut form, key(KeyCode::Up));
    assert_eq!(form.focus(), Field::FirstName);
}

#[test]
fn submit_is_read_through_the_keymap() {
    let keys = remapped(&[("submit", "f5")]);
    let mut form = filled();
    assert_eq!(form.handle_key(ctrl('s'), &keys), FormEvent::Nothing);
    assert_eq!(form.phase(), Phase::Editing);
    assert!(matches!(
        form.handle_key(key(KeyCode::F(5)), &keys),
        FormEvent::Submit(_)
    ));
}

#[test]
fn the_type_is_chosen_with_the_cursor_keys_as_mapped() {
    let keys = remapped(&[("cursor_left", "ctrl-b"), ("cursor_right", "ctrl-f")]);
    let mut form = CreateForm::new(Some(&owner()));
    for _ in 0..3 {
        form.handle_key(key(KeyCode::Tab), &keys);
    }
    assert_eq!(form.focus(), Field::Type);
    form.handle_key(key(KeyCode::Right), &keys);
    assert_eq!(
        form.user_type(),
        EmployeeType::User,
        "right is no longer bound"
    );
    form.handle_key(ctrl('f'), &keys);
    assert_eq!(form.user_type(), EmployeeType::RoomAdmin);
    form.handle_key(ctrl('b'), &keys);
    form.handle_key(ctrl('b'), &keys);
    assert_eq!(form.user_type(), EmployeeType::DocSpaceAdmin);
}

#[test]
fn the_discard_question_reads_its_keys_through_the_keymap() {
    let keys = remapped(&[("confirm", "Y"), ("cancel", "N")]);
    let mut form = filled();
    form.handle_key(key(KeyCode::Esc), &keys);
    assert_eq!(form.phase(), Phase::ConfirmDiscard);
    assert_eq!(
        form.handle_key(key(KeyCode::Char('y')), &keys),
        FormEvent::Nothing
    );
    form.handle_key(key(KeyCode::Char('n')), &keys);
    assert_eq!(form.phase(), Phase::ConfirmDiscard, "n is no longer bound");
    form.handle_key(key(KeyCode::Char('N')), &keys);
    assert_eq!(form.phase(), Phase::Editing);
    form.handle_key(key(KeyCode::Esc), &keys);
    assert_eq!(
        form.handle_key(key(KeyCode::Char('Y')), &keys),
        FormEvent::Cancelled
    );
}

#[test]
fn the_text_keys_are_read_through_the_keymap() {
    let keys = remapped(&[("delete_back", "ctrl-h")]);
    let mut form = CreateForm::new(None);
    type_text(&mut form, "Zoe");
    form.handle_key(key(KeyCode::Backspace), &keys);
    assert_eq!(form.input(Field::FirstName).map(|i| i.value()), Some("Zoe"));
    form.handle_key(ctrl('h'), &keys);
    assert_eq!(form.input(Field::FirstName).map(|i| i.value()), Some("Zo"));
}
