//! The search box (`/`): server-side `filterValue`, sent after a short pause in typing.

use crossterm::event::KeyEvent;

use crate::app::action::{Action, Context};
use crate::app::effect::{Effect, HistoryKind};
use crate::app::msg::TICK_MS;
use crate::app::redraw::unchanged;
use crate::app::state::input::{Edit, PromptKey, TextInput};
use crate::app::state::model::{Model, Overlay};
use crate::app::{leave, list_reads};

/// Ticks of quiet typing before the search is sent (about 300 ms).
pub(crate) const DEBOUNCE_TICKS: u8 = (300 / TICK_MS) as u8;

pub(crate) fn open(model: &mut Model) {
    model.search.input = TextInput::new(&model.users.filter_text);
    model.search.debounce = None;
    model.search.recall.reset();
    model.overlay = Overlay::Search;
}

pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let spec = match PromptKey::of(&model.keymap, key) {
        PromptKey::Quit => return leave::ask(model),
        // Esc clears the search and closes the box.
        PromptKey::Close => {
            model.overlay = Overlay::None;
            model.search.input.clear();
            model.search.debounce = None;
            return apply(model);
        }
        PromptKey::Enter => {
            model.overlay = Overlay::None;
            model.search.debounce = None;
            let text = model.search.input.value().to_string();
            let mut fx: Vec<Effect> = model
                .history
                .push(HistoryKind::Search, &text)
                .into_iter()
                .collect();
            fx.extend(apply(model));
            return fx;
        }
        PromptKey::Other(spec) => spec,
    };
    if spec.typed_char().is_none()
        && let Some(fx) = recall(model, model.keymap.action(Context::Form, key))
    {
        return fx;
    }
    // Text and its editing keys next; the list can still be moved while typing, with the
    // list's movement keys that are not text (a typed `j` is a j; the arrows go through
    // the history).
    match model.search.input.key(&spec, &model.keymap) {
        Edit::Changed => {
            model.search.recall.reset();
            model.search.debounce = Some(DEBOUNCE_TICKS);
            return Vec::new();
        }
        Edit::Moved => return Vec::new(),
        Edit::Ignored => {}
    }
    let vp = model.viewport();
    let list_action = match spec.typed_char() {
        Some(_) => None,
        None => model.keymap.action(Context::List, key),
    };
    let moved = match list_action {
        Some(Action::Up) => Some(-1),
        Some(Action::Down) => Some(1),
        Some(Action::PageUp) => Some(-(vp.max(1) as isize)),
        Some(Action::PageDown) => Some(vp.max(1) as isize),
        _ => None,
    };
    match moved {
        Some(delta) => {
            model.users.move_by(delta, vp);
            list_reads::prefetch(model)
        }
        None => unchanged(model),
    }
}

/// ↑/↓: the search history; the entry shown is searched for after the usual pause.
fn recall(model: &mut Model, action: Option<Action>) -> Option<Vec<Effect>> {
    let entries = model.history.entries(HistoryKind::Search);
    let search = &mut model.search;
    let entry = match action? {
        Action::HistoryPrev => search.recall.older(entries, search.input.value()),
        Action::HistoryNext => search.recall.newer(entries),
        _ => return None,
    };
    match entry {
        Some(text) => {
            search.input = TextInput::new(&text);
            search.debounce = Some(DEBOUNCE_TICKS);
            Some(Vec::new())
        }
        None => Some(unchanged(model)),
    }
}

pub(crate) fn on_paste(model: &mut Model, text: &str) -> Vec<Effect> {
    if model.search.input.insert_str(text) == Edit::Changed {
        model.search.debounce = Some(DEBOUNCE_TICKS);
    }
    Vec::new()
}

/// Counts down the debounce; sends the search when it runs out.
pub(crate) fn on_tick(model: &mut Model) -> Vec<Effect> {
    match model.search.debounce {
        Some(n) if n > 1 => {
            model.search.debounce = Some(n - 1);
            Vec::new()
        }
        Some(_) => {
            model.search.debounce = None;
            apply(model)
        }
        None => Vec::new(),
    }
}

/// Sends the typed text as the list's filter, unless it is already applied.
fn apply(model: &mut Model) -> Vec<Effect> {
    let text = model.search.input.value().trim().to_string();
    if text == model.users.filter_text {
        return Vec::new();
    }
    model.users.filter_text = text;
    list_reads::reload(model, false)
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
