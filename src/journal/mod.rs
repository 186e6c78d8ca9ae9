//! The local write journal: every write to the portal, from
//! the terminal UI and from the commands, is recorded before it is sent and again when
//! its outcome is known, in `journal.jsonl` in the data directory
//! (`$XDG_DATA_HOME/docspace-people/` on Linux, beside the log).
//!
//! - [`Journal`] is the handle writers record through (intent first, then send).
//! - [`record`] holds the line types (`intent`, `outcome`, `checked`), JSON, one per line.
//! - [`load`] reads the file back, skipping a cut-off line with a warning; [`entries`]
//!   folds the records into writes with each user's final outcome.
//! - [`verdict`] settles an unknown outcome from what the portal says now
//!   (`journal check`); [`parse_since`] reads `--since`.
//!
//! The file is private to its owner (0600 on Unix) and never holds a token or password.

mod bulk_log;
mod create;
mod error;
mod file;
mod handle;
mod history;
mod open;
mod operation;
mod portal;
mod read;
pub mod record;
mod since;
mod time;
mod verify;
mod write;

use std::path::PathBuf;

pub use bulk_log::JournalLog;
pub use create::{Sent, create_user};
pub use error::JournalError;
pub use handle::Journal;
pub use history::{Entry, EntryUser, NO_OUTCOME, entries};
pub use open::{TURN_OFF_HINT, for_connection};
pub use operation::Operation;
pub use portal::clean_portal;
pub use read::{Loaded, load, parse};
pub use record::{EntryId, Record, UserRef, UserResult, WriteOutcome};
pub use since::{SinceError, parse_since};
pub use time::Timestamp;
pub use verify::{Found, ReadBack, verdict};
pub use write::write;

/// The journal's file name inside the data directory.
pub const JOURNAL_FILE: &str = "journal.jsonl";

/// Where the journal is: [`JOURNAL_FILE`] in the data directory.
pub fn default_path() -> Result<PathBuf, JournalError> {
    crate::config::data_dir()
        .map(|d| d.join(JOURNAL_FILE))
        .ok_or(JournalError::NoDataDir)
}
