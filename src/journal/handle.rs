//! [`Journal`]: the handle writers record through. Record the intent, then send; record
//! the outcomes when known:
//!
//! ```
//! # use docspace_people::journal::{Journal, Operation, UserRef, UserResult, WriteOutcome};
//! # let dir = tempfile::tempdir().unwrap();
//! # let id = uuid::Uuid::from_u128(42);
//! let journal = Journal::open(&dir.path().join("journal.jsonl"), "https://p.example", "work")?;
//! let entry = journal.intent(Operation::Terminate, &[UserRef::new(id, "Ann Lee")])?;
//! // … only now send the request …
//! journal.outcomes(entry, &[UserResult::new(Some(id), "Ann Lee", WriteOutcome::Done, "")])?;
//! # Ok::<(), docspace_people::journal::JournalError>(())
//! ```
//!
//! `intent` fails when the record cannot be written; the caller must then not send the
//! write. A disabled journal ([`Journal::disabled`], chosen by `journal = false` in the
//! configuration) records nothing and is never what an error falls back to.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use rand::TryRngCore;
use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;

use super::error::JournalError;
use super::file::AppendFile;
use super::operation::Operation;
use super::portal::clean_portal;
use super::record::{Checked, EntryId, Intent, Outcomes, Record, UserRef, UserResult};
use super::time::Timestamp;

/// Where records go, for one run (a command invocation or a TUI job). Clones share the
/// file and the run; [`Journal::new_run`] starts another run on the same file.
#[derive(Debug, Clone)]
pub struct Journal {
    file: Option<Arc<AppendFile>>,
    context: Arc<Context>,
    run: Uuid,
    seq: Arc<AtomicU64>,
}

/// The portal and profile every intent of this journal names, and texts that must never
/// be written (the token).
#[derive(Debug, Default)]
struct Context {
    portal: String,
    profile: String,
    secrets: Vec<SecretString>,
}

/// What is replaced for a secret found in a text.
const REDACTED: &str = "[redacted]";

impl Journal {
    /// Opens the journal file at `path` (created private) for writes to `portal` through
    /// `profile` (empty when none). The address is recorded without credentials.
    pub fn open(path: &Path, portal: &str, profile: &str) -> Result<Self, JournalError> {
        let file = AppendFile::open(path)?;
        Ok(Self {
            file: Some(Arc::new(file)),
            context: Arc::new(Context {
                portal: clean_portal(portal),
                profile: profile.to_string(),
                secrets: Vec::new(),
            }),
            run: new_run_id(),
            seq: Arc::new(AtomicU64::new(0)),
        })
    }

    /// A journal that records nothing, for a configuration that turned it off (and for
    /// tests). Never a fallback for a journal that failed to open.
    pub fn disabled() -> Self {
        Self {
            file: None,
            context: Arc::new(Context::default()),
            run: new_run_id(),
            seq: Arc::new(AtomicU64::new(0)),
        }
    }

    /// This journal, replacing `secret` wherever it appears in a text it records (names
    /// and reasons come from the portal and from error messages).
    pub fn redacting(self, secret: &SecretString) -> Self {
        let mut secrets = self.context.secrets.clone();
        if !secret.expose_secret().is_empty() {
            secrets.push(secret.clone());
        }
        Self {
            context: Arc::new(Context {
                portal: self.context.portal.clone(),
                profile: self.context.profile.clone(),
                secrets,
            }),
            ..self
        }
    }

    /// The same file, portal and profile, for a new run (a new id, numbered from 1).
    pub fn new_run(&self) -> Self {
        Self {
            file: self.file.clone(),
            context: Arc::clone(&self.context),
            run: new_run_id(),
            seq: Arc::new(AtomicU64::new(0)),
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.file.is_some()
    }

    /// The file records go to (`None` when disabled).
    pub fn path(&self) -> Option<&Path> {
        self.file.as_deref().map(AppendFile::path)
    }

    pub fn run(&self) -> Uuid {
        self.run
    }

    /// Records that `operation` is about to be sent for `users`. Send only when this
    /// succeeded; keep the id for [`Journal::outcomes`].
    pub fn intent(&self, operation: Operation, users: &[UserRef]) -> Result<EntryId, JournalError> {
        let entry = EntryId {
            run: self.run,
            seq: self.seq.fetch_add(1, Ordering::Relaxed) + 1,
        };
        if self.file.is_none() {
            return Ok(entry);
        }
        let record = Record::Intent(Intent {
            run: entry.run,
            seq: entry.seq,
            time: Timestamp::now(),
            portal: self.context.portal.clone(),
            profile: self.context.profile.clone(),
            operation,
            users: users
                .iter()
                .map(|u| UserRef {
                    id: u.id,
                    name: self.scrub(&u.name),
                })
                .collect(),
        });
        self.write(&record)?;
        Ok(entry)
    }

    /// Records the outcomes of the write `entry` (for all its users or some of them).
    pub fn outcomes(&self, entry: EntryId, users: &[UserResult]) -> Result<(), JournalError> {
        if self.file.is_none() {
            return Ok(());
        }
        self.write(&Record::Outcome(Outcomes {
            run: entry.run,
            seq: entry.seq,
            time: Timestamp::now(),
            users: self.scrub_all(users),
        }))
    }

    /// Records what a check found on the portal about the earlier write `entry`.
    pub fn checked(&self, entry: EntryId, users: &[UserResult]) -> Result<(), JournalError> {
        if self.file.is_none() {
            return Ok(());
        }
        self.write(&Record::Checked(Checked {
            run: entry.run,
            seq: entry.seq,
            time: Timestamp::now(),
            check_run: self.run,
            users: self.scrub_all(users),
        }))
    }

    fn write(&self, record: &Record) -> Result<(), JournalError> {
        let Some(file) = &self.file else {
            return Ok(());
        };
        let mut line =
            serde_json::to_vec(record).map_err(|e| JournalError::Encode(e.to_string()))?;
        line.push(b'\n');
        file.append(&line)
    }

    fn scrub_all(&self, users: &[UserResult]) -> Vec<UserResult> {
        users
            .iter()
            .map(|u| UserResult {
                id: u.id,
                name: self.scrub(&u.name),
                outcome: u.outcome,
                reason: self.scrub(&u.reason),
            })
            .collect()
    }

    fn scrub(&self, text: &str) -> String {
        let mut out = text.to_string();
        for s in &self.context.secrets {
            let secret = s.expose_secret();
            if out.contains(secret) {
                out = out.replace(secret, REDACTED);
            }
        }
        out
    }
}

/// A random (version 4) id for a run.
fn new_run_id() -> Uuid {
    let mut bytes = [0u8; 16];
    if rand::rngs::OsRng.try_fill_bytes(&mut bytes).is_err() {
        // No OS randomness: the clock, the process and a counter keep runs apart.
        static COUNT: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let mixed = nanos
            ^ (u128::from(std::process::id()) << 64)
            ^ (u128::from(COUNT.fetch_add(1, Ordering::Relaxed)) << 96);
        bytes = mixed.to_le_bytes();
    }
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

#[cfg(test)]
#[path = "handle_tests.rs"]
mod tests;
