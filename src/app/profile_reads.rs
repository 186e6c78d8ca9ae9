//! The whole profile of the user the detail pane shows, read on demand: list rows carry
//! only what the list draws. Called after every message: when the list's selection is a
//! user whose profile is not kept, its read is asked for with a pause the worker waits
//! (no clock here); a newer selection cancels the read still waiting, so scrolling past
//! users reads none of them. Only the latest read counts (by request id). A failed read
//! is tried again when the selection comes back to the user after leaving.

use super::effect::{ApiOp, Effect};
use super::state::model::{Model, Pending};
use super::state::profiles::PROFILE_PAUSE_MS;
use uuid::Uuid;

/// Starts (or cancels) the read of the shown user's profile; returns its effects.
pub(crate) fn follow(model: &mut Model) -> Vec<Effect> {
    let want = wanted(model);
    model.profiles.forget_failure_unless(want);
    let mut fx = Vec::new();
    match model.profiles.reading() {
        Some((id, _)) if Some(id) == want => return fx,
        Some(_) => {
            if let Some(old) = model.profiles.stop() {
                model.requests.finish(old);
                fx.push(Effect::Cancel(old));
            }
        }
        None => {}
    }
    let Some(id) = want else {
        return fx;
    };
    if model.profiles.touch(id) || model.profiles.failed(id).is_some() {
        return fx;
    }
    let op = ApiOp::ReadProfile {
        id,
        pause_ms: PROFILE_PAUSE_MS,
    };
    let (req, effect) = model.requests.start(Pending::Profile { id }, op);
    model.profiles.start(id, req);
    fx.push(effect);
    fx
}

/// Whose profile the detail pane needs: the list's selected user, while the pane is on
/// screen and shows no looked-up user, the user is not gone and the token is accepted.
fn wanted(model: &Model) -> Option<Uuid> {
    let (w, h) = model.size;
    let pane = model.detail.focused || crate::geometry::has_side_detail(w, h, model.columns.wide);
    let id = model.users.selected?;
    let shows_list = model.detail.lookup.is_none();
    let can = pane && shows_list && !model.token_refused && model.screen_fits();
    (can && !model.detail.gone.contains(&id)).then_some(id)
}

#[cfg(test)]
#[path = "profile_reads_tests.rs"]
mod tests;
