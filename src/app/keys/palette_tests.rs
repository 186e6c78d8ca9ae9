use crossterm::event::Event;
use uuid::Uuid;

use crate::app::effect::ExportRequest;
use crate::app::effect::{ApiOp, Effect, HistoryKind};
use crate::app::msg::Msg;
use crate::app::state::model::{Model, ModelOptions, Overlay};
use crate::app::testing::{press, type_text};
use crate::app::update;
use crate::people::export::ExportFormat;

fn model() -> Model {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    m
}

fn palette_input(m: &Model) -> String {
    match &m.overlay {
        Overlay::Palette(p) => p.input.value().to_string(),
        other => panic!("the palette is not open: {other:?}"),
    }
}

#[test]
fn enter_runs_the_chosen_action_as_its_key_would() {
    let mut m = model();
    press(&mut m, ":");
    type_text(&mut m, "help");
    let fx = press(&mut m, "enter");
    assert!(m.help.is_some(), "{:?}", m.overlay);
    assert_eq!(
        fx,
        vec![Effect::SaveHistory(
            HistoryKind::Palette,
            vec!["help".into()]
        )]
    );
}

#[test]
fn goto_looks_the_user_up() {
    let mut m = model();
    let id = Uuid::from_u128(0x42);
    press(&mut m, ":");
    type_text(&mut m, &format!("goto {id}"));
    let fx = press(&mut m, "enter");
    assert!(matches!(m.overlay, Overlay::None));
    assert!(
        fx.iter()
            .filter_map(Effect::request)
            .any(|r| r.op == ApiOp::GetUser(id)),
        "{fx:?}"
    );
}

#[test]
fn a_bad_command_keeps_the_palette_open_with_the_reason() {
    let mut m = model();
    press(&mut m, ":");
    type_text(&mut m, "sort shoe");
    let fx = press(&mut m, "enter");
    assert!(fx.is_empty());
    let Overlay::Palette(p) = &m.overlay else {
        panic!()
    };
    assert!(
        p.error
            .as_deref()
            .unwrap_or("")
            .contains("cannot sort by \"shoe\"")
    );
}

#[test]
fn profile_asks_the_runtime_to_switch() {
    let mut m = model();
    press(&mut m, ":");
    type_text(&mut m, "profile work");
    let fx = press(&mut m, "enter");
    assert!(fx.contains(&Effect::SwitchProfile("work".into())), "{fx:?}");
    assert!(matches!(m.overlay, Overlay::None));
}

#[test]
fn export_starts_the_export_of_the_list_query() {
    let mut m = model();
    press(&mut m, ":");
    type_text(&mut m, "export json out.json");
    let fx = press(&mut m, "enter");
    let ops: Vec<&ApiOp> = fx
        .iter()
        .filter_map(Effect::request)
        .map(|r| &r.op)
        .collect();
    assert_eq!(
        ops,
        [&ApiOp::Export(Box::new(ExportRequest {
            query: m.users.query(0),
            format: ExportFormat::Json,
            path: "out.json".into()
        }))]
    );
}

#[test]
fn a_chosen_command_is_put_on_the_line_to_complete() {
    let mut m = model();
    press(&mut m, ":");
    type_text(&mut m, "goto");
    press(&mut m, "enter");
    assert_eq!(palette_input(&m), "goto ");
}

#[test]
fn up_on_an_empty_line_brings_back_earlier_commands() {
    let mut m = model();
    m.history.push(HistoryKind::Palette, "export csv a.csv");
    m.history.push(HistoryKind::Palette, "goto ann@example.org");
    press(&mut m, ":");
    press(&mut m, "up");
    assert_eq!(palette_input(&m), "goto ann@example.org");
    press(&mut m, "up");
    assert_eq!(palette_input(&m), "export csv a.csv");
    press(&mut m, "down");
    press(&mut m, "down");
    assert_eq!(palette_input(&m), "");
    // Once something is typed, the arrows choose among the matches.
    type_text(&mut m, "copy");
    press(&mut m, "down");
    let Overlay::Palette(p) = &m.overlay else {
        panic!()
    };
    assert_eq!(p.selected_index(), 1);
    assert_eq!(p.input.value(), "copy");
}

#[test]
fn esc_closes_and_q_is_text() {
    let mut m = model();
    press(&mut m, ":");
    type_text(&mut m, "q");
    assert_eq!(palette_input(&m), "q");
    assert!(!m.quit);
    press(&mut m, "esc");
    assert!(matches!(m.overlay, Overlay::None));
}
