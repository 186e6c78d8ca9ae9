//! The configuration: file, profiles, token sources and overrides.
//!
//! Where things come from, strongest first:
//! - portal URL: `--url`, then `DOCSPACE_URL`, then the profile's `url`;
//! - token: `DOCSPACE_TOKEN`, then the environment variable named by the profile's
//!   `token_env`, `token_file`, `token_command` or `token_store = "keyring"` (the OS
//!   keyring), or the profile's `token` (the file must then be private: `chmod 600`);
//! - profile: `--profile`, then `default_profile`, then the only profile of the file.
//!
//! The file is `--config PATH` or, by default, `config.toml` in the platform's config
//! directory for "docspace-people" (`$XDG_CONFIG_HOME/docspace-people/config.toml` on
//! Linux). A missing default file is fine when `--url`/`DOCSPACE_URL` and `DOCSPACE_TOKEN`
//! are given. Every failure is a [`ConfigError`] that says what to do.

mod error;
mod file;
pub mod init;
mod keyring_store;
mod paths;
pub mod show;
mod source;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use secrecy::SecretString;

use crate::api::ClientOptions;
use crate::api::client::parse_base_url;
use crate::people::columns::{self, Column};
use crate::redact::{is_env_name, looks_like_token, url_for_display};

pub use error::ConfigError;
pub use file::{ConfigFile, KeyList, Profile, TokenStore, UiConfig, check_private, load, parse};
pub use keyring_store::SERVICE as KEYRING_SERVICE;
pub use paths::{data_dir, default_config_path, log_dir};
pub use source::{Source, Sources};

pub const ENV_URL: &str = "DOCSPACE_URL";
pub const ENV_TOKEN: &str = "DOCSPACE_TOKEN";
pub const DEFAULT_CONNECT_TIMEOUT_SECS: u64 = 5;
pub const DEFAULT_REQUEST_TIMEOUT_SECS: u64 = 30;
const MAX_TIMEOUT_SECS: u64 = 3600;

/// What the command line says about the configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResolveOptions {
    /// `--config PATH`: this file must exist.
    pub config_path: Option<PathBuf>,
    /// `--profile NAME`.
    pub profile: Option<String>,
    /// `--url URL`.
    pub url: Option<String>,
}

/// A resolved portal connection. `Debug` never shows the token.
#[derive(Debug, Clone)]
pub struct Connection {
    /// The profile name, or empty when everything came from flags and environment.
    pub profile: String,
    pub client: ClientOptions,
    /// The `[keys]` table: action name → key specs, validated by the TUI.
    pub keys: BTreeMap<String, Vec<String>>,
    /// The profile refuses writes.
    pub read_only: bool,
    /// `[ui] no_color`; `None` leaves it to the `NO_COLOR` environment variable.
    pub no_color: Option<bool>,
    /// `[ui] columns`, checked; empty when the file names none (every column is shown).
    pub columns: Vec<Column>,
    /// The file the settings came from, if any.
    pub config_path: Option<PathBuf>,
    /// Record writes in the local journal (`journal = false` in the file turns it off).
    pub journal: bool,
    /// Where each setting comes from (`config show`).
    pub sources: Sources,
}

/// Resolves the connection from the real environment and the default file location.
pub fn resolve(opts: &ResolveOptions) -> Result<Connection, ConfigError> {
    let default = default_config_path();
    resolve_with(opts, default.as_deref(), &|k| std::env::var(k).ok())
}

