//! The palette's commands with arguments: what they are (for the palette's list) and
//! reading a typed command line into a [`PaletteCommand`], with a sentence for anything
//! that cannot be read.

use uuid::Uuid;

use crate::api::{
    Area, EmployeeType, FilterValue, GroupFilter, Inviter, LoginType, Payments, QuotaFilter,
    SortBy, SortOrder, StatusFilter,
};
use crate::people::columns::Column;
use crate::people::export::ExportFormat;
use crate::people::lookup::{LookupTarget, parse_lookup};
use crate::sanitize::display_safe_short;

/// A command of the palette, for its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandSpec {
    /// The word that starts it.
    pub name: &'static str,
    /// How it is written.
    pub usage: &'static str,
    pub description: &'static str,
}

/// Every command with arguments.
pub(crate) const COMMANDS: [CommandSpec; 6] = [
    CommandSpec {
        name: "goto",
        usage: "goto <id or email>",
        description: "show a user, found by ID or email (as i does)",
    },
    CommandSpec {
        name: "export",
        usage: "export csv|json <file>",
        description: "write the list (all pages, as searched and filtered) to a file",
    },
    CommandSpec {
        name: "sort",
        usage: "sort <column> [asc|desc]",
        description: "sort the list on the portal",
    },
    CommandSpec {
        name: "filter",
        usage: "filter key=value … | filter clear",
        description: "filter the list: status, type, group, area, payments, login, quota, inviter, admins",
    },
    CommandSpec {
        name: "columns",
        usage: "columns a,b,… | +a -b | reset | wide | narrow",
        description: "choose the columns of the list",
    },
    CommandSpec {
        name: "profile",
        usage: "profile <name>",
        description: "switch to another portal profile of the configuration",
    },
];

/// A command read from the palette.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PaletteCommand {
    Goto(LookupTarget),
    Export {
        format: ExportFormat,
        path: String,
    },
    Sort {
        by: SortBy,
        order: Option<SortOrder>,
    },
    Filter(FilterCommand),
    Columns(ColumnsCommand),
    Profile(String),
}

/// `filter …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FilterCommand {
    /// Every filter off.
    Clear,
    /// These filters set (the others as they are).
    Set(Vec<FilterSetting>),
}

/// One `key=value` of `filter`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FilterSetting {
    Status(StatusFilter),
    Types(Vec<EmployeeType>),
    Group(GroupChoice),
    Area(Area),
    Payments(Payments),
    LoginType(LoginType),
    Quota(QuotaFilter),
    Inviter(Inviter),
    AdministratorsOnly(bool),
}

/// `group=…` of `filter`: a filter as given (an ID, `!ID`, `none`), or a group named
/// (found among the portal's groups when the command runs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum GroupChoice {
    Filter(GroupFilter),
    /// Members of the group of this name (any case); with `!`, everyone outside it.
    Named {
        name: String,
        outside: bool,
    },
}

/// `columns …`. Column names are checked against the list's columns when it is run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ColumnsCommand {
    /// The default columns.
    Reset,
    /// The list over the whole width (`columns wide`), or beside the detail pane
    /// (`columns narrow`).
    Wide(bool),
    /// Exactly these, in this order.
    Set(Vec<String>),
    /// These added (`+name`) and removed (`-name`).
    Change {
        show: Vec<String>,
        hide: Vec<String>,
    },
}

const FILTER_KEYS: &str = "status, type, group, area, payments, login, quota, inviter or admins";

/// The command a line starts with, when the line goes on past its name (`goto x`, or
/// `goto ` with the space): then Enter runs it rather than an action of the list.
pub(crate) fn command_of(line: &str) -> Option<&'static CommandSpec> {
    let line = line.trim_start();
    let (word, _) = line.split_once(char::is_whitespace)?;
    COMMANDS.iter().find(|c| c.name.eq_ignore_ascii_case(word))
}

/// Reads a command line (`sort email desc`).
pub(crate) fn parse_command(line: &str) -> Result<PaletteCommand, String> {
    let line = line.trim();
    let (word, args) = line
        .split_once(char::is_whitespace)
        .map_or((line, ""), |(w, a)| (w, a.trim()));
    let Some(spec) = COMMANDS.iter().find(|c| c.name.eq_ignore_ascii_case(word)) else {
        return Err(format!(
            "\"{}\" is not a command: use {}",
            shown(word),
            COMMANDS.map(|c| c.name).join(", ")
        ));
    };
    if args.is_empty() {
        return Err(format!("{} needs more: {}", spec.name, spec.usage));
    }
    match spec.name {
        "goto" => parse_lookup(args).map(PaletteCommand::Goto),
        "export" => export(args),
        "sort" => sort(args),
        "filter" => filter(args).map(PaletteCommand::Filter),
        "columns" => columns(args).map(PaletteCommand::Columns),
        _ => profile(args),
    }
}

