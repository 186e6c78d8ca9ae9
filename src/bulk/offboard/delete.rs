//! A plain delete (no receiver chosen): the bulk engine terminates (if asked) and
//! deletes in chunks, then the data removal each delete queued is followed to its end,
//! one user after the other, as the offboarding run follows it after its delete. The
//! removal moves the user's rooms and shared files to the one who deleted and deletes
//! their personal files (`RemoveProgressItem.cs`); a stop leaves the removals going on
//! on the portal, unfollowed.

use std::sync::Arc;
use std::time::Duration;

use super::fate::DataFate;
use super::follow::{Ended, Follow};
use super::run::OffboardReport;
use crate::api::PortalClient;
use crate::api::admin::JobKind;
use crate::bulk::{BulkAction, Controls, Outcome, Plan, Progress, Step, execute_with};

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
    let mut report = execute_with(client, plan, controls, &mut progress).await;
    if !matches!(plan.action, BulkAction::Delete { .. }) {
        return OffboardReport {
            report,
            data: Vec::new(),
        };
    }
    let follow = Follow {
        client,
        stop: &stop,
        poll_every,
    };
    let total = plan.eligible.len();
    let mut data = Vec::new();
    for r in &mut report.results {
        if r.outcome != Outcome::Done {
            continue;
        }
        let mut fate = DataFate::untouched(r.id);
        fate.deleted = true;
        let end = if stop.load(std::sync::atomic::Ordering::Relaxed) {
            Ended::Left(0)
        } else {
            follow
                .job(JobKind::Remove, r.id, false, |p| {
                    progress(Progress {
                        done: total,
                        total,
                        step: Step::Removing,
                        percent: Some(p),
                    });
                })
                .await
        };
        fate.removal = Some(end);
        r.outcome = fate.settle(Outcome::Done);
        data.push(fate);
    }
    OffboardReport { report, data }
}
