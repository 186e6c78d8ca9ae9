//! Look-up by ID or email: the prompt's keys and starting the read (the parsing is
//! [`crate::people::lookup`]).

use crossterm::event::KeyEvent;

use crate::app::action::{Action, Context};
use crate::app::effect::{Effect, HistoryKind};
use crate::app::list_reads::start_lookup;
use crate::app::redraw::unchanged;
use crate::app::state::input::{Edit, PromptKey, TextInput};
use crate::app::state::model::{Model, Overlay};
use crate::app::{leave, words};
use crate::people::lookup::parse_lookup;

/// Keys in the look-up prompt, read through the keymap: text and its editing keys,
/// `accept` (Enter) to look up, `back` (Esc) to close.
pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let spec = match PromptKey::of(&model.keymap, key) {
        PromptKey::Quit => return leave::ask(model),
        PromptKey::Close => {
            model.overlay = Overlay::None;
            return Vec::new();
        }
        PromptKey::Enter => return submit(model),
        PromptKey::Other(spec) => spec,
    };
    let action = match spec.typed_char() {
        Some(_) => None,
        None => model.keymap.action(Context::Form, key),
    };
    let Overlay::Lookup(prompt) = &mut model.overlay else {
        return unchanged(model);
    };
    // ↑/↓: the look-up history.
    let entries = model.history.entries(HistoryKind::Lookup);
    let recalled = match action {
        Some(Action::HistoryPrev) => Some(prompt.recall.older(entries, prompt.input.value())),
        Some(Action::HistoryNext) => Some(prompt.recall.newer(entries)),
        _ => None,
    };
    match recalled {
        Some(Some(entry)) => {
            prompt.input = TextInput::new(&entry);
            prompt.error = None;
            return Vec::new();
        }
        Some(None) => return unchanged(model),
        None => {}
    }
    match prompt.input.key(&spec, &model.keymap) {
        Edit::Changed => {
            prompt.recall.reset();
            prompt.error = None;
            Vec::new()
        }
        Edit::Moved => Vec::new(),
        Edit::Ignored => unchanged(model),
    }
}

/// Enter: a GUID or an email starts a request; anything else is explained, nothing sent.
fn submit(model: &mut Model) -> Vec<Effect> {
    let Overlay::Lookup(prompt) = &mut model.overlay else {
        return unchanged(model);
    };
    match parse_lookup(prompt.input.value()) {
        Err(why) => {
            prompt.error = Some(why);
            Vec::new()
        }
        Ok(target) => {
            let typed = prompt.input.value().to_string();
            model.overlay = Overlay::None;
            model
                .status
                .notice(words::lookup::looking_up(&target.describe()));
            let mut fx: Vec<Effect> = model
                .history
                .push(HistoryKind::Lookup, &typed)
                .into_iter()
                .collect();
            fx.extend(start_lookup(model, target));
            fx
        }
    }
}

#[cfg(test)]
#[path = "lookup_tests.rs"]
mod tests;
