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
#[path = "history_tests.rs"]
mod tests;
