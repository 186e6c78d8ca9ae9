use super::*;

fn entries(h: &History, kind: HistoryKind) -> Vec<String> {
    h.entries(kind).to_vec()
}

#[test]
fn saved_entries_come_back_per_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    save(&data, HistoryKind::Search, &["ann".into(), "bob".into()]).unwrap();
    save(&data, HistoryKind::Lookup, &["ann@example.org".into()]).unwrap();
    let h = load(&data);
    assert_eq!(entries(&h, HistoryKind::Search), ["ann", "bob"]);
    assert_eq!(entries(&h, HistoryKind::Lookup), ["ann@example.org"]);
    assert!(
        entries(&h, HistoryKind::Palette).is_empty(),
        "no file: empty"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = data.join(HistoryKind::Search.file_name());
        let mode = std::fs::metadata(path).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "private: {mode:o}");
    }
}

#[test]
fn a_missing_folder_or_a_corrupt_file_is_an_empty_history() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(load(&dir.path().join("nowhere")), History::default());
    std::fs::write(
        dir.path().join(HistoryKind::Palette.file_name()),
        [0xff, 0xfe, b'\n', 0x80],
    )
    .unwrap();
    std::fs::write(
        dir.path().join(HistoryKind::Search.file_name()),
        vec![b'a'; (MAX_FILE_BYTES + 1) as usize],
    )
    .unwrap();
    std::fs::write(
        dir.path().join(HistoryKind::Lookup.file_name()),
        "ann@example.org\n\u{1b}[31mred\n\nbob@example.org\n",
    )
    .unwrap();
    let h = load(dir.path());
    assert!(entries(&h, HistoryKind::Palette).is_empty(), "not UTF-8");
    assert!(entries(&h, HistoryKind::Search).is_empty(), "too large");
    assert_eq!(
        entries(&h, HistoryKind::Lookup),
        ["ann@example.org", "bob@example.org"],
        "the lines that cannot be entries are left out"
    );
}

#[test]
fn nothing_that_looks_like_a_secret_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let secret = "sk-AbCdEf0123456789abcdef0123";
    save(
        dir.path(),
        HistoryKind::Search,
        &["ann".into(), secret.into(), "two\nlines".into()],
    )
    .unwrap();
    let text = std::fs::read_to_string(dir.path().join(HistoryKind::Search.file_name())).unwrap();
    assert_eq!(text, "ann\n");
}
