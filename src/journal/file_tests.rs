use super::*;

#[cfg(unix)]
#[test]
fn the_file_is_created_private_and_an_open_one_is_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sub/journal.jsonl");
    let f = AppendFile::open(&path).expect("opens");
    f.append(b"{}\n").expect("writes");
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);

    let loose = dir.path().join("loose.jsonl");
    std::fs::write(&loose, "{}\n").expect("write");
    std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    AppendFile::open(&loose).expect("opens");
    assert_eq!(mode(&loose), 0o600);
}

#[test]
fn records_append_and_a_cut_off_last_line_is_ended_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    std::fs::write(&path, "{\"a\":1}\n{\"torn").expect("write");
    let f = AppendFile::open(&path).expect("opens");
    f.append(b"{\"b\":2}\n").expect("writes");
    let g = AppendFile::open(&path).expect("opens again");
    g.append(b"{\"c\":3}\n").expect("writes");
    let text = std::fs::read_to_string(&path).expect("read");
    assert_eq!(text, "{\"a\":1}\n{\"torn\n{\"b\":2}\n{\"c\":3}\n");
}

#[test]
fn records_from_two_writers_never_interleave() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    // Lines longer than a pipe buffer, from two separately opened files at once.
    let writers: Vec<_> = ["a", "b"]
        .into_iter()
        .map(|tag| {
            let f = AppendFile::open(&path).expect("opens");
            std::thread::spawn(move || {
                for n in 0..200 {
                    let line = format!("{{\"{tag}\":{n},\"pad\":\"{}\"}}\n", "x".repeat(9000));
                    f.append(line.as_bytes()).expect("writes");
                }
            })
        })
        .collect();
    for w in writers {
        w.join().expect("writer");
    }
    let text = std::fs::read_to_string(&path).expect("read");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("a whole record per line"))
        .collect();
    assert_eq!(lines.len(), 400);
}

#[test]
fn a_journal_that_cannot_be_created_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "").expect("write");
    let e = AppendFile::open(&blocker.join("journal.jsonl")).expect_err("not a dir");
    assert!(matches!(e, JournalError::Open { .. }), "{e:?}");
    assert!(e.to_string().contains("cannot open the journal"), "{e}");
}
