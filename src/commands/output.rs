//! Printing users as a table, JSON or CSV.
//!
//! JSON is one array of objects with these fields, always present (null when unknown):
//! `id`, `email`, `firstName`, `lastName`, `displayName` (HTML entities decoded), `type`
//! (`DocSpaceAdmin`, `RoomAdmin`, `User`, `Guest`), `status` (a word: `active`, `pending`,
//! `terminated`), `isOwner`, `isAdmin`, `department`, `registrationDate`, `terminated` (the
//! date). CSV has the same columns, with a header row. Both carry the portal's text as it
//! is; only when stdout is a terminal are control characters shown as escapes. The table
//! is for people: sanitised, aligned, long names cut.

use serde::Serialize;
use uuid::Uuid;

use super::{csv, table};
use crate::api::{EmployeeFullDto, EmployeeStatus};
use crate::sanitize::{display_safe, html_decode};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
    Csv,
}

/// The stable, scriptable form of a user.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserRecord {
    pub id: Uuid,
    pub email: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub display_name: Option<String>,
    #[serde(rename = "type")]
    pub user_type: Option<String>,
    pub status: Option<String>,
    pub is_owner: bool,
    pub is_admin: bool,
    pub department: Option<String>,
    pub registration_date: Option<String>,
    pub terminated: Option<String>,
}

/// CSV column names, in order (the same as the JSON field names).
pub const COLUMNS: [&str; 12] = [
    "id",
    "email",
    "firstName",
    "lastName",
    "displayName",
    "type",
    "status",
    "isOwner",
    "isAdmin",
    "department",
    "registrationDate",
    "terminated",
];

/// The word for a status in JSON and CSV.
pub fn status_word(s: EmployeeStatus) -> String {
    match s {
        EmployeeStatus::Other(n) => n.to_string(),
        s => s.label(),
    }
}

impl UserRecord {
    pub fn of(u: &EmployeeFullDto) -> Self {
        Self {
            id: u.id,
            email: u.email.clone(),
            first_name: u.first_name.clone(),
            last_name: u.last_name.clone(),
            display_name: u
                .display_name
                .as_deref()
                .map(|d| html_decode(d).into_owned()),
            user_type: u.user_type().map(|t| t.name().to_string()),
            status: u.status.map(status_word),
            is_owner: u.is_owner(),
            is_admin: u.is_owner() || u.is_admin(),
            department: u.department.clone().filter(|d| !d.is_empty()),
            registration_date: u.registration_date.clone(),
            terminated: u.terminated.clone(),
        }
    }

    pub(crate) fn csv_fields(&self) -> [String; 12] {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        [
            self.id.to_string(),
            o(&self.email),
            o(&self.first_name),
            o(&self.last_name),
            o(&self.display_name),
            o(&self.user_type),
            o(&self.status),
            self.is_owner.to_string(),
            self.is_admin.to_string(),
            o(&self.department),
            o(&self.registration_date),
            o(&self.terminated),
        ]
    }
}

/// The user's name for the table: first and last name, else the display name, else the
/// email. Sanitised.
pub fn name_cell(u: &EmployeeFullDto) -> String {
    let name = u.name_for_people();
    display_safe(&html_decode(&name)).into_owned()
}

/// The type label for people.
pub fn type_cell(u: &EmployeeFullDto) -> String {
    u.user_type()
        .map_or_else(|| "?".into(), |t| t.label().to_string())
}

/// Renders users in `format`. `tty` says whether stdout is a terminal.
pub fn users(list: &[EmployeeFullDto], format: Format, tty: bool) -> String {
    match format {
        Format::Table => {
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|u| {
                    vec![
                        u.id.to_string(),
                        name_cell(u),
                        display_safe(u.email.as_deref().unwrap_or("")).into_owned(),
                        type_cell(u),
                        u.status.map_or_else(|| "?".into(), |s| s.label()),
                    ]
                })
                .collect();
            table::render(
                &["ID", "NAME", "EMAIL", "TYPE", "STATUS"],
                &rows,
                &[0, 40, 48, 0, 0],
            )
        }
        Format::Json => {
            let records: Vec<UserRecord> = list.iter().map(UserRecord::of).collect();
            let mut s = serde_json::to_string_pretty(&records).unwrap_or_else(|_| "[]".into());
            s.push('\n');
            s
        }
        Format::Csv => {
            let mut out = csv::record(&COLUMNS);
            for u in list {
                let fields = UserRecord::of(u).csv_fields();
                if tty {
                    let safe: Vec<String> = fields
                        .iter()
                        .map(|f| display_safe(f).into_owned())
                        .collect();
                    out.push_str(&csv::record(&safe));
                } else {
                    out.push_str(&csv::record(&fields));
                }
            }
            out
        }
    }
}

#[cfg(test)]
#[path = "output_tests.rs"]
mod tests;