/// [`resolve`] with the default file location and the environment given explicitly.
pub fn resolve_with(
    opts: &ResolveOptions,
    default_path: Option<&Path>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Connection, ConfigError> {
    let (file, path) = match (&opts.config_path, default_path) {
        (Some(p), _) => (load(p)?, Some(p.clone())),
        (None, Some(p)) if p.exists() => (load(p)?, Some(p.to_path_buf())),
        (None, _) => (ConfigFile::default(), None),
    };
    let env_set = |k: &str| env(k).filter(|v| !v.trim().is_empty());

    let in_file = |key: String| match &path {
        Some(p) => Source::File {
            path: p.clone(),
            key,
        },
        None => Source::Default,
    };
    let (name, profile_source) = match (&opts.profile, &file.default_profile) {
        (Some(n), _) => (Some(n.clone()), Source::Flag("--profile")),
        (None, Some(n)) => (Some(n.clone()), in_file("default_profile".into())),
        (None, None) if file.profiles.len() == 1 => (
            file.profiles.keys().next().cloned(),
            in_file("its only profile".into()),
        ),
        (None, None) => (None, Source::Default),
    };
    let profile = match &name {
        Some(n) => Some(
            file.profiles
                .get(n)
                .ok_or_else(|| ConfigError::UnknownProfile {
                    name: n.clone(),
                    known: file.profile_names(),
                    path: path.clone(),
                })?,
        ),
        None => None,
    };
    let profile_name = name.clone().unwrap_or_default();
    let origin_in_profile = |key: &str| match &path {
        Some(p) => format!("{key} of profile \"{profile_name}\" in {}", p.display()),
        None => format!("{key} of profile \"{profile_name}\""),
    };

    let profile_key = |key: &str| in_file(format!("profiles.{profile_name}.{key}"));
    let (url, url_origin, url_source) = if let Some(u) = opts.url.clone() {
        (u, "--url".to_string(), Source::Flag("--url"))
    } else if let Some(u) = env_set(ENV_URL) {
        (u, ENV_URL.to_string(), Source::Env(ENV_URL.into()))
    } else if let Some(u) = profile.and_then(|p| p.url.clone()) {
        (u, origin_in_profile("url"), profile_key("url"))
    } else if profile.is_some() {
        return Err(ConfigError::MissingUrl {
            profile: profile_name,
        });
    } else {
        return Err(ConfigError::NoPortal {
            path: path.or_else(|| default_path.map(Path::to_path_buf)),
        });
    };
    let base = parse_base_url(&url).map_err(|e| ConfigError::InvalidUrl {
        url: url_for_display(&url),
        origin: url_origin,
        reason: match e {
            crate::api::ApiError::InvalidUrl { reason, .. } => reason,
            other => other.to_string(),
        },
    })?;
    // The address as checked (no query or fragment), as it is shown and used.
    let url = base.as_str().trim_end_matches('/').to_string();

    let (token, token_origin) = token_of(profile, &profile_name, &path, &env_set)?;
    check_token(&token, &token_origin)?;
    let token_source = if env_set(ENV_TOKEN).is_some() {
        Source::Env(ENV_TOKEN.into())
    } else if let Some(var) = profile.and_then(|p| p.token_env.clone()) {
        Source::Env(var)
    } else if profile.is_some_and(|p| p.token_file.is_some()) {
        profile_key("token_file")
    } else if profile.is_some_and(|p| p.token_command.is_some()) {
        profile_key("token_command")
    } else if profile.is_some_and(|p| p.token_store == Some(TokenStore::Keyring)) {
        Source::Keyring {
            service: KEYRING_SERVICE.to_string(),
            user: profile_name.clone(),
        }
    } else {
        profile_key("token")
    };
    let setting = |own: bool, top: bool, key: &str| {
        if own {
            profile_key(key)
        } else if top {
            in_file(key.to_string())
        } else {
            Source::Default
        }
    };
    let sources = Sources {
        profile: profile_source,
        url: url_source,
        token: token_source,
        connect_timeout: setting(
            profile.is_some_and(|p| p.connect_timeout_secs.is_some()),
            file.connect_timeout_secs.is_some(),
            "connect_timeout_secs",
        ),
        request_timeout: setting(
            profile.is_some_and(|p| p.request_timeout_secs.is_some()),
            file.request_timeout_secs.is_some(),
            "request_timeout_secs",
        ),
        // `read_only = false` and no `read_only` read the same: only `true` is the file's.
        read_only: setting(profile.is_some_and(|p| p.read_only), false, "read_only"),
        journal: setting(false, file.journal.is_some(), "journal"),
        no_color: setting(false, file.ui.no_color.is_some(), "ui.no_color"),
    };

    let secs = |key: &str, own: Option<u64>, top: Option<u64>, default: u64| {
        let v = own.or(top).unwrap_or(default);
        if v == 0 || v > MAX_TIMEOUT_SECS {
            Err(ConfigError::InvalidValue {
                key: key.to_string(),
                reason: format!("{v} is not between 1 and {MAX_TIMEOUT_SECS} seconds"),
            })
        } else {
            Ok(Duration::from_secs(v))
        }
    };
    let connect_timeout = secs(
        "connect_timeout_secs",
        profile.and_then(|p| p.connect_timeout_secs),
        file.connect_timeout_secs,
        DEFAULT_CONNECT_TIMEOUT_SECS,
    )?;
    let request_timeout = secs(
        "request_timeout_secs",
        profile.and_then(|p| p.request_timeout_secs),
        file.request_timeout_secs,
        DEFAULT_REQUEST_TIMEOUT_SECS,
    )?;

    let columns = match &file.ui.columns {
        Some(names) => columns::parse_list(names).map_err(|reason| ConfigError::Columns {
            path: path.clone(),
            reason,
        })?,
        None => Vec::new(),
    };

    let mut client = ClientOptions::new(url, SecretString::from(token));
    client.connect_timeout = connect_timeout;
    client.request_timeout = request_timeout;
    Ok(Connection {
        profile: profile_name,
        client,
        keys: file
            .keys
            .into_iter()
            .map(|(k, v)| (k, v.into_vec()))
            .collect(),
        read_only: profile.is_some_and(|p| p.read_only),
        no_color: file.ui.no_color,
        columns,
        config_path: path,
        journal: file.journal.unwrap_or(true),
        sources,
    })
}

/// The token and a description of where it came from (never the token itself).
fn token_of(
    profile: Option<&Profile>,
    profile_name: &str,
    path: &Option<PathBuf>,
    env_set: &dyn Fn(&str) -> Option<String>,
) -> Result<(String, String), ConfigError> {
    if let Some(t) = env_set(ENV_TOKEN) {
        return Ok((t.trim().to_string(), ENV_TOKEN.to_string()));
    }
    let place = path
        .as_ref()
        .map(|p| format!(" in {}", p.display()))
        .unwrap_or_default();
    let Some(p) = profile else {
        return Err(ConfigError::MissingToken {
            profile: String::new(),
            hint: format!(
                "set {ENV_TOKEN}=<token>, or use a profile with token_env = \"VAR\" in the configuration file"
            ),
        });
    };
    let ways = [
        p.token.is_some(),
        p.token_env.is_some(),
        p.token_file.is_some(),
        p.token_command.is_some(),
        p.token_store.is_some(),
    ];
    if ways.iter().filter(|w| **w).count() > 1 {
        return Err(ConfigError::InvalidValue {
            key: format!("profiles.{profile_name}"),
            reason: "set one of token_env, token, token_file, token_command or token_store".into(),
        });
    }
    if let Some(file) = &p.token_file {
        return token_from_file(file, profile_name);
    }
    if let Some(command) = &p.token_command {
        return token_from_command(command, profile_name);
    }
    if p.token_store == Some(TokenStore::Keyring) {
        let entry = keyring_store::entry(profile_name)?;
        let token = keyring_store::read(&entry, profile_name)?;
        return Ok((
            token.trim().to_string(),
            format!("the keyring entry of profile \"{profile_name}\""),
        ));
    }
    if let Some(var) = &p.token_env {
        if !is_env_name(var) || looks_like_token(var) {
            return Err(ConfigError::TokenEnvNotAName {
                profile: profile_name.to_string(),
                looks_like_token: looks_like_token(var),
            });
        }
        return match env_set(var) {
            Some(t) => Ok((t.trim().to_string(), format!("${var}"))),
            None => Err(ConfigError::TokenEnvNotSet {
                profile: profile_name.to_string(),
                var: var.clone(),
            }),
        };
    }
    if let Some(t) = &p.token {
        return Ok((
            t.trim().to_string(),
            format!("token of profile \"{profile_name}\"{place}"),
        ));
    }
    Err(ConfigError::MissingToken {
        profile: profile_name.to_string(),
        hint: format!(
            "set {ENV_TOKEN}=<token>, or add token_env = \"VAR\" under [profiles.{profile_name}]{place}"
        ),
    })
}

/// Whether the keyring can hold `profile`'s token here (checked before a sign-in).
pub fn keyring_ready(profile: &str) -> Result<(), ConfigError> {
    keyring_store::entry(profile).map(|_| ())
}

/// Keeps `token` in the OS keyring for `profile` (`login` with `token_store = "keyring"`).
pub fn keep_in_keyring(profile: &str, token: &str) -> Result<(), ConfigError> {
    let entry = keyring_store::entry(profile)?;
    keyring_store::write(&entry, profile, token)
}

/// The token in the profile's `token_file` (which must be private).
fn token_from_file(file: &Path, profile_name: &str) -> Result<(String, String), ConfigError> {
    let origin = format!(
        "token_file {} of profile \"{profile_name}\"",
        file.display()
    );
    if !file.exists() {
        return Err(ConfigError::MissingToken {
            profile: profile_name.to_string(),
            hint: format!(
                "{} does not exist yet: `docspace-people login --email EMAIL` writes it",
                file.display()
            ),
        });
    }
    check_private(file)?;
    let text = std::fs::read_to_string(file).map_err(|e| ConfigError::Read {
        path: file.to_path_buf(),
        reason: e.to_string(),
    })?;
    Ok((text.trim().to_string(), origin))
}

/// The token the profile's `token_command` prints (its error output is not shown: it
/// may hold the secret).
fn token_from_command(command: &str, profile_name: &str) -> Result<(String, String), ConfigError> {
    let failed = |reason: String| ConfigError::InvalidValue {
        key: format!("profiles.{profile_name}.token_command"),
        reason,
    };
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .map_err(|e| failed(format!("it could not be run: {e}")))?;
    if !out.status.success() {
        return Err(failed(format!(
            "it failed ({}); run it yourself to see why",
            out.status
        )));
    }
    let token = String::from_utf8(out.stdout)
        .map_err(|_| failed("it printed something that is not text".into()))?;
    Ok((
        token.trim().to_string(),
        format!("token_command of profile \"{profile_name}\""),
    ))
}

fn check_token(token: &str, origin: &str) -> Result<(), ConfigError> {
    let invalid = |reason: &str| ConfigError::InvalidToken {
        origin: origin.to_string(),
        reason: reason.to_string(),
    };
    if token.is_empty() {
        return Err(invalid("it is empty"));
    }
    if token.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid("it contains spaces or control characters"));
    }
    if !token.is_ascii() {
        return Err(invalid(
            "it contains characters that cannot be sent in a header",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
