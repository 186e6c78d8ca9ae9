use super::*;

#[test]
fn times_are_utc_rfc3339_and_read_back_from_any_offset() {
    let t: Timestamp = serde_json::from_str("\"2026-11-30T12:00:00.250+02:00\"").expect("a time");
    assert_eq!(
        serde_json::to_string(&t).expect("json"),
        "\"2026-11-30T10:00:00.250Z\""
    );
    assert_eq!(t.short(), "2026-11-30 10:00:00Z");
    assert!(serde_json::from_str::<Timestamp>("\"yesterday\"").is_err());
}
