//! What can go wrong with the journal, in words a person can act on.

use std::path::PathBuf;

/// A journal that cannot be opened, written or read. A write must not be sent when
/// recording its intent failed.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("no data directory for the journal could be found (set HOME or XDG_DATA_HOME)")]
    NoDataDir,
    #[error("cannot open the journal {}: {reason}", path.display())]
    Open { path: PathBuf, reason: String },
    #[error("cannot write to the journal {}: {reason}", path.display())]
    Write { path: PathBuf, reason: String },
    #[error("cannot read the journal {}: {reason}", path.display())]
    Read { path: PathBuf, reason: String },
    #[error("cannot encode a journal record: {0}")]
    Encode(String),
}
