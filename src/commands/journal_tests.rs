use uuid::Uuid;

use super::*;
use crate::journal::{EntryId, Operation};

fn entry(time: &str, profile: &str) -> Entry {
    Entry {
        id: EntryId {
            run: Uuid::from_u128(1),
            seq: 1,
        },
        time: serde_json::from_value(serde_json::Value::String(time.into())).expect("time"),
        portal: "https://p.example/".into(),
        profile: profile.into(),
        operation: Operation::Delete,
        users: Vec::new(),
    }
}

#[test]
fn since_and_profile_select_entries() {
    let list = vec![
        entry("2026-11-29T23:59:59Z", "work"),
        entry("2026-11-30T00:00:00Z", "work"),
        entry("2026-11-30T10:00:00Z", "home"),
    ];
    let since = parse_since("2026-11-30", Utc::now()).expect("date");
    assert_eq!(select(&list, Some(since), None).len(), 2);
    assert_eq!(select(&list, Some(since), Some("work")).len(), 1);
    assert_eq!(select(&list, None, Some("work")).len(), 2);
    assert_eq!(select(&list, None, None).len(), 3);
}
