use crossterm::event::KeyEvent;
use uuid::Uuid;

use super::*;
use crate::api::EmployeeType::{Guest, RoomAdmin, User};

fn press(d: &mut AdminDialog, spec: &str) -> AdminStep {
    let k = KeySpec::parse(spec).expect("a key spec");
    d.handle_key(&KeyEvent::new(k.code, k.mods), &Keymap::default())
}

fn type_text(d: &mut AdminDialog, text: &str) {
    for c in text.chars() {
        let spec = if c == ' ' {
            "space".to_string()
        } else {
            c.to_string()
        };
        assert_eq!(press(d, &spec), AdminStep::Nothing, "{c}");
    }
}

fn target(n: u128, kind: EmployeeType) -> AdminTarget {
    AdminTarget {
        id: Uuid::from_u128(n),
        name: format!("User {n}"),
        kind: Some(kind),
    }
}

#[test]
fn the_invite_form_takes_addresses_a_type_and_a_language() {
    let mut d = AdminDialog::invite(vec![User, Guest]);
    assert!(d.reads_text());
    type_text(&mut d, "a@example.com b@example.com");
    assert_eq!(press(&mut d, "tab"), AdminStep::Nothing);
    assert_eq!(d.chosen_type(), Some(User));
    press(&mut d, "right");
    assert_eq!(d.chosen_type(), Some(Guest));
    press(&mut d, "right");
    assert_eq!(d.chosen_type(), Some(User), "the choice wraps around");
    press(&mut d, "left");
    press(&mut d, "down");
    type_text(&mut d, "fr-FR");
    assert_eq!(d.text(EMAILS), "a@example.com b@example.com");
    assert_eq!(d.text(LANGUAGE), "fr-FR");
    assert_eq!(d.chosen_type(), Some(Guest));
    // A typed y or n is text here, not an answer.
    assert_eq!(press(&mut d, "n"), AdminStep::Nothing);
    assert_eq!(press(&mut d, "enter"), AdminStep::Submit);
    // Esc over typed text asks first; n (or Esc) goes back to the form, y discards.
    assert_eq!(press(&mut d, "esc"), AdminStep::Nothing);
    assert!(d.discard_asked);
    assert_eq!(press(&mut d, "n"), AdminStep::Nothing);
    assert!(!d.discard_asked);
    assert_eq!(d.text(LANGUAGE), "fr-FRn", "the n typed before is kept");
    press(&mut d, "esc");
    assert_eq!(press(&mut d, "y"), AdminStep::Close);
}

#[test]
fn an_untouched_form_closes_at_once() {
    let mut d = AdminDialog::invite(vec![User]);
    assert!(!d.is_dirty());
    assert_eq!(press(&mut d, "esc"), AdminStep::Close);
}

#[test]
fn the_profile_form_tracks_what_changed_against_the_profile() {
    let mut d = AdminDialog::profile(target(1, User), Some(("Ann", "Lee")), "ann@example.com");
    assert!(d.has(FIRST_NAME) && d.has(EMAIL));
    assert!(!d.is_dirty());
    press(&mut d, "tab");
    press(&mut d, "backspace");
    press(&mut d, "backspace");
    press(&mut d, "backspace");
    type_text(&mut d, "Lee");
    assert!(!d.is_dirty(), "typed back as it was");
    press(&mut d, "backspace");
    type_text(&mut d, "o");
    assert!(d.changed(LAST_NAME));
    assert!(!d.changed(FIRST_NAME) && !d.changed(EMAIL));
    assert_eq!(d.text(LAST_NAME), "Leo");
    let other = AdminDialog::profile(target(2, User), None, "bob@example.com");
    assert!(!other.has(FIRST_NAME), "names are the user's own to change");
}

