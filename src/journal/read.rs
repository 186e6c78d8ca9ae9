//! Reading the journal back. A line that cannot be read (the last one cut off by a
//! crash, or a damaged one) is skipped with a warning; the rest is still read.

use std::path::Path;

use super::error::JournalError;
use super::record::Record;

/// The records of a journal, in file order, and what was skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loaded {
    pub records: Vec<Record>,
    /// One sentence per skipped line.
    pub warnings: Vec<String>,
}

/// Reads the journal at `path`; a journal that does not exist yet is empty.
pub fn load(path: &Path) -> Result<Loaded, JournalError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(parse(&bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Loaded::default()),
        Err(e) => Err(JournalError::Read {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }),
    }
}

/// Parses the text of a journal.
pub fn parse(bytes: &[u8]) -> Loaded {
    let mut out = Loaded::default();
    let ends_cleanly = bytes.last().is_none_or(|b| *b == b'\n');
    let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    let last = lines.len().saturating_sub(1);
    for (i, line) in lines.iter().enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record = std::str::from_utf8(line)
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str::<Record>(text).map_err(|e| e.to_string()));
        match record {
            Ok(r) => out.records.push(r),
            Err(_) if i == last && !ends_cleanly => out.warnings.push(format!(
                "the journal's last line ({}) is incomplete, probably cut off by a crash; skipped",
                i + 1
            )),
            Err(_) => out.warnings.push(format!(
                "line {} of the journal cannot be read (damaged or cut off); skipped",
                i + 1
            )),
        }
    }
    out
}

#[cfg(test)]
#[path = "read_tests.rs"]
mod tests;
