use super::*;

fn k(spec: &str) -> KeySpec {
    KeySpec::parse(spec).expect("spec")
}

#[test]
fn typing_and_editing() {
    let mut t = TextInput::default();
    for c in "añn é".chars() {
        t.insert(c);
    }
    assert_eq!(t.value(), "añn é");
    assert_eq!(t.key(&k("backspace")), Edit::Changed);
    assert_eq!(t.value(), "añn ");
    t.key(&k("left"));
    t.key(&k("left"));
    t.key(&k("delete"));
    assert_eq!(t.value(), "añ ");
    assert_eq!(t.key(&k("ctrl-w")), Edit::Changed);
    assert_eq!(t.value(), " ");
    t.key(&k("end"));
    t.key(&k("ctrl-u"));
    assert!(t.is_empty());
    assert_eq!(t.key(&k("backspace")), Edit::Ignored);
    assert_eq!(t.key(&k("f5")), Edit::Ignored);
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
