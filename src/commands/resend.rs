//! `users resend ID|EMAIL…` and `users resend --all-pending`: mails the invitation again
//! to pending users. A new mail makes the links sent before it invalid (said before
//! sending); the portal allows five resends a user in 15 minutes.

use super::admin_report::{self, Outcome, Row};
use super::exit::{CmdError, Exit};
use super::{Io, ids, resolve, write_guard};
use crate::api::{ApiError, EmployeeStatus, PortalClient};
use crate::cli::ResendArgs;
use crate::config::Connection;
use crate::journal::{self, Operation, UserRef};

/// Said before a resend goes out.
pub(crate) const INVALIDATES: &str =
    "note: a resent invitation makes the links mailed before it invalid";

/// Said when the portal's limit is hit.
fn throttled(e: &ApiError) -> Option<String> {
    match e {
        ApiError::RateLimited { retry_after } => Some(format!(
            "the portal allows 5 resends in 15 minutes and refuses more for now{}; nothing was \
             mailed",
            retry_after
                .map(|d| format!(" (try again in {} min)", d.as_secs().div_ceil(60)))
                .unwrap_or_default()
        )),
        _ => None,
    }
}

pub(crate) async fn run(
    conn: &Connection,
    client: &PortalClient,
    args: &ResendArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    write_guard::writable(conn, "resend", args.dry_run)?;
    if args.all_pending {
        return all_pending(conn, client, args, io).await;
    }
    let refs = ids::collect(&args.users, || io.read_stdin())?;
    let found = resolve::read_all(client, &refs, None).await?;
    let mut rows: Vec<Row> = found
        .missing
        .iter()
        .map(|r| Row::new(None, r.label(), Outcome::NotFound, "no such user"))
        .collect();
    let mut pending = Vec::new();
    for u in found.users {
        if u.status == Some(EmployeeStatus::Pending) {
            pending.push(u);
        } else {
            rows.push(Row::new(
                Some(u.id),
                u.name_for_people(),
                Outcome::Skipped,
                format!(
                    "{}: there is no invitation to resend",
                    u.status_or_unknown().label()
                ),
            ));
        }
    }
    if args.dry_run {
        let mut planned: Vec<Row> = pending
            .iter()
            .map(|u| {
                Row::new(
                    Some(u.id),
                    u.name_for_people(),
                    Outcome::Planned,
                    "resend the invitation",
                )
            })
            .collect();
        planned.append(&mut rows);
        io.out(&admin_report::render(
            "resend",
            true,
            &planned,
            args.format,
            io.stdout_tty,
        ));
        io.err("dry run: nothing was sent");
        return Ok(admin_report::exit_of(&planned));
    }
    let mut done = Vec::new();
    if !pending.is_empty() {
        let journal = write_guard::journal(conn)?;
        io.err(INVALIDATES);
        let users: Vec<UserRef> = pending
            .iter()
            .map(|u| UserRef::new(u.id, u.name_for_people()))
            .collect();
        let ids: Vec<_> = pending.iter().map(|u| u.id).collect();
        let sent = journal::write(
            &journal,
            Operation::Resend,
            &users,
            client.resend_invites(&ids),
        )
        .await
        .map_err(|e| CmdError::usage(format!("{e}: nothing was sent")))?;
        let (outcome, detail) = match &sent.result {
            Ok(_) => (Outcome::Done, "invitation mailed again".to_string()),
            Err(e) => match throttled(e) {
                Some(words) => {
                    io.err(&words);
                    (
                        Outcome::Failed,
                        "not mailed: the portal's resend limit".to_string(),
                    )
                }
                None if e.outcome_unknown() => (Outcome::Unknown, format!("outcome unknown: {e}")),
                None => (Outcome::Failed, format!("not mailed: {e}")),
            },
        };
        done = pending
            .iter()
            .map(|u| Row::new(Some(u.id), u.name_for_people(), outcome, detail.clone()))
            .collect();
        if let Err(e) = &sent.result
            && throttled(e).is_some()
        {
            done.append(&mut rows);
            io.out(&admin_report::render(
                "resend",
                false,
                &done,
                args.format,
                io.stdout_tty,
            ));
            return Ok(Exit::of_api(e));
        }
    }
    done.append(&mut rows);
    io.out(&admin_report::render(
        "resend",
        false,
        &done,
        args.format,
        io.stdout_tty,
    ));
    io.err(&admin_report::summary(&done));
    Ok(Exit::after_writes(client, admin_report::exit_of(&done)))
}

async fn all_pending(
    conn: &Connection,
    client: &PortalClient,
    args: &ResendArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    if args.dry_run {
        io.err(
            "dry run: every pending user would be mailed the invitation again; nothing was sent",
        );
        return Ok(Exit::Ok);
    }
    let journal = write_guard::journal(conn)?;
    io.err(INVALIDATES);
    let everyone = [UserRef {
        id: None,
        name: "every pending user".into(),
    }];
    let sent = journal::write(
        &journal,
        Operation::Resend,
        &everyone,
        client.resend_all_invites(),
    )
    .await
    .map_err(|e| CmdError::usage(format!("{e}: nothing was sent")))?;
    match sent.result {
        Ok(users) => {
            let rows: Vec<Row> = users
                .iter()
                .filter(|u| u.status == Some(EmployeeStatus::Pending))
                .map(|u| {
                    Row::new(
                        Some(u.id),
                        u.name_for_people(),
                        Outcome::Done,
                        "invitation mailed again",
                    )
                })
                .collect();
            io.out(&admin_report::render(
                "resend",
                false,
                &rows,
                args.format,
                io.stdout_tty,
            ));
            io.err(&admin_report::summary(&rows));
            Ok(Exit::after_writes(client, Exit::Ok))
        }
        Err(e) => {
            let words = throttled(&e).unwrap_or_else(|| format!("not mailed: {e}"));
            Err(CmdError::new(Exit::of_api(&e), words))
        }
    }
}
