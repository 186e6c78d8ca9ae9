use insta::assert_snapshot;

use super::*;
use crate::app::ModelOptions;
use crate::app::testing::{press, type_text};
use crate::ui::tests::{fixture_users, loaded_with, options, screen};

const SIZES: [(u16, u16); 3] = [(120, 30), (80, 24), (40, 10)];

fn loaded(w: u16, h: u16) -> Model {
    loaded_with(options(), w, h, fixture_users())
}

fn read_only(w: u16, h: u16) -> Model {
    let opts = ModelOptions {
        read_only: true,
        ..options()
    };
    loaded_with(opts, w, h, fixture_users())
}

/// The last line of the screen: the hint line.
fn hint_line(m: &Model, w: u16, h: u16) -> String {
    screen(m, w, h).lines().last().unwrap_or("").to_string()
}

/// The keys and words of the hints of the view on screen.
fn pairs(m: &Model) -> Vec<(String, String)> {
    hints(m).into_iter().map(|h| (h.keys, h.what)).collect()
}

/// Moves the cursor to the user whose email starts with `email` and marks them.
fn mark(m: &mut Model, email: &str) {
    press(m, "g");
    while m
        .users
        .current()
        .is_some_and(|u| !u.email.as_deref().unwrap_or("").starts_with(email))
    {
        press(m, "j");
    }
    press(m, "space");
}

#[test]
fn the_hint_line_normal_and_read_only() {
    for (w, h) in SIZES {
        let m = loaded(w, h);
        let text = screen(&m, w, h);
        let last = text.lines().last().unwrap_or("");
        assert!(last.ends_with("? help"), "{w}x{h}: {last}");
        assert!(!last.contains(words::READ_ONLY), "{last}");
        assert_snapshot!(format!("hint_line_normal_{w}x{h}"), text);

        let m = read_only(w, h);
        let text = screen(&m, w, h);
        let last = text.lines().last().unwrap_or("");
        assert!(last.starts_with(" READ-ONLY "), "{w}x{h}: {last}");
        assert!(last.ends_with("? help"), "{w}x{h}: {last}");
        for write in ["n new", "t terminate", "a activate", "d delete"] {
            assert!(!last.contains(write), "{w}x{h}: {last}");
        }
        assert_snapshot!(format!("hint_line_read_only_{w}x{h}"), text);
    }
}

#[test]
fn help_stays_on_the_hint_line_at_every_width() {
    for w in (40..=130).step_by(3) {
        let mut m = loaded(w, 24);
        for (view, keys) in [("list", ""), ("detail", "enter")] {
            if !keys.is_empty() {
                press(&mut m, keys);
            }
            let last = hint_line(&m, w, 24);
            assert!(last.ends_with("? help"), "{view} at {w}: {last}");
            assert!(width(&last) <= usize::from(w), "{last}");
        }
    }
}

#[test]
fn every_list_action_is_hinted_over_a_wide_list() {
    let mut m = loaded(400, 30);
    // A finished change and a message make their keys apply.
    m.job = Some(crate::app::state::job::BulkJob::new(
        crate::app::RequestId(1),
        &crate::bulk::plan(crate::bulk::BulkAction::Terminate, &[], &fixture_users()[0]),
    ));
    m.status.notice("something happened");
    let shown = pairs(&m);
    for spec in ACTIONS.iter().filter(|s| s.context == Context::List) {
        if CURSOR_MOVES.contains(&spec.action) {
            continue;
        }
        let key = m.keymap.first(spec.action);
        assert!(
            shown.iter().any(|(k, w)| *k == key && w == spec.hint),
            "{} missing from {shown:?}",
            spec.name
        );
    }
}

#[test]
fn read_only_hints_no_write_in_the_list_or_the_detail() {
    let mut m = read_only(400, 30);
    for view in ["list", "detail"] {
        if view == "detail" {
            press(&mut m, "enter");
            assert!(m.detail.focused);
        }
        let shown = pairs(&m);
        for spec in ACTIONS.iter().filter(|s| s.writes) {
            assert!(
                !shown.iter().any(|(_, w)| w == spec.hint),
                "{view}: {} hinted on a read-only profile: {shown:?}",
                spec.name
            );
        }
        assert!(shown.iter().any(|(_, w)| w == "mark"), "{shown:?}");
    }
}

#[test]
fn the_detail_view_hints_what_acts_on_the_user_shown() {
    let mut m = loaded(120, 30);
    press(&mut m, "enter");
    let shown = pairs(&m);
    assert_eq!(shown[0], ("j/k".to_string(), "scroll".to_string()));
    assert_eq!(
        shown[1],
        ("esc".to_string(), "back to the list".to_string())
    );
    for what in ["terminate", "activate", "delete", "mark"] {
        assert!(shown.iter().any(|(_, w)| w == what), "{what}: {shown:?}");
    }
    assert!(!shown.iter().any(|(_, w)| w == "details" || w == "move"));
}

