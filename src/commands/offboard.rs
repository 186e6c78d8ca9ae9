//! `users offboard`: for each user, terminate → hand the rooms over (when the portal says
//! some must be) → delete → follow the removal of what is left; the report says what
//! happened to each user's data. `--dry-run` reads the same facts and sends nothing.
//! The words are those of [`crate::people::offboard`], shared with the TUI.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use uuid::Uuid;

use super::admin_report::{self, Outcome, Row};
use super::exit::{CmdError, Exit};
use super::job_follow::{self, JobEnd};
use super::{Io, ids, interruptible, one_user, resolve};
use crate::api::admin::JobKind;
use crate::api::{ApiError, EmployeeFullDto, EmployeeStatus, EmployeeType, PortalClient, RoomArea};
use crate::cli::OffboardArgs;
use crate::config::Connection;
use crate::journal::{self, Journal, Operation, UserRef, UserResult, WriteOutcome};
use crate::people::offboard::{self as words, Holdings, RoomHeld, Step, Steps};
use crate::people::read_only;
use crate::sanitize::{display_safe_short, html_decode};

/// One user to offboard, with what was read about them.
struct Leaver {
    user: EmployeeFullDto,
    holdings: Holdings,
    steps: Steps,
}

/// The person receiving the rooms, and their name as shown.
struct Heir {
    id: Uuid,
    name: String,
}

fn safe(s: &str) -> String {
    display_safe_short(&html_decode(s), 60)
}

