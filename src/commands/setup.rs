//! `config init|show`, `completions SHELL` and `man`: setting the program up.

use clap::CommandFactory;

use super::Io;
use super::exit::{CmdError, Exit};
use crate::cli::{Cli, ConfigCommand};
use crate::config::{self, ResolveOptions, init};
use crate::sanitize::display_safe;

/// Runs `config init` or `config show`.
pub fn run_config(
    cmd: ConfigCommand,
    opts: &ResolveOptions,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    match cmd {
        ConfigCommand::Init { force } => {
            let path = opts
                .config_path
                .clone()
                .or_else(config::default_config_path)
                .ok_or_else(|| CmdError::usage(init::InitError::NoPlace.to_string()))?;
            let profile = opts.profile.as_deref().unwrap_or(init::DEFAULT_PROFILE);
            init::write(&path, profile, opts.url.as_deref(), force)
                .map_err(|e| CmdError::usage(e.to_string()))?;
            io.err(&format!(
                "wrote {} (readable by you only): set the portal's url there, and its token in {}",
                display_safe(&path.display().to_string()),
                init::token_var(profile)
            ));
            Ok(Exit::Ok)
        }
        ConfigCommand::Show => {
            let conn = config::resolve(opts)?;
            io.out(&config::show::lines(&conn));
            Ok(Exit::Ok)
        }
    }
}

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "docspace-people", &mut out);
    out
}

/// The manual page, in roff.
pub fn man_page() -> Result<Vec<u8>, CmdError> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| CmdError::new(Exit::Partial, format!("cannot render the manual: {e}")))?;
    Ok(out)
}
