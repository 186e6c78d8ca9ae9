//! Where the engine puts its writes on record (the journal): every request that changes
//! users is recorded before it is sent, and every user's outcome once it is known.

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

    fn settled(&self, _: &[UserResult]) {}
}
