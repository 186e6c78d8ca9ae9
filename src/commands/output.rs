//! Printing users as a table, JSON or CSV.
//!
//! JSON is one array of objects (one object for `users create`) with these fields, always
//! present (null when unknown): `id`, `email`, `firstName`, `lastName`, `displayName`
//! (HTML entities decoded), `type` (the machine names `docspace-admin`, `room-admin`,
//! `user`, `guest`: see [`crate::people::user_type`]; the owner's is `docspace-admin`),
//! `status` (a word: `active`, `pending`, `terminated`), `isOwner`, `isAdmin`,
//! `department` (entities decoded), `registrationDate`, `terminated` (the date). CSV has
//! the same columns, with a header row. `--fields` picks other fields ([`super::fields`]),
//! in every format. Both carry the portal's text as it is (entities decoded); only when
//! stdout is a terminal are control characters shown as escapes. The table is for
//! people: sanitised, aligned, long cells cut when stdout is a terminal (piped, nothing
//! is cut). `users get` prints each user in table form as `key: value` lines.

use serde::Serialize;
use uuid::Uuid;

use super::fields::{self, Field};
use super::{csv, table};
use crate::api::{EmployeeFullDto, EmployeeStatus};
use crate::people::user_type::{label_of, machine_name_of};
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
            user_type: machine_name_of(u).map(str::to_string),
            status: u.status.map(status_word),
            is_owner: u.is_owner(),
            is_admin: u.is_owner() || u.is_admin(),
            department: u
                .department
                .as_deref()
                .filter(|d| !d.is_empty())
                .map(|d| html_decode(d).into_owned()),
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

/// The type label for people ("Owner", "DocSpace admin", …).
pub fn type_cell(u: &EmployeeFullDto) -> String {
    label_of(u).unwrap_or("?").to_string()
}

/// Which fields to print: `--fields`, or each format's default.
#[derive(Debug, Clone, Copy, Default)]
pub enum Pick<'a> {
    #[default]
    Default,
    Fields(&'a [&'static Field]),
}

/// Renders users in `format` with the default fields. `tty` says whether stdout is a
/// terminal.
pub fn users(list: &[EmployeeFullDto], format: Format, tty: bool) -> String {
    render(list, format, Pick::Default, tty)
}

/// Renders users in `format`, with the fields picked. `tty` says whether stdout is a
/// terminal: only then are table cells cut and CSV escaped.
pub fn render(list: &[EmployeeFullDto], format: Format, pick: Pick<'_>, tty: bool) -> String {
    match (format, pick) {
        (Format::Table, pick) => {
            let cols = match pick {
                Pick::Default => fields::table_default(),
                Pick::Fields(f) => f.to_vec(),
            };
            table_of(list, &cols, tty)
        }
        (Format::Json, Pick::Default) => {
            let records: Vec<UserRecord> = list.iter().map(UserRecord::of).collect();
            json_text(&records)
        }
        (Format::Json, Pick::Fields(f)) => {
            let objects: Vec<serde_json::Value> = list.iter().map(|u| object(u, f)).collect();
            json_text(&objects)
        }
        (Format::Csv, Pick::Default) => {
            let rows = list.iter().map(|u| UserRecord::of(u).csv_fields().to_vec());
            csv_of(&COLUMNS, rows, tty)
        }
        (Format::Csv, Pick::Fields(f)) => {
            let header: Vec<&str> = f.iter().map(|c| c.name).collect();
            let rows = list.iter().map(|u| f.iter().map(|c| c.csv(u)).collect());
            csv_of(&header, rows, tty)
        }
    }
}

/// One user (`users create`): JSON is one object, not a list; the table and CSV are
/// as for a list of one.
pub fn one(u: &EmployeeFullDto, format: Format, tty: bool) -> String {
    match format {
        Format::Json => json_text(&UserRecord::of(u)),
        _ => users(std::slice::from_ref(u), format, tty),
    }
}