pub(crate) async fn run(
    conn: &Connection,
    client: &PortalClient,
    args: &OffboardArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let stdin_used = args.users.iter().any(|a| a == "-");
    let refs = ids::collect(&args.users, || io.read_stdin())?;
    if refs.is_empty() {
        io.err("nothing to do: no users to offboard on standard input");
        return Ok(Exit::Ok);
    }
    if conn.read_only && !args.dry_run {
        return Err(CmdError::usage(format!(
            "{} (profile \"{}\"; use --dry-run to see the plan)",
            read_only::refusal("offboard"),
            display_safe_short(&conn.profile, 40)
        )));
    }
    let me = client.me().await?;
    let heir_user = match &args.reassign_to {
        Some(given) => one_user::read(client, "--reassign-to", given).await?,
        None => me.clone(),
    };
    if !words::may_receive_rooms(&heir_user) {
        return Err(CmdError::usage(format!(
            "{} cannot receive rooms: the portal hands them only to an active DocSpace admin \
             or room admin (choose another with --reassign-to)",
            safe(&heir_user.name_for_people())
        )));
    }
    let heir = Heir {
        id: heir_user.id,
        name: safe(&heir_user.name_for_people()),
    };

    let found = resolve::read_all(client, &refs, None).await?;
    let mut rows: Vec<Row> = found
        .missing
        .iter()
        .map(|r| Row::new(None, r.label(), Outcome::NotFound, "no such user"))
        .collect();
    let mut leavers = Vec::new();
    for user in found.users {
        if let Some(why) = words::refusal(&user, &me, heir.id) {
            rows.push(Row::new(
                Some(user.id),
                user.name_for_people(),
                Outcome::Skipped,
                why.words(),
            ));
            continue;
        }
        leavers.push(survey(client, user).await?);
    }

    if args.dry_run {
        for l in &leavers {
            rows.push(Row::new(
                Some(l.user.id),
                l.user.name_for_people(),
                Outcome::Planned,
                words::plan_words(l.steps, &l.holdings, &heir.name, safe),
            ));
        }
        io.out(&admin_report::render(
            "offboard",
            true,
            &rows,
            args.format,
            io.stdout_tty,
        ));
        io.err(&format!(
            "dry run: nothing was sent; {}",
            admin_report::summary(&rows)
        ));
        return Ok(admin_report::exit_of(&rows));
    }
    if leavers.is_empty() {
        io.out(&admin_report::render(
            "offboard",
            false,
            &rows,
            args.format,
            io.stdout_tty,
        ));
        io.err(&format!("nothing to do: {}", admin_report::summary(&rows)));
        return Ok(admin_report::exit_of(&rows));
    }
    // Open the journal before asking: a write that cannot be recorded is not sent.
    let journal = journal::for_connection(conn).map_err(|e| {
        CmdError::usage(format!(
            "{e}: nothing was sent ({})",
            journal::TURN_OFF_HINT
        ))
    })?;
    if !args.yes && !super::term::confirm(&question(&leavers, &heir), stdin_used)? {
        io.err("cancelled: nothing was changed");
        return Ok(Exit::Partial);
    }

    let done: Mutex<Vec<Row>> = Mutex::new(Vec::new());
    let stop = AtomicBool::new(false);
    let work = async {
        for l in &leavers {
            let row = if stop.load(Ordering::Relaxed) {
                Row::new(
                    Some(l.user.id),
                    l.user.name_for_people(),
                    Outcome::Stopped,
                    "not started: the run was stopped",
                )
            } else {
                offboard_one(client, &journal, l, &heir, &stop).await
            };
            done.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(row);
        }
    };
    let (_, interrupted) = interruptible::guard(work, &stop, io).await;
    let finished = done.into_inner().unwrap_or_else(PoisonError::into_inner);
    // Users the run never finished (it was abandoned part-way): the first was being
    // offboarded, the others were not started.
    for (i, l) in leavers.iter().skip(finished.len()).enumerate() {
        let (outcome, detail) = if i == 0 {
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
        rows.push(Row::new(
            Some(l.user.id),
            l.user.name_for_people(),
            outcome,
            detail,
        ));
    }
    let mut all = finished;
    all.append(&mut rows);
    io.out(&admin_report::render(
        "offboard",
        false,
        &all,
        args.format,
        io.stdout_tty,
    ));
    io.err(&admin_report::summary(&all));
    if let Some(code) = interrupted {
        io.err("interrupted: the report above says how far each user got");
        return Ok(Exit::Signal(code));
    }
    Ok(Exit::after_writes(client, admin_report::exit_of(&all)))
}

/// Reads what the user holds: their rooms, their storage, whether a hand-over is needed.
async fn survey(client: &PortalClient, user: EmployeeFullDto) -> Result<Leaver, CmdError> {
    let rooms = client.owned_rooms(user.id, RoomArea::Any).await?;
    let must_reassign = client
        .reassign_necessary(user.id, EmployeeType::User)
        .await?;
    let holdings = Holdings {
        rooms: rooms
            .into_iter()
            .map(|r| RoomHeld {
                title: r.title.unwrap_or_else(|| format!("room {}", r.id)),
                bytes: u64::try_from(r.used_space.unwrap_or(0)).unwrap_or(0),
            })
            .collect(),
        used_bytes: bytes_of(user.used_space),
        must_reassign,
    };
    let steps = Steps::of(user.status == Some(EmployeeStatus::Terminated), &holdings);
    Ok(Leaver {
        user,
        holdings,
        steps,
    })
}

fn bytes_of(space: Option<f64>) -> u64 {
    let b = space.unwrap_or(0.0);
    if b.is_finite() && b > 0.0 {
        // Whole bytes; a size beyond u64 is no real profile.
        format!("{b:.0}").parse().unwrap_or(0)
    } else {
        0
    }
}

fn question(leavers: &[Leaver], heir: &Heir) -> String {
    let names: Vec<String> = leavers
        .iter()
        .take(5)
        .map(|l| safe(&l.user.name_for_people()))
        .collect();
    let more = if leavers.len() > 5 {
        format!(", +{} more", leavers.len() - 5)
    } else {
        String::new()
    };
    let rooms: usize = leavers.iter().map(|l| l.holdings.rooms.len()).sum();
    format!(
        "Offboard {} user{} ({}{more}): terminate, hand {rooms} room{} to {}, delete, and \
         remove their files? This is permanent.",
        leavers.len(),
        if leavers.len() == 1 { "" } else { "s" },
        names.join(", "),
        if rooms == 1 { "" } else { "s" },
        heir.name
    )
}

/// Offboards one user, step by step; stops before the next step once `stop` is set.
async fn offboard_one(
    client: &PortalClient,
    journal: &Journal,
    l: &Leaver,
    heir: &Heir,
    stop: &AtomicBool,
) -> Row {
    let id = l.user.id;
    let name = l.user.name_for_people();
    let me = [UserRef::new(id, name.clone())];
    let mut said: Vec<String> = Vec::new();
    let words_of = |step: Step| step.done_words(&l.holdings, &heir.name, safe);
    let row = |outcome: Outcome, said: &[String], last: String| {
        let mut parts = said.to_vec();
        parts.push(last);
        Row::new(Some(id), name.clone(), outcome, parts.join("; "))
    };
    let stopped_before = |step: Step, said: &[String]| {
        row(
            Outcome::Stopped,
            said,
            format!("stopped before: {}", step.verb()),
        )
    };

    if l.steps.terminate {
        let sent = journal::write(
            journal,
            Operation::Terminate,
            &me,
            client.set_status(&[id], EmployeeStatus::Terminated),
        )
        .await;
        match sent.map(|s| s.result) {
            Err(e) => return row(Outcome::Skipped, &said, format!("not sent: {e}")),
            Ok(Err(e)) => return failed(&said, Step::Terminate, &e, &row),
            Ok(Ok(answer)) => {
                let terminated = answer
                    .iter()
                    .any(|u| u.id == id && u.status == Some(EmployeeStatus::Terminated));
                if !terminated {
                    return row(
                        Outcome::Failed,
                        &said,
                        "the portal did not terminate the user".into(),
                    );
                }
                said.push(words_of(Step::Terminate));
            }
        }
    }

    if l.steps.reassign {
        if stop.load(Ordering::Relaxed) {
            return stopped_before(Step::Reassign, &said);
        }
        let entry = match journal.intent(Operation::Reassign { to: heir.id }, &me) {
            Ok(e) => e,
            Err(e) => return row(Outcome::Skipped, &said, format!("hand-over not sent: {e}")),
        };
        let ended = match client.start_reassign(id, heir.id, false).await {
            Ok(_) => job_follow::follow(client, JobKind::Reassign, id, stop).await,
            Err(e) => Err(e),
        };
        let (outcome, reason) = match &ended {
            Ok(JobEnd::Done) => (WriteOutcome::Done, String::new()),
            // Nothing queued any more: the delete below is refused while a hand-over runs.
            Ok(JobEnd::Gone) => (WriteOutcome::Unknown, "the job is no longer listed".into()),
            Ok(JobEnd::Failed(e)) => (WriteOutcome::NotDone, e.clone()),
            Ok(JobEnd::Cancelled { percent }) => {
                (WriteOutcome::NotDone, format!("stopped at {percent}%"))
            }
            Err(e) if e.outcome_unknown() => (WriteOutcome::Unknown, e.to_string()),
            Err(e) => (WriteOutcome::NotDone, e.to_string()),
        };
        let _ = journal.outcomes(
            entry,
            &[UserResult::new(Some(id), name.clone(), outcome, reason)],
        );
        match ended {
            Ok(JobEnd::Done | JobEnd::Gone) => said.push(words_of(Step::Reassign)),
            Ok(JobEnd::Failed(e)) => {
                return row(
                    Outcome::Failed,
                    &said,
                    format!("the hand-over failed ({e}); not deleted"),
                );
            }
            Ok(JobEnd::Cancelled { percent }) => {
                return row(
                    Outcome::Stopped,
                    &said,
                    format!(
                        "the hand-over stopped at {percent}% (rooms already handed to {} \
                         stay theirs); not deleted",
                        heir.name
                    ),
                );
            }
            Err(e) => return failed(&said, Step::Reassign, &e, &row),
        }
    }

    if stop.load(Ordering::Relaxed) {
        return stopped_before(Step::Delete, &said);
    }
    let sent = journal::write(journal, Operation::Delete, &me, client.delete_user(id)).await;
    match sent.map(|s| s.result) {
        Err(e) => return row(Outcome::Skipped, &said, format!("delete not sent: {e}")),
        Ok(Err(e)) => return failed(&said, Step::Delete, &e, &row),
        Ok(Ok(_)) => said.push(words_of(Step::Delete)),
    }

    // The removal goes on on the portal whatever happens here: never stopped half-way
    // (the user is gone; a half-removed remainder helps nobody).
    let never = AtomicBool::new(false);
    let removal = if stop.load(Ordering::Relaxed) {
        None
    } else {
        Some(job_follow::follow(client, JobKind::Remove, id, &never).await)
    };
    match removal {
        Some(Ok(JobEnd::Done)) => {
            said.push(words_of(Step::Remove));
            Row::new(Some(id), name.clone(), Outcome::Done, said.join("; "))
        }
        Some(Ok(JobEnd::Failed(e))) => row(
            Outcome::Failed,
            &said,
            format!("removing their files failed: {e}"),
        ),
        Some(Ok(JobEnd::Cancelled { percent })) => row(
            Outcome::Failed,
            &said,
            format!("removing their files was cancelled at {percent}%"),
        ),
        Some(Ok(JobEnd::Gone)) | None => row(
            Outcome::Done,
            &said,
            "the removal of their files goes on on the portal".into(),
        ),
        Some(Err(e)) => row(
            Outcome::Done,
            &said,
            format!(
                "the removal of their files could not be followed ({e}); it goes on on the portal"
            ),
        ),
    }
}

/// A step the portal refused or whose outcome is unknown.
fn failed(
    said: &[String],
    step: Step,
    e: &ApiError,
    row: &impl Fn(Outcome, &[String], String) -> Row,
) -> Row {
    if e.outcome_unknown() {
        row(
            Outcome::Unknown,
            said,
            format!(
                "{}: outcome unknown ({e}); {}",
                step.verb(),
                crate::bulk::CHECK_HINT
            ),
        )
    } else {
        row(
            Outcome::Failed,
            said,
            format!("could not {}: {e}", step.verb()),
        )
    }
}