#[test]
fn the_group_picker_moves_through_the_groups_and_wraps() {
    let groups = vec![
        (Uuid::from_u128(10), "Sales".to_string()),
        (Uuid::from_u128(11), "Support".to_string()),
    ];
    let mut d = AdminDialog::group(vec![target(1, User)], groups, true);
    assert_eq!(d.kind, AdminKind::AddToGroup);
    assert_eq!(d.chosen_group().map(|g| g.1.as_str()), Some("Sales"));
    press(&mut d, "down");
    assert_eq!(d.chosen_group().map(|g| g.1.as_str()), Some("Support"));
    press(&mut d, "down");
    assert_eq!(d.chosen_group().map(|g| g.1.as_str()), Some("Sales"));
    press(&mut d, "up");
    assert_eq!(d.chosen_group().map(|g| g.0), Some(Uuid::from_u128(11)));
    assert_eq!(press(&mut d, "enter"), AdminStep::Submit);
    let empty = AdminDialog::group(vec![target(1, User)], Vec::new(), false);
    assert_eq!(empty.chosen_group(), None);
}

#[test]
fn the_password_link_question_is_yes_or_no() {
    let mut d = AdminDialog::password_link(target(1, User));
    assert_eq!(press(&mut d, "y"), AdminStep::Submit);
    assert_eq!(press(&mut d, "n"), AdminStep::Close);
}

#[test]
fn a_paste_goes_into_the_focused_field_and_clears_the_error() {
    let mut d = AdminDialog::invite(vec![User]);
    d.error = Some("refused".into());
    d.paste("a@example.com\nb@example.com");
    assert_eq!(
        crate::people::invite_emails::parse_emails(d.text(EMAILS)),
        Ok(vec![
            "a@example.com".to_string(),
            "b@example.com".to_string()
        ])
    );
    assert_eq!(d.error, None);
}

#[test]
fn the_resend_question_is_answered_with_yes_or_no() {
    let mut d = AdminDialog::resend(vec![target(1, User)]);
    assert!(!d.reads_text());
    assert_eq!(press(&mut d, "y"), AdminStep::Submit);
    assert_eq!(press(&mut d, "enter"), AdminStep::Submit);
    assert_eq!(press(&mut d, "n"), AdminStep::Close);
    assert_eq!(press(&mut d, "esc"), AdminStep::Close);
    assert_eq!(press(&mut d, "x"), AdminStep::Ignored);
}

#[test]
fn the_type_picker_starts_one_below_the_users_type_and_moves_with_arrows() {
    let mut d = AdminDialog::change_type(vec![target(1, RoomAdmin)], vec![RoomAdmin, User, Guest]);
    assert_eq!(d.chosen_type(), Some(User));
    press(&mut d, "right");
    assert_eq!(d.chosen_type(), Some(Guest));
    press(&mut d, "left");
    press(&mut d, "left");
    assert_eq!(d.chosen_type(), Some(RoomAdmin));
    press(&mut d, "left");
    assert_eq!(d.chosen_type(), Some(Guest));
    // A room admin's rooms go to someone: a field of its own, so y is text there.
    assert!(d.has(ROOMS_TO));
    press(&mut d, "tab");
    type_text(&mut d, "y@example.com");
    assert_eq!(d.text(ROOMS_TO), "y@example.com");
    assert_eq!(press(&mut d, "enter"), AdminStep::Submit);
    let mut users = AdminDialog::change_type(vec![target(2, User)], vec![RoomAdmin, User, Guest]);
    assert!(!users.has(ROOMS_TO), "users own no rooms to hand over");
    // With the type alone, the arrows up and down choose it too, and y sends.
    assert_eq!(users.chosen_type(), Some(Guest));
    press(&mut users, "up");
    assert_eq!(users.chosen_type(), Some(User));
    assert_eq!(press(&mut users, "y"), AdminStep::Submit);
}

#[test]
fn the_quota_prompt_is_text() {
    let mut d = AdminDialog::quota(vec![target(1, User)]);
    type_text(&mut d, "10GB");
    assert_eq!(d.text(QUOTA), "10GB");
    press(&mut d, "backspace");
    assert_eq!(d.text(QUOTA), "10G");
    assert_eq!(press(&mut d, "ctrl-s"), AdminStep::Submit);
}

#[test]
fn field_keys_in_a_dialog_without_fields_are_ignored() {
    for mut d in [
        AdminDialog::resend(vec![target(1, User)]),
        AdminDialog::password_link(target(2, User)),
    ] {
        assert!(!d.reads_text());
        for key in ["tab", "backtab", "up", "down", "left", "right"] {
            assert_eq!(press(&mut d, key), AdminStep::Ignored, "{key}");
        }
    }
}
