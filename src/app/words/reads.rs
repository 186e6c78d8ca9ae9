//! Words of reading from the portal: what could not be read, and why.

pub(crate) const OWN_PROFILE_FAILED: &str = "could not read your own profile";

/// The start of every "the list could not be loaded" error (a later good page clears it).
pub(crate) const LIST_FAILED: &str = "could not load users";
/// Reading the groups for the filter panel failed.
pub(crate) const GROUPS_FAILED: &str = "could not read the groups";
/// The detail pane's read of the selected user's whole profile failed.
pub(crate) const PROFILE_FAILED: &str = "could not read the whole profile";
/// The portal answered the read of one profile with another.
pub(crate) const PROFILE_OF_ANOTHER: &str =
    "could not read the whole profile: the portal answered with another user";

/// "what failed: why".
pub(crate) fn failed(what: &str, why: &str) -> String {
    format!("{what}: {why}")
}

/// The worker answered with `kind` ("a user list") where something else was expected.
pub(crate) fn unexpected(kind: &str) -> String {
    format!("internal error: the worker answered with {kind} where something else was expected")
}
