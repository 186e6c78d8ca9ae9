//! Any one write on the record: the intent before it is sent, its outcome (for every user
//! it names) once the answer is in. A failure whose effect is unknown (a timeout, a
//! dropped connection, a 5xx) is recorded as unknown, for `journal check`.

use std::future::Future;

use crate::api::ApiError;

use super::create::Sent;
use super::error::JournalError;
use super::handle::Journal;
use super::operation::Operation;
use super::record::{UserRef, UserResult, WriteOutcome};

/// Records the intent of `operation` for `users`, then awaits `send`, then records its
/// outcome. `Err` means the intent could not be recorded, and `send` was not awaited
/// (nothing was sent).
pub async fn write<T>(
    journal: &Journal,
    operation: Operation,
    users: &[UserRef],
    send: impl Future<Output = Result<T, ApiError>>,
) -> Result<Sent<T>, JournalError> {
    let entry = journal.intent(operation, users)?;
    let result = send.await;
    let (outcome, reason) = match &result {
        Ok(_) => (WriteOutcome::Done, String::new()),
        Err(e) if e.outcome_unknown() => (WriteOutcome::Unknown, e.to_string()),
        Err(e) => (WriteOutcome::NotDone, e.to_string()),
    };
    let results: Vec<UserResult> = users
        .iter()
        .map(|u| UserResult::new(u.id, u.name.clone(), outcome, reason.clone()))
        .collect();
    let unrecorded = journal.outcomes(entry, &results).err();
    if let Some(e) = &unrecorded {
        tracing::error!("the outcome of a write was not recorded: {e}");
    }
    Ok(Sent { result, unrecorded })
}