/// Users in table form, one block of `key: value` lines each (every field the profile
/// carries, or those picked), blocks separated by an empty line. Nothing at all for
/// no users.
pub fn profiles(list: &[EmployeeFullDto], pick: Pick<'_>) -> String {
    let picked: Vec<&Field> = match pick {
        Pick::Default => fields::ALL.iter().filter(|f| f.name != "name").collect(),
        Pick::Fields(f) => f.to_vec(),
    };
    let blocks: Vec<String> = list
        .iter()
        .map(|u| {
            picked
                .iter()
                .filter_map(|f| f.people(u).map(|v| format!("{}: {v}\n", f.name)))
                .collect()
        })
        .collect();
    blocks.join("\n")
}

/// The table's columns for `pick`.
pub(crate) fn table_columns(pick: Pick<'_>) -> Vec<&'static Field> {
    match pick {
        Pick::Default => fields::table_default(),
        Pick::Fields(f) => f.to_vec(),
    }
}

/// The profile properties the portal must send to print `pick` in `format` (`fields=`).
pub(crate) fn wire(format: Format, pick: Pick<'_>) -> Vec<&'static str> {
    match (format, pick) {
        (_, Pick::Fields(f)) => fields::wire(f),
        (Format::Table, Pick::Default) => fields::wire(&fields::table_default()),
        (_, Pick::Default) => fields::wire(&fields::data_default()),
    }
}

/// One user as a pretty JSON value (an element of the list `render` prints).
pub(crate) fn json_item(u: &EmployeeFullDto, pick: Pick<'_>) -> String {
    let text = match pick {
        Pick::Default => serde_json::to_string_pretty(&UserRecord::of(u)),
        Pick::Fields(f) => serde_json::to_string_pretty(&object(u, f)),
    };
    text.unwrap_or_else(|_| "{}".into())
}

/// The CSV header for `pick`.
pub(crate) fn csv_header(pick: Pick<'_>) -> Vec<&'static str> {
    match pick {
        Pick::Default => COLUMNS.to_vec(),
        Pick::Fields(f) => f.iter().map(|c| c.name).collect(),
    }
}

/// One user's CSV record (with its line end) for `pick`; control characters escaped
/// when `tty`.
pub(crate) fn csv_row(u: &EmployeeFullDto, pick: Pick<'_>, tty: bool) -> String {
    let fields: Vec<String> = match pick {
        Pick::Default => UserRecord::of(u).csv_fields().to_vec(),
        Pick::Fields(f) => f.iter().map(|c| c.csv(u)).collect(),
    };
    if tty {
        let safe: Vec<String> = fields
            .iter()
            .map(|f| display_safe(f).into_owned())
            .collect();
        csv::record(&safe)
    } else {
        csv::record(&fields)
    }
}

fn object(u: &EmployeeFullDto, picked: &[&Field]) -> serde_json::Value {
    let map: serde_json::Map<String, serde_json::Value> = picked
        .iter()
        .map(|f| (f.name.to_string(), f.data(u)))
        .collect();
    serde_json::Value::Object(map)
}

fn json_text<T: Serialize + ?Sized>(v: &T) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

fn table_of(list: &[EmployeeFullDto], cols: &[&Field], tty: bool) -> String {
    let headers: Vec<&str> = cols.iter().map(|c| c.header).collect();
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|u| {
            cols.iter()
                .map(|c| c.people(u).unwrap_or_default())
                .collect()
        })
        .collect();
    // Cut long cells only for a person at a terminal; a pipe gets every character.
    let caps: Vec<usize> = if tty {
        cols.iter().map(|c| c.cap).collect()
    } else {
        Vec::new()
    };
    table::render(&headers, &rows, &caps)
}

fn csv_of(header: &[&str], rows: impl Iterator<Item = Vec<String>>, tty: bool) -> String {
    let mut out = csv::record(header);
    for fields in rows {
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

#[cfg(test)]
#[path = "output_tests.rs"]
mod tests;
