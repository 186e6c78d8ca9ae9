//! The words the terminal UI says, grouped by area: each module holds the sentences its
//! handlers (and the views of that area) put on screen, so the same thing is said the same
//! way everywhere and a wording is changed in one place. Keys are never written into the
//! words: they are passed in from the keymap, as remapped.
//!
//! - [`list`]: the list, its marks and counts; [`lookup`]: looking a user up;
//!   [`reads`]: reading from the portal; [`writes`]: creating users and starting changes;
//!   [`job`]: a running change and its report; [`hints`]: the hint line and the key lines
//!   of the dialogs; [`session`]: the terminal session; [`admin`]: invitations, type
//!   changes and quotas.
//! - Rules shared with the commands keep their words in `crate::people` (the model of a
//!   shared wording: `crate::people::read_only`).

pub(crate) mod admin;
pub(crate) mod hints;
pub(crate) mod job;
pub(crate) mod list;
pub(crate) mod lookup;
pub(crate) mod reads;
pub(crate) mod session;
pub(crate) mod writes;

use crate::people::count;

/// "1 user", "12,345 users".
pub(crate) fn users(n: usize) -> String {
    count::users(u64::try_from(n).unwrap_or(u64::MAX))
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
