//! The journal for people and scripts: one row per user per write.
//!
//! JSON is one array of objects with these keys, always present (null when unknown):
//! `time` (of the intent, RFC 3339 UTC), `run`, `seq`, `portal`, `profile`, `operation`
//! (`terminate`, `activate`, `delete`, `create`, `reassign`, `invite`, `resend`, `set-type`,
//! `quota`, `edit`, `password-link`, `stop-job`, `group-add`, `group-remove`, `other`),
//! `userId`, `name` (an invited user's is the address), `email` (of a created user),
//! `outcome` (`done`, `notDone`, `unknown`, `skipped`), `reason`, `checkedAt` (when
//! `journal check` settled it). Texts are as recorded; the table is sanitised.

use serde::Serialize;
use uuid::Uuid;

use super::table;
use crate::cli::JournalFormat;
use crate::journal::{Entry, EntryUser, Operation, WriteOutcome};
use crate::sanitize::display_safe;

/// The stable, scriptable form of one user of one write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct JournalRow {
    pub time: String,
    pub run: Uuid,
    pub seq: u64,
    pub portal: String,
    pub profile: String,
    pub operation: &'static str,
    pub user_id: Option<Uuid>,
    pub name: String,
    pub email: Option<String>,
    pub outcome: WriteOutcome,
    pub reason: String,
    pub checked_at: Option<String>,
}

/// A word for scripts.
fn operation_word(op: &Operation) -> &'static str {
    match op {
        Operation::Terminate => "terminate",
        Operation::Activate => "activate",
        Operation::Delete => "delete",
        Operation::Create { .. } => "create",
        Operation::Reassign { .. } => "reassign",
        Operation::Invite { .. } => "invite",
        Operation::Resend => "resend",
        Operation::SetType { .. } => "set-type",
        Operation::Quota { .. } => "quota",
        Operation::Edit { .. } => "edit",
        Operation::PasswordLink => "password-link",
        Operation::StopJob { .. } => "stop-job",
        Operation::GroupMembers { add: true, .. } => "group-add",
        Operation::GroupMembers { add: false, .. } => "group-remove",
        Operation::Unknown => "other",
    }
}

impl JournalRow {
    pub(crate) fn of(entry: &Entry, user: &EntryUser) -> Self {
        Self {
            time: entry.time.rfc3339(),
            run: entry.id.run,
            seq: entry.id.seq,
            portal: entry.portal.clone(),
            profile: entry.profile.clone(),
            operation: operation_word(&entry.operation),
            user_id: user.id,
            name: user.name.clone(),
            email: entry.operation.new_user_email().map(str::to_string),
            outcome: user.outcome,
            reason: user.reason.clone(),
            checked_at: user.checked.map(|t| t.rfc3339()),
        }
    }
}

/// Every user of every entry, in journal order.
pub(crate) fn rows<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Vec<JournalRow> {
    entries
        .into_iter()
        .flat_map(|e| e.users.iter().map(move |u| JournalRow::of(e, u)))
        .collect()
}

/// Renders rows in `format` (a table of no rows is empty, JSON is `[]`).
pub(crate) fn render(rows: &[JournalRow], format: JournalFormat) -> String {
    match format {
        JournalFormat::Table if rows.is_empty() => String::new(),
        JournalFormat::Json => {
            let mut s = serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".into());
            s.push('\n');
            s
        }
        JournalFormat::Table => {
            let cells: Vec<Vec<String>> = rows.iter().map(cells).collect();
            table::render(
                &[
                    "TIME",
                    "PORTAL",
                    "OPERATION",
                    "USER ID",
                    "NAME",
                    "OUTCOME",
                    "REASON",
                ],
                &cells,
                &[0, 32, 0, 0, 40, 0, 0],
            )
        }
    }
}

fn cells(r: &JournalRow) -> Vec<String> {
    let time = r.time.get(..19).unwrap_or(&r.time).replace('T', " ");
    let portal = if r.profile.is_empty() {
        &r.portal
    } else {
        &r.profile
    };
    let name = match &r.email {
        Some(email) => format!("{} <{email}>", r.name),
        None => r.name.clone(),
    };
    let outcome = match r.checked_at {
        Some(_) => format!("{} (checked)", r.outcome.label()),
        None => r.outcome.label().to_string(),
    };
    vec![
        format!("{time}Z"),
        display_safe(portal).into_owned(),
        r.operation.to_string(),
        r.user_id
            .map(|id| id.to_string())
            .unwrap_or_else(|| "-".into()),
        display_safe(&name).into_owned(),
        outcome,
        display_safe(&r.reason).into_owned(),
    ]
}

#[cfg(test)]
#[path = "journal_rows_tests.rs"]
mod tests;
