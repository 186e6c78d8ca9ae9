//! Words of the terminal session itself.

pub(crate) const NO_SUSPEND: &str = "suspending is not supported on this system";

/// Why requests are held back after the portal refused the token (the status line and the
/// form show it); `retry_key` tries once more.
pub(crate) fn held(retry_key: &str) -> String {
    format!(
        "the portal refused the token (401), so nothing more is sent; put a valid token in \
         the configuration (or DOCSPACE_TOKEN) and restart, or press {retry_key} to try once \
         more"
    )
}

/// What quitting now would lose: a change still running (`what`: its summary).
pub(crate) fn abandons_change(what: &str) -> String {
    format!("A change is still running ({what}); quitting abandons it part-way.")
}

pub(crate) const LOSES_FORM_INPUT: &str = "The new-user form holds typed input that would be lost.";

pub(crate) const NOTHING_AT_STAKE: &str = "Nothing is left running.";
