//! `login --email EMAIL`: signs in with a password (asked on the terminal without echo,
//! or one line of stdin with `--password-stdin`) and, for an account with a second
//! factor, `--code`. The session token goes to the profile's `token_file` (created
//! readable by you only), to the OS keyring when the profile says `token_store =
//! "keyring"`, or, with `--print-token`, to stdout as `export DOCSPACE_TOKEN=…`; it is
//! never shown otherwise.

use std::io::Write;
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};

use super::exit::{CmdError, Exit};
use super::{Io, term};
use crate::api::client::login::Login;
use crate::api::{ApiError, PortalClient};
use crate::cli::LoginArgs;
use crate::config::{self, ENV_TOKEN, KEYRING_SERVICE, ResolveOptions, TokenStore};
use crate::sanitize::display_safe_short;

/// Stands in for a token while the address and profile are resolved (never sent).
const NO_TOKEN_YET: &str = "login-has-no-token-yet";

pub async fn run(args: &LoginArgs, opts: &ResolveOptions, io: &mut Io) -> Result<Exit, CmdError> {
    let default = config::default_config_path();
    let conn = config::resolve_with(opts, default.as_deref(), &|k| {
        if k == ENV_TOKEN {
            Some(NO_TOKEN_YET.to_string())
        } else {
            std::env::var(k).ok()
        }
    })?;
    let keep = if args.print_token {
        None
    } else {
        Some(keep_where(&conn)?)
    };
    let password = if args.password_stdin {
        let text = io
            .read_stdin()
            .map_err(|e| CmdError::usage(format!("cannot read the password from stdin: {e}")))?;
        SecretString::from(text.lines().next().unwrap_or("").to_string())
    } else {
        SecretString::from(term::ask_password("Password: ")?)
    };
    if password.expose_secret().is_empty() {
        return Err(CmdError::usage("the password is empty"));
    }
    let url = conn.client.base_url.clone();
    let first = PortalClient::login(&url, &args.email, &password)
        .await
        .map_err(refused)?;
    let login = match (first, &args.code) {
        (Login::CodeRequired { .. }, Some(code)) => {
            PortalClient::login_with_code(&url, &args.email, &password, code)
                .await
                .map_err(refused)?
        }
        (other, _) => other,
    };
    let token = match login {
        Login::Token { token, .. } => token,
        Login::CodeRequired { setup: true, .. } => {
            return Err(CmdError::new(
                Exit::Auth,
                "this account's second factor is not set up yet: sign in once in a browser to \
                 set up the authenticator app, then log in here with --code",
            ));
        }
        Login::CodeRequired { by_sms, .. } => {
            let from = if by_sms {
                "the text message the portal sends"
            } else {
                "your authenticator app"
            };
            return Err(CmdError::new(
                Exit::Auth,
                format!(
                    "this account has a second factor: a code is required; run again with \
                     --code CODE (the code from {from})"
                ),
            ));
        }
    };
    match keep {
        Some(Keep::Keyring) => {
            config::keep_in_keyring(&conn.profile, token.expose_secret()).map_err(|e| {
                CmdError::new(
                    Exit::Partial,
                    format!(
                        "signed in, but the token was not kept: {e}; run again with \
                         --print-token to take it another way"
                    ),
                )
            })?;
            io.err(&format!(
                "signed in; the token is in the keyring (service {KEYRING_SERVICE}, user {})",
                display_safe_short(&conn.profile, 60)
            ));
        }
        None => io.out(&format!("export {ENV_TOKEN}={}\n", token.expose_secret())),
        Some(Keep::File(path)) => {
            write_private(&path, token.expose_secret()).map_err(|e| {
                CmdError::usage(format!(
                    "signed in, but the token file {} could not be written: {e}",
                    display_safe_short(&path.display().to_string(), 120)
                ))
            })?;
            io.err(&format!(
                "signed in; the token is in {} (readable by you only)",
                display_safe_short(&path.display().to_string(), 120)
            ));
        }
    }
    Ok(Exit::Ok)
}

/// Where `login` keeps the token it gets.
enum Keep {
    /// The profile's `token_file`.
    File(PathBuf),
    /// The OS keyring, under the profile's name.
    Keyring,
}

/// Where the profile keeps its token, or why there is nowhere to write to.
fn keep_where(conn: &config::Connection) -> Result<Keep, CmdError> {
    let file = conn.config_path.as_deref().map(config::load).transpose()?;
    let profile = file.as_ref().and_then(|f| f.profiles.get(&conn.profile));
    let found = profile.and_then(|p| match (&p.token_file, p.token_store) {
        (Some(path), _) => Some(Keep::File(path.clone())),
        (None, Some(TokenStore::Keyring)) => Some(Keep::Keyring),
        (None, None) => None,
    });
    if matches!(found, Some(Keep::Keyring)) {
        // A keyring that cannot be used is said before the password is sent, not after a
        // session was opened whose token would be lost.
        config::keyring_ready(&conn.profile)
            .map_err(|e| CmdError::usage(format!("{e}; nothing was sent")))?;
    }
    found.ok_or_else(|| {
        let profile = if conn.profile.is_empty() {
            "your profile".to_string()
        } else {
            format!("[profiles.{}]", display_safe_short(&conn.profile, 40))
        };
        CmdError::usage(format!(
            "nowhere to keep the token: add token_store = \"keyring\" or token_file = \"PATH\" \
             under {profile} in the configuration file, or use --print-token; nothing was sent"
        ))
    })
}

/// A login refusal in words (the password is never part of it).
fn refused(e: ApiError) -> CmdError {
    match e {
        ApiError::LoginFailed { .. } => {
            CmdError::new(Exit::Auth, "the portal refused the email, password or code")
        }
        e => e.into(),
    }
}

/// Writes `token` to `path`, readable by its owner only, replacing any earlier file.
fn write_private(path: &Path, token: &str) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    if let Some(d) = dir {
        std::fs::create_dir_all(d)?;
    }
    let tmp = path.with_extension("tmp");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(&tmp)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    f.write_all(token.as_bytes())?;
    f.write_all(b"\n")?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)
}
