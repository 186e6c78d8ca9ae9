//! What every administration command checks before it writes: the profile may write,
//! and the journal opens (a write that cannot be recorded is not sent).

use super::exit::CmdError;
use crate::config::Connection;
use crate::journal::{self, Journal};
use crate::people::read_only;
use crate::sanitize::display_safe_short;

/// A usage error when the profile is read-only (a dry run is always allowed).
pub(crate) fn writable(conn: &Connection, verb: &str, dry_run: bool) -> Result<(), CmdError> {
    if conn.read_only && !dry_run {
        return Err(CmdError::usage(format!(
            "{} (profile \"{}\"; use --dry-run to see the plan)",
            read_only::refusal(verb),
            display_safe_short(&conn.profile, 40)
        )));
    }
    Ok(())
}

/// The journal for this connection, or a usage error saying that nothing was sent.
pub(crate) fn journal(conn: &Connection) -> Result<Journal, CmdError> {
    journal::for_connection(conn).map_err(|e| {
        CmdError::usage(format!(
            "{e}: nothing was sent ({})",
            journal::TURN_OFF_HINT
        ))
    })
}
