//! A plain delete (no receiver chosen): the bulk engine terminates (if asked) and
//! deletes in chunks, then the data removal each delete queued is followed to its end,
//! [`REMOVALS_AT_ONCE`] users at a time. The removal moves the user's rooms and shared
//! files to the one who deleted and deletes their personal files
//! (`RemoveProgressItem.cs`); a stop leaves the removals going on on the portal,
//! unfollowed. A deleted user is done, as the record says; how their removal ended is
//! told beside it ([`DataFate`]).

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use futures::StreamExt;
use uuid::Uuid;

use super::fate::DataFate;
use super::run::OffboardReport;
use crate::api::PortalClient;
use crate::api::admin::JobKind;
use crate::bulk::job_follow::{Ended, Follow};
use crate::bulk::{BulkAction, Controls, Outcome, Plan, Progress, Step, execute_with};

/// Data removals followed at once after a plain delete (progress reads only).
pub const REMOVALS_AT_ONCE: usize = 8;

/// Runs `plan` through the bulk engine; when it deletes, follows the data removal of
/// every user it deleted. Other actions are only run.
pub async fn delete_then_follow(
    client: &PortalClient,
    plan: &Plan,
    controls: Controls<'_>,
    poll_every: Duration,
    mut progress: impl FnMut(Progress),
) -> OffboardReport {
    let stop = Arc::clone(&controls.stop);
    let report = execute_with(client, plan, controls, &mut progress).await;
    if !matches!(plan.action, BulkAction::Delete { .. }) {
        return OffboardReport {
            report,
            data: Vec::new(),
        };
    }
    let deleted: Vec<Uuid> = report
        .results
        .iter()
        .filter(|r| r.outcome == Outcome::Done)
        .map(|r| r.id)
        .collect();
    let follow = Follow {
        client,
        stop: &stop,
        poll_every,
    };
    let total = plan.eligible.len();
    let data = follow_removals(&follow, &deleted, total, &mut progress).await;
    OffboardReport { report, data }
}

/// Where the removals stand, for the progress shown.
struct Standing<'p, P> {
    progress: &'p mut P,
    /// Users whose removal is not followed (not deleted), counted as done.
    not_followed: usize,
    total: usize,
    /// Per deleted user: the last percentage read, and whether the removal ended.
    percent: Vec<u8>,
    ended: Vec<bool>,
}

impl<P: FnMut(Progress)> Standing<'_, P> {
    /// Users done (not followed, or their removal ended) and the percentage of the
    /// first removal still followed: the one shown.
    fn emit(&mut self) {
        let shown = self.ended.iter().position(|e| !e);
        let ended = self.ended.iter().filter(|e| **e).count();
        (self.progress)(Progress {
            done: (self.not_followed + ended).min(self.total),
            total: self.total,
            step: Step::Removing,
            percent: shown.map(|i| self.percent[i]),
        });
    }
}

/// The standing, never held across a request.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Follows the removal of each of `deleted`, [`REMOVALS_AT_ONCE`] at a time; what
/// became of each one's data, in their order.
async fn follow_removals<P: FnMut(Progress)>(
    follow: &Follow<'_>,
    deleted: &[Uuid],
    total: usize,
    progress: &mut P,
) -> Vec<DataFate> {
    let standing = Mutex::new(Standing {
        progress,
        not_followed: total.saturating_sub(deleted.len()),
        total,
        percent: vec![0; deleted.len()],
        ended: vec![false; deleted.len()],
    });
    let standing = &standing;
    let mut ends: Vec<(usize, Ended)> = futures::stream::iter(deleted.iter().copied().enumerate())
        .map(|(i, id)| async move {
            let end = follow
                .job(JobKind::Remove, id, |p| {
                    let mut s = lock(standing);
                    s.percent[i] = p;
                    if s.ended.iter().position(|e| !e) == Some(i) {
                        s.emit();
                    }
                })
                .await;
            let mut s = lock(standing);
            s.ended[i] = true;
            s.emit();
            (i, end)
        })
        .buffer_unordered(REMOVALS_AT_ONCE)
        .collect()
        .await;
    ends.sort_by_key(|(i, _)| *i);
    ends.into_iter()
        .map(|(i, end)| {
            let mut fate = DataFate::untouched(deleted[i]);
            fate.deleted = true;
            fate.removal = Some(end);
            fate
        })
        .collect()
}
