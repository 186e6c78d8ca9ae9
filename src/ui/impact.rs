//! What a delete takes away, in its confirmation: per user, or summed for many with the
//! biggest few named; "reading what they own…" while it is read. Names and the portal's
//! words are made safe here.

use ratatui::style::Style;

use super::confirm::{NAMES_SHOWN, shown_name};
use super::theme::Theme;
use crate::app::state::confirm::{ConfirmDialog, ImpactState};
use crate::bulk::offboard::words::{READING, YOU, impact_lines};
use crate::bulk::offboard::{Impact, MAX_IMPACT_READS};
use crate::people::size;
use crate::sanitize::display_safe_short;

/// Longest portal error shown.
const WHY_CHARS: usize = 120;

/// The impact's paragraphs (text and style), before wrapping; none for other actions.
pub(crate) fn lines(dialog: &ConfirmDialog, theme: &Theme) -> Vec<(String, Style)> {
    let Some(state) = dialog.impact() else {
        return Vec::new();
    };
    let receiver = dialog
        .receiver()
        .map_or_else(|| YOU.to_string(), |r| shown_name(&r.name));
    let mut out = vec![("What goes away:".to_string(), theme.title)];
    match state {
        ImpactState::Reading(_) => out.push((format!(" {READING}"), theme.hint)),
        ImpactState::Failed(why) => out.push((
            format!(" could not be read: {}", display_safe_short(why, WHY_CHARS)),
            theme.error,
        )),
        ImpactState::Read(all) => {
            let read: Vec<&Impact> = all.iter().filter_map(|r| r.result.as_ref().ok()).collect();
            let failed: Vec<_> = all.iter().filter(|r| r.result.is_err()).collect();
            let total = Impact::sum(read.iter().copied());
            if read.len() > 1 {
                out.push((format!(" all {} together:", read.len()), theme.base));
            }
            if !read.is_empty() {
                for l in impact_lines(&total, &receiver) {
                    out.push((format!(" {l}"), theme.base));
                }
            }
            if read.len() > 1 {
                let mut biggest = read.clone();
                biggest.sort_by_key(|i| std::cmp::Reverse(i.rooms_bytes + i.personal_bytes));
                for i in biggest.iter().take(NAMES_SHOWN) {
                    out.push((
                        format!(
                            "  - {}: personal {}, rooms {} ({})",
                            shown_name(&i.name),
                            size::words(i.personal_bytes),
                            i.rooms,
                            size::words(i.rooms_bytes)
                        ),
                        theme.base,
                    ));
                }
            }
            for f in failed.iter().take(NAMES_SHOWN) {
                let why = f.result.as_ref().err().map_or("", String::as_str);
                out.push((
                    format!(
                        " {}: could not be read: {}",
                        shown_name(&f.name),
                        display_safe_short(why, WHY_CHARS)
                    ),
                    theme.error,
                ));
            }
            let unread = dialog.plan().eligible.len().saturating_sub(all.len());
            if unread > 0 {
                out.push((
                    format!(" +{unread} more not read (only the first {MAX_IMPACT_READS} are)"),
                    theme.hint,
                ));
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "impact_tests.rs"]
mod tests;
