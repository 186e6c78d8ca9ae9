use crossterm::event::Event;

use super::*;
use crate::app::msg::Msg;
use crate::app::state::model::ModelOptions;
use crate::app::testing::press;
use crate::app::update::update;

fn model(keys: &[(&str, &str)]) -> Model {
    let mut m = Model::new(ModelOptions {
        keys: keys
            .iter()
            .map(|(a, k)| (a.to_string(), vec![k.to_string()]))
            .collect(),
        ..ModelOptions::default()
    });
    update(&mut m, Msg::Input(Event::Resize(80, 24)));
    m.status
        .error("could not look up email x@example.org: the portal answered 503");
    m
}

#[test]
fn m_opens_the_messages_and_their_keys_scroll_and_close_them() {
    let mut m = model(&[]);
    press(&mut m, "m");
    assert_eq!(m.overlay, Overlay::Messages { scroll: 0 });
    press(&mut m, "j");
    press(&mut m, "j");
    assert_eq!(m.overlay, Overlay::Messages { scroll: 2 });
    press(&mut m, "k");
    assert_eq!(m.overlay, Overlay::Messages { scroll: 1 });
    press(&mut m, "g");
    assert_eq!(m.overlay, Overlay::Messages { scroll: 0 });
    press(&mut m, "esc");
    assert_eq!(m.overlay, Overlay::None);
    press(&mut m, "m");
    press(&mut m, "m");
    assert_eq!(m.overlay, Overlay::None, "m closes it too");
    // Nothing read or sent, and the message is still there.
    assert_eq!(m.status.recent().len(), 1);
}

#[test]
fn the_messages_key_can_be_remapped() {
    let mut m = model(&[("messages", "M")]);
    press(&mut m, "m");
    assert_eq!(m.overlay, Overlay::None);
    press(&mut m, "M");
    assert_eq!(m.overlay, Overlay::Messages { scroll: 0 });
    press(&mut m, "M");
    assert_eq!(m.overlay, Overlay::None);
}

#[test]
fn help_opens_over_the_messages() {
    let mut m = model(&[]);
    press(&mut m, "m");
    press(&mut m, "?");
    assert_eq!(m.help, Some(0));
    press(&mut m, "esc");
    assert_eq!(m.help, None);
    assert_eq!(m.overlay, Overlay::Messages { scroll: 0 });
}
