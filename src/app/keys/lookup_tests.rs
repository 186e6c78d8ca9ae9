use super::*;
use crate::api::EmployeeFullDto;
use uuid::Uuid;

/// Through `update`: a reply about another user is an error, and that user is
/// neither shown nor put into the list.
#[test]
fn a_lookup_answered_with_another_user_is_an_error() {
    use crate::app::msg::{ApiOutcome, ApiReply, Msg};
    use crate::app::testing::{press, type_text};
    use crate::app::{ModelOptions, update};

    for (asked, answered) in [
        ("00000000-0000-0000-0000-000000000abc", 0xdefu128),
        ("ann@example.org", 0xabc),
    ] {
        let mut m = Model::new(ModelOptions::default());
        update(&mut m, Msg::Input(crossterm::event::Event::Resize(120, 30)));
        press(&mut m, "i");
        type_text(&mut m, asked);
        let fx = press(&mut m, "enter");
        let req = fx.iter().find_map(Effect::request).expect("a request");
        let mut other = EmployeeFullDto::bare(Uuid::from_u128(answered));
        other.email = Some("bob@example.org".into());
        other.first_name = Some("Bob".into());
        update(
            &mut m,
            Msg::Api(ApiReply {
                id: req.id,
                result: Ok(ApiOutcome::User(Box::new(other))),
            }),
        );
        assert!(m.detail.lookup.is_none(), "{asked}: not shown");
        let error = m.status.error.clone().unwrap_or_default();
        assert!(error.contains("another user"), "{asked}: {error}");
        assert!(m.status.notice.is_none(), "{asked}: no \"found\" notice");
    }
}

/// Keys with each `(action, key)` of `pairs` bound in the config, at 120x30.
fn remapped(pairs: &[(&str, &str)]) -> Model {
    use crate::app::msg::Msg;
    use crate::app::{ModelOptions, update};
    let mut m = Model::new(ModelOptions {
        keys: pairs
            .iter()
            .map(|(a, k)| (a.to_string(), vec![k.to_string()]))
            .collect(),
        ..ModelOptions::default()
    });
    update(&mut m, Msg::Input(crossterm::event::Event::Resize(120, 30)));
    m
}

#[test]
fn the_prompt_reads_enter_esc_and_editing_through_the_keymap() {
    use crate::app::testing::{press, type_text};
    let mut m = remapped(&[
        ("accept", "ctrl-j"),
        ("back", "ctrl-g"),
        ("delete_back", "ctrl-h"),
    ]);
    press(&mut m, "i");
    type_text(&mut m, "ann@example.orgx");
    press(&mut m, "backspace");
    press(&mut m, "ctrl-h");
    let Overlay::Lookup(p) = &m.overlay else {
        panic!("the prompt is open");
    };
    assert_eq!(p.input.value(), "ann@example.org", "only ctrl-h deletes");
    assert!(
        press(&mut m, "enter").is_empty(),
        "enter is no longer bound"
    );
    press(&mut m, "esc");
    assert!(
        matches!(m.overlay, Overlay::Lookup(_)),
        "esc is no longer bound"
    );
    let fx = press(&mut m, "ctrl-j");
    assert!(fx.iter().any(|e| e.request().is_some()), "{fx:?}");
    assert_eq!(m.overlay, Overlay::None);
    press(&mut m, "i");
    press(&mut m, "ctrl-g");
    assert_eq!(m.overlay, Overlay::None);
}
