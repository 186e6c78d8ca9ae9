//! Logging with `tracing`.
//!
//! - The terminal UI logs to a file, `docspace-people.log` in the data directory
//!   (`$XDG_DATA_HOME/docspace-people/` on Linux), never to the terminal it draws on.
//! - Subcommands and `serve-demo` log to stderr.
//!
//! The level comes from `DOCSPACE_LOG`, else `RUST_LOG` (e.g. `debug`,
//! `docspace_people=trace`); the default is `info` for the file and `warn` on stderr, for
//! this program's own crates. Other libraries log only errors to the file and nothing to
//! stderr by default: what went wrong is said once, in words, by the program (a refused
//! certificate, for one, is not also a TLS library's timestamped warning).
//! Tokens are never logged: the client marks its `Authorization` header sensitive and logs
//! only methods, paths and status codes.

use std::io::IsTerminal;
use std::path::PathBuf;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::EnvFilter;

/// The log file's name inside [`crate::config::log_dir`].
pub const LOG_FILE: &str = "docspace-people.log";

/// The program's own crates, whose level the default sets.
const OWN_CRATES: [&str; 3] = ["docspace_people", "docspace_api", "docspace_demo"];

/// `DOCSPACE_LOG`, else `RUST_LOG`, else [`default_directives`].
fn filter(default: &str, libraries: &str) -> EnvFilter {
    EnvFilter::try_from_env("DOCSPACE_LOG")
        .or_else(|_| EnvFilter::try_from_env("RUST_LOG"))
        .unwrap_or_else(|_| EnvFilter::new(default_directives(default, libraries)))
}

/// `own` for the program's crates, `libraries` for everything else.
pub(crate) fn default_directives(own: &str, libraries: &str) -> String {
    let mut d = libraries.to_string();
    for c in OWN_CRATES {
        d.push_str(&format!(",{c}={own}"));
    }
    d
}

/// Logs to the log file. Returns the guard that flushes it (keep it alive until exit) and
/// the file's path, or `None` when the directory cannot be created (then nothing is
/// logged; the program still runs).
pub fn to_file() -> Option<(WorkerGuard, PathBuf)> {
    let dir = crate::config::log_dir()?;
    std::fs::create_dir_all(&dir).ok()?;
    let appender = tracing_appender::rolling::RollingFileAppender::builder()
        .filename_prefix(LOG_FILE)
        .build(&dir)
        .ok()?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    tracing_subscriber::fmt()
        .with_env_filter(filter("info", "error"))
        .with_writer(writer)
        .with_ansi(false)
        .try_init()
        .ok()?;
    Some((guard, dir.join(LOG_FILE)))
}

/// Logs to stderr, warnings and errors by default; colours only when stderr is a terminal
/// and `NO_COLOR` is not set.
pub fn to_stderr(default: &str) {
    let colour = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter(default, "off"))
        .with_writer(std::io::stderr)
        .with_ansi(colour)
        .with_target(false)
        .try_init();
}

#[cfg(test)]
#[path = "logging_tests.rs"]
mod tests;
