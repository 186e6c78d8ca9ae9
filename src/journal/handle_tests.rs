use super::*;
use crate::journal::read::load;
use crate::journal::record::WriteOutcome;

#[test]
fn intents_and_outcomes_are_numbered_within_a_run_and_read_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let j = Journal::open(&path, "https://u:pw@p.example/", "work").expect("opens");
    let id = Uuid::from_u128(5);
    let users = [UserRef::new(id, "Ann")];
    let first = j.intent(Operation::Terminate, &users).expect("intent");
    let second = j.intent(Operation::Delete, &users).expect("intent");
    assert_eq!((first.seq, second.seq), (1, 2));
    assert_eq!(first.run, second.run);
    j.outcomes(
        first,
        &[UserResult::new(Some(id), "Ann", WriteOutcome::Done, "")],
    )
    .expect("outcome");
    let other = j.new_run();
    let third = other.intent(Operation::Activate, &users).expect("intent");
    assert_eq!(third.seq, 1);
    assert_ne!(third.run, first.run);

    let got = load(&path).expect("reads");
    assert!(got.warnings.is_empty(), "{:?}", got.warnings);
    assert_eq!(got.records.len(), 4);
    let Record::Intent(i) = &got.records[0] else {
        panic!("an intent first: {:?}", got.records[0]);
    };
    assert_eq!(i.portal, "https://p.example/");
    assert_eq!(i.profile, "work");
    assert_eq!(i.users, users.to_vec());
}

#[test]
fn a_thousand_users_go_in_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let j = Journal::open(&path, "https://p.example/", "").expect("opens");
    let users: Vec<UserRef> = (0..1000u128)
        .map(|n| UserRef::new(Uuid::from_u128(n), format!("User {n}")))
        .collect();
    let e = j.intent(Operation::Delete, &users).expect("intent");
    let results: Vec<UserResult> = users
        .iter()
        .map(|u| UserResult::new(u.id, &u.name, WriteOutcome::Done, ""))
        .collect();
    j.outcomes(e, &results).expect("outcomes");
    let text = std::fs::read_to_string(&path).expect("read");
    assert_eq!(text.lines().count(), 2);
}

#[test]
fn secrets_are_never_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let token = SecretString::from("sk-canary-0123456789".to_string());
    let j = Journal::open(&path, "https://p.example/", "")
        .expect("opens")
        .redacting(&token);
    let id = Uuid::from_u128(1);
    let e = j
        .intent(
            Operation::Delete,
            &[UserRef::new(id, "sk-canary-0123456789")],
        )
        .expect("intent");
    j.outcomes(
        e,
        &[UserResult::new(
            Some(id),
            "x",
            WriteOutcome::NotDone,
            "refused: Bearer sk-canary-0123456789",
        )],
    )
    .expect("outcome");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(!text.contains("canary"), "{text}");
    assert!(text.contains("[redacted]"), "{text}");
}

#[test]
fn a_disabled_journal_writes_nothing_and_still_numbers_entries() {
    let j = Journal::disabled();
    assert!(!j.is_enabled() && j.path().is_none());
    let e = j.intent(Operation::Delete, &[]).expect("no-op");
    assert_eq!(e.seq, 1);
    j.outcomes(e, &[]).expect("no-op");
}
