//! `docspace-people journal`: the writes recorded in the journal, one row per user with
//! its final outcome; `journal check` is in [`super::journal_check`].

use chrono::{DateTime, Utc};

use super::exit::{CmdError, Exit};
use super::journal_rows::{render, rows};
use super::{Io, journal_check};
use crate::cli::{JournalArgs, JournalCommand};
use crate::config::ResolveOptions;
use crate::journal::{self, Entry, JournalError, SinceError, parse_since};

/// Runs `journal` or `journal check`. `opts` carries `--config`, `--profile` (which
/// also selects the writes shown) and `--url`.
pub async fn run(args: &JournalArgs, opts: &ResolveOptions, io: &mut Io) -> Result<Exit, CmdError> {
    let since = match &args.since {
        Some(text) => Some(parse_since(text, Utc::now())?),
        None => None,
    };
    let path = journal::default_path()?;
    let loaded = journal::load(&path)?;
    let (all, orphans) = journal::entries(&loaded.records);
    for w in loaded.warnings.iter().chain(&orphans) {
        io.err(&format!("warning: {w}"));
    }
    let chosen = select(&all, since, opts.profile.as_deref());
    match args.command {
        Some(JournalCommand::Check) => {
            journal_check::check(&path, &chosen, opts, args.format, io).await
        }
        None => {
            if chosen.is_empty() {
                io.err(&format!(
                    "no write recorded{} in {}",
                    if since.is_some() || opts.profile.is_some() {
                        " that matches"
                    } else {
                        ""
                    },
                    path.display()
                ));
            }
            io.out(&render(&rows(chosen.iter().copied()), args.format));
            Ok(Exit::Ok)
        }
    }
}

/// The entries recorded at or after `since`, through `profile`.
pub(crate) fn select<'a>(
    entries: &'a [Entry],
    since: Option<DateTime<Utc>>,
    profile: Option<&str>,
) -> Vec<&'a Entry> {
    entries
        .iter()
        .filter(|e| since.is_none_or(|s| e.time.0 >= s))
        .filter(|e| profile.is_none_or(|p| e.profile == p))
        .collect()
}

impl From<JournalError> for CmdError {
    fn from(e: JournalError) -> Self {
        CmdError::usage(e.to_string())
    }
}

impl From<SinceError> for CmdError {
    fn from(e: SinceError) -> Self {
        CmdError::usage(e.to_string())
    }
}

#[cfg(test)]
#[path = "journal_tests.rs"]
mod tests;
