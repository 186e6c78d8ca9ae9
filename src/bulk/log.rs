//! Where the engine puts its writes on record (the journal): every request that changes
//! users is recorded before it is sent, what came of each step once its answer is checked,
//! and every user's final outcome once it is known.

use uuid::Uuid;

use super::{Step, UserResult};

/// A record could not be written. The engine then sends nothing more: no write goes
/// out unrecorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the write journal could not be written: {0}")]
pub struct LogError(pub String);

/// The record of a run's writes.
pub trait WriteLog: Sync {
    /// Called before a request that changes `users` (id and name) is sent. An error
    /// stops the run before that request.
    fn sending(&self, step: Step, users: &[(Uuid, &str)]) -> Result<(), LogError>;

    /// Called before the data of `users` is handed to `to` (a reassignment job is
    /// started). An error stops the run before that request. Records it as a
    /// [`Step::Reassigning`] unless the log keeps the receiver too.
    fn reassigning(&self, users: &[(Uuid, &str)], to: Uuid) -> Result<(), LogError> {
        let _ = to;
        self.sending(Step::Reassigning, users)
    }

    /// Called when a step's requests for users have been answered and checked: what came
    /// of that step for each of them (a terminate-then-delete has two steps). Users in
    /// `results` for whom nothing was sent in this step are passed too; ignore them.
    fn answered(&self, step: Step, results: &[UserResult]);

    /// Called with users' final outcomes as they become known (a chunk at a time).
    fn settled(&self, results: &[UserResult]);
}

/// No record (tests, and the parts of the program that keep none).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoLog;

impl WriteLog for NoLog {
    fn sending(&self, _: Step, _: &[(Uuid, &str)]) -> Result<(), LogError> {
        Ok(())
    }

    fn answered(&self, _: Step, _: &[UserResult]) {}

    fn settled(&self, _: &[UserResult]) {}
}
