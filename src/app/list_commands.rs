//! The palette's list commands applied to the model: `sort`, `filter` and `columns`.
//! Shared by the palette's key handler and the groups reply (a `filter group=<name>`
//! typed before the groups were read waits for them, then runs).

use super::effect::Effect;
use super::list_reads;
use super::state::model::Model;
use super::state::palette::command::{ColumnsCommand, FilterCommand, FilterSetting, GroupChoice};
use super::state::users::columns::TableColumns;
use super::state::users::row_fields::row_fields;
use crate::api::{GroupFilter, SortBy, SortOrder};
use crate::people::columns::{Column, ColumnsError, parse_list};
use crate::sanitize::{display_safe_short, html_decode};

/// `sort <column> [asc|desc]`: ascending unless told.
pub(crate) fn sort(model: &mut Model, by: SortBy, order: Option<SortOrder>) -> Vec<Effect> {
    list_reads::set_sort(model, by, order.unwrap_or(SortOrder::Ascending))
}

/// `filter clear` or `filter key=value …` (the keys not given stay as they are). A group
/// given by name is looked for among the groups read; when none were read yet, they are
/// read first and the command runs when they arrive.
pub(crate) fn filter(model: &mut Model, command: FilterCommand) -> Vec<Effect> {
    let settings = match command {
        FilterCommand::Clear => return list_reads::clear_filters(model),
        FilterCommand::Set(settings) => settings,
    };
    let named = settings
        .iter()
        .any(|s| matches!(s, FilterSetting::Group(GroupChoice::Named { .. })));
    if named && model.groups.list.is_none() {
        model.waiting_filter = Some(settings);
        model.status.notice("reading the portal's groups…");
        return list_reads::read_groups(model);
    }
    apply(model, settings)
}

/// The groups were read (or failed): runs the filter waiting for them, if any.
pub(crate) fn on_groups_read(model: &mut Model) -> Vec<Effect> {
    let Some(settings) = model.waiting_filter.take() else {
        return Vec::new();
    };
    if model.groups.list.is_none() {
        let why = model.groups.error.clone().unwrap_or_default();
        model
            .status
            .error(format!("cannot filter by a group's name: {why}"));
        return Vec::new();
    }
    apply(model, settings)
}

fn apply(model: &mut Model, settings: Vec<FilterSetting>) -> Vec<Effect> {
    let mut status = model.users.status_filter;
    let mut filters = model.users.filters.clone();
    for setting in settings {
        match setting {
            FilterSetting::Status(s) => status = s,
            FilterSetting::Types(t) => filters.types = t,
            FilterSetting::Group(choice) => match group_filter(model, &choice) {
                Ok(g) => filters.group = Some(g),
                Err(why) => {
                    model.status.error(why);
                    return Vec::new();
                }
            },
            FilterSetting::Area(a) => filters.area = Some(a),
            FilterSetting::Payments(p) => filters.payments = Some(p),
            FilterSetting::LoginType(l) => filters.login_type = Some(l),
            FilterSetting::Quota(q) => filters.quota = Some(q),
            FilterSetting::Inviter(i) => filters.inviter = Some(i),
            FilterSetting::AdministratorsOnly(a) => filters.administrators_only = a,
        }
    }
    list_reads::set_filters(model, status, filters)
}

/// A group name as compared: entities decoded, any case, `_` for a space.
fn norm(name: &str) -> String {
    html_decode(name).trim().to_lowercase().replace('_', " ")
}

fn group_filter(model: &Model, choice: &GroupChoice) -> Result<GroupFilter, String> {
    let (name, outside) = match choice {
        GroupChoice::Filter(g) => return Ok(*g),
        GroupChoice::Named { name, outside } => (name, *outside),
    };
    let wanted = norm(name);
    let found: Vec<_> = model
        .groups
        .list
        .iter()
        .flatten()
        .filter(|g| g.name.as_deref().is_some_and(|n| norm(n) == wanted))
        .collect();
    let shown = display_safe_short(name, 40);
    match found[..] {
        [one] if outside => Ok(GroupFilter::NotMember(one.id)),
        [one] => Ok(GroupFilter::Member(one.id)),
        [] => Err(format!("the portal has no group named \"{shown}\"")),
        _ => Err(format!(
            "{} groups are named \"{shown}\": give the group's ID",
            found.len()
        )),
    }
}

/// `columns …`: the columns chosen (checked as `[ui] columns` is) or the width mode.
/// Returns the effects (rows now in view), or why nothing changed.
pub(crate) fn columns(model: &mut Model, command: ColumnsCommand) -> Result<Vec<Effect>, String> {
    let chosen = match command {
        ColumnsCommand::Wide(wide) => {
            model.columns.wide = wide;
            // The list changes height: keep the cursor on screen, read rows now in view.
            let vp = model.viewport();
            model.users.keep_cursor_visible(vp);
            return Ok(list_reads::prefetch(model));
        }
        ColumnsCommand::Reset => Column::ALL.to_vec(),
        ColumnsCommand::Set(names) => parse_list(&names).map_err(|e| e.to_string())?,
        ColumnsCommand::Change { show, hide } => {
            let mut chosen = model.columns.chosen().to_vec();
            for c in known(&hide)? {
                chosen.retain(|x| *x != c);
            }
            for c in known(&show)? {
                if !chosen.contains(&c) {
                    chosen.push(c);
                }
            }
            if chosen.is_empty() {
                return Err(ColumnsError::Empty.to_string());
            }
            chosen
        }
    };
    let wide = model.columns.wide;
    model.columns = TableColumns::new(chosen);
    model.columns.wide = wide;
    // A column whose properties the rows were not read with: read the rows in view again.
    let fields = row_fields(model.columns.chosen());
    if model.users.set_row_fields(fields) {
        return Ok(list_reads::reload(model, true));
    }
    Ok(Vec::new())
}

/// Column names, each known (an empty list is fine here).
fn known(names: &[String]) -> Result<Vec<Column>, String> {
    names
        .iter()
        .map(|n| Column::parse(n).ok_or_else(|| ColumnsError::Unknown(n.clone()).to_string()))
        .collect()
}

#[cfg(test)]
#[path = "list_commands_tests.rs"]
mod tests;
