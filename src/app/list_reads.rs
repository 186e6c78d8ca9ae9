//! The reads that key and reply handlers start: the list's pages (a new query generation,
//! the pages in view) and the look-up of one user; marks waiting for rows that will not
//! arrive are dropped here, with a word.

use super::effect::{ApiOp, Effect, RequestId};
use super::state::model::{Model, Pending};
use crate::people::lookup::LookupTarget;

/// Starts a new query generation (cancelling the list requests in flight) and asks for
/// its first pages.
pub(crate) fn reload(model: &mut Model, restore: bool) -> Vec<Effect> {
    drop_waiting_marks(model);
    let mut fx = Vec::new();
    for old in model.users.begin_reload(restore) {
        model.requests.finish(old);
        fx.push(Effect::Cancel(old));
    }
    fx.extend(prefetch(model));
    fx
}

/// Asks for the pages of the list that are in view (or nearly) and not loaded yet.
pub(crate) fn prefetch(model: &mut Model) -> Vec<Effect> {
    let vp = model.viewport();
    let generation = model.users.generation;
    let mut fx = Vec::new();
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
        let rows = if dropped == 1 { "row" } else { "rows" };
        model.status.error(format!(
            "{dropped} {rows} marked while loading could not be marked: the list changed \
             before they arrived; mark them again"
        ));
    }
}
