//! `--group NAME|ID`: a group ID as given, or a name found among the portal's groups.
//! A name that matches no group, or several, is refused in words that list the close
//! matches (group names are server text: decoded, then sanitised).

use uuid::Uuid;

use super::exit::CmdError;
use crate::api::PortalClient;
use crate::api::dto::GroupDto;
use crate::redact::shown;
use crate::sanitize::{display_safe_short, html_decode};

/// The most close matches named in a refusal.
const MAX_CLOSE: usize = 5;

/// The group `given` names: its ID, or the one group of that name on the portal.
pub(crate) async fn group_id(client: &PortalClient, given: &str) -> Result<Uuid, CmdError> {
    if let Ok(id) = Uuid::parse_str(given.trim()) {
        return Ok(id);
    }
    let groups = client.list_groups().await?;
    by_name(given, &groups).map_err(CmdError::usage)
}

fn name_of(g: &GroupDto) -> String {
    html_decode(g.name.as_deref().unwrap_or(""))
        .trim()
        .to_string()
}

fn shown_name(g: &GroupDto) -> String {
    format!("\"{}\" ({})", display_safe_short(&name_of(g), 60), g.id)
}

/// The one group named `given` (without regard to case), or why there is not one.
pub(crate) fn by_name(given: &str, groups: &[GroupDto]) -> Result<Uuid, String> {
    let wanted = given.trim().to_lowercase();
    let exact: Vec<&GroupDto> = groups
        .iter()
        .filter(|g| name_of(g).to_lowercase() == wanted)
        .collect();
    match exact.as_slice() {
        [one] => Ok(one.id),
        [] => {
            let close: Vec<String> = groups
                .iter()
                .filter(|g| is_close(&name_of(g).to_lowercase(), &wanted))
                .take(MAX_CLOSE)
                .map(shown_name)
                .collect();
            let hint = if close.is_empty() {
                format!(
                    "none of the portal's {} groups is close to it",
                    groups.len()
                )
            } else {
                format!("close matches: {}", close.join(", "))
            };
            Err(format!(
                "no group named \"{}\"; {hint}",
                shown(given.trim(), 60)
            ))
        }
        many => {
            let all: Vec<String> = many.iter().map(|g| shown_name(g)).collect();
            Err(format!(
                "{} groups are named \"{}\": {}; give the group's ID with --group",
                many.len(),
                shown(given.trim(), 60),
                all.join(", ")
            ))
        }
    }
}

/// Whether `name` is close to `wanted` (both lower case): one holds the other, or they
/// are a few edits apart.
fn is_close(name: &str, wanted: &str) -> bool {
    if name.is_empty() || wanted.is_empty() {
        return false;
    }
    if name.contains(wanted) || wanted.contains(name) {
        return true;
    }
    let allowed = (wanted.chars().count() / 4).clamp(1, 3);
    edits(name, wanted) <= allowed
}

/// The Levenshtein distance in characters.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
#[path = "group_tests.rs"]
mod tests;
