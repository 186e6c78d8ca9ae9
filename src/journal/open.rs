//! Opening the journal for the writes of a resolved connection.

use super::error::JournalError;
use super::handle::Journal;
use crate::config::Connection;

/// The journal for writes through `conn`: the file in the data directory, naming the
/// connection's portal and profile and never its token. Disabled only when the
/// configuration says `journal = false`; a journal that cannot be opened is an error.
pub fn for_connection(conn: &Connection) -> Result<Journal, JournalError> {
    if !conn.journal {
        return Ok(Journal::disabled());
    }
    let path = super::default_path()?;
    Ok(Journal::open(&path, &conn.client.base_url, &conn.profile)?.redacting(&conn.client.token))
}

/// What to add to a journal error shown to a person.
pub const TURN_OFF_HINT: &str =
    "fix that, or set journal = false in the configuration file to write without a journal";
