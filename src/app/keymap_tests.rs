use super::*;
use crossterm::event::KeyEventKind;

fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new_with_kind(code, mods, KeyEventKind::Press)
}

#[test]
fn specs_parse_and_print() {
    for (spec, label) in [
        ("ctrl-c", "ctrl-c"),
        ("shift-tab", "shift-tab"),
        ("pgdn", "pgdn"),
        ("PageDown", "pgdn"),
        ("G", "G"),
        ("shift-g", "G"),
        ("?", "?"),
        ("-", "-"),
        ("ctrl--", "ctrl--"),
        ("space", "space"),
        ("f5", "f5"),
        ("alt-x", "alt-x"),
    ] {
        let k = KeySpec::parse(spec).unwrap_or_else(|| panic!("parse {spec}"));
        assert_eq!(k.label(), label, "{spec}");
    }
    for bad in ["", "hyper-x", "ctrl-", "xx", "f99", "\u{1b}"] {
        assert_eq!(KeySpec::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn events_match_specs() {
    let km = Keymap::default();
    let shift_g = ev(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(km.action(Context::List, &shift_g), Some(Action::Bottom));
    let ctrl_c = ev(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(km.action(Context::Form, &ctrl_c), Some(Action::Quit));
    let backtab = ev(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(km.action(Context::Form, &backtab), Some(Action::PrevField));
    let n = ev(KeyCode::Char('n'), KeyModifiers::NONE);
    assert_eq!(km.action(Context::List, &n), Some(Action::NewUser));
    assert_eq!(km.action(Context::Dialog, &n), Some(Action::Cancel));
}

#[test]
fn defaults_have_no_clash() {
    let (_, warnings) = Keymap::build(&BTreeMap::new());
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn overrides_apply_and_problems_are_reported() {
    let mut o = BTreeMap::new();
    o.insert("down".to_string(), vec!["ctrl-n".to_string()]);
    o.insert("teleport".to_string(), vec!["x".to_string()]);
    o.insert("up".to_string(), vec!["ctrl-??".to_string()]);
    o.insert("lookup".to_string(), vec!["f".to_string()]);
    let (km, warnings) = Keymap::build(&o);
    assert_eq!(km.label(Action::Down), "ctrl-n");
    assert_eq!(km.label(Action::Up), "k, up");
    assert_eq!(km.label(Action::Lookup), "i");
    assert_eq!(km.label(Action::FilterPanel), "f");
    let text = warnings.join("\n");
    assert!(text.contains("unknown action \"teleport\""), "{text}");
    assert!(
        text.contains("cannot read key \"ctrl-??\" for up"),
        "{text}"
    );
    assert!(text.contains("f is bound to both"), "{text}");
    assert_eq!(warnings.len(), 3);
}

#[test]
fn a_global_override_clashing_with_a_list_key_is_refused() {
    let mut o = BTreeMap::new();
    o.insert("quit".to_string(), vec!["j".to_string()]);
    let (km, warnings) = Keymap::build(&o);
    assert_eq!(km.label(Action::Quit), "q, ctrl-c");
    assert_eq!(warnings.len(), 1);
}

#[test]
fn a_key_list_reads_unambiguously_when_slash_is_one_of_the_keys() {
    let mut o = BTreeMap::new();
    o.insert(
        "search".to_string(),
        vec!["/".to_string(), "ctrl-f".to_string()],
    );
    let (km, warnings) = Keymap::build(&o);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(km.label(Action::Search), "/, ctrl-f");
}

#[test]
fn a_character_cannot_be_a_key_where_characters_are_text() {
    let mut o = BTreeMap::new();
    o.insert("accept".to_string(), vec!["x".to_string()]);
    o.insert(
        "delete_word".to_string(),
        vec!["ctrl-w".to_string(), "w".to_string()],
    );
    let (km, warnings) = Keymap::build(&o);
    assert_eq!(km.label(Action::Accept), "enter");
    assert_eq!(km.label(Action::DeleteWord), "ctrl-w");
    let text = warnings.join("\n");
    assert!(
        text.contains("x types text in forms and prompts") && text.contains("for accept"),
        "{text}"
    );
    assert!(text.contains("w types text"), "{text}");
    assert_eq!(warnings.len(), 2);
}

#[test]
fn form_and_text_keys_must_not_clash() {
    // Forms read both: a text editing key on tab would never reach the next field.
    let mut o = BTreeMap::new();
    o.insert("line_end".to_string(), vec!["tab".to_string()]);
    let (km, warnings) = Keymap::build(&o);
    assert_eq!(km.label(Action::LineEnd), "end, ctrl-e");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("tab is bound to both"), "{warnings:?}");
}

#[test]
fn the_help_key_that_types_no_text() {
    let km = Keymap::default();
    assert_eq!(km.first(Action::Help), "?");
    assert_eq!(km.first_untyped(Action::Help).as_deref(), Some("f1"));
    let mut o = BTreeMap::new();
    o.insert("help".to_string(), vec!["?".to_string()]);
    let (km, _) = Keymap::build(&o);
    assert_eq!(km.first_untyped(Action::Help), None);
}
