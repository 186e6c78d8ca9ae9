use crossterm::event::Event;

use super::*;
use crate::api::{EmployeeFullDto, UserPage};
use crate::app::msg::{ApiOutcome, ApiReply, Msg};
use crate::app::state::model::Overlay;
use crate::app::testing::{press, type_text};
use crate::app::{ApiOp, ModelOptions, init, update};

fn user(n: u128) -> EmployeeFullDto {
    crate::fixtures::user(n)
        .first_name_only(&format!("First{n}"))
        .into()
}

/// A model at 120x30 with `@self` (the owner) and five users loaded.
fn ready() -> Model {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    for r in init(&mut m).iter().filter_map(Effect::request) {
        let result = match r.op {
            ApiOp::Me => {
                let mut me = user(1);
                me.is_owner = Some(true);
                ApiOutcome::User(Box::new(me))
            }
            _ => ApiOutcome::Page(UserPage {
                users: (10..15).map(user).collect(),
                total: Some(5),
                start_index: 0,
            }),
        };
        update(
            &mut m,
            Msg::Api(ApiReply {
                id: r.id,
                result: Ok(result),
            }),
        );
    }
    m
}

fn resize(m: &mut Model, w: u16, h: u16) -> Vec<Effect> {
    update(m, Msg::Input(Event::Resize(w, h)))
}

fn writes(fx: &[Effect]) -> usize {
    fx.iter()
        .filter_map(Effect::request)
        .filter(|r| r.op.is_write())
        .count()
}

#[test]
fn keys_that_need_the_screen_do_nothing_while_it_is_too_small() {
    let mut m = ready();
    resize(&mut m, 20, 5);
    let cursor = m.users.cursor;
    let mut fx = Vec::new();
    for k in [
        "j", "t", "y", "enter", "d", "y", "space", "n", "/", "i", "esc",
    ] {
        fx.extend(press(&mut m, k));
    }
    update(
        &mut m,
        Msg::Input(Event::Paste("someone@example.org".into())),
    );
    assert_eq!(writes(&fx), 0, "{fx:?}");
    assert_eq!(m.overlay, Overlay::None);
    assert_eq!(m.users.cursor, cursor, "j did not move");
    assert!(m.marks.is_empty());
    assert!(!m.detail.focused);
}

#[test]
fn a_confirmation_open_when_the_terminal_shrinks_waits_until_it_grows() {
    let mut m = ready();
    press(&mut m, "t");
    assert!(matches!(m.overlay, Overlay::Confirm(_)));
    resize(&mut m, 39, 30);
    assert!(press(&mut m, "y").is_empty());
    assert!(press(&mut m, "esc").is_empty());
    assert!(matches!(m.overlay, Overlay::Confirm(_)), "still open");
    resize(&mut m, 40, 10);
    let fx = press(&mut m, "y");
    assert_eq!(writes(&fx), 1, "confirmed once visible: {fx:?}");
}

#[test]
fn quit_help_and_suspend_still_act() {
    let mut m = ready();
    resize(&mut m, 20, 5);
    press(&mut m, "?");
    assert_eq!(m.help, Some(0));
    press(&mut m, "?");
    assert_eq!(m.help, None);
    assert_eq!(m.overlay, Overlay::None);
    if cfg!(unix) {
        assert_eq!(press(&mut m, "ctrl-z"), vec![Effect::Suspend]);
    }
    assert_eq!(press(&mut m, "q"), vec![Effect::Quit]);
}

#[test]
fn a_typed_q_stays_out_of_a_text_box_and_ctrl_c_quits_from_it() {
    let mut m = ready();
    press(&mut m, "/");
    type_text(&mut m, "an");
    resize(&mut m, 20, 5);
    assert!(press(&mut m, "q").is_empty());
    assert_eq!(m.search.input.value(), "an", "nothing typed blind");
    assert!(!m.quit);
    assert_eq!(press(&mut m, "ctrl-c"), vec![Effect::Quit]);
}
