//! `users list` and `users get`.

use super::exit::{CmdError, Exit};
use super::progress::Bar;
use super::{Io, ids, output, resolve};
use crate::api::{EmployeeType, PortalClient, SortBy, SortOrder, UserQuery};
use crate::cli::{GetArgs, ListArgs};
use crate::redact::shown;
use crate::sanitize::display_safe_short;

/// Parses a type name: `docspace-admin`, `room-admin`, `user`, `guest`, or the portal's
/// names (`DocSpaceAdmin`, …), any case.
pub(crate) fn parse_type(s: &str) -> Result<EmployeeType, CmdError> {
    let norm: String = s
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .collect();
    match EmployeeType::parse(&norm) {
        Some(t) if t != EmployeeType::All => Ok(t),
        _ => Err(CmdError::usage(format!(
            "unknown user type \"{}\": use docspace-admin, room-admin, user or guest",
            shown(s, 40)
        ))),
    }
}

pub(crate) async fn list(
    client: &PortalClient,
    args: &ListArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let status = args.status.status();
    let employee_type = args.user_type.as_deref().map(parse_type).transpose()?;
    let sort_by = match args.sort.as_deref() {
        None => None,
        Some(s) => Some(SortBy::parse(s).ok_or_else(|| {
            let names: Vec<&str> = SortBy::ALL.iter().map(|b| b.name()).collect();
            CmdError::usage(format!(
                "cannot sort by \"{}\": use one of {}",
                shown(s, 40),
                names.join(", ")
            ))
        })?),
    };
    if args.limit == Some(0) {
        return Err(CmdError::usage("--limit must be at least 1"));
    }
    let query = UserQuery {
        status,
        employee_type,
        filter_value: args.search.clone(),
        sort_by,
        sort_order: if args.desc {
            SortOrder::Descending
        } else {
            SortOrder::Ascending
        },
        ..UserQuery::default()
    };
    let bar = Bar::counter("reading");
    let listing = client
        .list_pages(&query, args.limit, |n, total| bar.set(n, total))
        .await;
    bar.finish();
    let listing = listing?;
    io.out(&output::users(&listing.users, args.format, io.stdout_tty));
    match listing.incomplete {
        Some(why) => {
            io.err(&format!("error: the list is incomplete: {why}"));
            Ok(Exit::Unreachable)
        }
        None => Ok(Exit::Ok),
    }
}

pub(crate) async fn get(
    client: &PortalClient,
    args: &GetArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    let refs = ids::collect(&args.users, || io.read_stdin())?;
    let found = resolve::read_all(client, &refs, None).await?;
    io.out(&output::users(&found.users, args.format, io.stdout_tty));
    for r in &found.missing {
        io.err(&format!(
            "not found: no user {}",
            display_safe_short(&r.label(), 80)
        ));
    }
    Ok(if found.missing.is_empty() {
        Exit::Ok
    } else {
        Exit::NotFound
    })
}

#[cfg(test)]
#[path = "list_tests.rs"]
mod tests;
