//! `users invite EMAIL… --type TYPE [--language xx]`: every address checked before
//! anything is sent (one bad address and nothing is sent), the invitations sent in one
//! request, on the record; the report says who was invited and who was a user already.

use super::admin_report::{self, Outcome, Row};
use super::exit::{CmdError, Exit};
use super::list::parse_type;
use super::{Io, write_guard};
use crate::api::admin::UserInvitation;
use crate::api::{ApiError, EmployeeStatus, PortalClient};
use crate::cli::InviteArgs;
use crate::config::Connection;
use crate::journal::{self, Operation, UserRef};
use crate::people::user_type::label;
use crate::people::{grant, new_user};
use crate::redact::shown;
use crate::sanitize::html_decode;

pub(crate) async fn run(
    conn: &Connection,
    client: &PortalClient,
    args: &InviteArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let kind = parse_type(&args.user_type)?;
    let mut emails: Vec<String> = Vec::new();
    let mut bad = Vec::new();
    for e in &args.emails {
        let e = e.trim();
        if new_user::email(e).is_err() {
            bad.push(format!("\"{}\"", shown(e, 60)));
        } else if !emails.iter().any(|k| k.eq_ignore_ascii_case(e)) {
            emails.push(e.to_string());
        }
    }
    if !bad.is_empty() {
        return Err(CmdError::usage(format!(
            "not an email address: {}; nothing was sent",
            bad.join(", ")
        )));
    }
    if let Some(lang) = &args.language
        && !language_ok(lang)
    {
        return Err(CmdError::usage(format!(
            "--language \"{}\" is not a language code (en, de, pt-BR)",
            shown(lang, 20)
        )));
    }
    write_guard::writable(conn, "invite", args.dry_run)?;
    let me = client.me().await?;
    if let Some(why) = grant::invite_refusal(&me, kind) {
        return Err(CmdError::usage(format!(
            "cannot invite as {}: {why}; nothing was sent",
            label(kind)
        )));
    }
    // Addresses that are users already are not sent: the portal would mail nobody (or,
    // for a terminated user, refuse the whole rest of the list).
    let mut rows = Vec::new();
    let mut to_invite = Vec::new();
    for e in emails {
        match client.get_user_by_email(&e).await {
            // Invited again, a terminated user stays out: left out, not "unchanged".
            Ok(u) => rows.push(Row::new(
                Some(u.id),
                e,
                if u.status == Some(EmployeeStatus::Terminated) {
                    Outcome::Skipped
                } else {
                    Outcome::Unchanged
                },
                format!(
                    "already a user ({}): not invited (`users set-type` changes the type)",
                    u.status_or_unknown().label()
                ),
            )),
            Err(ApiError::NotFound { .. }) => to_invite.push(e),
            Err(err) => return Err(err.into()),
        }
    }
    if args.dry_run {
        let mut planned: Vec<Row> = to_invite
            .iter()
            .map(|e| {
                Row::new(
                    None,
                    e.clone(),
                    Outcome::Planned,
                    format!("invite as {}", label(kind)),
                )
            })
            .collect();
        planned.append(&mut rows);
        io.out(&admin_report::render(
            "invite",
            true,
            &planned,
            args.format,
            io.stdout_tty,
        ));
        io.err("dry run: nothing was sent");
        return Ok(admin_report::exit_of(&planned));
    }
    if to_invite.is_empty() {
        io.out(&admin_report::render(
            "invite",
            false,
            &rows,
            args.format,
            io.stdout_tty,
        ));
        io.err(&format!("nothing to do: {}", admin_report::summary(&rows)));
        return Ok(admin_report::exit_of(&rows));
    }
    let journal = write_guard::journal(conn)?;
    let invitations: Vec<UserInvitation> = to_invite
        .iter()
        .map(|e| UserInvitation::new(e.clone(), kind))
        .collect();
    let users: Vec<UserRef> = to_invite
        .iter()
        .map(|e| UserRef {
            id: None,
            name: e.clone(),
        })
        .collect();
    let operation = Operation::Invite {
        kind: kind.name().to_string(),
    };
    let sent = journal::write(
        &journal,
        operation,
        &users,
        client.invite(&invitations, args.language.as_deref()),
    )
    .await
    .map_err(|e| CmdError::usage(format!("{e}: nothing was sent")))?;
    let mut sent_rows = match sent.result {
        Ok(pending) => to_invite
            .iter()
            .map(|e| {
                // A new user's display name is the address until they sign up.
                let id = pending
                    .iter()
                    .find(|p| {
                        p.display_name
                            .as_deref()
                            .is_some_and(|m| html_decode(m).eq_ignore_ascii_case(e))
                    })
                    .map(|p| p.id);
                Row::new(
                    id,
                    e.clone(),
                    Outcome::Done,
                    format!("invited as {}: the invitation is mailed", label(kind)),
                )
            })
            .collect(),
        Err(ApiError::PaymentRequired { message }) => {
            io.err(&format!(
                "the portal has not enough paid seats for {} more {}s: nobody was invited ({})",
                to_invite.len(),
                label(kind),
                shown(&message, 120)
            ));
            failed_rows(&to_invite, "not invited: not enough paid seats (402)")
        }
        Err(e) if e.outcome_unknown() => {
            let why = format!("outcome unknown ({e}); `users get EMAIL` tells");
            to_invite
                .iter()
                .map(|m| Row::new(None, m.clone(), Outcome::Unknown, why.clone()))
                .collect()
        }
        // The portal works through the list in order: earlier addresses may be invited.
        Err(e) => settle(client, &to_invite, &e).await,
    };
    sent_rows.append(&mut rows);
    let rows = sent_rows;
    io.out(&admin_report::render(
        "invite",
        false,
        &rows,
        args.format,
        io.stdout_tty,
    ));
    io.err(&admin_report::summary(&rows));
    Ok(Exit::after_writes(client, admin_report::exit_of(&rows)))
}

fn failed_rows(emails: &[String], why: &str) -> Vec<Row> {
    emails
        .iter()
        .map(|e| Row::new(None, e.clone(), Outcome::Failed, why))
        .collect()
}

/// After a refusal part-way, which addresses are users now (none was before).
async fn settle(client: &PortalClient, emails: &[String], e: &ApiError) -> Vec<Row> {
    let mut rows = Vec::new();
    for m in emails {
        let row = match client.get_user_by_email(m).await {
            Ok(u) => Row::new(
                Some(u.id),
                m.clone(),
                Outcome::Done,
                "invited (before the portal refused a later address)",
            ),
            Err(_) => Row::new(
                None,
                m.clone(),
                Outcome::Failed,
                format!("not invited: {e}"),
            ),
        };
        rows.push(row);
    }
    rows
}

/// `en`, `de`, `pt-BR`, `zh-Hans`: letters, then parts after hyphens.
fn language_ok(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}
