use super::*;

fn names(p: &Palette) -> Vec<&'static str> {
    p.matches().map(|c| c.name).collect()
}

fn typed(text: &str) -> Palette {
    let mut p = Palette::new(&Keymap::default());
    p.set_input(text);
    p
}

#[test]
fn every_action_over_the_list_is_offered_from_the_keymap() {
    let p = Palette::new(&Keymap::default());
    for spec in ACTIONS {
        let offered_here = p.matches().any(|c| c.entry == Entry::Action(spec.action));
        assert_eq!(offered_here, offered(spec.action), "{}", spec.name);
    }
    let terminate = p
        .matches()
        .find(|c| c.entry == Entry::Action(Action::Terminate))
        .unwrap();
    assert_eq!(terminate.keys, "t");
    assert_eq!(terminate.description, Action::Terminate.description());
    // Commands come first, then the actions in the table's order.
    assert_eq!(names(&p)[0], "goto <id or email>");
    assert_eq!(
        p.match_count(),
        COMMANDS.len() + ACTIONS.iter().filter(|s| offered(s.action)).count()
    );
}

#[test]
fn the_keys_shown_are_those_configured() {
    let mut keys = std::collections::BTreeMap::new();
    keys.insert("terminate".to_string(), vec!["T".to_string()]);
    let (keymap, _) = Keymap::build(&keys);
    let p = Palette::new(&keymap);
    let t = p
        .matches()
        .find(|c| c.entry == Entry::Action(Action::Terminate))
        .unwrap();
    assert_eq!(t.keys, "T");
}

#[test]
fn typing_filters_and_ranks() {
    let p = typed("termin");
    assert_eq!(names(&p)[0], "terminate");
    let p = typed("mark all");
    assert_eq!(names(&p)[0], "mark_all");
    let p = typed("expo");
    assert_eq!(p.selected().map(|c| c.name), Some("export csv|json <file>"));
    assert!(names(&p).contains(&"export"));
    // A key typed alone finds its action first.
    let p = typed("*");
    assert_eq!(
        p.selected().map(|c| c.entry),
        Some(Entry::Action(Action::MarkAll))
    );
    let p = typed("zzzq");
    assert_eq!(p.match_count(), 0);
    assert_eq!(p.selected(), None);
}

#[test]
fn the_selection_moves_and_wraps() {
    let mut p = typed("copy");
    let first = p.selected().map(|c| c.name);
    p.move_selection(1);
    assert_ne!(p.selected().map(|c| c.name), first);
    p.move_selection(-1);
    assert_eq!(p.selected().map(|c| c.name), first);
    p.move_selection(-1);
    assert_eq!(p.selected_index(), p.match_count() - 1);
    // Typing puts the selection back on the best match.
    p.set_input("copy_e");
    assert_eq!(p.selected_index(), 0);
    assert_eq!(p.selected().map(|c| c.name), Some("copy_email"));
}
