//! The messages view (`m`): the recent status messages in full, newest first. Keys:
//! scroll, close, quit.

use crossterm::event::KeyEvent;

use crate::app::action::{Action, Context};
use crate::app::effect::Effect;
use crate::app::leave;
use crate::app::redraw::unchanged;
use crate::app::state::model::{Model, Overlay};

/// Opens the view at the newest message.
pub(crate) fn open(model: &mut Model) {
    model.overlay = Overlay::Messages { scroll: 0 };
}

pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let Overlay::Messages { scroll } = &mut model.overlay else {
        return unchanged(model);
    };
    match model.keymap.action(Context::List, key) {
        Some(Action::Quit) => return leave::ask(model),
        Some(Action::Down) => *scroll = scroll.saturating_add(1),
        Some(Action::Up) => *scroll = scroll.saturating_sub(1),
        Some(Action::PageDown) => *scroll = scroll.saturating_add(10),
        Some(Action::PageUp) => *scroll = scroll.saturating_sub(10),
        Some(Action::Top) => *scroll = 0,
        Some(Action::Messages | Action::Back | Action::Open) => model.overlay = Overlay::None,
        _ => return unchanged(model),
    }
    Vec::new()
}

#[cfg(test)]
#[path = "messages_tests.rs"]
mod tests;
