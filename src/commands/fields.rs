//! The fields `users list` and `users get` print (`--fields id,email,…`): each one's name
//! (the JSON key and CSV column), its table header, the profile properties it needs from
//! the portal (`fields=`), its value for scripts and its words for people.
//!
//! Values for scripts are the portal's data with HTML entities decoded where the portal
//! encodes them (display name, department, group names), the type as its machine name
//! and the status as a word. Words for people use the labels of
//! [`crate::people::user_type`] and yes/no; they are sanitised before they are shown.

use serde_json::{Value, json};

use crate::api::EmployeeFullDto;
use crate::people::user_type::{label_of, machine_name_of};
use crate::redact::shown;
use crate::sanitize::{display_safe, html_decode};

/// The profile properties the user's type is derived from.
const TYPE_WIRE: &[&str] = &[
    "isOwner",
    "isAdmin",
    "isRoomAdmin",
    "isVisitor",
    "isCollaborator",
];
/// The properties a name for people is made of.
const NAME_WIRE: &[&str] = &["firstName", "lastName", "displayName", "email"];

/// One field a command can print.
pub struct Field {
    /// The JSON key, CSV column and `--fields` name.
    pub name: &'static str,
    /// The table header.
    pub header: &'static str,
    /// The profile properties the portal must send for it.
    pub wire: &'static [&'static str],
    /// Widest its table column gets on a terminal (0: no limit).
    pub cap: usize,
    data: fn(&EmployeeFullDto) -> Value,
    people: Option<fn(&EmployeeFullDto) -> Option<String>>,
}

impl std::fmt::Debug for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl Field {
    /// The value for scripts (JSON); `null` when the profile does not carry it.
    pub fn data(&self, u: &EmployeeFullDto) -> Value {
        (self.data)(u)
    }

    /// The value as a CSV cell: text as it is, `true`/`false`, numbers, lists joined
    /// with `; `; empty when absent.
    pub fn csv(&self, u: &EmployeeFullDto) -> String {
        flat(&self.data(u), "true", "false")
    }

    /// The words for people, sanitised; `None` when the profile does not carry it.
    pub fn people(&self, u: &EmployeeFullDto) -> Option<String> {
        let raw = match self.people {
            Some(f) => f(u),
            None => match self.data(u) {
                Value::Null => None,
                v => Some(flat(&v, "yes", "no")),
            },
        };
        raw.map(|s| display_safe(&s).into_owned())
    }
}

fn flat(v: &Value, yes: &str, no: &str) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(true) => yes.to_string(),
        Value::Bool(false) => no.to_string(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items
            .iter()
            .map(|i| flat(i, yes, no))
            .collect::<Vec<_>>()
            .join("; "),
        Value::Object(o) => o
            .values()
            .map(|i| flat(i, yes, no))
            .collect::<Vec<_>>()
            .join(": "),
    }
}

fn text(v: &Option<String>) -> Value {
    v.as_ref().map_or(Value::Null, |s| Value::String(s.clone()))
}

fn decoded(v: &Option<String>) -> Value {
    v.as_deref()
        .map_or(Value::Null, |s| Value::String(html_decode(s).into_owned()))
}

fn flag(v: Option<bool>) -> Value {
    v.map_or(Value::Null, Value::Bool)
}

fn number(v: Option<f64>) -> Value {
    v.map_or(Value::Null, |n| json!(n))
}

macro_rules! field {
    ($name:literal, $header:literal, $wire:expr, $cap:expr, $data:expr) => {
        Field {
            name: $name,
            header: $header,
            wire: $wire,
            cap: $cap,
            data: $data,
            people: None,
        }
    };
    ($name:literal, $header:literal, $wire:expr, $cap:expr, $data:expr, $people:expr) => {
        Field {
            name: $name,
            header: $header,
            wire: $wire,
            cap: $cap,
            data: $data,
            people: Some($people),
        }
    };
}

