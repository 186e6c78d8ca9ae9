use super::*;
use crate::journal::read::load;
use crate::journal::record::Record;

#[test]
fn a_handover_is_recorded_with_its_receiver_and_then_its_outcome() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let log = JournalLog::new(Journal::open(&path, "https://p.example/", "").expect("opens"));
    let (from, to) = (Uuid::from_u128(5), Uuid::from_u128(9));
    log.reassigning(&[(from, "Ann")], to).expect("recorded");
    log.answered(
        Step::Reassigning,
        &[bulk::UserResult {
            id: from,
            name: "Ann".into(),
            outcome: Outcome::Stopped("stopped at 10%".into()),
        }],
    );
    // The removal a delete queues is followed, not sent: nothing to record.
    log.sending(Step::Removing, &[(from, "Ann")])
        .expect("nothing");
    let got = load(&path).expect("reads");
    assert_eq!(got.records.len(), 2, "{:?}", got.records);
    let Record::Intent(i) = &got.records[0] else {
        panic!("an intent first: {:?}", got.records[0]);
    };
    assert_eq!(i.operation, Operation::Reassign { to });
    let Record::Outcome(o) = &got.records[1] else {
        panic!("then its outcome: {:?}", got.records[1]);
    };
    assert_eq!(o.users[0].outcome, WriteOutcome::Skipped);
}
