//! `users offboard`: the offboarding run the TUI uses ([`crate::bulk::offboard`]): for
//! each user, terminate → hand the rooms and shared files over → delete → follow the
//! removal of what is left; the report says what happened to each user's data.
//! `--dry-run` reads the same facts (the one impact read) and sends nothing. Who is left
//! out is the bulk plan's rule ([`bulk::classify`]) plus the receiver; who may receive is
//! [`may_receive`].

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use uuid::Uuid;

use super::admin_report::{self, Outcome, Row};
use super::exit::{CmdError, Exit};
use super::offboard_data::{Data, data};
use super::progress::Bar;
use super::{Io, ids, interruptible, one_user, resolve};
use crate::api::{EmployeeStatus, PortalClient};
use crate::bulk::offboard::{
    self, Impact, OffboardPlan, OffboardReport, POLL_EVERY, Receiver, may_receive, words,
};
use crate::bulk::{self, BulkAction, Plan, Tally};
use crate::cli::OffboardArgs;
use crate::config::Connection;
use crate::journal;
use crate::people::read_only;
use crate::sanitize::{display_safe_short, html_decode};

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
    let heir = match &args.reassign_to {
        Some(given) => one_user::read(client, "--reassign-to", given).await?,
        None => me.clone(),
    };
    if !may_receive(&heir) {
        return Err(CmdError::usage(format!(
            "{} cannot receive rooms: the portal hands them only to an active DocSpace admin \
             or room admin (choose another with --reassign-to)",
            safe(&heir.name_for_people())
        )));
    }
    let receiver = Receiver {
        id: heir.id,
        name: heir.name_for_people(),
    };
    let heir_name = safe(&receiver.name);

    let found = resolve::read_all(client, &refs, None).await?;
    let mut rows: Vec<Row> = found
        .missing
        .iter()
        .map(|r| Row::new(None, r.label(), Outcome::NotFound, "no such user"))
        .collect();
    let delete = BulkAction::Delete {
        terminate_first: true,
    };
    let plan = bulk::plan(delete, &found.users, &me);
    let mut run = OffboardPlan::of(&plan, receiver);
    for (t, why) in run.excluded.drain(..) {
        rows.push(Row::new(Some(t.id), t.name, Outcome::Skipped, why.reason()));
    }
    let impacts = read_what_they_own(client, &mut run, &mut rows).await;

    if args.dry_run {
        for t in &run.targets {
            let Some(i) = impacts.get(&t.id) else {
                continue;
            };
            let terminate = t.status != Some(EmployeeStatus::Terminated);
            rows.push(
                Row::new(
                    Some(t.id),
                    t.name.clone(),
                    Outcome::Planned,
                    words::plan_words(i, terminate, &heir_name, &safe),
                )
                .with_data(json_of(data(Some(i), None))),
            );
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
    if run.targets.is_empty() {
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
    let log = journal::JournalLog::new(journal);
    if !args.yes && !super::term::confirm(&question(&run, &impacts, &heir_name), stdin_used)? {
        io.err("cancelled: nothing was changed");
        return Ok(Exit::Partial);
    }

    let tally = Tally::new(&log);
    let stop = Arc::new(AtomicBool::new(false));
    let bar = Bar::new(run.targets.len());
    let work = offboard::run_offboard(client, &run, &tally, &stop, POLL_EVERY, |p| {
        bar.update(p);
    });
    let (finished, interrupted) = interruptible::guard(work, &stop, io).await;
    bar.finish();
    let report = finished.unwrap_or_else(|| {
        // Abandoned part-way: what the journal's tally knows of each user.
        let so_far = Plan {
            eligible: run.targets.clone(),
            excluded: Vec::new(),
            ..plan
        };
        OffboardReport {
            report: tally.partial_report(&so_far),
            data: Vec::new(),
        }
    });
    let mut all = report_rows(&report, &impacts);
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
    let exit = match admin_report::exit_of(&all) {
        // Deleted, but files of theirs may be left: said in the report, and not a success.
        Exit::Ok if report.removal_failed() => Exit::Partial,
        exit => exit,
    };
    Ok(Exit::after_writes(client, exit))
}

/// Reads what every user of `run` owns; a user whose holdings cannot be read is not
/// offboarded (the plan could not name what they hand over), and said so in `rows`.
async fn read_what_they_own(
    client: &PortalClient,
    run: &mut OffboardPlan,
    rows: &mut Vec<Row>,
) -> HashMap<Uuid, Impact> {
    let mut impacts = HashMap::new();
    for read in offboard::read_impact_all(client, &run.targets).await {
        match read.result {
            Ok(i) => {
                impacts.insert(read.id, i);
            }
            Err(why) => rows.push(Row::new(
                Some(read.id),
                read.name,
                Outcome::Skipped,
                format!("not offboarded: what they own could not be read: {why}"),
            )),
        }
    }
    run.targets.retain(|t| impacts.contains_key(&t.id));
    impacts
}

/// One row per user of the run: what was done to them and their data, or why not.
fn report_rows(run: &OffboardReport, impacts: &HashMap<Uuid, Impact>) -> Vec<Row> {
    run.report
        .results
        .iter()
        .map(|r| {
            let fate = run.data_of(r.id);
            let (outcome, detail) = match &r.outcome {
                bulk::Outcome::Done => (
                    Outcome::Done,
                    fate.map(|d| d.steps_words(impacts.get(&r.id), &safe))
                        .unwrap_or_default(),
                ),
                bulk::Outcome::Unchanged(w) => (Outcome::Unchanged, w.clone()),
                bulk::Outcome::Failed(w) => (Outcome::Failed, w.clone()),
                bulk::Outcome::Unknown(w) => (Outcome::Unknown, w.clone()),
                bulk::Outcome::Skipped(w) => (Outcome::Skipped, w.clone()),
                bulk::Outcome::Stopped(w) => (Outcome::Stopped, w.clone()),
            };
            Row::new(Some(r.id), r.name.clone(), outcome, detail)
                .with_data(json_of(data(impacts.get(&r.id), fate)))
        })
        .collect()
}

fn json_of(data: Data<'_>) -> serde_json::Value {
    serde_json::to_value(data).unwrap_or_default()
}

fn question(run: &OffboardPlan, impacts: &HashMap<Uuid, Impact>, heir: &str) -> String {
    let names: Vec<String> = run.targets.iter().take(5).map(|t| safe(&t.name)).collect();
    let n = run.targets.len();
    let more = if n > 5 {
        format!(", +{} more", n - 5)
    } else {
        String::new()
    };
    let rooms: usize = impacts.values().map(|i| i.rooms).sum();
    format!(
        "Offboard {n} user{} ({}{more}): terminate, hand {rooms} room{} and their shared files \
         to {heir}, delete, and remove their files? This is permanent.",
        if n == 1 { "" } else { "s" },
        names.join(", "),
        if rooms == 1 { "" } else { "s" },
    )
}
