//! Keys while "quit anyway?" is open: `y` (or the quit key again) leaves, `n` / `Esc`
//! stays.

use crossterm::event::KeyEvent;

use crate::app::action::{Action, Context};
use crate::app::effect::Effect;
use crate::app::leave::leave;
use crate::app::redraw::unchanged;
use crate::app::state::model::Model;

/// Keys while the question is open.
pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    match model.keymap.action(Context::Dialog, key) {
        Some(Action::Confirm | Action::Quit) => leave(model),
        Some(Action::Cancel | Action::Back) => {
            model.quit_asked = false;
            Vec::new()
        }
        _ => unchanged(model),
    }
}
