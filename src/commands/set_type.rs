//! `users set-type TYPE ID|EMAIL… [--move-rooms-to USER]`: upgrades one user a request
//! (so a 402 part-way says exactly who changed), downgrades to User or Guest through the
//! portal's type-change job, which hands the user's rooms to `--move-rooms-to` (or the
//! caller) first; Ctrl-C stops the job and the run, with the report so far.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use super::admin_report::{self, Outcome, Row};
use super::exit::{CmdError, Exit};
use super::list::parse_type;
use super::progress::Bar;
use super::{Io, ids, interruptible, one_user, resolve, write_guard};
use crate::api::admin::JobKind;
use crate::api::{ApiError, EmployeeFullDto, EmployeeType, PortalClient};
use crate::bulk::job_follow::{Ended, left_words};
use crate::bulk::offboard::may_receive;
use crate::bulk::type_change::{OneTypeChange, TypeChangeEnd, change_type};
use crate::cli::SetTypeArgs;
use crate::config::Connection;
use crate::journal::{Journal, UserRef};
use crate::people::grant::{self, TypeChange};
use crate::people::user_type::label;
use crate::sanitize::{display_safe_short, html_decode};

fn safe(s: &str) -> String {
    display_safe_short(&html_decode(s), 60)
}

/// One user to change, and how.
struct Change {
    user: EmployeeFullDto,
    how: TypeChange,
}

pub(crate) async fn run(
    conn: &Connection,
    client: &PortalClient,
    args: &SetTypeArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let kind = parse_type(&args.user_type)?;
    let refs = ids::collect(&args.users, || io.read_stdin())?;
    write_guard::writable(conn, "set-type", args.dry_run)?;
    let me = client.me().await?;
    let heir = match &args.move_rooms_to {
        Some(given) => {
            let h = one_user::read(client, "--move-rooms-to", given).await?;
            if !may_receive(&h) {
                return Err(CmdError::usage(format!(
                    "{} cannot receive rooms: the portal hands them only to an active \
                     DocSpace admin or room admin",
                    safe(&h.name_for_people())
                )));
            }
            h
        }
        None => me.clone(),
    };
    let found = resolve::read_all(client, &refs, None).await?;
    let mut rows: Vec<Row> = found
        .missing
        .iter()
        .map(|r| Row::new(None, r.label(), Outcome::NotFound, "no such user"))
        .collect();
    let mut changes = Vec::new();
    for user in found.users {
        let name = user.name_for_people();
        let Some(from) = user.user_type() else {
            rows.push(Row::new(
                Some(user.id),
                name,
                Outcome::Skipped,
                "the portal shows no type",
            ));
            continue;
        };
        let how = grant::type_change(from, kind);
        let refused = if user.is_owner() {
            Some("the owner's type cannot change")
        } else if user.id == me.id {
            Some("you cannot change your own type")
        } else if how == TypeChange::Direct {
            grant::refusal(&me, kind)
        } else {
            None
        };
        match (how, refused) {
            (_, Some(why)) => rows.push(Row::new(Some(user.id), name, Outcome::Skipped, why)),
            (TypeChange::Same, None) => rows.push(Row::new(
                Some(user.id),
                name,
                Outcome::Unchanged,
                format!("already {}", label(kind)),
            )),
            (how, None) => changes.push(Change { user, how }),
        }
    }
    let heir_name = safe(&heir.name_for_people());
    let plan = |c: &Change| match c.how {
        TypeChange::Job => format!(
            "{} → {}; their rooms go to {heir_name} first",
            label(c.user.user_type().unwrap_or(EmployeeType::All)),
            label(kind)
        ),
        _ => format!(
            "{} → {}",
            label(c.user.user_type().unwrap_or(EmployeeType::All)),
            label(kind)
        ),
    };
    if args.dry_run {
        let mut planned: Vec<Row> = changes
            .iter()
            .map(|c| {
                Row::new(
                    Some(c.user.id),
                    c.user.name_for_people(),
                    Outcome::Planned,
                    plan(c),
                )
            })
            .collect();
        planned.append(&mut rows);
        io.out(&admin_report::render(
            "set-type",
            true,
            &planned,
            args.format,
            io.stdout_tty,
        ));
        io.err("dry run: nothing was sent");
        return Ok(admin_report::exit_of(&planned));
    }
    if changes.is_empty() {
        io.out(&admin_report::render(
            "set-type",
            false,
            &rows,
            args.format,
            io.stdout_tty,
        ));
        io.err(&format!("nothing to do: {}", admin_report::summary(&rows)));
        return Ok(admin_report::exit_of(&rows));
    }
    let journal = write_guard::journal(conn)?;
    let done: Mutex<Vec<Row>> = Mutex::new(Vec::new());
    let stop = AtomicBool::new(false);
    let move_to = args.move_rooms_to.as_ref().map(|_| heir.id);
    let work = async {
        for c in &changes {
            let row = if stop.load(Ordering::Relaxed) {
                Row::new(
                    Some(c.user.id),
                    c.user.name_for_people(),
                    Outcome::Stopped,
                    "not started: the run was stopped",
                )
            } else {
                change_one(client, &journal, c, kind, move_to, &heir_name, &stop).await
            };
            done.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(row);
        }
    };
    let (_, interrupted) = interruptible::guard(work, &stop, io).await;
    let mut all = done.into_inner().unwrap_or_else(PoisonError::into_inner);
    for (i, c) in changes
        .iter()
        .skip(all.len())
        .enumerate()
        .collect::<Vec<_>>()
    {
        let (o, why) = if i == 0 {
            (
                Outcome::Unknown,
                format!("left part-way; {}", crate::bulk::CHECK_HINT),
            )
        } else {
            (
                Outcome::Stopped,
                "not started: the run was stopped".to_string(),
            )
        };
        rows.push(Row::new(Some(c.user.id), c.user.name_for_people(), o, why));
    }
    all.append(&mut rows);
    io.out(&admin_report::render(
        "set-type",
        false,
        &all,
        args.format,
        io.stdout_tty,
    ));
    io.err(&admin_report::summary(&all));
    if let Some(code) = interrupted {
        return Ok(Exit::Signal(code));
    }
    Ok(Exit::after_writes(client, admin_report::exit_of(&all)))
}

