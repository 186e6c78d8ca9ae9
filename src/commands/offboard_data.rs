//! The structured part of `users offboard`'s JSON rows (`data`): what each user owned,
//! as read before the run, and each step done to them and their data. Texts are as the
//! portal sent them, like every JSON output.

use serde::Serialize;

use crate::bulk::offboard::{DataFate, Ended, Impact};

/// `data`: `owns` (null when it could not be read), `steps` (null in a dry run, and for a
/// run abandoned part-way: the report's words then say how far each user got).
#[derive(Debug, Serialize)]
pub(crate) struct Data<'a> {
    owns: Option<Owns<'a>>,
    steps: Option<Steps<'a>>,
}

/// What the user owned when the run began.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Owns<'a> {
    rooms: usize,
    room_titles: &'a [String],
    rooms_bytes: u64,
    personal_bytes: u64,
}

/// What was done, step by step.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Steps<'a> {
    /// Terminated by this run (false when they already were, or it was not done).
    terminated: bool,
    /// A handover was started (what it moved stays moved, even if it did not finish).
    handover_begun: bool,
    /// Who received the rooms and shared files by a completed handover.
    handed_to: Option<&'a str>,
    deleted: bool,
    /// The data removal the delete queued: `done`, `failed`, `cancelled`, `running` (left
    /// going on on the portal), `unknown`; null when there was none.
    data_removal: Option<&'static str>,
    /// Where the removal stood when it was cancelled or left.
    data_removal_percent: Option<u8>,
    /// Why it failed, or why its end is unknown.
    data_removal_error: Option<&'a str>,
}

/// The `data` of one user: `impact` read before the run, `fate` after it (`None` in a
/// dry run).
pub(crate) fn data<'a>(impact: Option<&'a Impact>, fate: Option<&'a DataFate>) -> Data<'a> {
    Data {
        owns: impact.map(|i| Owns {
            rooms: i.rooms,
            room_titles: &i.room_titles,
            rooms_bytes: i.rooms_bytes,
            personal_bytes: i.personal_bytes,
        }),
        steps: fate.map(steps),
    }
}

fn steps(f: &DataFate) -> Steps<'_> {
    let (removal, percent, error) = match &f.removal {
        None => (None, None, None),
        Some(Ended::Done) => (Some("done"), None, None),
        Some(Ended::Failed(why)) => (Some("failed"), None, Some(why.as_str())),
        Some(Ended::Cancelled(p)) => (Some("cancelled"), Some(*p), None),
        Some(Ended::Left(p)) => (Some("running"), Some(*p), None),
        Some(Ended::Unknown(why)) => (Some("unknown"), None, Some(why.as_str())),
    };
    Steps {
        terminated: f.terminated,
        handover_begun: f.handover_begun,
        handed_to: f.handed_to.as_deref(),
        deleted: f.deleted,
        data_removal: removal,
        data_removal_percent: percent,
        data_removal_error: error,
    }
}

#[cfg(test)]
#[path = "offboard_data_tests.rs"]
mod tests;
