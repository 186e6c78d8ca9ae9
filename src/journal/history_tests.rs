use super::*;
use crate::journal::record::{Checked, Intent, Outcomes};

fn t(s: &str) -> Timestamp {
    serde_json::from_value(serde_json::Value::String(s.into())).expect("time")
}

fn intent(run: u128, seq: u64, op: Operation, users: Vec<UserRef>) -> Record {
    Record::Intent(Intent {
        run: Uuid::from_u128(run),
        seq,
        time: t("2026-11-30T10:00:00Z"),
        portal: "https://p.example/".into(),
        profile: "work".into(),
        operation: op,
        users,
    })
}

fn outcome(run: u128, seq: u64, users: Vec<UserResult>) -> Record {
    Record::Outcome(Outcomes {
        run: Uuid::from_u128(run),
        seq,
        time: t("2026-11-30T10:00:01Z"),
        users,
    })
}

#[test]
fn the_latest_outcome_wins_and_missing_ones_are_unknown() {
    let a = Uuid::from_u128(10);
    let b = Uuid::from_u128(11);
    let c = Uuid::from_u128(12);
    let users = vec![
        UserRef::new(a, "A"),
        UserRef::new(b, "B"),
        UserRef::new(c, "C"),
    ];
    let records = vec![
        intent(1, 1, Operation::Delete, users),
        outcome(
            1,
            1,
            vec![
                UserResult::new(Some(a), "A", WriteOutcome::Done, ""),
                UserResult::new(Some(b), "B", WriteOutcome::Unknown, "timed out"),
            ],
        ),
        Record::Checked(Checked {
            run: Uuid::from_u128(1),
            seq: 1,
            time: t("2026-11-30T11:00:00Z"),
            check_run: Uuid::from_u128(9),
            users: vec![UserResult::new(
                Some(b),
                "B",
                WriteOutcome::Done,
                "gone now",
            )],
        }),
    ];
    let (list, warnings) = entries(&records);
    assert!(warnings.is_empty());
    let got: Vec<(WriteOutcome, &str, bool)> = list[0]
        .users
        .iter()
        .map(|u| (u.outcome, u.reason.as_str(), u.checked.is_some()))
        .collect();
    assert_eq!(
        got,
        vec![
            (WriteOutcome::Done, "", false),
            (WriteOutcome::Done, "gone now", true),
            (WriteOutcome::Unknown, NO_OUTCOME, false),
        ]
    );
}

#[test]
fn a_create_learns_its_id_from_the_outcome() {
    let op = Operation::Create {
        email: "ann@example.com".into(),
        first_name: "Ann".into(),
        last_name: "Lee".into(),
        kind: "User".into(),
    };
    let new = Uuid::from_u128(77);
    let records = vec![
        intent(
            2,
            1,
            op,
            vec![UserRef {
                id: None,
                name: "Ann Lee".into(),
            }],
        ),
        outcome(
            2,
            1,
            vec![UserResult::new(
                Some(new),
                "Ann Lee",
                WriteOutcome::Done,
                "",
            )],
        ),
        outcome(5, 1, vec![]),
    ];
    let (list, warnings) = entries(&records);
    assert_eq!(list[0].users[0].id, Some(new));
    assert_eq!(list[0].users[0].outcome, WriteOutcome::Done);
    assert_eq!(warnings.len(), 1, "the outcome without an intent");
}
