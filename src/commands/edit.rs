//! `users edit ID|EMAIL [--first-name …] [--last-name …] [--location …] [--email …]`:
//! only the fields given are sent. Names and location go through `PUT /people/{id}`, which
//! the portal applies to the caller's own profile only (on anyone else's it ignores them:
//! refused here before sending); the email goes through its own call, which an admin may
//! make for anyone. `users password-link ID|EMAIL` mails a link to set a new password.

use super::admin_report::{self, Outcome, Row};
use super::exit::{CmdError, Exit};
use super::{Io, one_user, write_guard};
use crate::api::admin::UpdateMemberRequestDto;
use crate::api::{ApiError, PortalClient};
use crate::cli::{EditArgs, PasswordLinkArgs};
use crate::config::Connection;
use crate::journal::{self, Operation, UserRef};
use crate::people::new_user as rules;
use crate::redact::shown;

fn check(field: &str, r: Result<(), rules::FieldError>) -> Result<(), CmdError> {
    r.map_err(|e| CmdError::usage(format!("{field}: {}", e.message())))
}

pub(crate) async fn edit(
    conn: &Connection,
    client: &PortalClient,
    args: &EditArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let mut fields = Vec::new();
    if let Some(v) = &args.first_name {
        check("--first-name", rules::first_name(v.trim()))?;
        fields.push("firstName");
    }
    if let Some(v) = &args.last_name {
        check("--last-name", rules::last_name(v.trim()))?;
        fields.push("lastName");
    }
    if let Some(v) = &args.location {
        if v.chars().count() > 255 {
            return Err(CmdError::usage("--location: at most 255 characters"));
        }
        fields.push("location");
    }
    if let Some(v) = &args.email {
        check("--email", rules::email(v.trim()))?;
    }
    if fields.is_empty() && args.email.is_none() {
        return Err(CmdError::usage(
            "nothing to change: give --first-name, --last-name, --location or --email",
        ));
    }
    write_guard::writable(conn, "edit", args.dry_run)?;
    let me = client.me().await?;
    let user = one_user::read(client, "user", &args.user).await?;
    if !fields.is_empty() && user.id != me.id {
        return Err(CmdError::usage(format!(
            "the portal changes {} on your own profile only (for anyone else it ignores \
             them); nothing was sent",
            fields.join(", ")
        )));
    }
    let name = user.name_for_people();
    let mut planned = fields.iter().map(|f| (*f).to_string()).collect::<Vec<_>>();
    if args.email.is_some() {
        planned.push("email".into());
    }
    if args.dry_run {
        let row = Row::new(
            Some(user.id),
            name,
            Outcome::Planned,
            format!("change {}", planned.join(", ")),
        );
        io.out(&admin_report::render(
            "edit",
            true,
            &[row],
            args.format,
            io.stdout_tty,
        ));
        io.err("dry run: nothing was sent");
        return Ok(Exit::Ok);
    }
    let journal = write_guard::journal(conn)?;
    let who = [UserRef::new(user.id, name.clone())];
    let mut said = Vec::new();
    let mut outcome = Outcome::Done;
    if !fields.is_empty() {
        let changes = UpdateMemberRequestDto {
            first_name: args.first_name.as_ref().map(|v| v.trim().to_string()),
            last_name: args.last_name.as_ref().map(|v| v.trim().to_string()),
            location: args.location.clone(),
            ..UpdateMemberRequestDto::default()
        };
        let op = Operation::Edit {
            fields: fields.iter().map(|f| (*f).to_string()).collect(),
        };
        let sent = journal::write(&journal, op, &who, client.update_user(user.id, &changes))
            .await
            .map_err(|e| CmdError::usage(format!("{e}: nothing was sent")))?;
        match sent.result {
            Ok(now) => {
                let same = |want: &Option<String>, got: &Option<String>| {
                    want.as_ref()
                        .is_none_or(|w| got.as_deref().map(str::trim) == Some(w.trim()))
                };
                if same(&args.first_name, &now.first_name)
                    && same(&args.last_name, &now.last_name)
                    && same(&args.location, &now.location)
                {
                    said.push(format!("{} changed", fields.join(", ")));
                } else {
                    outcome = Outcome::Failed;
                    said.push("the portal kept the old values".into());
                }
            }
            Err(e) => {
                outcome = worse(outcome, &e);
                said.push(format!("{} not changed: {e}", fields.join(", ")));
            }
        }
    }
    if let Some(email) = &args.email {
        let op = Operation::Edit {
            fields: vec!["email".into()],
        };
        let sent = journal::write(&journal, op, &who, client.change_email(user.id, email))
            .await
            .map_err(|e| CmdError::usage(format!("{e}: nothing was sent")))?;
        match sent.result {
            Ok(_) => said.push(format!(
                "email changed to {}; the new address is asked to confirm",
                shown(email.trim(), 80)
            )),
            Err(e) => {
                outcome = worse(outcome, &e);
                said.push(format!("email not changed: {e}"));
            }
        }
    }
    let rows = [Row::new(Some(user.id), name, outcome, said.join("; "))];
    io.out(&admin_report::render(
        "edit",
        false,
        &rows,
        args.format,
        io.stdout_tty,
    ));
    Ok(Exit::after_writes(client, admin_report::exit_of(&rows)))
}

fn worse(now: Outcome, e: &ApiError) -> Outcome {
    if now == Outcome::Unknown || e.outcome_unknown() {
        Outcome::Unknown
    } else {
        Outcome::Failed
    }
}

pub(crate) async fn password_link(
    conn: &Connection,
    client: &PortalClient,
    args: &PasswordLinkArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    write_guard::writable(conn, "a password link", false)?;
    let user = one_user::read(client, "user", &args.user).await?;
    let Some(email) = user.email.clone().filter(|e| !e.trim().is_empty()) else {
        return Err(CmdError::new(
            Exit::Partial,
            "the user has no email address to mail a link to",
        ));
    };
    let journal = write_guard::journal(conn)?;
    let name = user.name_for_people();
    let who = [UserRef::new(user.id, name.clone())];
    let sent = journal::write(
        &journal,
        Operation::PasswordLink,
        &who,
        client.send_password_link(&email),
    )
    .await
    .map_err(|e| CmdError::usage(format!("{e}: nothing was sent")))?;
    let row = match sent.result {
        Ok(_) => Row::new(
            Some(user.id),
            name,
            Outcome::Done,
            format!(
                "a link to set a new password is mailed to {}",
                shown(&email, 80)
            ),
        ),
        Err(e) => Row::new(
            Some(user.id),
            name,
            worse(Outcome::Done, &e),
            format!("not mailed: {e}"),
        ),
    };
    let rows = [row];
    io.out(&admin_report::render(
        "password-link",
        false,
        &rows,
        args.format,
        io.stdout_tty,
    ));
    Ok(Exit::after_writes(client, admin_report::exit_of(&rows)))
}
