use crossterm::event::Event;

use super::*;
use crate::app::msg::Msg;
use crate::app::state::model::ModelOptions;
use crate::app::testing::{press, type_text};
use crate::app::update::update;

/// A model at 120x30 with each `(action, key)` of `pairs` bound in the config.
fn remapped(pairs: &[(&str, &str)]) -> Model {
    let mut m = Model::new(ModelOptions {
        keys: pairs
            .iter()
            .map(|(a, k)| (a.to_string(), vec![k.to_string()]))
            .collect(),
        ..ModelOptions::default()
    });
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    m
}

#[test]
fn the_search_box_reads_enter_esc_and_editing_through_the_keymap() {
    let mut m = remapped(&[
        ("accept", "ctrl-j"),
        ("back", "ctrl-g"),
        ("line_start", "alt-a"),
    ]);
    press(&mut m, "/");
    type_text(&mut m, "nn");
    press(&mut m, "home");
    press(&mut m, "alt-a");
    type_text(&mut m, "a");
    assert_eq!(
        m.search.input.value(),
        "ann",
        "only alt-a went to the start"
    );
    press(&mut m, "enter");
    assert_eq!(m.overlay, Overlay::Search, "enter is no longer bound");
    press(&mut m, "esc");
    assert_eq!(m.overlay, Overlay::Search, "esc is no longer bound");
    let fx = press(&mut m, "ctrl-j");
    assert_eq!(m.overlay, Overlay::None);
    assert_eq!(m.users.filter_text, "ann");
    assert!(fx.iter().any(|e| e.request().is_some()), "{fx:?}");
    // The remapped back key clears the search and closes the box.
    press(&mut m, "/");
    press(&mut m, "ctrl-g");
    assert_eq!(m.overlay, Overlay::None);
    assert_eq!(m.users.filter_text, "");
}
