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
    assert_eq!(km.label(Action::Up), "k/up");
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
    assert_eq!(km.label(Action::Quit), "q/ctrl-c");
    assert_eq!(warnings.len(), 1);
}
