//! The journal as the bulk engine's [`WriteLog`]: one intent per step and user (a
//! terminate-then-delete records a terminate, then a delete), written before the first
//! request of that step for them is sent, and the step's outcome for each of them once
//! its answer is checked.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use uuid::Uuid;

use super::handle::Journal;
use super::operation::Operation;
use super::record::{EntryId, UserRef, UserResult, WriteOutcome};
use crate::api::admin::JobKind;
use crate::bulk::{self, LogError, Outcome, Step, WriteLog};

/// Records a bulk run's writes in a journal.
pub struct JournalLog {
    journal: Journal,
    /// The intent each user's step is recorded under.
    entries: Mutex<HashMap<(Uuid, Step), EntryId>>,
}

impl JournalLog {
    /// Records into `journal` (give each run its own: [`Journal::new_run`]).
    pub fn new(journal: Journal) -> Self {
        Self {
            journal,
            entries: Mutex::new(HashMap::new()),
        }
    }
}

/// The write a step sends (`None` for the read-backs, which change nothing).
fn operation(step: Step) -> Option<Operation> {
    match step {
        Step::Terminating => Some(Operation::Terminate),
        Step::Activating => Some(Operation::Activate),
        Step::Deleting => Some(Operation::Delete),
        Step::StoppingHandover => Some(Operation::stop_job(JobKind::Reassign)),
        Step::Reassigning | Step::Removing | Step::Checking => None,
    }
}

/// How an engine outcome is recorded.
fn recorded(outcome: &Outcome) -> WriteOutcome {
    match outcome {
        Outcome::Done | Outcome::Unchanged(_) => WriteOutcome::Done,
        Outcome::Failed(_) => WriteOutcome::NotDone,
        Outcome::Unknown(_) => WriteOutcome::Unknown,
        Outcome::Skipped(_) | Outcome::Stopped(_) => WriteOutcome::Skipped,
    }
}

impl JournalLog {
    /// Records the intent `op` of `step` for the users not yet on record for it.
    fn intend(&self, step: Step, op: Operation, users: &[(Uuid, &str)]) -> Result<(), LogError> {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let new: Vec<UserRef> = users
            .iter()
            .filter(|(id, _)| !entries.contains_key(&(*id, step)))
            .map(|(id, name)| UserRef::new(*id, *name))
            .collect();
        if new.is_empty() {
            return Ok(());
        }
        let entry = self
            .journal
            .intent(op, &new)
            .map_err(|e| LogError(e.to_string()))?;
        for u in &new {
            if let Some(id) = u.id {
                entries.insert((id, step), entry);
            }
        }
        Ok(())
    }
}

impl WriteLog for JournalLog {
    fn sending(&self, step: Step, users: &[(Uuid, &str)]) -> Result<(), LogError> {
        match operation(step) {
            Some(op) => self.intend(step, op, users),
            None => Ok(()),
        }
    }

    fn reassigning(&self, users: &[(Uuid, &str)], to: Uuid) -> Result<(), LogError> {
        self.intend(Step::Reassigning, Operation::Reassign { to }, users)
    }

    fn answered(&self, step: Step, results: &[bulk::UserResult]) {
        let mut by_entry: HashMap<EntryId, Vec<UserResult>> = HashMap::new();
        {
            let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
            for r in results {
                if let Some(entry) = entries.get(&(r.id, step)) {
                    by_entry.entry(*entry).or_default().push(UserResult::new(
                        Some(r.id),
                        r.name.clone(),
                        recorded(&r.outcome),
                        r.outcome.reason(),
                    ));
                }
            }
        }
        for (entry, users) in by_entry {
            if let Err(e) = self.journal.outcomes(entry, &users) {
                // The intent is on record: `journal` shows these users as unknown and
                // `journal check` settles them.
                tracing::warn!("the journal could not record outcomes: {e}");
            }
        }
    }

    fn settled(&self, _: &[bulk::UserResult]) {}
}

#[cfg(test)]
#[path = "bulk_log_tests.rs"]
mod tests;
