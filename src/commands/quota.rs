//! `users quota set SIZE ID|EMAIL…` (`10GB`, `500MB`, `none`) and `users quota reset
//! ID|EMAIL…`: each user's own storage limit, a hundred users a request, on the record.

use super::admin_report::{self, Outcome, Row};
use super::exit::{CmdError, Exit};
use super::{Io, ids, resolve, write_guard};
use crate::api::{ApiError, EmployeeFullDto, PortalClient, QuotaLimit};
use crate::bulk::CHUNK;
use crate::cli::{QuotaArgs, QuotaCommand};
use crate::config::Connection;
use crate::journal::{self, Operation, UserRef};
use crate::people::size;

pub(crate) async fn run(
    conn: &Connection,
    client: &PortalClient,
    args: &QuotaArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let (limit, users) = match &args.command {
        QuotaCommand::Set { size: given, users } => {
            let bytes = size::parse(given).map_err(|e| CmdError::usage(e.to_string()))?;
            (
                Some(bytes.map_or(QuotaLimit::Unlimited, QuotaLimit::Bytes)),
                users,
            )
        }
        QuotaCommand::Reset { users } => (None, users),
    };
    let what = match limit {
        Some(QuotaLimit::Bytes(b)) => format!("quota {}", size::words(b)),
        Some(QuotaLimit::Unlimited) => "no quota limit".to_string(),
        None => "the portal's default quota".to_string(),
    };
    write_guard::writable(conn, "a quota change", args.dry_run)?;
    let refs = ids::collect(users, || io.read_stdin())?;
    let found = resolve::read_all(client, &refs, None).await?;
    let mut rest: Vec<Row> = found
        .missing
        .iter()
        .map(|r| Row::new(None, r.label(), Outcome::NotFound, "no such user"))
        .collect();
    if args.dry_run {
        let mut rows: Vec<Row> = found
            .users
            .iter()
            .map(|u| {
                Row::new(
                    Some(u.id),
                    u.name_for_people(),
                    Outcome::Planned,
                    format!("set {what}"),
                )
            })
            .collect();
        rows.append(&mut rest);
        io.out(&admin_report::render(
            "quota",
            true,
            &rows,
            args.format,
            io.stdout_tty,
        ));
        io.err("dry run: nothing was sent");
        return Ok(admin_report::exit_of(&rows));
    }
    let mut rows = Vec::new();
    if !found.users.is_empty() {
        let journal = write_guard::journal(conn)?;
        for chunk in found.users.chunks(CHUNK) {
            let refs: Vec<UserRef> = chunk
                .iter()
                .map(|u| UserRef::new(u.id, u.name_for_people()))
                .collect();
            let ids: Vec<_> = chunk.iter().map(|u| u.id).collect();
            let op = Operation::Quota {
                limit: limit.map(QuotaLimit::wire),
            };
            let send = async {
                match limit {
                    Some(l) => client.set_quota(&ids, l).await,
                    None => client.reset_quota(&ids).await,
                }
            };
            let sent = journal::write(&journal, op, &refs, send)
                .await
                .map_err(|e| CmdError::usage(format!("{e}: nothing was sent")))?;
            match sent.result {
                Ok(answer) => rows.extend(chunk.iter().map(|u| checked(u, &answer, limit, &what))),
                Err(e) => {
                    let (o, why) = failure(&e);
                    rows.extend(
                        chunk
                            .iter()
                            .map(|u| Row::new(Some(u.id), u.name_for_people(), o, why.clone())),
                    );
                }
            }
        }
    }
    rows.append(&mut rest);
    io.out(&admin_report::render(
        "quota",
        false,
        &rows,
        args.format,
        io.stdout_tty,
    ));
    io.err(&admin_report::summary(&rows));
    Ok(Exit::after_writes(client, admin_report::exit_of(&rows)))
}

/// The user's line from the portal's answer.
fn checked(
    u: &EmployeeFullDto,
    answer: &[EmployeeFullDto],
    limit: Option<QuotaLimit>,
    what: &str,
) -> Row {
    let name = u.name_for_people();
    let Some(now) = answer.iter().find(|a| a.id == u.id) else {
        return Row::new(
            Some(u.id),
            name,
            Outcome::Failed,
            "the portal's answer does not list the user",
        );
    };
    let ok = match limit {
        Some(l) => now.quota_limit.is_none_or(|q| q == l.wire()),
        None => now.is_custom_quota != Some(true),
    };
    if ok {
        Row::new(Some(u.id), name, Outcome::Done, format!("{what} now"))
    } else {
        Row::new(
            Some(u.id),
            name,
            Outcome::Failed,
            "the portal kept another quota",
        )
    }
}

fn failure(e: &ApiError) -> (Outcome, String) {
    match e {
        ApiError::PaymentRequired { .. } => (
            Outcome::Failed,
            "not changed: the portal's plan has no per-user quotas (402)".into(),
        ),
        e if e.outcome_unknown() => (Outcome::Unknown, format!("outcome unknown: {e}")),
        e => (Outcome::Failed, format!("not changed: {e}")),
    }
}
