//! Test helpers shared by the update, lifecycle and render tests: keys given as key specs
//! go through the real `update`.

use crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::effect::Effect;
use super::keymap::KeySpec;
use super::msg::Msg;
use super::state::model::Model;
use super::update::update;

/// The key press of a spec (`"j"`, `"ctrl-s"`, `"shift-tab"`).
pub fn key(spec: &str) -> Msg {
    let k = KeySpec::parse(spec).unwrap_or_else(|| panic!("key spec {spec:?}"));
    Msg::Input(Event::Key(KeyEvent::new_with_kind(
        k.code,
        k.mods,
        KeyEventKind::Press,
    )))
}

/// Presses one key.
pub fn press(m: &mut Model, spec: &str) -> Vec<Effect> {
    update(m, key(spec))
}

/// Types `text` key by key; returns every effect.
pub fn type_text(m: &mut Model, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| match c {
            ' ' => press(m, "space"),
            '-' => press(m, "minus"),
            c => press(m, &c.to_string()),
        })
        .collect()
}
