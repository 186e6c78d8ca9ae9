//! The user the detail pane shows and a single-user action applies to, held by id.
//!
//! It is the looked-up user when there is one, else the list's selection
//! (`UserList::selected`, which moves only with the cursor keys). The list may re-order,
//! re-read or drop rows under it — a status change moves a user to another group, a
//! refresh or another filter drops it — and the pane keeps showing that user from the last
//! copy read, never whoever took the row. When the list no longer holds the selected user,
//! the user is read again by id once per list generation; the portal's "not found", or a
//! delete confirmed here, marks the user gone: the pane says so and actions apply to
//! nobody.

use uuid::Uuid;

use super::effect::{ApiOp, Effect};
use super::state::model::{Model, Pending};
use crate::api::EmployeeFullDto;

/// The id of the user shown, gone or not.
pub(crate) fn pinned_id(model: &Model) -> Option<Uuid> {
    model.shown().user().map(|u| u.id)
}

/// Keeps the last copy of the selected user, so the pane can still show it when the list
/// no longer holds it. Called after every message.
pub(crate) fn keep(model: &mut Model) {
    let Some(id) = model.users.selected else {
        model.detail.kept = None;
        return;
    };
    match model.users.by_id(id) {
        Some(u) => {
            if model.detail.kept.as_ref() != Some(u) {
                model.detail.kept = Some(u.clone());
            }
        }
        None => {
            if model.detail.kept.as_ref().is_some_and(|k| k.id != id) {
                model.detail.kept = None;
            }
        }
    }
}

/// Notes users the portal no longer has.
pub(crate) fn mark_gone(model: &mut Model, ids: impl IntoIterator<Item = Uuid>) {
    model.detail.gone.extend(ids);
}

/// After a page: when the list was read again without the selected user, reads that user
/// by id (once per list generation) to show how the portal holds it now, or that it is
/// gone.
pub(crate) fn recheck(model: &mut Model) -> Vec<Effect> {
    match model.users.lost_selection() {
        Some(id) => reread(model, id),
        None => Vec::new(),
    }
}

/// After a change: reads the user shown again (its status may have changed).
pub(crate) fn reread_shown(model: &mut Model) -> Vec<Effect> {
    match pinned_id(model) {
        Some(id) => reread(model, id),
        None => Vec::new(),
    }
}

fn reread(model: &mut Model, id: Uuid) -> Vec<Effect> {
    let this = (model.users.generation, id);
    if model.detail.gone.contains(&id) || model.detail.rechecked == Some(this) {
        return Vec::new();
    }
    model.detail.rechecked = Some(this);
    let (_, fx) = model
        .requests
        .start(Pending::Refetch { id }, ApiOp::GetUser(id));
    vec![fx]
}

/// A user read again by id: the list's copy, the looked-up one and the kept one follow.
pub(crate) fn reread_done(model: &mut Model, user: EmployeeFullDto) {
    model.users.replace_user(&user);
    model.profiles.replace(&user);
    if model.detail.kept.as_ref().is_some_and(|k| k.id == user.id) {
        model.detail.kept = Some(user.clone());
    }
    if model
        .detail
        .lookup
        .as_ref()
        .is_some_and(|l| l.id == user.id)
    {
        model.detail.lookup = Some(user);
    }
}
