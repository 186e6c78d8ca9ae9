use crossterm::event::Event;

use crate::app::effect::{ApiOp, Effect};
use crate::app::msg::{Msg, Switched};
use crate::app::state::model::{Model, ModelOptions};
use crate::app::testing::press;
use crate::app::{init, update};

fn started() -> (Model, Vec<Effect>) {
    let mut m = Model::new(ModelOptions {
        portal_label: "one".into(),
        ..ModelOptions::default()
    });
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fx = init(&mut m);
    (m, fx)
}

#[test]
fn switched_starts_afresh_on_the_new_portal_and_keeps_the_keymap() {
    let (mut m, _) = started();
    press(&mut m, "w");
    let keymap = format!("{:?}", m.keymap);
    m.users.filter_text = "anna".into();
    let fx = update(
        &mut m,
        Msg::Switched(Switched {
            profile: "two".into(),
            portal_label: "two (https://two.example)".into(),
            read_only: true,
        }),
    );
    assert_eq!(m.portal_label, "two (https://two.example)");
    assert!(m.read_only);
    assert!(m.users.filter_text.is_empty());
    assert!(m.columns.wide, "the columns stay");
    assert_eq!(format!("{:?}", m.keymap), keymap);
    let ops: Vec<&ApiOp> = fx
        .iter()
        .filter_map(Effect::request)
        .map(|r| &r.op)
        .collect();
    assert!(ops.contains(&&ApiOp::Me), "{ops:?}");
    assert!(ops.iter().any(|op| matches!(op, ApiOp::ListUsers(_))));
    // Only the new requests are waited for.
    assert_eq!(m.requests.in_flight.len(), fx.len());
    assert!(
        m.status
            .notice
            .as_deref()
            .unwrap_or("")
            .contains("switched to profile two")
    );
}

#[test]
fn the_new_portals_list_is_read_with_the_row_fields_too() {
    let (mut m, fx) = started();
    let fields = |fx: &[Effect]| -> Vec<Vec<&'static str>> {
        fx.iter()
            .filter_map(Effect::list_query)
            .map(|q| q.fields.clone())
            .collect()
    };
    let before = fields(&fx);
    assert!(!before.is_empty() && before.iter().all(|f| f.contains(&"id")));
    let fx = update(
        &mut m,
        Msg::Switched(Switched {
            profile: "two".into(),
            portal_label: "two".into(),
            read_only: false,
        }),
    );
    let after = fields(&fx);
    assert!(!after.is_empty(), "{fx:?}");
    assert_eq!(after, before, "rows, not whole profiles, after the switch");
}
