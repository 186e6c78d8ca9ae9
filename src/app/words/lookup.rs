//! Words of looking a user up by ID or email (what is wrong with the text typed:
//! `crate::people::lookup`, shared with the commands).

/// `what` as `LookupTarget::describe` says it.
pub(crate) fn looking_up(what: &str) -> String {
    format!("looking up {what}…")
}

/// `name` is safe to show.
pub(crate) fn found(name: &str) -> String {
    format!("found {name}")
}

pub(crate) fn failed(what: &str) -> String {
    format!("could not look up {what}")
}
