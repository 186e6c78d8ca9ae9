//! Leaving. `q` / `Ctrl-C` leave at once unless that would lose something: a change still
//! running (the worker would abandon it part-way) or typed input in the create form. Then
//! a question opens over whatever is on screen (its keys: [`super::keys::quit`]). A
//! signal ([`super::Msg::Quit`]) leaves at once.

use super::effect::Effect;
use super::state::form::Phase;
use super::state::model::{Model, Overlay};
use super::words;

/// A quit key: leaves, or asks first when something would be lost.
pub(crate) fn ask(model: &mut Model) -> Vec<Effect> {
    if at_stake(model).is_empty() {
        return leave(model);
    }
    model.quit_asked = true;
    Vec::new()
}

/// Leaves now: the runtime stops at `Effect::Quit`.
pub(crate) fn leave(model: &mut Model) -> Vec<Effect> {
    model.quit_asked = false;
    model.quit = true;
    vec![Effect::Quit]
}

/// What leaving now would lose, in words (empty when nothing).
pub(crate) fn at_stake(model: &Model) -> Vec<String> {
    let mut lost = Vec::new();
    if let Some(what) = model.write_in_progress() {
        lost.push(words::session::abandons_change(&what));
    }
    if let Overlay::Form(form) = &model.overlay
        && form.is_dirty()
        && form.phase() != Phase::Submitting
    {
        lost.push(words::session::LOSES_FORM_INPUT.to_string());
    }
    lost
}
