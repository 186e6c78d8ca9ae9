//! The text of one cell of the user list, per column: server text decoded where the
//! portal HTML-encodes it, and always sanitised.

use super::profile::bytes;
use crate::api::EmployeeFullDto;
use crate::people::columns::Column;
use crate::people::user_type;
use crate::sanitize::{display_safe, html_decode};

/// The cell of `u` in column `c`.
pub(crate) fn cell(u: &EmployeeFullDto, c: Column) -> String {
    match c {
        Column::Name => decoded(&u.name_for_people()),
        Column::Email => safe(u.email.as_deref().unwrap_or("")),
        Column::Type => user_type::label_of(u).unwrap_or_default().to_string(),
        Column::Status => u.status.map_or_else(String::new, |s| s.label()),
        Column::Department => decoded(u.department.as_deref().unwrap_or("")),
        Column::Groups => groups(u),
        Column::Registered => u.registration_date.as_deref().map_or_else(String::new, day),
        Column::Space => space(u),
        Column::LoginType => login_type(u).to_string(),
        Column::Inviter => u
            .created_by
            .as_ref()
            .and_then(|p| p.display_name.as_deref())
            .map_or_else(String::new, decoded),
    }
}

fn safe(s: &str) -> String {
    display_safe(s).into_owned()
}

fn decoded(s: &str) -> String {
    display_safe(&html_decode(s)).into_owned()
}

fn groups(u: &EmployeeFullDto) -> String {
    let names: Vec<String> = u
        .groups
        .iter()
        .flatten()
        .map(|g| g.name.as_deref().map_or_else(|| g.id.to_string(), decoded))
        .collect();
    names.join(", ")
}

/// The day of a server date (`2024-03-05T09:15:00.0000000+01:00` → `2024-03-05`); other
/// text as it came (sanitised).
fn day(s: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(s.trim()) {
        Ok(d) => d.format("%Y-%m-%d").to_string(),
        Err(_) => safe(s),
    }
}

/// "1.5 GB / 10.0 GB", "1.5 GB / no limit", or the used space alone.
fn space(u: &EmployeeFullDto) -> String {
    match (u.used_space, u.quota_limit) {
        (Some(used), Some(quota)) => format!("{} / {}", bytes(used), bytes(quota as f64)),
        (Some(used), None) => bytes(used),
        (None, Some(quota)) => format!("? / {}", bytes(quota as f64)),
        (None, None) => String::new(),
    }
}

/// "SSO", "LDAP", "standard"; empty when the profile says neither way.
fn login_type(u: &EmployeeFullDto) -> &'static str {
    match (u.is_sso, u.is_ldap) {
        (Some(true), _) => "SSO",
        (_, Some(true)) => "LDAP",
        (Some(false), _) | (_, Some(false)) => "standard",
        (None, None) => "",
    }
}

#[cfg(test)]
#[path = "user_cells_tests.rs"]
mod tests;
