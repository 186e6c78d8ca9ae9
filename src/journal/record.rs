//! The records of the journal, one JSON object per line, told apart by `kind`:
//!
//! - `intent`: written before a request is sent: which portal and profile, which
//!   operation, for which users;
//! - `outcome`: written when the outcome of that request is known, per user;
//! - `checked`: written by `journal check`: what the portal says now about users whose
//!   outcome was unknown.
//!
//! An intent and the records about it share `run` (one per command invocation or TUI
//! job) and `seq` (the intent's number within its run).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::operation::Operation;
use super::time::Timestamp;

/// One line of the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Record {
    Intent(Intent),
    Outcome(Outcomes),
    Checked(Checked),
    /// A kind of record this version does not know (written by a newer one).
    #[serde(other)]
    Unknown,
}

/// Which write an outcome or a check is about: its run and its number in the run.
#[must_use = "record the outcome of this write with Journal::outcomes"]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntryId {
    pub run: Uuid,
    pub seq: u64,
}

/// A write about to be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Intent {
    pub run: Uuid,
    pub seq: u64,
    pub time: Timestamp,
    /// The portal's address, without credentials, query or fragment.
    pub portal: String,
    /// The configuration profile, empty when none was used.
    pub profile: String,
    pub operation: Operation,
    pub users: Vec<UserRef>,
}

/// A user a write is for. A create knows no id before the portal answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserRef {
    pub id: Option<Uuid>,
    /// As the program knew it (raw portal text; sanitise before showing).
    pub name: String,
}

impl UserRef {
    pub fn new(id: Uuid, name: impl Into<String>) -> Self {
        Self {
            id: Some(id),
            name: name.into(),
        }
    }
}

/// What came of a write for one user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum WriteOutcome {
    /// The portal confirmed it.
    Done,
    /// It did not happen.
    NotDone,
    /// Nobody knows yet: the answer was lost (timeout, dropped connection, 5xx) or the run
    /// was interrupted. `journal check` reads the user back.
    Unknown,
    /// Not attempted, for the reason given.
    Skipped,
}

impl WriteOutcome {
    /// "done", "not done", "unknown", "skipped".
    pub fn label(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::NotDone => "not done",
            Self::Unknown => "unknown",
            Self::Skipped => "skipped",
        }
    }
}

/// The outcome for one user, with the portal's reason (raw; sanitise before showing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserResult {
    pub id: Option<Uuid>,
    pub name: String,
    pub outcome: WriteOutcome,
    #[serde(default)]
    pub reason: String,
}

impl UserResult {
    pub fn new(
        id: Option<Uuid>,
        name: impl Into<String>,
        outcome: WriteOutcome,
        reason: impl Into<String>,
    ) -> Self {
        Self {
            id,
            name: name.into(),
            outcome,
            reason: reason.into(),
        }
    }
}

/// The outcomes of one intent's write (possibly only some of its users; a later record
/// for the same user wins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcomes {
    pub run: Uuid,
    pub seq: u64,
    pub time: Timestamp,
    pub users: Vec<UserResult>,
}

/// What `journal check` found on the portal about an earlier write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Checked {
    /// The write checked.
    pub run: Uuid,
    pub seq: u64,
    pub time: Timestamp,
    /// The run of the check itself.
    pub check_run: Uuid,
    pub users: Vec<UserResult>,
}

impl Record {
    /// The write this record is about (`None` for unknown kinds).
    pub fn entry(&self) -> Option<EntryId> {
        let (run, seq) = match self {
            Record::Intent(i) => (i.run, i.seq),
            Record::Outcome(o) => (o.run, o.seq),
            Record::Checked(c) => (c.run, c.seq),
            Record::Unknown => return None,
        };
        Some(EntryId { run, seq })
    }
}

#[cfg(test)]
#[path = "record_tests.rs"]
mod tests;