async fn change_one(
    client: &PortalClient,
    journal: &Journal,
    c: &Change,
    kind: EmployeeType,
    move_to: Option<uuid::Uuid>,
    heir_name: &str,
    stop: &AtomicBool,
) -> Row {
    let id = c.user.id;
    let name = c.user.name_for_people();
    let row = |o: Outcome, d: String| Row::new(Some(id), name.clone(), o, d);
    let change = OneTypeChange {
        user: UserRef::new(id, name.clone()),
        id,
        how: c.how,
        to: kind,
        rooms_to: move_to,
    };
    // A job's percentage on stderr.
    let bar = (c.how == TypeChange::Job).then(|| Bar::percent(JobKind::TypeChange.label()));
    let end = change_type(client, journal, &change, stop, |p| {
        if let Some(bar) = &bar {
            bar.set(usize::from(p), Some(100));
        }
    })
    .await;
    if let Some(bar) = &bar {
        bar.finish();
    }
    match end {
        TypeChangeEnd::Changed | TypeChangeEnd::Job(Ended::Done) if c.how == TypeChange::Job => {
            row(
                Outcome::Done,
                format!("now {}; their rooms went to {heir_name}", label(kind)),
            )
        }
        TypeChangeEnd::Changed | TypeChangeEnd::Job(Ended::Done) => {
            row(Outcome::Done, format!("now {}", label(kind)))
        }
        TypeChangeEnd::NotChanged => {
            row(Outcome::Failed, "the portal did not change the type".into())
        }
        TypeChangeEnd::Job(Ended::Unknown(why)) => row(
            Outcome::Unknown,
            format!(
                "how the job ended is unknown ({why}); {}",
                crate::bulk::CHECK_HINT
            ),
        ),
        TypeChangeEnd::Job(Ended::Left(percent)) => {
            row(Outcome::Stopped, left_words(JobKind::TypeChange, percent))
        }
        TypeChangeEnd::Job(Ended::Failed(e)) => {
            row(Outcome::Failed, format!("the type change failed: {e}"))
        }
        TypeChangeEnd::Job(Ended::Cancelled(percent)) => row(
            Outcome::Stopped,
            format!(
                "stopped at {percent}%: the type is unchanged; rooms already handed to \
                 {heir_name} stay theirs"
            ),
        ),
        TypeChangeEnd::Refused(e) => api_failure(&e, &row),
        TypeChangeEnd::NotRecorded(e) => row(Outcome::Skipped, format!("not sent: {e}")),
    }
}

fn api_failure(e: &ApiError, row: &impl Fn(Outcome, String) -> Row) -> Row {
    match e {
        ApiError::PaymentRequired { .. } => row(
            Outcome::Failed,
            format!("not changed: no free paid seat ({e})"),
        ),
        e if e.outcome_unknown() => row(
            Outcome::Unknown,
            format!("outcome unknown ({e}); {}", crate::bulk::CHECK_HINT),
        ),
        e => row(Outcome::Failed, format!("not changed: {e}")),
    }
}
