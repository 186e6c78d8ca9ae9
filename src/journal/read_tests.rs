use super::*;

const INTENT: &str = r#"{"kind":"intent","run":"00000000-0000-0000-0000-000000000001","seq":1,"time":"2026-11-30T10:00:00Z","portal":"https://p.example/","profile":"","operation":{"op":"terminate"},"users":[{"id":"00000000-0000-0000-0000-00000000002a","name":"A"}]}"#;

#[test]
fn a_torn_last_line_is_skipped_with_a_warning() {
    let text = format!("{INTENT}\n{}", &INTENT[..40]);
    let got = parse(text.as_bytes());
    assert_eq!(got.records.len(), 1);
    assert_eq!(got.warnings.len(), 1);
    assert!(
        got.warnings[0].contains("last line (2)"),
        "{:?}",
        got.warnings
    );
}

#[test]
fn a_damaged_line_in_the_middle_is_skipped_and_the_rest_read() {
    let text = format!("{INTENT}\n{}\n\n{INTENT}\n", &INTENT[..40]);
    let got = parse(text.as_bytes());
    assert_eq!(got.records.len(), 2);
    assert_eq!(
        got.warnings,
        vec!["line 2 of the journal cannot be read (damaged or cut off); skipped".to_string()]
    );
    let bad_utf8 = [INTENT.as_bytes(), b"\n\xff\xfe\n"].concat();
    assert_eq!(parse(&bad_utf8).warnings.len(), 1);
}

#[test]
fn a_missing_journal_is_empty() {
    let dir = tempfile::tempdir().expect("tempdir");
    let got = load(&dir.path().join("none.jsonl")).expect("empty");
    assert_eq!(got, Loaded::default());
}
