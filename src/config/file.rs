//! The configuration file: its shape, parsing with positions in errors, and the
//! permission check for files that hold a token.
//!
//! Unknown keys are errors (with the line and column), so a typo such as `tokn_env` is
//! caught instead of silently ignored.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::error::ConfigError;
use crate::redact::scrub;

/// The whole file. Every key is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The profile used when `--profile` is not given.
    #[serde(default)]
    pub default_profile: Option<String>,
    /// Seconds to wait for a connection to the portal (default 5).
    #[serde(default)]
    pub connect_timeout_secs: Option<u64>,
    /// Seconds to wait for a whole answer (default 30).
    #[serde(default)]
    pub request_timeout_secs: Option<u64>,
    /// Record every write in the local journal (default true; `false` turns it off).
    #[serde(default)]
    pub journal: Option<bool>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
    #[serde(default)]
    pub ui: UiConfig,
    /// Action name → key specs, handed to the TUI as written (it validates them).
    #[serde(default)]
    pub keys: BTreeMap<String, KeyList>,
}

/// `[ui]`: how the terminal UI looks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiConfig {
    /// Draw without colours; when absent, the `NO_COLOR` environment variable decides.
    #[serde(default)]
    pub no_color: Option<bool>,
    /// The columns of the user list, by name, most wanted first (see
    /// [`crate::people::columns`]); when absent, every column.
    #[serde(default)]
    pub columns: Option<Vec<String>>,
}

/// One portal and how to authenticate to it.
#[derive(Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default)]
    pub url: Option<String>,
    /// The name of an environment variable holding the token (preferred).
    #[serde(default)]
    pub token_env: Option<String>,
    /// The token itself; the file must then be readable by its owner only.
    #[serde(default)]
    pub token: Option<String>,
    /// A file holding the token (readable by its owner only); `login` writes it.
    #[serde(default)]
    pub token_file: Option<PathBuf>,
    /// A command that prints the token (a secret manager: `pass show docspace/work`),
    /// run with `sh -c`.
    #[serde(default)]
    pub token_command: Option<String>,
    /// `"keyring"`: the token is in the OS keyring (service "docspace-people", user the
    /// profile's name); `login` writes it there.
    #[serde(default)]
    pub token_store: Option<TokenStore>,
    /// Refuse every write (create, terminate, activate, delete) through this profile.
    #[serde(default)]
    pub read_only: bool,
    #[serde(default)]
    pub connect_timeout_secs: Option<u64>,
    #[serde(default)]
    pub request_timeout_secs: Option<u64>,
}

impl std::fmt::Debug for Profile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Profile")
            .field("url", &self.url)
            .field("token_env", &self.token_env)
            .field("token", &self.token.as_ref().map(|_| "[redacted]"))
            .field("token_file", &self.token_file)
            .field("token_command", &self.token_command)
            .field("token_store", &self.token_store)
            .field("read_only", &self.read_only)
            .field("connect_timeout_secs", &self.connect_timeout_secs)
            .field("request_timeout_secs", &self.request_timeout_secs)
            .finish()
    }
}

/// Where a profile's token is kept, other than the ways named by their own keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenStore {
    /// The OS keyring ([`super::keyring_store`]).
    Keyring,
}

/// `move_down = "j"` or `move_down = ["j", "down"]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum KeyList {
    One(String),
    Many(Vec<String>),
}

impl KeyList {
    pub fn into_vec(self) -> Vec<String> {
        match self {
            KeyList::One(s) => vec![s],
            KeyList::Many(v) => v,
        }
    }
}

impl ConfigFile {
    /// Whether any profile keeps its token in the file.
    pub fn holds_token(&self) -> bool {
        self.profiles.values().any(|p| p.token.is_some())
    }

    /// Profile names, sorted.
    pub fn profile_names(&self) -> Vec<String> {
        self.profiles.keys().cloned().collect()
    }
}

/// Parses the text of a configuration file; `path` only names it in errors.
pub fn parse(text: &str, path: &Path) -> Result<ConfigFile, ConfigError> {
    toml::from_str::<ConfigFile>(text).map_err(|e| {
        let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
        ConfigError::Parse {
            path: path.to_path_buf(),
            line,
            column,
            message: scrub(&redact_tokens(text, e.message())),
        }
    })
}

/// Reads and parses `path`, refusing a token-holding file that others can read.
pub fn load(path: &Path) -> Result<ConfigFile, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ConfigError::NotFound {
            path: path.to_path_buf(),
        },
        _ => ConfigError::Read {
            path: path.to_path_buf(),
            reason: e.to_string(),
        },
    })?;
    let file = parse(&text, path)?;
    if file.holds_token() {
        check_private(path)?;
    }
    Ok(file)
}

/// On Unix, a file holding a token must not be readable by group or others.
#[cfg(unix)]
pub fn check_private(path: &Path) -> Result<(), ConfigError> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).map_err(|e| ConfigError::Read {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    if meta.permissions().mode() & 0o077 != 0 {
        return Err(ConfigError::Insecure {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

#[cfg(not(unix))]
pub fn check_private(_path: &Path) -> Result<(), ConfigError> {
    Ok(())
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

/// A parser message may quote a value; make sure no token written in the file is among
/// them.
fn redact_tokens(text: &str, message: &str) -> String {
    let mut out = message.to_string();
    if let Ok(table) = toml::from_str::<toml::Table>(text)
        && let Some(profiles) = table.get("profiles").and_then(|p| p.as_table())
    {
        for p in profiles.values() {
            if let Some(tok) = p.get("token").and_then(|t| t.as_str())
                && !tok.is_empty()
            {
                out = out.replace(tok, "[redacted]");
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "file_tests.rs"]
mod tests;
