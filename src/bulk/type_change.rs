//! One user's type change, for both front ends (`users set-type` and the TUI's `Y`): a
//! direct change (`PUT /people/type/{type}`), or, when rooms must be handed over first,
//! the portal's job (`POST /people/type`) followed to its end. The intent is on the
//! journal's record before anything is sent, and the outcome recorded is what the portal
//! says: a direct change whose answer lacks the new type is not done, a job left running
//! or of unknown end is unknown.

use std::sync::atomic::AtomicBool;

use uuid::Uuid;

use super::job_follow::{Ended, Follow, POLL_EVERY, ended, follow_on_record, left_words};
use crate::api::admin::JobKind;
use crate::api::{ApiError, EmployeeType, PortalClient};
use crate::journal::{Journal, JournalError, Operation, UserRef, UserResult, WriteOutcome};
use crate::people::grant::TypeChange;

/// The change asked of one user.
pub(crate) struct OneTypeChange {
    /// The user (raw name, as on the journal).
    pub(crate) user: UserRef,
    pub(crate) id: Uuid,
    /// Direct, or the job that hands rooms over ([`crate::people::grant::type_change`]).
    pub(crate) how: TypeChange,
    pub(crate) to: EmployeeType,
    /// Who receives the rooms in a job (`None`: the caller).
    pub(crate) rooms_to: Option<Uuid>,
}

/// How one user's type change ended.
#[derive(Debug)]
pub(crate) enum TypeChangeEnd {
    /// The user has the new type.
    Changed,
    /// The portal answered a direct change without giving the user the new type.
    NotChanged,
    /// The job ended short of done: failed, cancelled, left running, or of unknown end.
    Job(Ended),
    /// The portal refused the request, or its answer was lost (`outcome_unknown`).
    Refused(ApiError),
    /// The intent could not be recorded: nothing was sent.
    NotRecorded(JournalError),
}

impl TypeChangeEnd {
    /// The outcome the journal records, and why.
    fn recorded(&self) -> (WriteOutcome, String) {
        match self {
            Self::Changed | Self::Job(Ended::Done) => (WriteOutcome::Done, String::new()),
            Self::NotChanged => (
                WriteOutcome::NotDone,
                "the portal did not change the type".into(),
            ),
            Self::Job(Ended::Failed(why)) => (
                WriteOutcome::NotDone,
                format!("the type change failed: {why}"),
            ),
            Self::Job(Ended::Cancelled(p)) => (
                WriteOutcome::NotDone,
                format!("stopped at {p}%: the type is unchanged"),
            ),
            Self::Job(Ended::Left(p)) => {
                (WriteOutcome::Unknown, left_words(JobKind::TypeChange, *p))
            }
            Self::Job(Ended::Unknown(why)) => (WriteOutcome::Unknown, why.clone()),
            Self::Refused(e) if e.outcome_unknown() => (WriteOutcome::Unknown, e.to_string()),
            Self::Refused(e) => (WriteOutcome::NotDone, e.to_string()),
            // Never recorded: nothing was sent.
            Self::NotRecorded(e) => (WriteOutcome::NotDone, e.to_string()),
        }
    }
}

/// Changes one user's type, on record; `percent` hears a job's percentage. A stop is
/// sent to a running job only once on record ([`follow_on_record`]).
pub(crate) async fn change_type(
    client: &PortalClient,
    journal: &Journal,
    change: &OneTypeChange,
    stop: &AtomicBool,
    percent: impl FnMut(u8),
) -> TypeChangeEnd {
    let who = [change.user.clone()];
    let op = Operation::SetType {
        kind: change.to.name().to_string(),
    };
    let entry = match journal.intent(op, &who) {
        Ok(entry) => entry,
        Err(e) => return TypeChangeEnd::NotRecorded(e),
    };
    let end = send(client, journal, change, &who, stop, percent).await;
    let (outcome, why) = end.recorded();
    let _ = journal.outcomes(
        entry,
        &[UserResult::new(
            Some(change.id),
            change.user.name.clone(),
            outcome,
            why,
        )],
    );
    end
}

async fn send(
    client: &PortalClient,
    journal: &Journal,
    change: &OneTypeChange,
    who: &[UserRef],
    stop: &AtomicBool,
    percent: impl FnMut(u8),
) -> TypeChangeEnd {
    let id = change.id;
    if change.how != TypeChange::Job {
        return match client.set_type(&[id], change.to).await {
            Ok(answer)
                if answer
                    .iter()
                    .any(|u| u.id == id && u.user_type() == Some(change.to)) =>
            {
                TypeChangeEnd::Changed
            }
            Ok(_) => TypeChangeEnd::NotChanged,
            Err(e) => TypeChangeEnd::Refused(e),
        };
    }
    let end = match client
        .start_type_change(id, change.to, change.rooms_to)
        .await
    {
        Err(e) => return TypeChangeEnd::Refused(e),
        Ok(started) if started.is_finished() => ended(&started),
        Ok(_) => {
            let follow = Follow {
                client,
                stop,
                poll_every: POLL_EVERY,
            };
            follow_on_record(&follow, journal, JobKind::TypeChange, id, who, percent).await
        }
    };
    match end {
        Ended::Done => TypeChangeEnd::Changed,
        other => TypeChangeEnd::Job(other),
    }
}

#[cfg(test)]
#[path = "type_change_tests.rs"]
mod tests;
