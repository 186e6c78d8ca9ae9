use super::*;

fn k(spec: &str) -> KeySpec {
    KeySpec::parse(spec).expect("spec")
}

/// Presses `spec` on `t` with the default keys.
fn press(t: &mut TextInput, spec: &str) -> Edit {
    t.key(&k(spec), &Keymap::default())
}

/// Keys with `action` bound to `keys` in the config.
fn remapped(action: &str, keys: &[&str]) -> Keymap {
    let mut o = std::collections::BTreeMap::new();
    o.insert(
        action.to_string(),
        keys.iter().map(|k| k.to_string()).collect(),
    );
    let (km, warnings) = Keymap::build(&o);
    assert!(warnings.is_empty(), "{warnings:?}");
    km
}

#[test]
fn typing_and_editing() {
    let mut t = TextInput::default();
    for c in "añn é".chars() {
        t.insert(c);
    }
    assert_eq!(t.value(), "añn é");
    assert_eq!(press(&mut t, "backspace"), Edit::Changed);
    assert_eq!(t.value(), "añn ");
    press(&mut t, "left");
    press(&mut t, "left");
    press(&mut t, "delete");
    assert_eq!(t.value(), "añ ");
    assert_eq!(press(&mut t, "ctrl-w"), Edit::Changed);
    assert_eq!(t.value(), " ");
    press(&mut t, "end");
    press(&mut t, "ctrl-u");
    assert!(t.is_empty());
    assert_eq!(press(&mut t, "backspace"), Edit::Ignored);
    assert_eq!(press(&mut t, "f5"), Edit::Ignored);
}

#[test]
fn paste_drops_controls_and_caps_length() {
    let mut t = TextInput::default();
    t.insert_str("a\u{1b}[31m\nb");
    assert_eq!(t.value(), "a[31m b");
    let long = "x".repeat(MAX_INPUT + 50);
    let mut t = TextInput::new(&long);
    assert_eq!(t.value().chars().count(), MAX_INPUT);
    assert_eq!(t.insert('y'), Edit::Ignored);
}

#[test]
fn the_editing_keys_are_read_through_the_keymap() {
    for (action, key, start_cursor, want_value, want_cursor) in [
        ("delete_back", "ctrl-h", 3, "ab", 2),
        ("delete_forward", "ctrl-d", 1, "ac", 1),
        ("cursor_left", "ctrl-b", 3, "abc", 2),
        ("cursor_right", "ctrl-f", 1, "abc", 2),
        ("line_start", "alt-a", 3, "abc", 0),
        ("line_end", "alt-e", 0, "abc", 3),
        ("delete_to_start", "alt-u", 2, "c", 0),
        ("delete_word", "alt-w", 3, "", 0),
    ] {
        let keys = remapped(action, &[key]);
        let mut t = TextInput::new("abc");
        t.edit(Action::LineStart);
        for _ in 0..start_cursor {
            t.edit(Action::CursorRight);
        }
        assert_ne!(t.key(&k(key), &keys), Edit::Ignored, "{action} on {key}");
        assert_eq!(
            (t.value(), t.cursor()),
            (want_value, want_cursor),
            "{action}"
        );
        // The default key no longer does it.
        let default = KeySpec::parse(Action::from_name(action).expect("action").default_keys()[0])
            .expect("default");
        let mut t = TextInput::new("abc");
        t.edit(Action::LineStart);
        for _ in 0..start_cursor {
            t.edit(Action::CursorRight);
        }
        assert_eq!(
            t.key(&default, &keys),
            Edit::Ignored,
            "{action}: default unbound"
        );
    }
}
