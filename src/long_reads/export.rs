//! Writing the user list to a file, page by page: the rows of `users list --format csv`
//! or `--format json` (see [`crate::commands::output`]), never the whole list in memory.
//!
//! The rows go to `<file>.part` first, created private to its owner; it becomes the file
//! once every page is written, and is removed if the export fails or is stopped. An
//! existing file is never overwritten.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::api::{ApiError, Pager, PortalClient};
use crate::app::{ExportDone, ExportRequest, ReadProgress};
use crate::commands::csv;
use crate::commands::output::{COLUMNS, UserRecord};
use crate::people::export::ExportFormat;

/// The properties each row is made of (`fields=`): what [`UserRecord`] reads.
pub const EXPORT_FIELDS: [&str; 13] = [
    "email",
    "firstName",
    "lastName",
    "displayName",
    "isOwner",
    "isAdmin",
    "isVisitor",
    "isCollaborator",
    "isRoomAdmin",
    "status",
    "department",
    "registrationDate",
    "terminated",
];

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{0} exists already; choose another name")]
    Exists(String),
    #[error("the folder of {0} does not exist")]
    NoFolder(String),
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Api(#[from] ApiError),
}

/// Writes every user of `request.query` to `request.path` as `request.format`, calling
/// `progress` after each page.
pub(crate) async fn export(
    client: &PortalClient,
    request: &ExportRequest,
    mut progress: impl FnMut(ReadProgress),
) -> Result<ExportDone, ExportError> {
    let path = expand_home(request.path.trim());
    let shown = path.display().to_string();
    if path.exists() {
        return Err(ExportError::Exists(shown));
    }
    if path
        .parent()
        .is_some_and(|dir| !dir.as_os_str().is_empty() && !dir.is_dir())
    {
        return Err(ExportError::NoFolder(shown));
    }
    let mut part = PartFile::create(&path).map_err(|source| ExportError::Write {
        path: shown.clone(),
        source,
    })?;
    let failed = |source| ExportError::Write {
        path: shown.clone(),
        source,
    };
    let mut rows = Rows::new(request.format);
    let mut query = request.query.clone();
    query.fields = EXPORT_FIELDS.to_vec();
    let mut pager = Pager::new(query.start_index, query.count, None);
    part.write(rows.start().as_bytes()).map_err(failed)?;
    while let Some(start) = pager.next_start() {
        let page = client.list_users(&query.at(start)).await?;
        let mut text = String::new();
        for user in pager.take(page) {
            text.push_str(&rows.row(&UserRecord::of(&user)));
        }
        part.write(text.as_bytes()).map_err(failed)?;
        progress(ReadProgress {
            done: rows.count,
            total: pager.total(),
        });
    }
    part.write(rows.end().as_bytes()).map_err(failed)?;
    if path.exists() {
        return Err(ExportError::Exists(shown.clone()));
    }
    part.finish(&path).map_err(failed)?;
    Ok(ExportDone {
        users: rows.count,
        path: shown,
        incomplete: pager.incomplete(),
    })
}

/// `~/…` is in the home directory.
fn expand_home(path: &str) -> PathBuf {
    let home = || directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    match path.strip_prefix("~/") {
        Some(rest) => home().map_or_else(|| PathBuf::from(path), |h| h.join(rest)),
        None if path == "~" => home().unwrap_or_else(|| PathBuf::from(path)),
        None => PathBuf::from(path),
    }
}

/// The text of the file, row by row, as the commands print it.
struct Rows {
    format: ExportFormat,
    count: u64,
}

impl Rows {
    fn new(format: ExportFormat) -> Self {
        Self { format, count: 0 }
    }

    fn start(&self) -> String {
        match self.format {
            ExportFormat::Csv => csv::record(&COLUMNS),
            ExportFormat::Json => "[".to_string(),
        }
    }

    fn row(&mut self, record: &UserRecord) -> String {
        self.count += 1;
        match self.format {
            ExportFormat::Csv => csv::record(&record.csv_fields()),
            ExportFormat::Json => {
                // As one pretty-printed array would have it: each object indented by two.
                let object = serde_json::to_string_pretty(record).unwrap_or_default();
                let sep = if self.count == 1 { "\n" } else { ",\n" };
                let mut out = String::from(sep);
                for (i, line) in object.lines().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    out.push_str("  ");
                    out.push_str(line);
                }
                out
            }
        }
    }

    fn end(&self) -> String {
        match (self.format, self.count) {
            (ExportFormat::Csv, _) => String::new(),
            (ExportFormat::Json, 0) => "]\n".to_string(),
            (ExportFormat::Json, _) => "\n]\n".to_string(),
        }
    }
}

/// `<file>.part`, removed when dropped unless it became the file.
struct PartFile {
    path: PathBuf,
    out: Option<BufWriter<File>>,
}

impl PartFile {
    fn create(target: &Path) -> std::io::Result<Self> {
        let mut name = target.as_os_str().to_os_string();
        name.push(".part");
        let path = PathBuf::from(name);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(&path)?;
        Ok(Self {
            path,
            out: Some(BufWriter::new(file)),
        })
    }

    fn write(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match self.out.as_mut() {
            Some(out) => out.write_all(bytes),
            None => Ok(()),
        }
    }

    /// Flushes it and gives it the name `target`.
    fn finish(mut self, target: &Path) -> std::io::Result<()> {
        if let Some(out) = self.out.take() {
            let file = out.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
        }
        std::fs::rename(&self.path, target)?;
        self.path = PathBuf::new();
        Ok(())
    }
}

impl Drop for PartFile {
    fn drop(&mut self) {
        self.out = None;
        if !self.path.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
