//! Reading the users a command acts on: IDs or emails as arguments, and `-` for stdin
//! (one per line, or CSV with an `id` or `email` column, such as `users list --format csv`).

use uuid::Uuid;

use super::csv;
use super::exit::CmdError;
use crate::redact::shown;

/// One user as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserRef {
    Id(Uuid),
    Email(String),
}

impl UserRef {
    pub fn parse(s: &str) -> Option<UserRef> {
        let t = s.trim().trim_matches('"').trim();
        if let Ok(id) = Uuid::parse_str(t) {
            return Some(UserRef::Id(id));
        }
        let (local, domain) = t.split_once('@')?;
        (!local.is_empty() && !domain.is_empty() && !t.contains(char::is_whitespace))
            .then(|| UserRef::Email(t.to_string()))
    }

    /// As given, for messages (raw: sanitise before printing).
    pub fn label(&self) -> String {
        match self {
            UserRef::Id(id) => id.to_string(),
            UserRef::Email(e) => e.clone(),
        }
    }
}

/// Turns the arguments into user references, reading stdin (once) for `-`. Duplicates
/// are dropped, order is kept. No users at all is a usage error, unless they were to
/// come from stdin (then the result is empty).
pub fn collect(
    args: &[String],
    read_stdin: impl FnOnce() -> std::io::Result<String>,
) -> Result<Vec<UserRef>, CmdError> {
    let mut out = Vec::new();
    let mut stdin = Some(read_stdin);
    for a in args {
        if a == "-" {
            let Some(read) = stdin.take() else {
                return Err(CmdError::usage("`-` (stdin) may be given only once"));
            };
            let text = read().map_err(|e| CmdError::usage(format!("cannot read stdin: {e}")))?;
            out.extend(from_text(&text)?);
        } else {
            out.push(UserRef::parse(a).ok_or_else(|| {
                CmdError::usage(format!(
                    "\"{}\" is neither a user ID (a GUID such as 3f2c…-…) nor an email address",
                    shown(a, 60)
                ))
            })?);
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|r| seen.insert(r.clone()));
    // Standard input with no users (a list that matched nobody) is nothing to do; the
    // caller says so.
    if out.is_empty() && stdin.is_none() {
        return Ok(out);
    }
    if out.is_empty() {
        return Err(CmdError::usage(
            "no users given: pass IDs or emails, or - to read them from stdin",
        ));
    }
    Ok(out)
}

/// Parses stdin: CSV with a header naming an `id` (or else `email`) column, or one ID or
/// email per line. Lines starting with `#` are comments.
pub fn from_text(text: &str) -> Result<Vec<UserRef>, CmdError> {
    let cleaned: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let records = csv::parse(&cleaned);
    let Some(header) = records.first() else {
        return Ok(Vec::new());
    };
    let col = |name: &str| {
        header.iter().position(|h| {
            h.trim()
                .trim_start_matches('\u{feff}')
                .eq_ignore_ascii_case(name)
        })
    };
    let (column, rows) = match (col("id"), col("email")) {
        (Some(c), _) | (None, Some(c)) => (Some(c), &records[1..]),
        (None, None) => (None, &records[..]),
    };
    let mut out = Vec::new();
    for (n, rec) in rows.iter().enumerate() {
        let value = match column {
            Some(c) => rec.get(c).map(String::as_str).unwrap_or(""),
            None if rec.len() == 1 => rec[0].as_str(),
            None => {
                return Err(CmdError::usage(
                    "stdin looks like CSV but has no `id` or `email` column in its header",
                ));
            }
        };
        if value.trim().is_empty() {
            continue;
        }
        let line = n + 1 + usize::from(column.is_some());
        out.push(UserRef::parse(value).ok_or_else(|| {
            CmdError::usage(format!(
                "stdin record {line}: \"{}\" is neither a user ID nor an email address",
                shown(value, 60)
            ))
        })?);
    }
    Ok(out)
}

#[cfg(test)]
#[path = "ids_tests.rs"]
mod tests;
