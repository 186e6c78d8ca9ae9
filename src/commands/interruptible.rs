//! Running a confirmed plan from a command so that SIGINT, SIGTERM or SIGHUP never leave
//! the administrator without a report: the first signal stops the run (nothing more is
//! sent) and waits a bounded time for the requests already on the wire; a second signal,
//! or the end of that wait, leaves with the report as far as it is known (users whose
//! request was sent but not checked are reported as unknown).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::Io;
use super::progress::Bar;
use crate::api::PortalClient;
use crate::bulk::{self, Controls, Plan, Report, Tally, WriteLog};
use crate::terminal::Signals;

/// How long the requests already sent may take to finish after a signal.
pub(crate) const GRACE: Duration = Duration::from_secs(30);

/// A run's report, and the signal that interrupted it, if one did.
pub(crate) struct Finished {
    pub report: Report,
    /// The conventional exit code of the signal (130 for SIGINT, 143 for SIGTERM, …).
    pub interrupted: Option<i32>,
}

/// Runs `plan` through the bulk engine, recording writes in `log`, stoppable by signals.
pub(crate) async fn run(
    client: &PortalClient,
    plan: &Plan,
    log: &dyn WriteLog,
    io: &mut Io,
) -> Finished {
    let stop = Arc::new(AtomicBool::new(false));
    let tally = Tally::new(log);
    let bar = Bar::new(plan.eligible.len());
    let mut signals = match Signals::new() {
        Ok(s) => Some(s),
        Err(e) => {
            io.err(&format!(
                "warning: cannot listen for signals ({e}); an interrupted run prints no report"
            ));
            None
        }
    };
    let controls = Controls {
        stop: Arc::clone(&stop),
        log: &tally,
    };
    let work = bulk::execute_with(client, plan, controls, |p| bar.update(p));
    tokio::pin!(work);
    let first = tokio::select! {
        report = &mut work => {
            bar.finish();
            return Finished { report, interrupted: None };
        }
        s = next_signal(&mut signals) => s,
    };
    stop.store(true, Ordering::Relaxed);
    bar.finish();
    io.err(&format!(
        "{}: stopping; no further request is sent. Waiting up to {} s for the requests \
         already sent (send the signal again to leave at once).",
        first.name,
        GRACE.as_secs()
    ));
    let report = tokio::select! {
        report = &mut work => report,
        _ = next_signal(&mut signals) => tally.partial_report(plan),
        () = tokio::time::sleep(GRACE) => tally.partial_report(plan),
    };
    Finished {
        report,
        interrupted: Some(first.code),
    }
}

/// Runs `work` (which checks `stop` between its requests), stoppable by signals as
/// [`run`] is: the first signal sets `stop` and waits up to [`GRACE`] for `work` to end
/// by itself; a second signal, or the end of that wait, abandons it (`None`: the caller
/// reports what it recorded so far).
pub(crate) async fn guard<T>(
    work: impl std::future::Future<Output = T>,
    stop: &AtomicBool,
    io: &mut Io,
) -> (Option<T>, Option<i32>) {
    let mut signals = Signals::new().ok();
    tokio::pin!(work);
    let first = tokio::select! {
        done = &mut work => return (Some(done), None),
        s = next_signal(&mut signals) => s,
    };
    stop.store(true, Ordering::Relaxed);
    io.err(&format!(
        "{}: stopping; no further change is started, a running job is asked to stop. \
         Waiting up to {} s (send the signal again to leave at once).",
        first.name,
        GRACE.as_secs()
    ));
    let done = tokio::select! {
        done = &mut work => Some(done),
        _ = next_signal(&mut signals) => None,
        () = tokio::time::sleep(GRACE) => None,
    };
    (done, Some(first.code))
}

async fn next_signal(signals: &mut Option<Signals>) -> crate::terminal::Stop {
    match signals {
        Some(s) => s.recv().await,
        None => std::future::pending().await,
    }
}