/// Every field, in the order `users get` prints a profile.
pub static ALL: &[Field] = &[
    field!("id", "ID", &[], 0, |u| Value::String(u.id.to_string())),
    field!("name", "NAME", NAME_WIRE, 40, |u| {
        Value::String(html_decode(&u.name_for_people()).into_owned())
    }),
    field!("displayName", "DISPLAY NAME", &["displayName"], 40, |u| {
        decoded(&u.display_name)
    }),
    field!("firstName", "FIRST NAME", &["firstName"], 30, |u| text(
        &u.first_name
    )),
    field!("lastName", "LAST NAME", &["lastName"], 30, |u| text(
        &u.last_name
    )),
    field!("userName", "USER NAME", &["userName"], 30, |u| text(
        &u.user_name
    )),
    field!("email", "EMAIL", &["email"], 48, |u| text(&u.email)),
    field!(
        "type",
        "TYPE",
        TYPE_WIRE,
        0,
        |u| machine_name_of(u).map_or(Value::Null, |n| Value::String(n.into())),
        |u| label_of(u).map(str::to_string)
    ),
    field!(
        "status",
        "STATUS",
        &["status"],
        0,
        |u| u
            .status
            .map_or(Value::Null, |s| Value::String(super::output::status_word(
                s
            ))),
        |u| u.status.map(|s| s.label())
    ),
    field!(
        "activationStatus",
        "ACTIVATION",
        &["activationStatus"],
        0,
        |u| u
            .activation_status
            .map_or(Value::Null, |a| Value::String(a.label()))
    ),
    field!("isOwner", "OWNER", &["isOwner"], 0, |u| Value::Bool(
        u.is_owner()
    )),
    // The owner counts as a DocSpace admin here, as in the type.
    field!("isAdmin", "ADMIN", &["isOwner", "isAdmin"], 0, |u| {
        Value::Bool(u.is_owner() || u.is_admin())
    }),
    field!("department", "DEPARTMENT", &["department"], 40, |u| {
        decoded(&u.department.clone().filter(|d| !d.is_empty()))
    }),
    field!("groups", "GROUPS", &["groups"], 40, |u| {
        u.groups.as_ref().map_or(Value::Null, |gs| {
            gs.iter()
                .map(|g| {
                    g.name.as_deref().map_or_else(
                        || Value::String(g.id.to_string()),
                        |n| Value::String(html_decode(n).into_owned()),
                    )
                })
                .collect()
        })
    }),
    field!("location", "LOCATION", &["location"], 30, |u| text(
        &u.location
    )),
    field!("notes", "NOTES", &["notes"], 40, |u| text(&u.notes)),
    field!(
        "mobilePhone",
        "MOBILE PHONE",
        &["mobilePhone"],
        0,
        |u| text(&u.mobile_phone)
    ),
    field!("contacts", "CONTACTS", &["contacts"], 40, |u| {
        u.contacts.as_ref().map_or(Value::Null, |cs| {
            cs.iter()
                .map(|c| json!({ "type": c.kind, "value": c.value }))
                .collect()
        })
    }),
    field!("cultureName", "CULTURE", &["cultureName"], 0, |u| text(
        &u.culture_name
    )),
    field!("isLDAP", "LDAP", &["isLDAP"], 0, |u| flag(u.is_ldap)),
    field!("isSSO", "SSO", &["isSSO"], 0, |u| flag(u.is_sso)),
    field!("tfaAppEnabled", "2FA APP", &["tfaAppEnabled"], 0, |u| flag(
        u.tfa_app_enabled
    )),
    field!(
        "listAdminModules",
        "ADMIN MODULES",
        &["listAdminModules"],
        40,
        |u| u
            .list_admin_modules
            .as_ref()
            .map_or(Value::Null, |m| m.iter().map(|s| json!(s)).collect())
    ),
    field!("usedSpace", "USED SPACE", &["usedSpace"], 0, |u| number(
        u.used_space
    )),
    field!("quotaLimit", "QUOTA", &["quotaLimit"], 0, |u| u
        .quota_limit
        .map_or(Value::Null, |q| json!(q))),
    field!(
        "isCustomQuota",
        "CUSTOM QUOTA",
        &["isCustomQuota"],
        0,
        |u| { flag(u.is_custom_quota) }
    ),
    field!(
        "createdBy",
        "CREATED BY",
        &["createdBy"],
        40,
        |u| u
            .created_by
            .as_ref()
            .map_or(Value::Null, |c| Value::String(c.id.to_string())),
        |u| u
            .created_by
            .as_ref()
            .map(|c| match c.display_name.as_deref() {
                Some(d) if !d.trim().is_empty() => format!("{} ({})", html_decode(d), c.id),
                _ => c.id.to_string(),
            })
    ),
    field!(
        "registrationDate",
        "REGISTERED",
        &["registrationDate"],
        0,
        |u| text(&u.registration_date)
    ),
    field!("terminated", "TERMINATED", &["terminated"], 0, |u| text(
        &u.terminated
    )),
    field!("profileUrl", "PROFILE URL", &["profileUrl"], 0, |u| text(
        &u.profile_url
    )),
];

/// The field named `name` (any case).
pub fn find(name: &str) -> Option<&'static Field> {
    ALL.iter().find(|f| f.name.eq_ignore_ascii_case(name))
}

/// The fields named by `names`, in order.
fn named(names: &[&str]) -> Vec<&'static Field> {
    names.iter().filter_map(|n| find(n)).collect()
}

/// The table's columns when `--fields` is not given.
pub fn table_default() -> Vec<&'static Field> {
    named(&["id", "name", "email", "type", "status"])
}

/// The JSON keys and CSV columns when `--fields` is not given (see
/// [`super::output::COLUMNS`]).
pub fn data_default() -> Vec<&'static Field> {
    named(&super::output::COLUMNS)
}

/// Parses `--fields id,email,…`: known names (any case), at least one; repeats are
/// dropped. An unknown name is refused with the list of known ones.
pub fn parse(list: &str) -> Result<Vec<&'static Field>, String> {
    let mut out: Vec<&'static Field> = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let Some(f) = find(name) else {
            return Err(format!(
                "unknown field \"{}\"; the fields are: {}",
                shown(name, 40),
                names().join(", ")
            ));
        };
        if !out.iter().any(|o| o.name == f.name) {
            out.push(f);
        }
    }
    if out.is_empty() {
        return Err(format!(
            "--fields needs at least one field name; the fields are: {}",
            names().join(", ")
        ));
    }
    Ok(out)
}

/// Every field's name.
pub fn names() -> Vec<&'static str> {
    ALL.iter().map(|f| f.name).collect()
}

/// The profile properties to ask the portal for, for `fields` (each once).
pub fn wire(fields: &[&Field]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for w in fields.iter().flat_map(|f| f.wire.iter().copied()) {
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

#[cfg(test)]
#[path = "fields_tests.rs"]
mod tests;
