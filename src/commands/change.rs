//! `users terminate`, `users activate`, `users delete`: read the targets, plan, confirm,
//! run through the bulk engine, report per user.

use uuid::Uuid;

use super::exit::{CmdError, Exit};
use super::ids::{self, UserRef};
use super::{Io, interruptible, report, resolve};
use crate::api::PortalClient;
use crate::bulk::{self, BulkAction, Exclusion, Plan, Report};
use crate::cli::ChangeArgs;
use crate::config::Connection;
use crate::journal;
use crate::people::read_only;
use crate::sanitize::{display_safe_short, html_decode};

/// How many names a confirmation shows before "+N more".
const NAMES_SHOWN: usize = 5;

pub(crate) async fn run(
    conn: &Connection,
    client: &PortalClient,
    action: BulkAction,
    args: &ChangeArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let stdin_used = args.users.iter().any(|a| a == "-");
    let refs = ids::collect(&args.users, || io.read_stdin())?;
    if refs.is_empty() {
        // Only standard input can be empty (an argument is always a user): a pipe from a
        // list that matched nobody is nothing to do, not an error.
        io.err(&format!(
            "nothing to do: no users to {} on standard input",
            action.verb()
        ));
        return Ok(Exit::Ok);
    }
    if conn.read_only && !args.dry_run {
        return Err(CmdError::usage(format!(
            "{} (profile \"{}\"; use --dry-run to see the plan)",
            read_only::refusal(action.verb()),
            display_safe_short(&conn.profile, 40)
        )));
    }

    let (me, found) = resolve::caller_and_targets(client, &refs, action, args.dry_run).await?;
    let mut plan = bulk::plan(action, &found.users, &me);
    for r in &found.missing {
        plan.add_not_found(ref_id(r), r.label());
    }
    for r in &found.not_terminated {
        plan.excluded.push((
            bulk::Target {
                id: ref_id(r),
                name: r.label(),
                email: None,
                status: None,
            },
            Exclusion::NotTerminatedOrUnknown,
        ));
    }

    if args.dry_run {
        io.out(&report::plan(&plan, args.format, io.stdout_tty));
        return Ok(planned_exit(&plan));
    }
    if plan.is_empty() {
        let empty = bulk::execute(client, &plan, |_| {}).await;
        io.out(&report::report(&empty, args.format, io.stdout_tty));
        io.err(&format!("nothing to do: {}", report::summary(&empty)));
        return Ok(exit_of(&empty));
    }
    // Open the journal before asking: a write that cannot be recorded is not sent.
    let journal = journal::for_connection(conn).map_err(|e| {
        CmdError::usage(format!(
            "{e}: nothing was sent ({})",
            journal::TURN_OFF_HINT
        ))
    })?;
    let log = journal::JournalLog::new(journal);
    if needs_confirmation(action) && !args.yes {
        let question = question(&plan);
        if !super::term::confirm(&question, stdin_used)? {
            io.err("cancelled: nothing was changed");
            return Ok(Exit::Partial);
        }
    }

    let finished = interruptible::run(client, &plan, &log, io).await;
    let result = finished.report;
    io.out(&report::report(&result, args.format, io.stdout_tty));
    io.err(&report::summary(&result));
    if let Some(code) = finished.interrupted {
        if result.unknown() > 0 {
            io.err(&format!(
                "interrupted: {} users' outcome is unknown; {}",
                result.unknown(),
                bulk::CHECK_HINT
            ));
        } else {
            io.err("interrupted: the report above is complete");
        }
        return Ok(Exit::Signal(code));
    }
    Ok(Exit::after_writes(client, exit_of(&result)))
}

/// Terminating and deleting are confirmed; re-activating is not.
fn needs_confirmation(action: BulkAction) -> bool {
    !matches!(action, BulkAction::Activate)
}

fn ref_id(r: &UserRef) -> Uuid {
    match r {
        UserRef::Id(id) => *id,
        UserRef::Email(_) => Uuid::nil(),
    }
}

fn question(plan: &Plan) -> String {
    let n = plan.eligible.len();
    let mut names: Vec<String> = plan
        .eligible
        .iter()
        .take(NAMES_SHOWN)
        .map(|t| match &t.email {
            Some(email) if !t.name.eq_ignore_ascii_case(email) => format!(
                "{} <{}>",
                display_safe_short(&html_decode(&t.name), 40),
                display_safe_short(email, 60)
            ),
            _ => display_safe_short(&html_decode(&t.name), 60),
        })
        .collect();
    if n > NAMES_SHOWN {
        names.push(format!("+{} more", n - NAMES_SHOWN));
    }
    let permanent = if plan.action.is_destructive() {
        " This is permanent."
    } else {
        ""
    };
    let left_out = if plan.excluded.is_empty() {
        String::new()
    } else {
        format!(" ({} left out)", plan.excluded.len())
    };
    format!(
        "{} {n} user{}{left_out}: {}?{permanent}",
        capitalise(plan.action.verb()),
        if n == 1 { "" } else { "s" },
        names.join(", ")
    )
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// 0 when every user is in the wanted state (done, or already so); 4 when the only
/// problem is users that do not exist; 1 otherwise (failed, left out, stopped, unknown).
pub(crate) fn exit_of(r: &Report) -> Exit {
    let not_found = Exclusion::NotFound.outcome();
    let mut any_not_found = false;
    for u in &r.results {
        match &u.outcome {
            o if o.is_success() => {}
            o if *o == not_found => any_not_found = true,
            _ => return Exit::Partial,
        }
    }
    if any_not_found {
        Exit::NotFound
    } else {
        Exit::Ok
    }
}

/// The exit code the plan predicts (for `--dry-run`): users already in the wanted state
/// are no problem.
fn planned_exit(plan: &Plan) -> Exit {
    let problems = plan.excluded.iter().filter(|(_, e)| !e.is_already_done());
    let mut any_not_found = false;
    for (_, e) in problems {
        if *e != Exclusion::NotFound {
            return Exit::Partial;
        }
        any_not_found = true;
    }
    if any_not_found {
        Exit::NotFound
    } else {
        Exit::Ok
    }
}

#[cfg(test)]
#[path = "change_tests.rs"]
mod tests;
