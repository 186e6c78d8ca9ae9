use super::*;

fn t(s: &str) -> Timestamp {
    serde_json::from_value(serde_json::Value::String(s.into())).expect("time")
}

#[test]
fn every_record_round_trips_through_one_line() {
    let run = Uuid::from_u128(7);
    let user = Uuid::from_u128(42);
    let records = vec![
        Record::Intent(Intent {
            run,
            seq: 1,
            time: t("2026-11-30T10:00:00Z"),
            portal: "https://example.onlyoffice.com/".into(),
            profile: "work".into(),
            operation: Operation::Delete,
            users: vec![UserRef::new(user, "Zoë \"Z\" O'Brien\nLee")],
        }),
        Record::Outcome(Outcomes {
            run,
            seq: 1,
            time: t("2026-11-30T10:00:01Z"),
            users: vec![UserResult::new(
                Some(user),
                "Zoë",
                WriteOutcome::NotDone,
                "access denied (403)",
            )],
        }),
        Record::Checked(Checked {
            run,
            seq: 1,
            time: t("2026-11-30T11:00:00Z"),
            check_run: Uuid::from_u128(8),
            users: vec![UserResult::new(None, "x", WriteOutcome::Unknown, "")],
        }),
    ];
    for r in records {
        let line = serde_json::to_string(&r).expect("json");
        assert!(!line.contains('\n'), "{line}");
        let back: Record = serde_json::from_str(&line).expect("read back");
        assert_eq!(back, r);
        assert_eq!(back.entry(), Some(EntryId { run, seq: 1 }));
    }
}

#[test]
fn the_wire_names_are_stable() {
    let line = serde_json::to_string(&Record::Outcome(Outcomes {
        run: Uuid::nil(),
        seq: 3,
        time: t("2026-01-02T03:04:05.006Z"),
        users: vec![UserResult::new(None, "A", WriteOutcome::NotDone, "why")],
    }))
    .expect("json");
    assert_eq!(
        line,
        r#"{"kind":"outcome","run":"00000000-0000-0000-0000-000000000000","seq":3,"time":"2026-01-02T03:04:05.006Z","users":[{"id":null,"name":"A","outcome":"notDone","reason":"why"}]}"#
    );
    let later: Record = serde_json::from_str(r#"{"kind":"note","text":"x"}"#).expect("read");
    assert_eq!(later, Record::Unknown);
}
