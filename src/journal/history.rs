//! What the journal says happened: each intent with the final outcome of each of its
//! users (the latest outcome or check recorded for them; none ⇒ unknown, the run was
//! interrupted).

use std::collections::HashMap;

use uuid::Uuid;

use super::operation::Operation;
use super::record::{EntryId, Record, UserRef, UserResult, WriteOutcome};
use super::time::Timestamp;

/// The reason given for a user whose write has no outcome recorded.
pub const NO_OUTCOME: &str = "no outcome recorded: the run was interrupted";

/// One write as the journal knows it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: EntryId,
    /// When the intent was recorded.
    pub time: Timestamp,
    pub portal: String,
    pub profile: String,
    pub operation: Operation,
    pub users: Vec<EntryUser>,
}

/// One user of a write and its final outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryUser {
    /// The id (for a create: the new user's, once known).
    pub id: Option<Uuid>,
    pub name: String,
    pub outcome: WriteOutcome,
    pub reason: String,
    /// When `journal check` settled this outcome, if it did.
    pub checked: Option<Timestamp>,
}

/// The writes recorded in `records`, oldest first, and a warning per outcome or check
/// whose intent is missing (its line was lost).
pub fn entries(records: &[Record]) -> (Vec<Entry>, Vec<String>) {
    let mut list: Vec<Entry> = Vec::new();
    let mut index: HashMap<EntryId, usize> = HashMap::new();
    let mut warnings = Vec::new();
    for r in records {
        match r {
            Record::Intent(i) => {
                let id = EntryId {
                    run: i.run,
                    seq: i.seq,
                };
                index.insert(id, list.len());
                list.push(Entry {
                    id,
                    time: i.time,
                    portal: i.portal.clone(),
                    profile: i.profile.clone(),
                    operation: i.operation.clone(),
                    users: i.users.iter().map(unknown).collect(),
                });
            }
            Record::Outcome(o) => {
                let id = EntryId {
                    run: o.run,
                    seq: o.seq,
                };
                match index.get(&id).and_then(|n| list.get_mut(*n)) {
                    Some(e) => apply(e, &o.users, None),
                    None => warnings.push(orphan(id)),
                }
            }
            Record::Checked(c) => {
                let id = EntryId {
                    run: c.run,
                    seq: c.seq,
                };
                match index.get(&id).and_then(|n| list.get_mut(*n)) {
                    Some(e) => apply(e, &c.users, Some(c.time)),
                    None => warnings.push(orphan(id)),
                }
            }
            Record::Unknown => {}
        }
    }
    (list, warnings)
}

fn unknown(u: &UserRef) -> EntryUser {
    EntryUser {
        id: u.id,
        name: u.name.clone(),
        outcome: WriteOutcome::Unknown,
        reason: NO_OUTCOME.to_string(),
        checked: None,
    }
}

fn orphan(id: EntryId) -> String {
    format!(
        "an outcome for write {} of run {} has no intent in the journal (its line was lost); ignored",
        id.seq, id.run
    )
}

/// Applies results to an entry's users: a user is found by id; a user recorded without
/// one (a create, before the portal named it) by position.
fn apply(entry: &mut Entry, results: &[UserResult], checked: Option<Timestamp>) {
    for (pos, r) in results.iter().enumerate() {
        let by_id =
            r.id.and_then(|id| entry.users.iter().position(|u| u.id == Some(id)));
        let target = by_id.or_else(|| entry.users.get(pos).filter(|u| u.id.is_none()).map(|_| pos));
        let Some(u) = target.and_then(|n| entry.users.get_mut(n)) else {
            continue;
        };
        if u.id.is_none() {
            u.id = r.id;
        }
        if !r.name.is_empty() {
            u.name = r.name.clone();
        }
        u.outcome = r.outcome;
        u.reason = r.reason.clone();
        u.checked = checked;
    }
}

#[cfg(test)]
mod tests {
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
}
