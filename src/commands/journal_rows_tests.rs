use super::*;
use crate::journal::{EntryId, Timestamp};

/// The key names of a journal row, in order: machine names, kept stable.
const KEYS: [&str; 12] = [
    "time",
    "run",
    "seq",
    "portal",
    "profile",
    "operation",
    "userId",
    "name",
    "email",
    "outcome",
    "reason",
    "checkedAt",
];

fn entry() -> Entry {
    let time: Timestamp =
        serde_json::from_value(serde_json::Value::String("2026-11-30T10:00:00.5Z".into()))
            .expect("time");
    Entry {
        id: EntryId {
            run: Uuid::from_u128(1),
            seq: 2,
        },
        time,
        portal: "https://p.example/".into(),
        profile: String::new(),
        operation: Operation::Create {
            email: "ann@example.com".into(),
            first_name: "Ann".into(),
            last_name: "Lee".into(),
            kind: "User".into(),
        },
        users: vec![EntryUser {
            id: None,
            name: "Ann\u{1b}[31m Lee".into(),
            outcome: WriteOutcome::Unknown,
            reason: "no answer".into(),
            checked: Some(time),
        }],
    }
}

#[test]
fn json_keys_are_stable_and_camel_case() {
    let v: serde_json::Value =
        serde_json::from_str(&render(&rows([&entry()]), JournalFormat::Json)).expect("json");
    let o = v[0].as_object().expect("object");
    let keys: Vec<&str> = o.keys().map(String::as_str).collect();
    let mut want = KEYS.to_vec();
    want.sort_unstable();
    let mut got = keys;
    got.sort_unstable();
    assert_eq!(got, want);
    assert_eq!(o["outcome"], "unknown");
    assert_eq!(o["operation"], "create");
    assert_eq!(o["email"], "ann@example.com");
    assert!(o["userId"].is_null());
    assert_eq!(o["time"], "2026-11-30T10:00:00.500Z");
}

#[test]
fn the_table_is_sanitised_and_shows_the_portal_without_a_profile() {
    let t = render(&rows([&entry()]), JournalFormat::Table);
    assert!(!t.contains('\u{1b}'), "{t}");
    let line = t.lines().nth(1).expect("a row");
    assert!(line.starts_with("2026-11-30 10:00:00Z"), "{line}");
    assert!(line.contains("https://p.example/"), "{line}");
    assert!(line.contains("<ann@example.com>"), "{line}");
    assert!(line.contains("unknown (checked)"), "{line}");
}
