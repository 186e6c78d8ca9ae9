//! `users create`: validated locally with the portal's own rules, recorded in the
//! journal, then sent once.

use super::exit::{CmdError, Exit};
use super::list::parse_type;
use super::{Io, output, term};
use crate::api::dto::MemberRequestDto;
use crate::api::{EmployeeType, PortalClient};
use crate::cli::CreateArgs;
use crate::config::Connection;
use crate::journal::{self, TURN_OFF_HINT};
use crate::people::new_user as validate;
use crate::people::read_only;
use crate::people::type_change::type_change_notice;
use crate::redact::is_env_name;
use crate::sanitize::display_safe_short;

fn check(field: &str, r: Result<(), validate::FieldError>) -> Result<(), CmdError> {
    r.map_err(|e| CmdError::usage(format!("{field}: {}", e.message())))
}

/// Checks the arguments as the portal would, and builds the request.
pub(crate) fn request(
    args: &CreateArgs,
    password: Option<String>,
) -> Result<MemberRequestDto, CmdError> {
    // The rules of the TUI's form: the first name and the email are required, the last
    // name is not (as `POST /people` has it).
    let last_name = args.last_name.as_deref().unwrap_or("");
    check("--first-name", validate::first_name(&args.first_name))?;
    check("--last-name", validate::last_name(last_name))?;
    check("--email", validate::email(args.email.trim()))?;
    if let Some(p) = &password {
        check("the password", validate::password(p))?;
    }
    let kind = parse_type(&args.user_type)?;
    if kind == EmployeeType::Guest {
        return Err(CmdError::usage(
            "--type: guests cannot be created here; the portal creates guests through room invitations",
        ));
    }
    let body = validate::body(&args.first_name, last_name, args.email.trim(), kind, "");
    Ok(MemberRequestDto { password, ..body })
}

fn password(args: &CreateArgs) -> Result<Option<String>, CmdError> {
    if let Some(var) = &args.password_env {
        return match std::env::var(var) {
            Ok(p) if !p.is_empty() => Ok(Some(p)),
            // The name is not repeated: it may be the password itself, given by mistake.
            _ if !is_env_name(var) => Err(CmdError::usage(
                "--password-env should name an environment variable (letters, digits and _) \
                 that holds the password; what was given is not one, and is not shown",
            )),
            _ => Err(CmdError::usage(
                "--password-env: the environment variable it names is not set (or is empty)",
            )),
        };
    }
    if args.ask_password {
        let p = term::ask_password("Password for the new user: ")?;
        return Ok((!p.is_empty()).then_some(p));
    }
    Ok(None)
}

pub(crate) async fn create(
    conn: &Connection,
    client: &PortalClient,
    args: &CreateArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    if conn.read_only {
        return Err(CmdError::usage(format!(
            "{} (profile \"{}\")",
            read_only::refusal("create"),
            display_safe_short(&conn.profile, 40)
        )));
    }
    let body = request(args, None)?;
    let body = MemberRequestDto {
        password: password(args)?,
        ..body
    };
    if let Some(p) = &body.password {
        check("the password", validate::password(p))?;
    }
    let asked = body.kind.unwrap_or(EmployeeType::User);
    let not_sent = |e: journal::JournalError| {
        CmdError::usage(format!(
            "{e}: the user was not created, nothing was sent ({TURN_OFF_HINT})"
        ))
    };
    let journal = journal::for_connection(conn).map_err(not_sent)?;
    let sent = journal::create_user(&journal, client, &body)
        .await
        .map_err(not_sent)?;
    if let Some(e) = &sent.unrecorded {
        io.err(&format!(
            "warning: the outcome was not recorded in the journal: {}",
            display_safe_short(&e.to_string(), 300)
        ));
    }
    let created = match sent.result {
        Ok(u) => u,
        Err(e) if e.outcome_unknown() && journal.is_enabled() => {
            let mut err = CmdError::from(e);
            err.message.push_str(
                "; the user may or may not have been created: `docspace-people journal check` finds out",
            );
            return Err(err);
        }
        Err(e) => return Err(e.into()),
    };
    io.out(&output::one(&created, args.format, io.stdout_tty));
    if let Some(notice) = type_change_notice(asked, &created) {
        io.err(&format!("note: {notice}"));
    }
    Ok(Exit::Ok)
}
