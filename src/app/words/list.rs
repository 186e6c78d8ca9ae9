//! Words of the user list: counts, marks and the selection.

use super::users;
use crate::app::state::users::ListSize;

/// The status bar's count: "250 users" (the portal's total, however few rows are held),
/// "300+ users" (no total, more may follow), "1 user", "reading users…" while the first
/// page is on its way.
pub(crate) fn counts(size: ListSize) -> String {
    match size {
        ListSize::Reading => READING.to_string(),
        ListSize::Total(t) => users(usize::try_from(t).unwrap_or(usize::MAX)),
        ListSize::Counted(n) => users(n),
        ListSize::AtLeast(n) => format!(
            "{}+ users",
            crate::people::count::thousands(u64::try_from(n).unwrap_or(u64::MAX))
        ),
    }
}

/// The count while the first page of the list is on its way.
pub(crate) const READING: &str = "reading users…";

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
