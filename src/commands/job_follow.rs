//! Following a background job of the portal (a type change; offboarding follows its own in
//! `bulk::offboard::follow`) to its end, with a percentage on stderr, and stopping it when asked.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use uuid::Uuid;

use super::progress::Bar;
use crate::api::admin::{JobKind, TaskStatus};
use crate::api::{ApiError, PortalClient};

/// The first wait between two reads of the progress; it grows to [`MAX_WAIT`].
const FIRST_WAIT: Duration = Duration::from_millis(50);
/// The longest wait between two reads of the progress.
const MAX_WAIT: Duration = Duration::from_secs(1);

/// How a job ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum JobEnd {
    /// It did all its work.
    Done,
    /// It failed; the portal's message (raw).
    Failed(String),
    /// It was cancelled (by someone else, or by [`follow`] when asked to stop); what it
    /// did up to `percent` stays done.
    Cancelled { percent: u8 },
    /// The portal no longer lists it (nothing queued): how it ended is not known.
    Gone,
}

/// Reads the progress of the `kind` job about `user` until it ends. When `stop` is set,
/// asks the portal to stop the job and returns how far it got.
pub(crate) async fn follow(
    client: &PortalClient,
    kind: JobKind,
    user: Uuid,
    stop: &AtomicBool,
) -> Result<JobEnd, ApiError> {
    let bar = Bar::percent(kind.label());
    let mut wait = FIRST_WAIT;
    let mut percent = 0;
    let end = loop {
        if stop.load(Ordering::Relaxed) {
            let last = client.terminate_job(kind, user).await?;
            break JobEnd::Cancelled {
                percent: last.map_or(percent, |p| p.percent()),
            };
        }
        let Some(p) = client.job_progress(kind, user).await? else {
            break JobEnd::Gone;
        };
        percent = p.percent();
        bar.set(usize::from(percent), Some(100));
        if p.succeeded() {
            break JobEnd::Done;
        }
        if p.is_finished() {
            break match (p.status, p.error) {
                (_, Some(e)) => JobEnd::Failed(e),
                (TaskStatus::Canceled, None) => JobEnd::Cancelled { percent },
                (status, None) => JobEnd::Failed(format!("the job ended {}", status.label())),
            };
        }
        tokio::time::sleep(wait).await;
        wait = (wait * 3 / 2).min(MAX_WAIT);
    };
    bar.finish();
    Ok(end)
}
