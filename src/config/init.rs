//! `config init`: a commented configuration file to start from, made from
//! config.example.toml: its top-level settings, one profile, and the `[ui]` and `[keys]`
//! tables commented out (so the defaults apply until a line is switched on). Written
//! readable by its owner only, never over an existing file unless asked.

use std::io::Write;
use std::path::{Path, PathBuf};

use thiserror::Error;

const EXAMPLE: &str = include_str!("../../config.example.toml");

/// The profile `config init` writes when none is named.
pub const DEFAULT_PROFILE: &str = "work";
/// The address written when none is given.
const PLACEHOLDER_URL: &str = "https://example.onlyoffice.com";

#[derive(Debug, Error, PartialEq, Eq)]
pub enum InitError {
    #[error(
        "{} already exists; nothing was written (pass --force to replace it)",
        .0.display()
    )]
    Exists(PathBuf),
    #[error("no configuration directory is known on this system; pass --config PATH")]
    NoPlace,
    #[error("the profile name is empty")]
    EmptyProfile,
    #[error("cannot write {}: {reason}", .path.display())]
    Write { path: PathBuf, reason: String },
}

/// Which part of the example a line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Top,
    /// The example's first profile: becomes the one written.
    FirstProfile,
    /// The example's other profiles: left out.
    OtherProfile,
    /// `[ui]`, `[keys]`: written commented out.
    Table,
}

fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// `NAME` as a TOML key: bare when it may be, else quoted.
fn key(name: &str) -> String {
    if name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        name.to_string()
    } else {
        quoted(name)
    }
}

/// The environment variable suggested for the profile's token: `DOCSPACE_WORK_TOKEN`.
pub fn token_var(profile: &str) -> String {
    let upper: String = profile
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("DOCSPACE_{upper}_TOKEN")
}

/// The text `config init` writes for `profile` at `url` (a placeholder when `None`).
pub fn text(profile: &str, url: Option<&str>) -> String {
    let mut out = String::new();
    let mut part = Part::Top;
    let mut profiles_seen = 0;
    for line in EXAMPLE.lines() {
        if line.starts_with('[') {
            part = if line.starts_with("[profiles.") {
                profiles_seen += 1;
                if profiles_seen == 1 {
                    Part::FirstProfile
                } else {
                    Part::OtherProfile
                }
            } else {
                Part::Table
            };
        }
        let written = match part {
            Part::Top if line.starts_with("# docspace-people configuration") => {
                "# docspace-people configuration, written by `docspace-people config init`.\n\
                 # Every key is documented here; see also config.example.toml."
                    .to_string()
            }
            Part::Top if line.starts_with("default_profile") => {
                format!("default_profile = {}", quoted(profile))
            }
            Part::Top => line.to_string(),
            Part::FirstProfile if line.starts_with("[profiles.") => {
                format!("[profiles.{}]", key(profile))
            }
            Part::FirstProfile if line.starts_with("url =") => {
                format!("url = {}", quoted(url.unwrap_or(PLACEHOLDER_URL)))
            }
            Part::FirstProfile if line.starts_with("token_env =") => {
                format!("token_env = {}", quoted(&token_var(profile)))
            }
            Part::FirstProfile => line.to_string(),
            Part::OtherProfile => continue,
            Part::Table if line.is_empty() || line.starts_with('#') => line.to_string(),
            Part::Table => format!("# {line}"),
        };
        out.push_str(&written);
        out.push('\n');
    }
    out
}

/// Writes [`text`] to `path` (its directory made if needed), readable by its owner
/// only; refuses an existing file unless `force`.
pub fn write(path: &Path, profile: &str, url: Option<&str>, force: bool) -> Result<(), InitError> {
    if profile.trim().is_empty() {
        return Err(InitError::EmptyProfile);
    }
    let failed = |e: std::io::Error| InitError::Write {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    if !force && path.exists() {
        return Err(InitError::Exists(path.to_path_buf()));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(failed)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => InitError::Exists(path.to_path_buf()),
        _ => failed(e),
    })?;
    // A file that existed keeps its mode when opened: make it private too.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(failed)?;
    }
    file.write_all(text(profile, url).as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(failed)
}

#[cfg(test)]
#[path = "init_tests.rs"]
mod tests;
