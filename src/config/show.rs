//! `config show`: the settings in effect, one `name: value (source)` line each. The token
//! is never shown, not even in part: only whether it is set and where it comes from.

use super::Connection;
use crate::redact::url_for_display;
use crate::sanitize::display_safe;

/// The lines of `config show` for a resolved connection.
pub fn lines(conn: &Connection) -> String {
    let s = &conn.sources;
    let on_off = |b: bool| if b { "yes" } else { "no" };
    let file = match &conn.config_path {
        Some(p) => display_safe(&p.display().to_string()).into_owned(),
        None => "none (settings from flags and environment only)".into(),
    };
    let profile = if conn.profile.is_empty() {
        "none".to_string()
    } else {
        format!("\"{}\"", display_safe(&conn.profile))
    };
    let no_color = match conn.no_color {
        Some(b) => on_off(b).to_string(),
        None => "not set: the NO_COLOR environment variable decides".into(),
    };
    let rows: [(&str, String, String); 9] = [
        ("config file", file, String::new()),
        ("profile", profile, s.profile.to_string()),
        (
            "url",
            display_safe(&url_for_display(&conn.client.base_url)).into_owned(),
            s.url.to_string(),
        ),
        ("token", "set (not shown)".into(), s.token.to_string()),
        (
            "connect timeout",
            format!("{} s", conn.client.connect_timeout.as_secs()),
            s.connect_timeout.to_string(),
        ),
        (
            "request timeout",
            format!("{} s", conn.client.request_timeout.as_secs()),
            s.request_timeout.to_string(),
        ),
        (
            "read only",
            on_off(conn.read_only).into(),
            s.read_only.to_string(),
        ),
        (
            "journal",
            on_off(conn.journal).into(),
            s.journal.to_string(),
        ),
        ("no color", no_color, s.no_color.to_string()),
    ];
    let mut out = String::new();
    for (name, value, source) in rows {
        let source = display_safe(&source).into_owned();
        if source.is_empty() {
            out.push_str(&format!("{name}: {value}\n"));
        } else {
            out.push_str(&format!("{name}: {value}  (from {source})\n"));
        }
    }
    if !conn.keys.is_empty() {
        let names: Vec<String> = conn
            .keys
            .keys()
            .map(|k| display_safe(k).into_owned())
            .collect();
        out.push_str(&format!(
            "keys: {} changed in [keys]: {}  (from file)\n",
            names.len(),
            names.join(", ")
        ));
    }
    out
}

#[cfg(test)]
#[path = "show_tests.rs"]
mod tests;
