//! `users list` and `users get`.

use super::exit::{CmdError, Exit};
use super::fields::{self, Field};
use super::output::{self, Format, Pick};
use super::output_stream::PageWriter;
use super::progress::Bar;
use super::{Io, group, ids, resolve};
use crate::api::client::PAGES_IN_FLIGHT;
use crate::api::{EmployeeType, GroupFilter, ListFilters, PortalClient, SortOrder, UserQuery};
use crate::cli::{GetArgs, ListArgs, Order};
use crate::people::user_type;
use crate::redact::shown;
use crate::sanitize::display_safe_short;

/// Parses a type name: `docspace-admin`, `room-admin`, `user`, `guest`, the labels or the
/// portal's names (`DocSpaceAdmin`, …), any case.
pub(crate) fn parse_type(s: &str) -> Result<EmployeeType, CmdError> {
    user_type::parse(s).ok_or_else(|| {
        CmdError::usage(format!(
            "unknown user type \"{}\": use {}",
            shown(s, 40),
            user_type::machine_names_words()
        ))
    })
}

/// `--fields`, parsed; `None` when not given.
fn picked(list: Option<&str>) -> Result<Option<Vec<&'static Field>>, CmdError> {
    list.map(fields::parse).transpose().map_err(CmdError::usage)
}

/// The `--type`s asked for, each once.
fn types(args: &ListArgs) -> Result<Vec<EmployeeType>, CmdError> {
    let mut types: Vec<EmployeeType> = Vec::new();
    for t in &args.user_types {
        let t = parse_type(t)?;
        if !types.contains(&t) {
            types.push(t);
        }
    }
    Ok(types)
}

/// The narrowing `args` asks for beyond status and type; a group given by name is
/// looked up on the portal.
async fn filters(client: &PortalClient, args: &ListArgs) -> Result<ListFilters, CmdError> {
    let group = match (&args.group, args.without_group) {
        (Some(g), _) => Some(GroupFilter::Member(group::group_id(client, g).await?)),
        (None, true) => Some(GroupFilter::WithoutGroup),
        (None, false) => None,
    };
    Ok(ListFilters {
        group,
        payments: args.payments,
        login_type: args.login_type,
        quota: args.quota,
        ..ListFilters::default()
    })
}

pub(crate) async fn list(
    client: &PortalClient,
    args: &ListArgs,
    io: &mut Io,
) -> Result<Exit, CmdError> {
    if args.limit == Some(0) {
        return Err(CmdError::usage("--limit must be at least 1"));
    }
    let picked = picked(args.fields.as_deref())?;
    let descending = args.desc || args.order == Some(Order::Desc);
    let types = types(args)?;
    let pick = picked.as_deref().map_or(Pick::Default, Pick::Fields);
    let query = UserQuery {
        status: args.status.status(),
        filter_value: args.search.clone(),
        sort_by: args.sort,
        sort_order: if descending {
            SortOrder::Descending
        } else {
            SortOrder::Ascending
        },
        filters: ListFilters {
            types,
            ..filters(client, args).await?
        },
        fields: output::wire(args.format, pick),
        ..UserQuery::default()
    };
    // Rows printed to the terminal as they come show the progress; a bar drawn between
    // them would be torn.
    let bar = if io.stdout_tty {
        Bar::hidden()
    } else {
        Bar::counter("reading")
    };
    let mut writer = PageWriter::new(args.format, pick, io.stdout_tty);
    let mut read = 0;
    let listing = client
        .list_each(&query, args.limit, PAGES_IN_FLIGHT, |users, total| {
            io.out(&writer.page(&users));
            read += users.len();
            bar.set(read, total);
        })
        .await;
    bar.finish();
    // What was printed stands; the end closes it (a JSON array stays valid).
    io.out(&writer.finish());
    let listing = listing?;
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
    let picked = picked(args.fields.as_deref())?;
    let pick = picked.as_deref().map_or(Pick::Default, Pick::Fields);
    let refs = ids::collect(&args.users, || io.read_stdin())?;
    let found = resolve::read_all(client, &refs, None).await?;
    let text = match args.format {
        Format::Table => output::profiles(&found.users, pick),
        format => output::render(&found.users, format, pick, io.stdout_tty),
    };
    io.out(&text);
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
