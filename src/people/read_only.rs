//! The read-only policy: a read-only profile refuses every write before anything is sent,
//! in the TUI (`update`), in the worker (defence in depth) and in the commands, all in the
//! words below.

/// The write a read-only worker refuses when it is not named further.
pub const A_CHANGE: &str = "the change";

/// The one wording of a refusal: `what` names the write refused ("terminate",
/// "the change", "create users").
pub fn refusal(what: &str) -> String {
    format!("this profile is read-only: {what} is refused, nothing was sent")
}

#[cfg(test)]
#[path = "read_only_tests.rs"]
mod tests;
