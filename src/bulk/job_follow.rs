//! Following one of the portal's background jobs about a user (a handover, a data
//! removal, a type change) to its end by reading its progress: the one follower of the
//! offboarding run, the plain delete and `users set-type`. How a job ended is the API's
//! rule (`TaskProgressDto::end`); [`ended`] adds what following knows (a job left, one
//! that vanished).
//!
//! A stop never sends anything by itself: [`Follow::job`] then returns [`Ended::Left`],
//! and the caller, having put the write on record, stops the job with
//! [`Follow::terminate`] (`PUT …/terminate`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use uuid::Uuid;

use crate::api::PortalClient;
use crate::api::admin::{JobEnd, JobKind, TaskProgressDto, TaskStatus};
use crate::journal::{Journal, Operation, UserRef, UserResult, WriteOutcome};

/// How long to wait between two progress reads of a job.
pub const POLL_EVERY: Duration = Duration::from_millis(200);

/// Progress reads of one job before it is taken to be stuck.
const MAX_POLLS: usize = 3_000;

/// How a followed job ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    Done,
    /// The portal says it failed (its words, raw).
    Failed(String),
    /// The portal says it was cancelled, at this percentage (by us when asked to stop,
    /// or by someone else); what it did stays done.
    Cancelled(u8),
    /// Following was given up on a stop; the job goes on on the portal (at this
    /// percentage when left).
    Left(u8),
    /// The job vanished or could not be read: whether it finished is unknown.
    Unknown(String),
}

/// How the progress of a job is read and when to give up.
pub(crate) struct Follow<'a> {
    pub(crate) client: &'a PortalClient,
    pub(crate) stop: &'a AtomicBool,
    /// The wait before each progress read.
    pub(crate) poll_every: Duration,
}

impl Follow<'_> {
    /// Reads the `kind` job about `user` until it ends, passing each percentage to
    /// `percent`. Once `stop` is set it is no longer followed: [`Ended::Left`] with the
    /// last percentage read (the job goes on; [`Follow::terminate`] stops it).
    pub(crate) async fn job(
        &self,
        kind: JobKind,
        user: Uuid,
        mut percent: impl FnMut(u8),
    ) -> Ended {
        let mut last = 0u8;
        for _ in 0..MAX_POLLS {
            if self.stop.load(Ordering::Relaxed) {
                return Ended::Left(last);
            }
            tokio::time::sleep(self.poll_every).await;
            match self.client.job_progress(kind, user).await {
                Ok(Some(p)) => {
                    last = p.percent();
                    percent(last);
                    if p.is_finished() {
                        return ended(&p);
                    }
                }
                Ok(None) => return Ended::Unknown(format!("the {} vanished", kind.label())),
                Err(e) if e.outcome_unknown() => {}
                Err(e) => return Ended::Unknown(e.to_string()),
            }
        }
        Ended::Unknown(format!("the {} did not end", kind.label()))
    }

    /// Stops the `kind` job about `user` (`PUT …/terminate`), `last` the percentage it
    /// was left at. Put the write on record before calling this.
    pub(crate) async fn terminate(&self, kind: JobKind, user: Uuid, last: u8) -> Ended {
        match self.client.terminate_job(kind, user).await {
            Ok(Some(p)) if p.is_finished() && p.status != TaskStatus::Canceled => ended(&p),
            Ok(p) => Ended::Cancelled(p.map_or(last, |p| p.percent())),
            Err(e) => Ended::Unknown(format!("stopping it failed: {e}")),
        }
    }
}

/// Follows the `kind` job about `user` (`who` on the journal) to its end, passing each
/// percentage to `percent`. On a stop the job is stopped (`PUT …/terminate`) once that
/// write is on `journal`'s record; a stop that cannot be recorded is not sent
/// ([`Ended::Left`]: the job goes on on the portal).
pub(crate) async fn follow_on_record(
    follow: &Follow<'_>,
    journal: &Journal,
    kind: JobKind,
    user: Uuid,
    who: &[UserRef],
    percent: impl FnMut(u8),
) -> Ended {
    let end = follow.job(kind, user, percent).await;
    let Ended::Left(last) = end else {
        return end;
    };
    let Ok(entry) = journal.intent(Operation::stop_job(kind), who) else {
        return end;
    };
    let end = follow.terminate(kind, user, last).await;
    let (recorded, why) = match &end {
        Ended::Unknown(why) => (WriteOutcome::Unknown, why.clone()),
        _ => (WriteOutcome::Done, String::new()),
    };
    let _ = journal.outcomes(
        entry,
        &[UserResult::new(
            Some(user),
            who.first().map(|u| u.name.clone()).unwrap_or_default(),
            recorded,
            why,
        )],
    );
    end
}

/// What a job left running says: its stop could not be put on record, so it was not sent.
pub(crate) fn left_words(kind: JobKind, percent: u8) -> String {
    format!(
        "left at {percent}%: its stop could not be recorded, so it was not sent; the {} goes \
         on on the portal",
        kind.label()
    )
}

/// How a job ended, by its last progress: the one rule, [`TaskProgressDto::end`]; a
/// job still running has not ended, and says so.
pub(crate) fn ended(p: &TaskProgressDto) -> Ended {
    match p.end() {
        Some(JobEnd::Done) => Ended::Done,
        Some(JobEnd::Cancelled(at)) => Ended::Cancelled(at),
        Some(JobEnd::Failed(why)) => Ended::Failed(why),
        None => Ended::Unknown(format!("it is still {}", p.status.label())),
    }
}

#[cfg(test)]
#[path = "job_follow_tests.rs"]
mod tests;
