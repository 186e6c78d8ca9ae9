//! Keys while the terminal is too small to draw the screen (see [`crate::geometry::fits`]).
//!
//! Only the keys whose effect needs no screen act: quit (asking first, as usual, while a
//! change runs or a form holds typed input), help, and `Ctrl-Z` (handled before any
//! overlay). Every other key is ignored, so nothing is confirmed, typed or started blind;
//! a confirmation or form open when the terminal shrank stays as it was and is drawn
//! again when the terminal grows.

use crossterm::event::KeyEvent;

use super::help;
use crate::app::action::{Action, Context};
use crate::app::effect::Effect;
use crate::app::keymap::KeySpec;
use crate::app::leave;
use crate::app::redraw::unchanged;
use crate::app::state::model::{Model, Overlay};

pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let typed = KeySpec::from_event(key).typed_char().is_some();
    match model.keymap.action(Context::Global, key) {
        // A typed `q` is text where the overlay reads text; it is not a quit there.
        Some(Action::Quit) if !(typed && takes_text(&model.overlay)) => {
            if model.quit_asked {
                leave::leave(model)
            } else {
                leave::ask(model)
            }
        }
        Some(Action::Help) if !model.quit_asked => match model.overlay {
            Overlay::None => {
                model.overlay = Overlay::Help { scroll: 0 };
                Vec::new()
            }
            Overlay::Help { .. } => help::on_key(model, key),
            _ => unchanged(model),
        },
        _ => unchanged(model),
    }
}

/// Whether the overlay reads typed characters as text.
fn takes_text(overlay: &Overlay) -> bool {
    match overlay {
        Overlay::Search
        | Overlay::Lookup(_)
        | Overlay::Form(_)
        | Overlay::Palette(_)
        | Overlay::Export(_) => true,
        Overlay::Confirm(dialog) => dialog.needs_typed_count(),
        Overlay::None | Overlay::Help { .. } | Overlay::Job | Overlay::PasteReport(_) => false,
    }
}

#[cfg(test)]
#[path = "too_small_tests.rs"]
mod tests;