fn shown(s: &str) -> String {
    display_safe_short(s, 40)
}

/// `export csv <file>`, `export json <file>`, or `export <file.csv|file.json>`.
fn export(args: &str) -> Result<PaletteCommand, String> {
    let (first, rest) = args
        .split_once(char::is_whitespace)
        .map_or((args, ""), |(f, r)| (f, r.trim()));
    if let Some(format) = ExportFormat::parse(first) {
        if rest.is_empty() {
            return Err(format!(
                "export {} needs a file name: export {} <file>",
                format.name(),
                format.name()
            ));
        }
        return Ok(PaletteCommand::Export {
            format,
            path: rest.to_string(),
        });
    }
    crate::people::export::parse_export_file(args)
        .map(|(format, path)| PaletteCommand::Export { format, path })
        .map_err(|_| {
            format!(
                "export needs a format and a file: export csv <file> or export json <file> \
                 (not \"{}\")",
                shown(args)
            )
        })
}

fn sort(args: &str) -> Result<PaletteCommand, String> {
    let words: Vec<&str> = args.split_whitespace().collect();
    // A column of the list (`name`, `registered`), or the portal's name for an order.
    let by = Column::parse(words[0])
        .and_then(Column::sort)
        .or_else(|| SortBy::parse(words[0]))
        .ok_or_else(|| {
            let columns: Vec<&str> = Column::ALL
                .into_iter()
                .filter(|c| c.sort().is_some())
                .map(Column::name)
                .collect();
            format!(
                "cannot sort by \"{}\": use one of {}",
                shown(words[0]),
                columns.join(", ")
            )
        })?;
    let order = match words.get(1).map(|w| w.to_ascii_lowercase()) {
        None => None,
        Some(w) if w == "asc" || w == "ascending" => Some(SortOrder::Ascending),
        Some(w) if w == "desc" || w == "descending" => Some(SortOrder::Descending),
        Some(_) => {
            return Err(format!(
                "sort order \"{}\" is neither asc nor desc",
                shown(words[1])
            ));
        }
    };
    if words.len() > 2 {
        return Err(format!(
            "sort takes a column and an order, not \"{}\"",
            shown(words[2])
        ));
    }
    Ok(PaletteCommand::Sort { by, order })
}

fn filter(args: &str) -> Result<FilterCommand, String> {
    if ["clear", "none", "off"]
        .iter()
        .any(|w| args.eq_ignore_ascii_case(w))
    {
        return Ok(FilterCommand::Clear);
    }
    let mut settings: Vec<FilterSetting> = Vec::new();
    let mut keys_seen: Vec<String> = Vec::new();
    for pair in args.split_whitespace() {
        let Some((key, value)) = pair.split_once('=') else {
            return Err(format!(
                "\"{}\" is not key=value: filter type=guest status=active, or filter clear",
                shown(pair)
            ));
        };
        let key = key.to_ascii_lowercase();
        if value.is_empty() {
            return Err(format!("{} has no value: {key}=…", shown(&key)));
        }
        let setting = filter_setting(&key, value)?;
        if keys_seen.contains(&key) {
            return Err(format!("{} is given twice", shown(&key)));
        }
        keys_seen.push(key);
        settings.push(setting);
    }
    Ok(FilterCommand::Set(settings))
}

