//! The reads that key and reply handlers start: the list's pages (a new query generation,
//! the pages in view), a new order or narrowing of the list (plain functions on the model
//! that any handler, or a command, may call), the look-up of one user and the groups;
//! marks waiting for rows that will not arrive are dropped here, with a word.

use super::effect::{ApiOp, Effect, RequestId};
use super::state::model::{Model, Pending};
use super::state::users::StatusFilter;
use super::words::list as words;
use crate::api::ListFilters;
use crate::api::query::{SortBy, SortOrder};
use crate::people::lookup::LookupTarget;

/// The effects to run at start-up: read the caller and the first page at once.
pub fn init(model: &mut Model) -> Vec<Effect> {
    let (_, me) = model.requests.start(Pending::Me, ApiOp::Me);
    let mut fx = vec![me];
    fx.extend(reload(model, false));
    fx
}

/// Starts a new query generation (cancelling the list requests in flight) and asks for
/// its first pages.
pub(crate) fn reload(model: &mut Model, restore: bool) -> Vec<Effect> {
    let mut fx = begin_reload(model, restore);
    fx.extend(prefetch(model));
    fx
}

fn begin_reload(model: &mut Model, restore: bool) -> Vec<Effect> {
    drop_waiting_marks(model);
    let mut fx = Vec::new();
    // The profiles kept may have changed too: read the shown one again.
    if let Some(old) = model.profiles.clear() {
        model.requests.finish(old);
        fx.push(Effect::Cancel(old));
    }
    for old in model.users.begin_reload(restore) {
        model.requests.finish(old);
        fx.push(Effect::Cancel(old));
    }
    fx
}

/// Orders the list by `by` in `order` on the portal. The same users in another order:
/// the selected user stays selected and is looked for from the top, as a user just
/// created is. Nothing is read when the order is already this one.
pub(crate) fn set_sort(model: &mut Model, by: SortBy, order: SortOrder) -> Vec<Effect> {
    let u = &mut model.users;
    if (u.sort_by, u.sort_order) == (by, order) {
        return Vec::new();
    }
    u.sort_by = by;
    u.sort_order = order;
    let selected = u.selected;
    let mut fx = begin_reload(model, false);
    if let Some(id) = selected {
        model.users.seek(id);
    }
    fx.extend(prefetch(model));
    fx
}

/// Sorts by the next column shown that the portal sorts by, ascending.
pub(crate) fn cycle_sort(model: &mut Model) -> Vec<Effect> {
    let (w, h) = model.size;
    let inner = crate::geometry::list_inner_width(w, h, model.columns.wide);
    match model.columns.next_sort(model.users.sort_by, inner) {
        Some(by) => set_sort(model, by, SortOrder::Ascending),
        None => {
            model
                .status
                .notice("the portal sorts by none of the columns shown");
            Vec::new()
        }
    }
}

/// Reverses the order of the list.
pub(crate) fn reverse_sort(model: &mut Model) -> Vec<Effect> {
    let order = match model.users.sort_order {
        SortOrder::Ascending => SortOrder::Descending,
        SortOrder::Descending => SortOrder::Ascending,
    };
    set_sort(model, model.users.sort_by, order)
}

/// Narrows the list to `status` and `filters` (with the search text, if any); the list
/// is read again from the top. Nothing is read when these are the filters applied.
pub(crate) fn set_filters(
    model: &mut Model,
    status: StatusFilter,
    filters: ListFilters,
) -> Vec<Effect> {
    let u = &mut model.users;
    if u.status_filter == status && u.filters == filters {
        return Vec::new();
    }
    u.status_filter = status;
    u.filters = filters;
    reload(model, false)
}

/// Drops every filter (the search text stays).
pub(crate) fn clear_filters(model: &mut Model) -> Vec<Effect> {
    set_filters(model, StatusFilter::All, ListFilters::default())
}

/// Whether the portal's groups are being read.
pub(crate) fn reading_groups(model: &Model) -> bool {
    model
        .requests
        .in_flight
        .values()
        .any(|p| *p == Pending::Groups)
}

/// Reads the portal's groups (for the filter panel), unless a read is on its way.
pub(crate) fn read_groups(model: &mut Model) -> Vec<Effect> {
    if reading_groups(model) {
        return Vec::new();
    }
    // The last failure is not this read's: the panel says the groups are on their way.
    model.groups.error = None;
    let (_, effect) = model.requests.start(Pending::Groups, ApiOp::ListGroups);
    vec![effect]
}

/// Asks for the pages of the list that are in view (or nearly) and not loaded yet, and
/// drops those far from it (cancelling the requests for them still on their way).
pub(crate) fn prefetch(model: &mut Model) -> Vec<Effect> {
    let vp = model.viewport();
    let mut fx = Vec::new();
    for far in model.users.evict(vp) {
        model.requests.finish(far);
        fx.push(Effect::Cancel(far));
    }
    let generation = model.users.generation;
    for page in model.users.pages_wanted(vp) {
        let query = model.users.query(page);
        let pending = Pending::Page { generation, page };
        let (id, effect) = model.requests.start(pending, ApiOp::ListUsers(query));
        model.users.page_requested(page, id);
        fx.push(effect);
    }
    fx
}

/// Starts look-up of `target`, superseding any look-up in flight.
pub(crate) fn start_lookup(model: &mut Model, target: LookupTarget) -> Vec<Effect> {
    let mut fx = Vec::new();
    let stale: Vec<RequestId> = model
        .requests
        .in_flight
        .iter()
        .filter(|(_, p)| matches!(p, Pending::Lookup { .. }))
        .map(|(id, _)| *id)
        .collect();
    for id in stale {
        model.requests.finish(id);
        fx.push(Effect::Cancel(id));
    }
    model.detail.lookup_seq += 1;
    let op = match &target {
        LookupTarget::Id(id) => ApiOp::GetUser(*id),
        LookupTarget::Email(e) => ApiOp::GetUserByEmail(e.clone()),
    };
    let pending = Pending::Lookup {
        target,
        seq: model.detail.lookup_seq,
    };
    let (_, effect) = model.requests.start(pending, op);
    fx.push(effect);
    fx
}

/// On refresh: reads the looked-up user again, if one is shown.
pub(crate) fn refresh_lookup(model: &mut Model) -> Vec<Effect> {
    match model.detail.lookup.as_ref().map(|u| u.id) {
        Some(id) => start_lookup(model, LookupTarget::Id(id)),
        None => Vec::new(),
    }
}

/// Rows marked while they were loading cannot be marked once the list they were in is
/// gone (read again, or failed): says so, rather than marking nobody silently.
pub(crate) fn drop_waiting_marks(model: &mut Model) {
    let dropped = model.marks.drop_waiting();
    if dropped > 0 {
        model.status.error(words::waiting_marks_dropped(dropped));
    }
}

#[cfg(test)]
#[path = "list_reads_tests.rs"]
mod tests;
