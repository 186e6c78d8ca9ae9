use ratatui::Terminal;
use ratatui::backend::TestBackend;
use uuid::Uuid;

use super::*;
use crate::api::EmployeeType::{Guest, RoomAdmin, User};
use crate::app::state::admin::AdminTarget;
use crate::ui::screen::buffer_text;
use crate::ui::theme::Theme;

fn draw(dialog: &AdminDialog) -> String {
    let mut term = Terminal::new(TestBackend::new(100, 24)).unwrap_or_else(|e| panic!("{e}"));
    term.draw(|f| render(f, f.area(), dialog, &Keymap::default(), &Theme::mono()))
        .unwrap_or_else(|e| panic!("{e}"));
    buffer_text(term.backend().buffer())
}

fn target(n: u128, name: &str, kind: crate::api::EmployeeType) -> AdminTarget {
    AdminTarget {
        id: Uuid::from_u128(n),
        name: name.into(),
        kind: Some(kind),
    }
}

#[test]
fn the_resend_question_names_the_users_and_warns_about_old_links() {
    let d = AdminDialog::resend(vec![target(1, "Ann Lee", User), target(2, "Bob Roe", User)]);
    let screen = draw(&d);
    assert!(screen.contains("Mail Ann Lee, Bob Roe again?"), "{screen}");
    assert!(
        screen.contains("links sent before stop working"),
        "{screen}"
    );
    assert!(screen.contains("y: yes   n: no"), "{screen}");
}

#[test]
fn demoting_a_room_admin_says_the_rooms_come_to_you() {
    let mut d = AdminDialog::change_type(
        vec![target(1, "Ann Lee", RoomAdmin)],
        vec![RoomAdmin, User, Guest],
    );
    let screen = draw(&d);
    assert!(screen.contains("[User]"), "{screen}");
    assert!(
        screen.contains("hand the rooms they own to you"),
        "{screen}"
    );
    if let Some(AdminField::Choice { at, .. }) = d.fields.first_mut() {
        *at = 0;
    }
    let screen = draw(&d);
    assert!(
        !screen.contains("hand the rooms"),
        "no handover to RoomAdmin: {screen}"
    );
}

#[test]
fn the_invite_form_shows_its_fields_and_the_refusal() {
    let mut d = AdminDialog::invite(vec![User, RoomAdmin]);
    d.error = Some("nobody: not an email address".into());
    let screen = draw(&d);
    for needle in [
        "Invite people",
        "> Emails:",
        "Type: [User]",
        "Language:",
        "nobody: not an email",
    ] {
        assert!(screen.contains(needle), "{needle}: {screen}");
    }
}

#[test]
fn someone_elses_profile_offers_the_email_alone_and_says_why() {
    let d = AdminDialog::profile(target(1, "Ann Lee", User), None, "ann@example.com");
    let screen = draw(&d);
    assert!(screen.contains("Edit profile"), "{screen}");
    assert!(screen.contains("> Email: ann@example.com"), "{screen}");
    assert!(!screen.contains("First name"), "{screen}");
    assert!(
        screen.contains("Names are each user's own to change"),
        "{screen}"
    );
}

#[test]
fn discarding_typed_text_is_asked_in_the_key_line() {
    let mut d = AdminDialog::profile(target(1, "Ann Lee", User), Some(("Ann", "Lee")), "a@b.co");
    d.paste("x");
    d.discard_asked = true;
    let screen = draw(&d);
    assert!(
        screen.contains("Discard what you typed?   y: discard   n: keep editing"),
        "{screen}"
    );
    assert!(screen.contains("First name: Annx"), "{screen}");
}

#[test]
fn the_group_picker_shows_a_window_around_the_group_picked() {
    let groups: Vec<_> = (0..20u128)
        .map(|n| (Uuid::from_u128(100 + n), format!("Group {n:02}")))
        .collect();
    let mut d = AdminDialog::group(vec![target(1, "Ann Lee", User)], groups, true);
    if let Some(AdminField::Pick { at, .. }) = d.fields.first_mut() {
        *at = 12;
    }
    let screen = draw(&d);
    assert!(screen.contains("Add to a group"), "{screen}");
    assert!(screen.contains("› Group 12"), "{screen}");
    assert!(
        screen.contains("Group 08") && screen.contains("Group 15"),
        "{screen}"
    );
    assert!(
        !screen.contains("Group 07") && !screen.contains("Group 16"),
        "{screen}"
    );
}

#[test]
fn a_long_explanation_is_wrapped_not_cut() {
    let d = AdminDialog::change_type(
        vec![target(1, "Ann Lee", RoomAdmin)],
        vec![RoomAdmin, User, Guest],
    );
    let screen = draw(&d);
    let last_words: Vec<&str> = crate::app::words::admin::ROOMS_TO_YOU
        .split_whitespace()
        .rev()
        .take(3)
        .collect();
    for word in last_words {
        assert!(screen.contains(word), "{word:?} is missing: {screen}");
    }
    assert!(!screen.contains('…'), "nothing is cut: {screen}");
}

#[test]
fn a_long_error_is_wrapped_not_cut() {
    let mut d = AdminDialog::resend(vec![target(1, "Ann Lee", User)]);
    d.error = Some(format!("{} the end", "the portal refused this ".repeat(8)));
    let screen = draw(&d);
    assert!(screen.contains("the end"), "{screen}");
}
