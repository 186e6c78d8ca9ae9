//! Keys while the help is open (over whatever is on screen): scroll, close, quit.

use crossterm::event::KeyEvent;

use crate::app::action::{Action, Context};
use crate::app::effect::Effect;
use crate::app::leave;
use crate::app::redraw::unchanged;
use crate::app::state::model::Model;

pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let Some(scroll) = model.help.as_mut() else {
        return unchanged(model);
    };
    match model.keymap.action(Context::List, key) {
        Some(Action::Quit) => return leave::ask(model),
        Some(Action::Down) => *scroll = scroll.saturating_add(1),
        Some(Action::Up) => *scroll = scroll.saturating_sub(1),
        Some(Action::PageDown) => *scroll = scroll.saturating_add(10),
        Some(Action::PageUp) => *scroll = scroll.saturating_sub(10),
        Some(Action::Top) => *scroll = 0,
        Some(Action::Help | Action::Back | Action::Open) => model.help = None,
        _ => return unchanged(model),
    }
    Vec::new()
}
