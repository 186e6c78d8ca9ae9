use super::*;

fn entries(h: &History, kind: HistoryKind) -> Vec<&str> {
    h.entries(kind).iter().map(String::as_str).collect()
}

#[test]
fn the_newest_entry_is_last_and_a_repeat_moves_there() {
    let mut h = History::default();
    assert!(h.push(HistoryKind::Search, " ann ").is_some());
    h.push(HistoryKind::Search, "bob");
    let fx = h.push(HistoryKind::Search, "ann");
    assert_eq!(entries(&h, HistoryKind::Search), ["bob", "ann"]);
    assert_eq!(
        fx,
        Some(Effect::SaveHistory(
            HistoryKind::Search,
            vec!["bob".into(), "ann".into()]
        ))
    );
    // The same entry again changes nothing: nothing to save.
    assert_eq!(h.push(HistoryKind::Search, "ann"), None);
    // Each prompt has its own.
    assert!(h.entries(HistoryKind::Lookup).is_empty());
}

#[test]
fn secrets_and_empty_entries_are_never_kept() {
    let mut h = History::default();
    assert_eq!(h.push(HistoryKind::Palette, "   "), None);
    assert_eq!(
        h.push(HistoryKind::Search, "sk-AbCdEf0123456789abcdef0123"),
        None
    );
    assert_eq!(
        h.push(
            HistoryKind::Search,
            "goto https://u:pw@portal.example/?token=x"
        ),
        None
    );
    assert!(h.entries(HistoryKind::Search).is_empty());
    // IDs and emails are not secrets.
    assert!(
        h.push(HistoryKind::Lookup, "3f2504e0-4f89-11d3-9a0c-0305e82c3301")
            .is_some()
    );
    assert!(h.push(HistoryKind::Lookup, "ann@example.org").is_some());
}

#[test]
fn only_the_newest_entries_are_kept() {
    let mut h = History::default();
    for i in 0..MAX_ENTRIES + 5 {
        h.push(HistoryKind::Palette, &format!("goto {i}@example.org"));
    }
    let kept = h.entries(HistoryKind::Palette);
    assert_eq!(kept.len(), MAX_ENTRIES);
    assert_eq!(kept[0], "goto 5@example.org");
    let mut loaded = History::default();
    let lines = (0..MAX_ENTRIES + 5).map(|i| format!("e{i}"));
    loaded.load(
        HistoryKind::Search,
        lines.chain(["bad\u{1b}line".to_string(), String::new()]),
    );
    assert_eq!(loaded.entries(HistoryKind::Search).len(), MAX_ENTRIES);
    assert_eq!(
        loaded
            .entries(HistoryKind::Search)
            .last()
            .map(String::as_str),
        Some("e104")
    );
}

#[test]
fn up_goes_back_and_down_returns_to_what_was_typed() {
    let list: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
    let mut r = Recall::default();
    assert_eq!(
        r.newer(&list),
        None,
        "down outside the history does nothing"
    );
    assert_eq!(r.older(&list, "typed").as_deref(), Some("c"));
    assert!(r.is_browsing());
    assert_eq!(r.older(&list, "c").as_deref(), Some("b"));
    assert_eq!(r.older(&list, "b").as_deref(), Some("a"));
    assert_eq!(r.older(&list, "a"), None, "the oldest stays");
    assert_eq!(r.newer(&list).as_deref(), Some("b"));
    assert_eq!(r.newer(&list).as_deref(), Some("c"));
    assert_eq!(r.newer(&list).as_deref(), Some("typed"));
    assert!(!r.is_browsing());
    assert_eq!(Recall::default().older(&[], "x"), None);
}
