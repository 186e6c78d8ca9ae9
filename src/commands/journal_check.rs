//! `docspace-people journal check`: for the users whose outcome is unknown, what settles
//! it is read from the portal their write went to ([`ReadBack`]: the user by id, by email
//! for a create or an invitation that got no id, 404 = no such user; the progress of the
//! job a handover or a job's stop was about), what is true now is recorded as a `checked`
//! record and printed. Nothing is written to the portal.

use std::path::Path;

use futures::stream::{self, StreamExt};
use uuid::Uuid;

use super::Io;
use super::exit::{CmdError, Exit};
use super::journal_rows::{JournalRow, render};
use crate::api::admin::{JobEnd, JobKind};
use crate::api::{ApiError, EmployeeType, PortalClient};
use crate::cli::JournalFormat;
use crate::config::{self, ResolveOptions};
use crate::journal::{
    Entry, EntryUser, Found, Journal, Operation, ReadBack, Timestamp, UserResult, WriteOutcome,
    clean_portal, verdict,
};

/// The most users read back at once.
const READS_IN_FLIGHT: usize = 4;

/// A user whose outcome stays unknown, and the exit code that calls for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Unsettled {
    exit: Exit,
    reason: String,
}

impl Unsettled {
    fn api(e: &ApiError) -> Self {
        Self {
            exit: match e {
                ApiError::Unauthorized => Exit::Auth,
                _ => Exit::Partial,
            },
            reason: format!("still unknown: {e}"),
        }
    }

    fn partial(reason: String) -> Self {
        Self {
            exit: Exit::Partial,
            reason,
        }
    }

    /// A write no read can settle (a mailed link, an edit's values): said, but no failure
    /// of the check, so it does not change the exit code.
    fn beyond_reading(reason: &str) -> Self {
        Self {
            exit: Exit::Ok,
            reason: format!("stays unknown: {reason}"),
        }
    }
}

/// The users of one write whose outcome is unknown.
struct Pending<'a> {
    entry: &'a Entry,
    users: Vec<&'a EntryUser>,
}

/// The pending writes to one portal through one profile: they share a connection.
struct Group<'a> {
    portal: &'a str,
    profile: &'a str,
    writes: Vec<Pending<'a>>,
}

/// What the check found, counted, and the exit code it calls for.
#[derive(Debug)]
struct Tally {
    done: usize,
    not_done: usize,
    unknown: usize,
    /// Users of writes no read can settle.
    beyond_reading: usize,
    worst: Exit,
}

impl Default for Tally {
    fn default() -> Self {
        Self {
            done: 0,
            not_done: 0,
            unknown: 0,
            beyond_reading: 0,
            worst: Exit::Ok,
        }
    }
}

/// The writes among `entries` with users of unknown outcome, grouped by portal and
/// profile in the order they first appear.
fn pending<'a>(entries: &[&'a Entry]) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for entry in entries.iter().copied() {
        let users: Vec<&EntryUser> = entry
            .users
            .iter()
            .filter(|u| u.outcome == WriteOutcome::Unknown)
            .collect();
        if users.is_empty() {
            continue;
        }
        let write = Pending { entry, users };
        match groups
            .iter_mut()
            .find(|g| g.portal == entry.portal && g.profile == entry.profile)
        {
            Some(g) => g.writes.push(write),
            None => groups.push(Group {
                portal: &entry.portal,
                profile: &entry.profile,
                writes: vec![write],
            }),
        }
    }
    groups
}

