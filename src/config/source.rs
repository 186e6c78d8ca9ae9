//! Where each setting in effect comes from, for `config show`. Never holds a value that
//! may be a token: only flag names, variable names, files and keys.

use std::path::PathBuf;

/// The origin of one setting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Source {
    /// A command-line flag, such as `--url`.
    Flag(&'static str),
    /// An environment variable, by name.
    Env(String),
    /// A key of the configuration file (`profiles.work.url`).
    File { path: PathBuf, key: String },
    /// The OS keyring: its service and user (the profile's name).
    Keyring { service: String, user: String },
    /// The program's default.
    #[default]
    Default,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(var) => write!(f, "environment {var}"),
            Source::File { path, key } => write!(f, "file {} ({key})", path.display()),
            Source::Keyring { service, user } => {
                write!(f, "keyring, service {service}, user {user}")
            }
            Source::Default => f.write_str("default"),
        }
    }
}

/// The origin of each setting of a [`super::Connection`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sources {
    pub profile: Source,
    pub url: Source,
    pub token: Source,
    pub connect_timeout: Source,
    pub request_timeout: Source,
    pub read_only: Source,
    pub journal: Source,
    pub no_color: Source,
}
