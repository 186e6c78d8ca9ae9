//! Words of a change (terminate, re-activate, delete) on its way and of its report.

use super::users;
use crate::bulk::BulkAction;

/// "terminated", "re-activated", "deleted", "terminated and deleted".
pub(crate) fn past_tense(action: BulkAction) -> &'static str {
    match action {
        BulkAction::Terminate => "terminated",
        BulkAction::Activate => "re-activated",
        BulkAction::Delete {
            terminate_first: false,
        } => "deleted",
        BulkAction::Delete {
            terminate_first: true,
        } => "terminated and deleted",
    }
}

/// While it runs: "terminating 3/10…" (`step` is the request being sent).
pub(crate) fn running(step: &str, done: usize, total: usize, stopping: bool) -> String {
    let now = format!("{step} {done}/{total}…");
    if stopping {
        format!("stopping after the requests already sent: {now}")
    } else {
        now
    }
}

/// The counts of a finished change, for [`finished`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    pub(crate) done: usize,
    pub(crate) unchanged: usize,
    pub(crate) failed: usize,
    pub(crate) unknown: usize,
    pub(crate) skipped: usize,
    pub(crate) not_attempted: usize,
}

/// When it is over: "terminated 3 users; 1 failed; 2 left out", or "stopped: …".
pub(crate) fn finished(action: BulkAction, t: Tally) -> String {
    let mut parts = vec![format!("{} {}", past_tense(action), users(t.done))];
    if t.unchanged > 0 {
        parts.push(format!("{} already so", t.unchanged));
    }
    if t.failed > 0 {
        parts.push(format!("{} failed", t.failed));
    }
    if t.unknown > 0 {
        parts.push(format!("{} unknown (check them)", t.unknown));
    }
    if t.skipped > 0 {
        parts.push(format!("{} left out", t.skipped));
    }
    if t.not_attempted > 0 {
        parts.push(format!("{} not finished: stopped", t.not_attempted));
        return format!("stopped: {}", parts.join("; "));
    }
    parts.join("; ")
}

/// A running change whose gauge is hidden, in the status bar: "… (R shows it)".
pub(crate) fn in_background(summary: &str, show_key: &str) -> String {
    format!("{summary} ({show_key} shows it)")
}

/// The change was not sent at all (`why`, safe to show).
pub(crate) fn nothing_changed(why: &str) -> String {
    format!("nothing was changed: {why}")
}

/// The change broke off with `error`.
pub(crate) fn broke_off(error: &str) -> String {
    format!("the change stopped: {error}; the list is re-read to show what happened")
}

pub(crate) const BROKE_OFF_NO_REPORT: &str = "the change stopped: the worker answered with \
                                              something other than a report; the list is \
                                              re-read to show what happened";

/// The report's groups, in the order shown.
pub(crate) const FAILED: &str = "Failed";
pub(crate) const UNKNOWN: &str = "Unknown: check these users";
pub(crate) const LEFT_OUT: &str = "Left out";
pub(crate) const STOPPED: &str = "Stopped";
pub(crate) const NOTHING_TO_CHANGE: &str = "Nothing to change";
pub(crate) const SUCCEEDED: &str = "Succeeded";