fn filter_setting(key: &str, value: &str) -> Result<FilterSetting, String> {
    let bad = |what: &str, choices: String| {
        format!(
            "{key}={}: not {what}; use {choices}",
            shown(value),
            key = shown(key)
        )
    };
    Ok(match key {
        "status" => FilterSetting::Status(
            [
                StatusFilter::All,
                StatusFilter::Active,
                StatusFilter::Pending,
                StatusFilter::Terminated,
            ]
            .into_iter()
            .find(|s| s.label().eq_ignore_ascii_case(value))
            .ok_or_else(|| bad("a status", "all, active, pending or terminated".into()))?,
        ),
        "type" | "types" => {
            let types: Option<Vec<EmployeeType>> = value.split(',').map(employee_type).collect();
            FilterSetting::Types(types.ok_or_else(|| {
                bad(
                    "a user type",
                    "docspace-admin, room-admin, user or guest (several with commas)".into(),
                )
            })?)
        }
        "group" => FilterSetting::Group(group(value).ok_or_else(|| {
            bad(
                "a group",
                "a group name or ID, !name or !ID for everyone outside it, or none".into(),
            )
        })?),
        "area" => {
            FilterSetting::Area(value_of(value).ok_or_else(|| bad("an area", names::<Area>()))?)
        }
        "payments" => FilterSetting::Payments(
            value_of(value).ok_or_else(|| bad("a payment kind", names::<Payments>()))?,
        ),
        "login" => FilterSetting::LoginType(
            value_of(value).ok_or_else(|| bad("a login type", names::<LoginType>()))?,
        ),
        "quota" => FilterSetting::Quota(
            value_of(value).ok_or_else(|| bad("a quota kind", names::<QuotaFilter>()))?,
        ),
        "inviter" => FilterSetting::Inviter(if value.eq_ignore_ascii_case("me") {
            Inviter::Me
        } else {
            Inviter::User(
                Uuid::parse_str(value).map_err(|_| bad("an inviter", "me or a user ID".into()))?,
            )
        }),
        "admins" => FilterSetting::AdministratorsOnly(match value.to_ascii_lowercase().as_str() {
            "yes" | "true" | "only" => true,
            "no" | "false" | "any" => false,
            _ => return Err(bad("yes or no", "yes or no".into())),
        }),
        _ => {
            return Err(format!(
                "unknown filter \"{}\": use {FILTER_KEYS}",
                shown(key)
            ));
        }
    })
}

fn value_of<T: FilterValue>(value: &str) -> Option<T> {
    T::parse(value)
}

fn names<T: FilterValue>() -> String {
    T::VALUES
        .iter()
        .map(|v| v.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A user type in the one vocabulary of both front ends (`people::user_type::parse`).
fn employee_type(s: &str) -> Option<EmployeeType> {
    crate::people::user_type::parse(s)
}

/// `none`, an ID, `!ID`, a name or `!name` (`_` stands for a space in a name).
fn group(value: &str) -> Option<GroupChoice> {
    if value.eq_ignore_ascii_case("none") {
        return Some(GroupChoice::Filter(GroupFilter::WithoutGroup));
    }
    let (outside, rest) = match value.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, value),
    };
    if rest.is_empty() {
        return None;
    }
    Some(match Uuid::parse_str(rest) {
        Ok(id) if outside => GroupChoice::Filter(GroupFilter::NotMember(id)),
        Ok(id) => GroupChoice::Filter(GroupFilter::Member(id)),
        Err(_) => GroupChoice::Named {
            name: rest.to_string(),
            outside,
        },
    })
}

fn columns(args: &str) -> Result<ColumnsCommand, String> {
    if args.eq_ignore_ascii_case("reset") || args.eq_ignore_ascii_case("default") {
        return Ok(ColumnsCommand::Reset);
    }
    if args.eq_ignore_ascii_case("wide") {
        return Ok(ColumnsCommand::Wide(true));
    }
    if args.eq_ignore_ascii_case("narrow") {
        return Ok(ColumnsCommand::Wide(false));
    }
    let words: Vec<&str> = args
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let signed = words.iter().filter(|w| w.starts_with(['+', '-'])).count();
    if signed != 0 && signed != words.len() {
        return Err(
            "columns takes either a list (columns name,email,type) or changes \
             (columns +department -email), not both"
                .into(),
        );
    }
    let name = |w: &str| -> Result<String, String> {
        let ok = !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if ok {
            Ok(w.to_ascii_lowercase())
        } else {
            Err(format!("\"{}\" is not a column name", shown(w)))
        }
    };
    if signed == 0 {
        let names = words
            .iter()
            .map(|w| name(w))
            .collect::<Result<Vec<_>, _>>()?;
        return Ok(ColumnsCommand::Set(names));
    }
    let (mut show, mut hide) = (Vec::new(), Vec::new());
    for w in words {
        match w.split_at(1) {
            ("+", n) => show.push(name(n)?),
            (_, n) => hide.push(name(n)?),
        }
    }
    Ok(ColumnsCommand::Change { show, hide })
}

fn profile(args: &str) -> Result<PaletteCommand, String> {
    let name = args.trim();
    if name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "\"{}\" is not a profile name: one word, as in [profiles.NAME]",
            shown(name)
        ));
    }
    Ok(PaletteCommand::Profile(name.to_string()))
}

#[cfg(test)]
#[path = "command_tests.rs"]
mod tests;
