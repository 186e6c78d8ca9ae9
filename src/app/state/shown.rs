//! What the detail pane shows: the user a single-user action applies to, held by id (see
//! [`crate::app::pin`] for how it is kept).

use crate::api::EmployeeFullDto;

/// What the detail pane shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shown<'a> {
    /// No user is selected (or the selected row is not loaded yet).
    Nobody,
    /// The user, as last read.
    User(&'a EmployeeFullDto),
    /// The user the pane was showing is no longer on the portal (the last copy read).
    Gone(&'a EmployeeFullDto),
}

impl<'a> Shown<'a> {
    /// The user shown, gone or not.
    pub fn user(self) -> Option<&'a EmployeeFullDto> {
        match self {
            Shown::Nobody => None,
            Shown::User(u) | Shown::Gone(u) => Some(u),
        }
    }
}
