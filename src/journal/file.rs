//! The journal file: opened for appending (`O_APPEND`), created readable and writable by
//! its owner only (0600 on Unix), one `write` call per record so that records from two
//! processes never interleave, and each record handed to the operating system at once so
//! that it survives the program crashing. (It is not `fsync`ed: a crash of the machine
//! itself may lose the last records.)

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::error::JournalError;

/// An open journal file.
#[derive(Debug)]
pub(super) struct AppendFile {
    file: File,
    path: PathBuf,
}

impl AppendFile {
    /// Opens (or creates) `path` for appending, creating its directory. A file others
    /// can read is made private. A last line cut off by an earlier crash is ended, so
    /// the next record starts on a line of its own.
    pub(super) fn open(path: &Path) -> Result<Self, JournalError> {
        let err = |e: std::io::Error| JournalError::Open {
            path: path.to_path_buf(),
            reason: e.to_string(),
        };
        if let Some(dir) = path.parent() {
            create_private_dir(dir).map_err(err)?;
        }
        let mut opts = OpenOptions::new();
        opts.read(true).append(true).create(true);
        private_mode(&mut opts);
        let file = opts.open(path).map_err(err)?;
        make_private(&file).map_err(err)?;
        let out = Self {
            file,
            path: path.to_path_buf(),
        };
        let ended = {
            let _lock = Lock::take(&out.file);
            out.ends_with_newline().map_err(err)?
        };
        if !ended {
            out.append(b"\n")?;
        }
        Ok(out)
    }

    pub(super) fn path(&self) -> &Path {
        &self.path
    }

    /// Appends `line` (which must end with `\n`) with a single `write` call.
    pub(super) fn append(&self, line: &[u8]) -> Result<(), JournalError> {
        let err = |reason: String| JournalError::Write {
            path: self.path.clone(),
            reason,
        };
        let _lock = Lock::take(&self.file);
        loop {
            match (&self.file).write(line) {
                Ok(n) if n == line.len() => return Ok(()),
                Ok(n) => {
                    // A short write (disk full): end the torn line so the next record
                    // stays readable, and report it.
                    let _ = (&self.file).write(b"\n");
                    return Err(err(format!(
                        "only {n} of {} bytes were written (is the disk full?)",
                        line.len()
                    )));
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(err(e.to_string())),
            }
        }
    }

    fn ends_with_newline(&self) -> std::io::Result<bool> {
        let len = self.file.metadata()?.len();
        if len == 0 {
            return Ok(true);
        }
        let mut last = [0u8; 1];
        (&self.file).seek(SeekFrom::Start(len - 1))?;
        (&self.file).read_exact(&mut last)?;
        Ok(last[0] == b'\n')
    }
}

/// An exclusive advisory lock on the journal while a record is written (or the end of the
/// file is looked at), so that another program's record is never cut into, even on a
/// file system where appends are not atomic. Where locking is not available the single
/// `write` call is what keeps records whole.
struct Lock<'a>(#[cfg_attr(not(unix), allow(dead_code))] Option<&'a File>);

impl<'a> Lock<'a> {
    #[cfg(unix)]
    fn take(file: &'a File) -> Self {
        use rustix::fs::{FlockOperation, flock};
        Lock(
            flock(file, FlockOperation::LockExclusive)
                .ok()
                .map(|()| file),
        )
    }

    #[cfg(not(unix))]
    fn take(_file: &'a File) -> Self {
        Lock(None)
    }
}

impl Drop for Lock<'_> {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(file) = self.0 {
            let _ = rustix::fs::flock(file, rustix::fs::FlockOperation::Unlock);
        }
    }
}

#[cfg(unix)]
fn private_mode(opts: &mut OpenOptions) {
    use std::os::unix::fs::OpenOptionsExt;
    opts.mode(0o600);
}

#[cfg(not(unix))]
fn private_mode(_opts: &mut OpenOptions) {}

/// An existing file that others can read is made private (the mode given at creation
/// does not apply to it). Only regular files: a device is left as it is.
#[cfg(unix)]
fn make_private(file: &File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta = file.metadata()?;
    let mode = meta.permissions().mode();
    if meta.is_file() && mode & 0o077 != 0 {
        file.set_permissions(std::fs::Permissions::from_mode(mode & 0o700))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn make_private(_file: &File) -> std::io::Result<()> {
    Ok(())
}

/// Creates `dir` and its parents; on Unix the directories it creates are private (0700).
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
#[path = "file_tests.rs"]
mod tests;
