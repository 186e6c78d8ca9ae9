//! Leaving. `q` / `Ctrl-C` leave at once unless that would lose something: a change still
//! running (the worker would abandon it part-way) or typed input in the create form. Then
//! a question opens over whatever is on screen: `y` (or the quit key again) leaves, `n` /
//! `Esc` stays. A signal ([`super::Msg::Quit`]) leaves at once.

use crossterm::event::KeyEvent;

use super::action::{Action, Context};
use super::effect::Effect;
use super::form::Phase;
use super::model::{Model, Overlay};
use super::update::unchanged;

/// A quit key: leaves, or asks first when something would be lost.
pub fn ask(model: &mut Model) -> Vec<Effect> {
    if at_stake(model).is_empty() {
        return leave(model);
    }
    model.quit_asked = true;
    Vec::new()
}

/// Leaves now: the runtime stops at `Effect::Quit`.
pub fn leave(model: &mut Model) -> Vec<Effect> {
    model.quit_asked = false;
    model.quit = true;
    vec![Effect::Quit]
}

/// What leaving now would lose, in words (empty when nothing).
pub fn at_stake(model: &Model) -> Vec<String> {
    let mut lost = Vec::new();
    if let Some(what) = model.write_in_progress() {
        lost.push(format!(
            "A change is still running ({what}); quitting abandons it part-way."
        ));
    }
    if let Overlay::Form(form) = &model.overlay
        && form.is_dirty()
        && form.phase() != Phase::Submitting
    {
        lost.push("The new-user form holds typed input that would be lost.".to_string());
    }
    lost
}

/// Keys while the question is open.
pub fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    match model.keymap.action(Context::Dialog, key) {
        Some(Action::Confirm | Action::Quit) => leave(model),
        Some(Action::Cancel | Action::Back) => {
            model.quit_asked = false;
            Vec::new()
        }
        _ => unchanged(model),
    }
}
