//! Words of the user list: counts, marks and the selection.

use super::users;

/// The status bar's count: "8 users", "100/250 users" while pages are still to load, "1
/// user".
pub(crate) fn counts(loaded: usize, total: Option<u64>, complete: bool) -> String {
    match total {
        Some(t) if complete => users(usize::try_from(t).unwrap_or(usize::MAX)),
        Some(t) => format!(
            "{}/{}",
            crate::people::count::thousands(u64::try_from(loaded).unwrap_or(u64::MAX)),
            users(usize::try_from(t).unwrap_or(usize::MAX))
        ),
        None => users(loaded),
    }
}

/// After a mark is set or taken: "2 users marked".
pub(crate) fn marked(n: usize) -> String {
    match n {
        0 => "no users marked".to_string(),
        n => format!("{} marked", users(n)),
    }
}

/// The marks, with the rows still loading: "3 users marked (2 more when their rows load)".
pub(crate) fn marks_summary(marked: usize, waiting: usize) -> String {
    let mut words = self::marked(marked);
    if waiting > 0 {
        words.push_str(&format!(" ({waiting} more when their rows load)"));
    }
    words
}

pub(crate) const MARKS_CLEARED: &str = "marks cleared";

pub(crate) const NO_SELECTION: &str = "no user selected";

/// The user shown was deleted (or is not found any more); `name` is safe to show.
pub(crate) fn gone(name: &str) -> String {
    format!("{name} is no longer on the portal; nothing to act on")
}

/// Rows marked while loading whose list went away before they arrived.
pub(crate) fn waiting_marks_dropped(n: usize) -> String {
    let rows = if n == 1 { "row" } else { "rows" };
    format!(
        "{n} {rows} marked while loading could not be marked: the list changed before they \
         arrived; mark them again"
    )
}