pub(crate) async fn check(
    path: &Path,
    entries: &[&Entry],
    opts: &ResolveOptions,
    format: JournalFormat,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let groups = pending(entries);
    if groups.is_empty() {
        io.err("nothing to check: no write has an unknown outcome");
        io.out(&render(&[], format));
        return Ok(Exit::Ok);
    }
    let journal = Journal::open(path, "", "")?;
    let mut rows = Vec::new();
    let mut tally = Tally::default();
    let mut unrecorded = None;
    for group in groups {
        let connected = connect(group.portal, group.profile, opts, &journal);
        for write in group.writes {
            let settled = check_write(&connected, &write, &mut tally, &mut rows).await;
            if let Ok((_, journal)) = &connected
                && !settled.is_empty()
                && let Err(e) = journal.checked(write.entry.id, &settled)
            {
                unrecorded = Some(e);
            }
        }
    }
    io.out(&render(&rows, format));
    let beyond = match tally.beyond_reading {
        0 => String::new(),
        n => format!(", {n} beyond what a read can check"),
    };
    io.err(&format!(
        "checked {} user{}: {} done, {} not done, {} still unknown{beyond}",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" },
        tally.done,
        tally.not_done,
        tally.unknown
    ));
    if let Some(e) = unrecorded {
        return Err(CmdError::usage(format!(
            "what was found could not be recorded: {e}"
        )));
    }
    Ok(tally.worst)
}

/// Reads back the users of one write; adds a row per user and returns the outcomes
/// settled (to be recorded).
async fn check_write(
    connected: &Result<(PortalClient, Journal), Unsettled>,
    write: &Pending<'_>,
    tally: &mut Tally,
    rows: &mut Vec<JournalRow>,
) -> Vec<UserResult> {
    let operation = &write.entry.operation;
    let found: Vec<Result<Found, Unsettled>> = stream::iter(write.users.iter())
        .map(|u| async move {
            let what = what_to_read(operation, u)?;
            match connected {
                Ok((client, _)) => read_back(client, what).await,
                Err(why) => Err(why.clone()),
            }
        })
        .buffered(READS_IN_FLIGHT)
        .collect()
        .await;
    let now = Timestamp::now();
    let mut settled = Vec::new();
    for (user, found) in write.users.iter().zip(found) {
        let mut shown = (*user).clone();
        match found.map(|f| settle(operation, user, &f)) {
            Ok(r) if r.outcome != WriteOutcome::Unknown => {
                if r.outcome == WriteOutcome::Done {
                    tally.done += 1;
                } else {
                    tally.not_done += 1;
                }
                shown.id = r.id;
                shown.outcome = r.outcome;
                shown.reason.clone_from(&r.reason);
                shown.checked = Some(now);
                settled.push(r);
            }
            Ok(r) => {
                tally.unknown += 1;
                tally.worst = tally.worst.max(Exit::Partial);
                shown.reason = r.reason;
            }
            Err(why) if why.exit == Exit::Ok => {
                tally.beyond_reading += 1;
                shown.reason = why.reason;
            }
            Err(why) => {
                tally.unknown += 1;
                tally.worst = tally.worst.max(why.exit);
                shown.reason = why.reason;
            }
        }
        rows.push(JournalRow::of(write.entry, &shown));
    }
    settled
}

/// The client for the portal a write went to, and the journal (redacting that
/// connection's token) to record the findings in. The profile is the write's own (else
/// `--profile`); `--url`, `--config` and the environment apply as for any command. A
/// connection that leads to another portal is refused: reading the wrong portal would
/// settle outcomes falsely.
fn connect(
    portal: &str,
    profile: &str,
    opts: &ResolveOptions,
    journal: &Journal,
) -> Result<(PortalClient, Journal), Unsettled> {
    let wanted = ResolveOptions {
        config_path: opts.config_path.clone(),
        profile: if profile.is_empty() {
            opts.profile.clone()
        } else {
            Some(profile.to_string())
        },
        url: opts.url.clone(),
    };
    let conn = config::resolve(&wanted).map_err(|e| Unsettled {
        exit: Exit::Usage,
        reason: format!("still unknown: cannot connect to check it: {e}"),
    })?;
    let now_at = clean_portal(&conn.client.base_url);
    if now_at != portal {
        return Err(Unsettled::partial(format!(
            "still unknown: the write went to {portal}, but the connection now leads to {now_at}; check with --url {portal}"
        )));
    }
    let client = PortalClient::new(&conn.client).map_err(|e| Unsettled::api(&e))?;
    Ok((client, journal.clone().redacting(&conn.client.token)))
}

