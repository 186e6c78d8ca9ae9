//! Following one of the portal's jobs about a user (a handover, a data removal) to its
//! end by reading its progress, shared by the offboarding run and the plain delete.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use uuid::Uuid;

use crate::api::PortalClient;
use crate::api::admin::{JobKind, TaskProgressDto, TaskStatus};

/// Progress reads of one job before it is taken to be stuck.
const MAX_POLLS: usize = 3_000;

/// How a followed job ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    Done,
    /// The portal says it failed (its words, raw).
    Failed(String),
    /// The portal says it was cancelled, at this percentage (by us when asked to stop,
    /// or by someone else).
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
    pub(crate) poll_every: Duration,
}

impl Follow<'_> {
    /// Reads the `kind` job about `user` until it ends, passing each percentage to
    /// `percent`. Once `stop` is set the job is stopped (`PUT …/terminate`) when
    /// `stoppable`, else only no longer followed.
    pub(crate) async fn job(
        &self,
        kind: JobKind,
        user: Uuid,
        stoppable: bool,
        mut percent: impl FnMut(u8),
    ) -> Ended {
        let mut last = 0u8;
        for _ in 0..MAX_POLLS {
            if self.stop.load(Ordering::Relaxed) {
                if !stoppable {
                    return Ended::Left(last);
                }
                return match self.client.terminate_job(kind, user).await {
                    Ok(p) => Ended::Cancelled(p.map_or(last, |p| p.percent())),
                    Err(e) => Ended::Unknown(format!("stopping it failed: {e}")),
                };
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
}

/// How a finished job ended, by its last progress.
pub(crate) fn ended(p: &TaskProgressDto) -> Ended {
    if p.succeeded() {
        Ended::Done
    } else if p.status == TaskStatus::Canceled {
        Ended::Cancelled(p.percent())
    } else {
        Ended::Failed(
            p.error
                .clone()
                .unwrap_or_else(|| format!("it ended {}", p.status.label())),
        )
    }
}

#[cfg(test)]
#[path = "follow_tests.rs"]
mod tests;
