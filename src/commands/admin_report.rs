//! The per-user report of the administration commands (`offboard`, `invite`, `resend`,
//! `set-type`, `edit`, `quota`, `groups add|remove`, …): one row per user with what came
//! of it, as a table, JSON or CSV, and the exit code it implies.
//!
//! JSON: `{"command", "dryRun", "results": [{"id" (null when the portal knows none),
//! "user", "result", "detail", "data" (only where a command gives it: `offboard`)}]}`; CSV:
//! the columns `id,user,result,detail`. `result` is one of [`Outcome`]'s words.

use serde_json::json;
use uuid::Uuid;

use super::exit::Exit;
use super::output::Format;
use super::{csv, table};
use crate::sanitize::display_safe;

/// What came of one user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Done as asked.
    Done,
    /// Nothing had to change.
    Unchanged,
    /// What a dry run would do.
    Planned,
    /// Not done: the portal refused or failed.
    Failed,
    /// Not attempted (refused before sending, or an earlier step failed).
    Skipped,
    /// Stopped part-way by a signal.
    Stopped,
    /// Sent, and whether it happened is not known.
    Unknown,
    /// No such user.
    NotFound,
}

impl Outcome {
    pub(crate) fn word(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Unchanged => "unchanged",
            Outcome::Planned => "planned",
            Outcome::Failed => "failed",
            Outcome::Skipped => "skipped",
            Outcome::Stopped => "stopped",
            Outcome::Unknown => "unknown",
            Outcome::NotFound => "not found",
        }
    }
}

/// One user's line. `user` and `detail` may hold portal text (sanitised when shown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) id: Option<Uuid>,
    pub(crate) user: String,
    pub(crate) outcome: Outcome,
    pub(crate) detail: String,
    /// What the JSON report gives beside the words, for scripts.
    pub(crate) data: Option<serde_json::Value>,
}

impl Row {
    pub(crate) fn new(
        id: Option<Uuid>,
        user: impl Into<String>,
        outcome: Outcome,
        detail: impl Into<String>,
    ) -> Self {
        Self {
            id,
            user: user.into(),
            outcome,
            detail: detail.into(),
            data: None,
        }
    }

    /// The row with `data` in the JSON report.
    pub(crate) fn with_data(mut self, data: serde_json::Value) -> Self {
        self.data = Some(data);
        self
    }
}

/// Renders the rows of `command`.
pub(crate) fn render(
    command: &str,
    dry_run: bool,
    rows: &[Row],
    format: Format,
    tty: bool,
) -> String {
    let id = |r: &Row| r.id.map(|i| i.to_string()).unwrap_or_default();
    match format {
        Format::Json => {
            let results: Vec<_> = rows
                .iter()
                .map(|r| {
                    let mut row = json!({"id": r.id, "user": r.user,
                                         "result": r.outcome.word(), "detail": r.detail});
                    if let (Some(data), Some(fields)) = (&r.data, row.as_object_mut()) {
                        fields.insert("data".into(), data.clone());
                    }
                    row
                })
                .collect();
            let v = json!({"command": command, "dryRun": dry_run, "results": results});
            format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
        }
        Format::Csv => {
            let cell = |s: &str| {
                if tty {
                    display_safe(s).into_owned()
                } else {
                    s.to_string()
                }
            };
            let mut out = csv::record(&["id", "user", "result", "detail"]);
            for r in rows {
                out.push_str(&csv::record(&[
                    id(r),
                    cell(&r.user),
                    r.outcome.word().to_string(),
                    cell(&r.detail),
                ]));
            }
            out
        }
        Format::Table => {
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        display_safe(&r.user).into_owned(),
                        r.outcome.word().to_string(),
                        display_safe(&r.detail).into_owned(),
                        id(r),
                    ]
                })
                .collect();
            let max = if tty { [40, 0, 100, 0] } else { [0; 4] };
            table::render(&["USER", "RESULT", "DETAIL", "ID"], &body, &max)
        }
    }
}

/// "3 done, 1 failed" (the outcomes present, in a fixed order).
pub(crate) fn summary(rows: &[Row]) -> String {
    use Outcome::*;
    let parts: Vec<String> = [
        Done, Unchanged, Planned, Failed, Skipped, Stopped, Unknown, NotFound,
    ]
    .iter()
    .filter_map(|o| {
        let n = rows.iter().filter(|r| r.outcome == *o).count();
        (n > 0).then(|| format!("{n} {}", o.word()))
    })
    .collect();
    if parts.is_empty() {
        "no users".into()
    } else {
        parts.join(", ")
    }
}

/// 0 when every user is done (or planned, or unchanged); 4 when the only problem is
/// users that do not exist; 1 otherwise.
pub(crate) fn exit_of(rows: &[Row]) -> Exit {
    let mut not_found = false;
    for r in rows {
        match r.outcome {
            Outcome::Done | Outcome::Unchanged | Outcome::Planned => {}
            Outcome::NotFound => not_found = true,
            _ => return Exit::Partial,
        }
    }
    if not_found { Exit::NotFound } else { Exit::Ok }
}

#[cfg(test)]
#[path = "admin_report_tests.rs"]
mod tests;