/// What settles the write for `user`, or why nothing can be read: a kind no read can
/// settle (said, no failure of the check), or nothing recorded to find the user by.
fn what_to_read(operation: &Operation, user: &EntryUser) -> Result<ReadBack, Unsettled> {
    if let Some(why) = ReadBack::beyond_reading(operation) {
        return Err(Unsettled::beyond_reading(why));
    }
    ReadBack::of(operation, user.id, &user.name)
        .map_err(|why| Unsettled::partial(format!("still unknown: {why}")))
}

/// Reads back `what` settles a write. An answer about someone else settles nothing.
async fn read_back(client: &PortalClient, what: ReadBack) -> Result<Found, Unsettled> {
    match what {
        ReadBack::User(id) => read_user(client, id).await,
        ReadBack::Email(email) => read_by_email(client, &email).await,
        ReadBack::Job(kind, id) => client
            .job_progress(kind, id)
            .await
            .map(Found::Job)
            .map_err(|e| Unsettled::api(&e)),
        ReadBack::AfterJob(kind, id) => after_job(client, kind, id).await,
    }
}

/// A 404 is what a read found (no such user); any other failure leaves it unknown.
fn gone_or_unsettled(e: &ApiError) -> Result<Found, Unsettled> {
    match e {
        ApiError::NotFound { .. } => Ok(Found::Gone),
        e => Err(Unsettled::api(e)),
    }
}

async fn read_user(client: &PortalClient, id: Uuid) -> Result<Found, Unsettled> {
    match client.get_user(id).await {
        Ok(u) if u.id == id => Ok(Found::User(Box::new(u))),
        Ok(u) => Err(Unsettled::partial(format!(
            "still unknown: asked for user {id}, the portal answered with {}",
            u.id
        ))),
        Err(e) => gone_or_unsettled(&e),
    }
}

async fn read_by_email(client: &PortalClient, email: &str) -> Result<Found, Unsettled> {
    match client.get_user_by_email(email).await {
        Ok(u)
            if u.email
                .as_deref()
                .is_some_and(|e| e.trim().eq_ignore_ascii_case(email.trim())) =>
        {
            Ok(Found::User(Box::new(u)))
        }
        Ok(_) => Err(Unsettled::partial(
            "still unknown: the portal answered with a user of another email".into(),
        )),
        Err(e) => gone_or_unsettled(&e),
    }
}

/// The `kind` job about `user` if one runs (or, for a handover, ended short of done);
/// else the user, and for a handover whether they still hold rooms or shared files. A job
/// read the portal refuses or does not know (403, 404) leaves the user's read to decide.
async fn after_job(client: &PortalClient, kind: JobKind, user: Uuid) -> Result<Found, Unsettled> {
    match client.job_progress(kind, user).await {
        Ok(Some(p)) => match p.end() {
            None => return Ok(Found::Running(kind, p.percent())),
            Some(end @ (JobEnd::Failed(_) | JobEnd::Cancelled(_))) if kind == JobKind::Reassign => {
                return Ok(Found::EndedShort(kind, end));
            }
            Some(_) => {}
        },
        Ok(None) | Err(ApiError::NotFound { .. } | ApiError::Forbidden { .. }) => {}
        Err(e) => return Err(Unsettled::api(&e)),
    }
    let found = read_user(client, user).await?;
    if kind != JobKind::Reassign || found == Found::Gone {
        return Ok(found);
    }
    // With `Guest` the portal counts shared files too, not only rooms
    // (`ReassignController.cs` lines 160-181).
    match client.reassign_necessary(user, EmployeeType::Guest).await {
        Ok(holds) => Ok(Found::HoldsData(holds)),
        Err(e) => gone_or_unsettled(&e),
    }
}

/// What is true now for `user`, as a record (a create learns its user's id).
fn settle(operation: &Operation, user: &EntryUser, found: &Found) -> UserResult {
    let (outcome, reason) = verdict(operation, found);
    let id = match found {
        Found::User(u) if user.id.is_none() => Some(u.id),
        _ => user.id,
    };
    UserResult::new(id, user.name.clone(), outcome, reason)
}
