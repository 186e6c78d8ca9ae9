//! Creating a user on the record: the intent is written before `POST /api/2.0/people`
//! and the outcome after it, for the command and the terminal UI alike.

use crate::api::dto::MemberRequestDto;
use crate::api::{ApiError, EmployeeFullDto, PortalClient};

use super::error::JournalError;
use super::handle::Journal;
use super::operation::Operation;
use super::record::{UserRef, UserResult, WriteOutcome};

/// A write that was sent: the portal's answer, and the error if its outcome could not
/// be recorded afterwards.
#[derive(Debug)]
pub struct Sent<T> {
    pub result: Result<T, ApiError>,
    pub unrecorded: Option<JournalError>,
}

/// Records the intent, sends the create, records the outcome. `Err` means the intent
/// could not be recorded and nothing was sent. A failure whose effect is unknown (a
/// timeout, a dropped connection, a 5xx) is recorded as unknown, for `journal check`.
pub async fn create_user(
    journal: &Journal,
    client: &PortalClient,
    body: &MemberRequestDto,
) -> Result<Sent<EmployeeFullDto>, JournalError> {
    let operation = Operation::create(body);
    let name = operation.new_user_name();
    let entry = journal.intent(
        operation,
        &[UserRef {
            id: None,
            name: name.clone(),
        }],
    )?;
    let result = client.create_user(body).await;
    let outcome = match &result {
        Ok(u) => UserResult::new(Some(u.id), u.name_for_people(), WriteOutcome::Done, ""),
        Err(e) if e.outcome_unknown() => {
            UserResult::new(None, name, WriteOutcome::Unknown, e.to_string())
        }
        Err(e) => UserResult::new(None, name, WriteOutcome::NotDone, e.to_string()),
    };
    let unrecorded = journal.outcomes(entry, &[outcome]).err();
    if let Some(e) = &unrecorded {
        tracing::error!("the outcome of a create was not recorded: {e}");
    }
    Ok(Sent { result, unrecorded })
}
