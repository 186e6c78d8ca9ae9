//! Everything that can be wrong with the configuration, each with what to do about it.
//! No variant holds a token, so neither `Display` nor `Debug` can show one; values that
//! may be one (names, addresses) are shown through [`crate::redact`].

use std::path::PathBuf;

use thiserror::Error;

use crate::people::columns::ColumnsError;
use crate::redact::{shown, url_for_display};
use crate::sanitize::display_safe;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ConfigError {
    #[error(
        "the configuration file {} does not exist: create it (see config.example.toml) or leave out --config",
        .path.display()
    )]
    NotFound { path: PathBuf },

    #[error("cannot read the configuration file {}: {reason}", .path.display())]
    Read { path: PathBuf, reason: String },

    #[error(
        "the configuration file {} is not valid TOML at line {line}, column {column}: {}",
        .path.display(), display_safe(.message)
    )]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    #[error(
        "{} holds a token and other users can read it; restrict it with: chmod 600 {}",
        .path.display(), .path.display()
    )]
    Insecure { path: PathBuf },

    #[error("no profile named \"{}\"{}", shown(.name, 60), known_words(.known, .path))]
    UnknownProfile {
        name: String,
        known: Vec<String>,
        path: Option<PathBuf>,
    },

    #[error(
        "no portal configured: pass --url URL (or set DOCSPACE_URL) and set DOCSPACE_TOKEN, or create {} with a [profiles.NAME] table (see config.example.toml)",
        .path.as_ref().map_or_else(|| "a configuration file".to_string(), |p| p.display().to_string())
    )]
    NoPortal { path: Option<PathBuf> },

    #[error(
        "profile \"{}\" has no url: add url = \"https://…\" under [profiles.{}], or pass --url",
        shown(.profile, 60), shown(.profile, 60)
    )]
    MissingUrl { profile: String },

    #[error("no token for {}: {hint}", profile_words(.profile))]
    MissingToken { profile: String, hint: String },

    #[error(
        "the token of {} comes from the environment variable {var}, which is not set: export {var}=<token>",
        profile_words(.profile)
    )]
    TokenEnvNotSet { profile: String, var: String },

    /// `token_env` holds something that is not a variable name (its value is never kept,
    /// as it may be the token itself).
    #[error(
        "token_env of {} should name an environment variable (letters, digits and _); {}",
        profile_words(.profile),
        if *.looks_like_token {
            "its value looks like a token: put the token in a variable (export DOCSPACE_WORK_TOKEN=<token>) and name that variable here (token_env = \"DOCSPACE_WORK_TOKEN\"). The value is not shown"
        } else {
            "its value is not one, and is not shown in case it is the token itself"
        }
    )]
    TokenEnvNotAName {
        profile: String,
        looks_like_token: bool,
    },

    /// `token_store = "keyring"` and the keyring holds nothing for the profile.
    #[error(
        "no token in the keyring for {}; run `docspace-people login --profile {} --email EMAIL`",
        profile_words(.profile), shell_word(&shown(.profile, 60))
    )]
    KeyringNoEntry { profile: String },

    /// `token_store = "keyring"` and the keyring cannot be used (`reason` never holds the
    /// token).
    #[error("the keyring cannot be used for {}: {reason}", profile_words(.profile))]
    KeyringUnavailable { profile: String, reason: String },

    #[error("the token from {origin} is not usable: {reason}")]
    InvalidToken { origin: String, reason: String },

    /// `url` is kept only as [`url_for_display`] shows it: never with credentials.
    #[error("invalid portal URL {} (from {origin}): {}", url_for_display(.url), display_safe(.reason))]
    InvalidUrl {
        url: String,
        origin: String,
        reason: String,
    },

    #[error("invalid value for {key}: {reason}")]
    InvalidValue { key: String, reason: String },

    #[error("[ui] columns{}: {reason}", .path.as_ref().map(|p| format!(" in {}", p.display())).unwrap_or_default())]
    Columns {
        path: Option<PathBuf>,
        reason: ColumnsError,
    },
}

fn known_words(known: &[String], path: &Option<PathBuf>) -> String {
    let place = path
        .as_ref()
        .map(|p| format!(" in {}", p.display()))
        .unwrap_or_default();
    if known.is_empty() {
        format!("{place}: the file defines no [profiles.NAME] table yet")
    } else {
        let names: Vec<String> = known.iter().map(|k| shown(k, 60)).collect();
        format!("{place}; known profiles: {}", names.join(", "))
    }
}

/// `word` as a shell reads it back: quoted when it holds anything but letters, digits
/// and `._-`.
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

fn profile_words(profile: &str) -> String {
    if profile.is_empty() {
        "the portal".to_string()
    } else {
        format!("profile \"{}\"", shown(profile, 60))
    }
}