#[test]
fn a_typed_count_does_not_hint_y() {
    let mut m = loaded(120, 30);
    mark(&mut m, "maximilian");
    mark(&mut m, "tom.old");
    press(&mut m, "d");
    let Overlay::Confirm(dialog) = &m.overlay else {
        panic!("a confirmation: {:?}", m.overlay);
    };
    assert!(dialog.needs_typed_count());
    let shown = pairs(&m);
    assert!(!shown.iter().any(|(k, _)| k == "y"), "{shown:?}");
    // What is hinted works: `n` cancels (it is not a digit).
    assert!(shown.iter().any(|(k, w)| k == "n/esc" && w == "cancel"));
    // `y` does nothing here.
    press(&mut m, "y");
    assert!(matches!(m.overlay, Overlay::Confirm(_)));
    press(&mut m, "n");
    assert_eq!(m.overlay, Overlay::None);
}

#[test]
fn nothing_to_do_hints_only_closing() {
    let mut m = loaded(120, 30);
    mark(&mut m, "tom.old");
    press(&mut m, "t");
    let Overlay::Confirm(dialog) = &m.overlay else {
        panic!("a confirmation: {:?}", m.overlay);
    };
    assert!(dialog.nothing_to_do());
    let shown = pairs(&m);
    assert_eq!(
        shown,
        [
            ("enter/esc".to_string(), "close".to_string()),
            ("?".to_string(), "help".to_string())
        ]
    );
    let last = hint_line(&m, 120, 30);
    assert!(!last.contains("y "), "{last}");
}

#[test]
fn the_discard_question_shows_its_own_keys() {
    let mut m = loaded(120, 30);
    press(&mut m, "n");
    type_text(&mut m, "Zo");
    let last = hint_line(&m, 120, 30);
    assert!(last.contains("ctrl-s submit"), "{last}");
    press(&mut m, "esc");
    let last = hint_line(&m, 120, 30);
    assert!(
        last.contains("y discard") && last.contains("n/esc keep editing"),
        "{last}"
    );
    assert!(!last.contains("submit"), "{last}");
    press(&mut m, "n");
    let last = hint_line(&m, 120, 30);
    assert!(last.contains("ctrl-s submit"), "back to editing: {last}");
}

#[test]
fn where_characters_are_text_the_help_key_is_one_that_types_none() {
    let mut m = loaded(120, 30);
    press(&mut m, "n");
    let last = hint_line(&m, 120, 30);
    assert!(last.ends_with("f1 help"), "{last}");
    // `?` is text there; f1 opens the help over the form, which stays as it was.
    type_text(&mut m, "?");
    assert_eq!(m.help, None);
    press(&mut m, "f1");
    assert_eq!(m.help, Some(0));
    assert!(matches!(m.overlay, Overlay::Form(_)));
    press(&mut m, "esc");
    assert_eq!(m.help, None);
    let Overlay::Form(form) = &m.overlay else {
        panic!("the form stays open");
    };
    let first = form.input(crate::app::state::form::Field::FirstName);
    assert_eq!(first.map(|i| i.value()), Some("?"));
}

#[test]
fn help_opens_over_a_confirmation_and_returns_to_it() {
    let mut m = loaded(120, 30);
    press(&mut m, "j");
    press(&mut m, "t");
    assert!(matches!(m.overlay, Overlay::Confirm(_)));
    assert!(hint_line(&m, 120, 30).ends_with("? help"));
    press(&mut m, "?");
    assert_eq!(m.help, Some(0));
    let text = screen(&m, 120, 30);
    assert!(text.contains("Keys"), "{text}");
    press(&mut m, "?");
    assert_eq!(m.help, None);
    assert!(matches!(m.overlay, Overlay::Confirm(_)), "still open");
}

#[test]
fn a_remapped_key_is_hinted_as_remapped() {
    let mut keys = std::collections::BTreeMap::new();
    keys.insert("help".to_string(), vec!["f2".to_string()]);
    keys.insert("search".to_string(), vec!["ctrl-f".to_string()]);
    keys.insert("down".to_string(), vec!["/".to_string()]);
    let opts = ModelOptions { keys, ..options() };
    let m = loaded_with(opts, 200, 30, fixture_users());
    let shown = pairs(&m);
    assert!(shown.contains(&("ctrl-f".to_string(), "search".to_string())));
    assert!(shown.contains(&("f2".to_string(), "help".to_string())));
    // With `/` as a key the pair is not joined by a slash.
    assert!(
        shown.contains(&("/ k".to_string(), "move".to_string())),
        "{shown:?}"
    );
}

#[test]
fn narrow_lines_drop_the_least_needed_hints_first() {
    let h = |keys: &str, what: &str, keep| Hint::new(keys.to_string(), what, keep);
    let all = vec![
        h("j/k", "move", Keep::High),
        h("a", "one", Keep::Normal),
        h("b", "two", Keep::Normal),
        h("q", "quit", Keep::High),
        h("?", "help", Keep::Always),
    ];
    let kept = |cols| {
        fit(all.clone(), cols)
            .into_iter()
            .map(|h| h.what)
            .collect::<Vec<_>>()
    };
    // Widths: 8, 5, 5, 6 and 6, two columns between each.
    assert_eq!(kept(38), ["move", "one", "two", "quit", "help"]);
    assert_eq!(kept(37), ["move", "one", "quit", "help"]);
    assert_eq!(kept(30), ["move", "quit", "help"]);
    assert_eq!(kept(16), ["move", "help"]);
    assert_eq!(kept(15), ["help"]);
    assert_eq!(kept(3), ["help"]);
}
