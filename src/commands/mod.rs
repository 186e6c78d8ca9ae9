//! The scriptable subcommands: `docspace-people users list|get|create|terminate|activate|delete`,
//! `docspace-people journal [check]`, and setting up: `config init|show`, `completions`,
//! `man` ([`setup`]).
//!
//! Results go to stdout (table, JSON or CSV); errors, summaries, confirmations and the
//! progress bar go to stderr. Exit codes: see [`EXIT_CODES`].

pub(crate) mod admin_report;
pub(crate) mod change;
pub(crate) mod create;
pub(crate) mod edit;
pub(crate) mod exit;
pub mod fields;
pub(crate) mod group;
pub mod groups;
pub mod ids;
pub(crate) mod interruptible;
pub(crate) mod invite;
pub(crate) mod journal;
pub(crate) mod journal_check;
pub(crate) mod journal_rows;
pub(crate) mod list;
pub mod login;
pub(crate) mod offboard;
mod offboard_data;
pub(crate) mod one_user;
pub mod output;
pub(crate) mod output_stream;
pub(crate) mod progress;
pub(crate) mod quota;
pub(crate) mod report;
pub(crate) mod resend;
pub mod resolve;
pub(crate) mod set_type;
pub mod setup;
pub(crate) mod table;
pub(crate) mod term;
pub mod values;
pub(crate) mod write_guard;

/// CSV reading and writing, shared with the terminal UI (pasted lists, exports).
pub use crate::people::csv;

use std::io::{IsTerminal, Read, Write};

pub use exit::{CmdError, EXIT_CODES, Exit};
pub use groups::run as run_groups;
pub use journal::run as run_journal;
pub use login::run as run_login;

use crate::api::PortalClient;
use crate::bulk::BulkAction;
use crate::cli::UsersCommand;
use crate::config::Connection;

/// The command's standard streams.
pub struct Io {
    /// stdout is a terminal (table and CSV output then escape control characters).
    pub stdout_tty: bool,
    stdout_closed: bool,
}

impl Io {
    pub fn real() -> Self {
        Self {
            stdout_tty: std::io::stdout().is_terminal(),
            stdout_closed: false,
        }
    }

    pub fn read_stdin(&mut self) -> std::io::Result<String> {
        let mut s = String::new();
        std::io::stdin().lock().read_to_string(&mut s)?;
        Ok(s)
    }

    /// Writes to stdout; a closed pipe (`| head`) silently ends the output.
    pub fn out(&mut self, s: &str) {
        if self.stdout_closed {
            return;
        }
        let mut out = std::io::stdout().lock();
        if out
            .write_all(s.as_bytes())
            .and_then(|()| out.flush())
            .is_err()
        {
            self.stdout_closed = true;
        }
    }

    /// One line to stderr.
    pub fn err(&mut self, s: &str) {
        let mut e = std::io::stderr().lock();
        let _ = writeln!(e, "{s}");
    }
}

/// Runs a `users` subcommand against the resolved portal.
pub async fn run_users(
    cmd: &UsersCommand,
    conn: &Connection,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let client = PortalClient::new(&conn.client)?;
    match cmd {
        UsersCommand::List(a) => list::list(&client, a, io).await,
        UsersCommand::Get(a) => list::get(&client, a, io).await,
        UsersCommand::Create(a) => create::create(conn, &client, a, io).await,
        UsersCommand::Terminate(a) => {
            change::run(conn, &client, BulkAction::Terminate, a, io).await
        }
        UsersCommand::Activate(a) => change::run(conn, &client, BulkAction::Activate, a, io).await,
        UsersCommand::Delete(d) => {
            let action = BulkAction::Delete {
                terminate_first: d.terminate_first,
            };
            change::run(conn, &client, action, &d.change, io).await
        }
        UsersCommand::Offboard(a) => offboard::run(conn, &client, a, io).await,
        UsersCommand::Invite(a) => invite::run(conn, &client, a, io).await,
        UsersCommand::Resend(a) => resend::run(conn, &client, a, io).await,
        UsersCommand::SetType(a) => set_type::run(conn, &client, a, io).await,
        UsersCommand::Quota(a) => quota::run(conn, &client, a, io).await,
        UsersCommand::Edit(a) => edit::edit(conn, &client, a, io).await,
        UsersCommand::PasswordLink(a) => edit::password_link(conn, &client, a, io).await,
    }
}
