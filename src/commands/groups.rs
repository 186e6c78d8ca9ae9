//! `groups list`, `groups show NAME|ID` (its members), `groups add GROUP USER…` and
//! `groups remove GROUP USER…` (one request, on the record; the report checks each user
//! against the members the portal answers with).

use uuid::Uuid;

use super::admin_report::{self, Outcome, Row};
use super::exit::{CmdError, Exit};
use super::output::{self, Format};
use super::{Io, csv, group, ids, resolve, table, write_guard};
use crate::api::dto::GroupDto;
use crate::api::filters::{GroupFilter, ListFilters};
use crate::api::{ApiError, PortalClient, UserQuery};
use crate::cli::{GroupsCommand, GroupsMembersArgs};
use crate::config::Connection;
use crate::journal::{self, Operation, UserRef};
use crate::sanitize::{display_safe, html_decode};

/// Runs a `groups` subcommand.
pub async fn run(cmd: &GroupsCommand, conn: &Connection, io: &mut Io) -> Result<Exit, CmdError> {
    let client = PortalClient::new(&conn.client)?;
    match cmd {
        GroupsCommand::List { format } => list(&client, *format, io).await,
        GroupsCommand::Show { group, format } => show(&client, group, *format, io).await,
        GroupsCommand::Add(a) => members(conn, &client, a, true, io).await,
        GroupsCommand::Remove(a) => members(conn, &client, a, false, io).await,
    }
}

fn name_of(g: &GroupDto) -> String {
    html_decode(g.name.as_deref().unwrap_or("")).into_owned()
}

async fn list(client: &PortalClient, format: Format, io: &mut Io) -> Result<Exit, CmdError> {
    let groups = client.list_groups().await?;
    let manager = |g: &GroupDto| {
        g.manager
            .as_ref()
            .and_then(|m| m.display_name.as_deref())
            .map(|n| html_decode(n).into_owned())
            .unwrap_or_default()
    };
    let count = |g: &GroupDto| g.members_count.map(|n| n.to_string()).unwrap_or_default();
    let text = match format {
        Format::Json => {
            let v: Vec<_> = groups
                .iter()
                .map(|g| {
                    serde_json::json!({"id": g.id, "name": name_of(g), "manager": manager(g),
                                       "members": g.members_count})
                })
                .collect();
            format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
        }
        Format::Csv => {
            let cell = |s: String| {
                if io.stdout_tty {
                    display_safe(&s).into_owned()
                } else {
                    s
                }
            };
            let mut out = csv::record(&["id", "name", "manager", "members"]);
            for g in &groups {
                out.push_str(&csv::record(&[
                    g.id.to_string(),
                    cell(name_of(g)),
                    cell(manager(g)),
                    count(g),
                ]));
            }
            out
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = groups
                .iter()
                .map(|g| {
                    vec![
                        display_safe(&name_of(g)).into_owned(),
                        count(g),
                        display_safe(&manager(g)).into_owned(),
                        g.id.to_string(),
                    ]
                })
                .collect();
            let max = if io.stdout_tty {
                [40, 0, 30, 0]
            } else {
                [0; 4]
            };
            table::render(&["NAME", "MEMBERS", "MANAGER", "ID"], &rows, &max)
        }
    };
    io.out(&text);
    Ok(Exit::Ok)
}

async fn show(
    client: &PortalClient,
    given: &str,
    format: Format,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let id = group::group_id(client, given).await?;
    let query = UserQuery {
        filters: ListFilters {
            group: Some(GroupFilter::Member(id)),
            ..ListFilters::default()
        },
        ..UserQuery::default()
    };
    let members = client.list_all(&query, None, |_, _| {}).await?;
    io.out(&output::users(&members, format, io.stdout_tty));
    io.err(&format!("{} members", members.len()));
    Ok(Exit::Ok)
}

async fn members(
    conn: &Connection,
    client: &PortalClient,
    args: &GroupsMembersArgs,
    add: bool,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let verb = if add {
        "add to a group"
    } else {
        "remove from a group"
    };
    write_guard::writable(conn, verb, args.dry_run)?;
    let group = group::group_id(client, &args.group).await?;
    let refs = ids::collect(&args.users, || io.read_stdin())?;
    let found = resolve::read_all(client, &refs, None).await?;
    let mut rest: Vec<Row> = found
        .missing
        .iter()
        .map(|r| Row::new(None, r.label(), Outcome::NotFound, "no such user"))
        .collect();
    let command = if add { "groups add" } else { "groups remove" };
    if args.dry_run || found.users.is_empty() {
        let what = if add {
            "add to the group"
        } else {
            "remove from the group"
        };
        let mut rows: Vec<Row> = found
            .users
            .iter()
            .map(|u| Row::new(Some(u.id), u.name_for_people(), Outcome::Planned, what))
            .collect();
        rows.append(&mut rest);
        io.out(&admin_report::render(
            command,
            args.dry_run,
            &rows,
            args.format,
            io.stdout_tty,
        ));
        if args.dry_run {
            io.err("dry run: nothing was sent");
        }
        return Ok(admin_report::exit_of(&rows));
    }
    let journal = write_guard::journal(conn)?;
    let users: Vec<UserRef> = found
        .users
        .iter()
        .map(|u| UserRef::new(u.id, u.name_for_people()))
        .collect();
    let ids: Vec<Uuid> = found.users.iter().map(|u| u.id).collect();
    let send = async {
        if add {
            client.add_group_members(group, &ids).await
        } else {
            client.remove_group_members(group, &ids).await
        }
    };
    let sent = journal::write(
        &journal,
        Operation::GroupMembers { group, add },
        &users,
        send,
    )
    .await
    .map_err(|e| CmdError::usage(format!("{e}: nothing was sent")))?;
    let mut rows: Vec<Row> = match sent.result {
        Ok(answer) => {
            let members: Vec<Uuid> = answer
                .members
                .unwrap_or_default()
                .iter()
                .map(|m| m.id)
                .collect();
            found
                .users
                .iter()
                .map(|u| {
                    let is_member = members.contains(&u.id);
                    let (outcome, detail) = match (add, is_member) {
                        (true, true) => (Outcome::Done, "a member now"),
                        (false, false) => (Outcome::Done, "not a member now"),
                        // The portal skips terminated users and guests without a word.
                        (true, false) => (
                            Outcome::Skipped,
                            "the portal did not add them (terminated users and guests are skipped)",
                        ),
                        (false, true) => (Outcome::Failed, "still a member"),
                    };
                    Row::new(Some(u.id), u.name_for_people(), outcome, detail)
                })
                .collect()
        }
        Err(e) => {
            let (o, why) = match &e {
                ApiError::NotFound { .. } => (Outcome::Failed, "no such group".to_string()),
                e if e.outcome_unknown() => (Outcome::Unknown, format!("outcome unknown: {e}")),
                e => (Outcome::Failed, format!("not changed: {e}")),
            };
            found
                .users
                .iter()
                .map(|u| Row::new(Some(u.id), u.name_for_people(), o, why.clone()))
                .collect()
        }
    };
    rows.append(&mut rest);
    io.out(&admin_report::render(
        command,
        false,
        &rows,
        args.format,
        io.stdout_tty,
    ));
    io.err(&admin_report::summary(&rows));
    Ok(Exit::after_writes(client, admin_report::exit_of(&rows)))
}
