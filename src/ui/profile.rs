//! Every field of a profile that is present, as (label, value) pairs for the detail pane.

use crate::api::EmployeeFullDto;
use crate::api::dto::EmployeeDto;
use crate::people::size;
use crate::sanitize::{display_safe, html_decode};

fn safe(s: &str) -> String {
    display_safe(s).into_owned()
}

fn decoded(s: &str) -> String {
    display_safe(&html_decode(s)).into_owned()
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

/// A server date (`2025-06-01T15:30:00.0000000+03:00`) in a readable form; other text
/// is kept as it came (sanitised).
pub(crate) fn date(s: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(s.trim()) {
        Ok(d) => d.format("%Y-%m-%d %H:%M %:z").to_string(),
        Err(_) => safe(s),
    }
}

/// Bytes in words (`1.5 GB`, as [`size::words`] says every size); a negative quota
/// means "no limit" on the server.
pub(crate) fn bytes(n: f64) -> String {
    if n < 0.0 {
        return "no limit".into();
    }
    size::words(size::from_portal(Some(n)))
}

fn person(p: &EmployeeDto) -> String {
    match p.display_name.as_deref().filter(|d| !d.trim().is_empty()) {
        Some(d) => format!("{} ({})", decoded(d), p.id),
        None => p.id.to_string(),
    }
}

type Fields = Vec<(&'static str, String)>;

fn text(f: &mut Fields, label: &'static str, v: &Option<String>, conv: fn(&str) -> String) {
    // An empty text says nothing; leave it out like an absent one.
    if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
        f.push((label, conv(v)));
    }
}

/// The fields in display order. Absent fields are left out; present flags show yes/no.
pub(crate) fn fields(u: &EmployeeFullDto) -> Vec<(&'static str, String)> {
    let mut f: Fields = Vec::with_capacity(48);
    text(&mut f, "Display name", &u.display_name, decoded);
    text(&mut f, "First name", &u.first_name, safe);
    text(&mut f, "Last name", &u.last_name, safe);
    text(&mut f, "User name", &u.user_name, safe);
    text(&mut f, "Email", &u.email, safe);
    f.push(("ID", u.id.to_string()));
    if let Some(t) = crate::people::user_type::label_of(u) {
        f.push(("Type", t.to_string()));
    }
    if let Some(s) = u.status {
        f.push(("Status", s.label()));
    }
    if let Some(a) = u.activation_status {
        f.push(("Activation", a.label()));
    }
    text(&mut f, "Registered", &u.registration_date, date);
    text(&mut f, "Terminated", &u.terminated, date);
    text(&mut f, "Department", &u.department, decoded);
    if let Some(groups) = &u.groups {
        let names: Vec<String> = groups
            .iter()
            .map(|g| g.name.as_deref().map_or_else(|| g.id.to_string(), decoded))
            .collect();
        f.push((
            "Groups",
            if names.is_empty() {
                "none".into()
            } else {
                names.join(", ")
            },
        ));
    }
    text(&mut f, "Location", &u.location, safe);
    text(&mut f, "Notes", &u.notes, safe);
    text(&mut f, "Mobile phone", &u.mobile_phone, safe);
    if let Some(n) = u.mobile_phone_activation_status {
        // `MobilePhoneActivationStatus`: 0 not activated, 1 activated.
        let words = match n {
            0 => "not activated".to_string(),
            1 => "activated".to_string(),
            n => n.to_string(),
        };
        f.push(("Phone activation", words));
    }
    text(&mut f, "Culture", &u.culture_name, safe);
    text(&mut f, "Theme", &u.theme, safe);
    if let Some(contacts) = &u.contacts {
        for c in contacts {
            let kind = c.kind.as_deref().map_or_else(|| "contact".into(), safe);
            let value = c.value.as_deref().map_or_else(String::new, safe);
            f.push(("Contact", format!("{kind}: {value}")));
        }
    }
    // The type flags (owner, admin, room admin, guest, collaborator) are the Type above.
    let flags: [(&'static str, Option<bool>); 7] = [
        ("LDAP", u.is_ldap),
        ("SSO", u.is_sso),
        ("2FA app", u.tfa_app_enabled),
        ("Shared", u.shared),
        ("Personal folder", u.has_personal_folder),
        ("Has avatar", u.has_avatar),
        ("Anonymous", u.is_anonim),
    ];
    for (label, v) in flags {
        if let Some(b) = v {
            f.push((label, yes_no(b)));
        }
    }
    if let Some(m) = &u.list_admin_modules {
        let m: Vec<String> = m.iter().map(|s| safe(s)).collect();
        f.push((
            "Admin modules",
            if m.is_empty() {
                "none".into()
            } else {
                m.join(", ")
            },
        ));
    }
    if let Some(q) = u.quota_limit {
        f.push(("Quota", bytes(q as f64)));
    }
    if let Some(b) = u.used_space {
        f.push(("Used space", bytes(b)));
    }
    if let Some(b) = u.is_custom_quota {
        f.push(("Custom quota", yes_no(b)));
    }
    if let Some(p) = &u.created_by {
        f.push(("Created by", person(p)));
    }
    if let Some(n) = u.login_event_id {
        f.push(("Login event", n.to_string()));
    }
    if let Some(n) = u.auth_cookie_lifetime {
        f.push(("Cookie lifetime", format!("{n}")));
    }
    text(&mut f, "Profile URL", &u.profile_url, safe);
    text(&mut f, "Avatar", &u.avatar, safe);
    text(&mut f, "Avatar (original)", &u.avatar_original, safe);
    text(&mut f, "Avatar (max)", &u.avatar_max, safe);
    text(&mut f, "Avatar (medium)", &u.avatar_medium, safe);
    text(&mut f, "Avatar (small)", &u.avatar_small, safe);
    f
}

#[cfg(test)]
#[path = "profile_tests.rs"]
mod tests;
