//! The prompts' histories on disk: one small file per prompt (see
//! [`HistoryKind::file_name`]) in the data directory, one entry a line, the newest last,
//! private to its owner. A missing file is an empty history; an unreadable or corrupt one
//! is too, with a line in the log. Nothing that looks like a secret is written.

use std::path::{Path, PathBuf};

use crate::app::state::history::MAX_ENTRIES;
use crate::app::{History, HistoryKind};

/// A history file larger than this is not a history this program wrote: it is ignored.
const MAX_FILE_BYTES: u64 = 256 * 1024;

/// Where the histories are kept: the data directory (beside the journal and the log).
pub fn default_dir() -> Option<PathBuf> {
    crate::config::data_dir()
}

/// Reads every prompt's history from `dir`.
pub fn load(dir: &Path) -> History {
    let mut history = History::default();
    for kind in HistoryKind::ALL {
        let path = dir.join(kind.file_name());
        match read(&path) {
            Ok(lines) => history.load(kind, lines),
            Err(why) => tracing::warn!("history {}: {why}; starting it empty", path.display()),
        }
    }
    history
}

fn read(path: &Path) -> Result<Vec<String>, String> {
    let size = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("cannot read it: {e}")),
    };
    if size > MAX_FILE_BYTES {
        return Err(format!("{size} bytes is too large for a history: ignored"));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text: ignored".to_string())?;
    Ok(text.lines().map(str::to_string).collect())
}

/// Writes the history `kind` (the newest [`MAX_ENTRIES`] of `entries`) to `dir`,
/// replacing the file at once (a new file, renamed over the old one).
pub fn save(dir: &Path, kind: HistoryKind, entries: &[String]) -> std::io::Result<()> {
    create_private_dir(dir)?;
    let mut text = String::new();
    let skip = entries.len().saturating_sub(MAX_ENTRIES);
    for e in entries.iter().skip(skip) {
        // A last guard: one line each, and nothing the redaction would hide.
        if e.contains(['\n', '\r']) || crate::redact::scrub(e) != *e {
            continue;
        }
        text.push_str(e);
        text.push('\n');
    }
    let path = dir.join(kind.file_name());
    let tmp = dir.join(format!("{}.new", kind.file_name()));
    write_private(&tmp, text.as_bytes())?;
    std::fs::rename(&tmp, &path)
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(test)]
#[path = "history_store_tests.rs"]
mod tests;
