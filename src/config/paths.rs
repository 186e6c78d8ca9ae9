//! Where the configuration file, the log and the journal live by default.

use std::path::PathBuf;

use directories::ProjectDirs;

fn dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "docspace-people")
}

/// `config.toml` in the platform's configuration directory
/// (`$XDG_CONFIG_HOME/docspace-people/config.toml` on Linux).
pub fn default_config_path() -> Option<PathBuf> {
    dirs().map(|d| d.config_dir().join("config.toml"))
}

/// The data directory, for the log file and the write journal
/// (`$XDG_DATA_HOME/docspace-people` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    dirs().map(|d| d.data_local_dir().to_path_buf())
}

/// The directory for the log file: the [`data_dir`].
pub fn log_dir() -> Option<PathBuf> {
    data_dir()
}
