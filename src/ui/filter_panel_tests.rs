//! Render tests of the filter panel.

use insta::assert_snapshot;

use crate::api::ApiError;
use crate::app::testing::press as key;
use crate::app::{ApiOp, ApiReply, Effect, Msg, update};
use crate::ui::tests::{SIZES, loaded, screen};
use crate::ui::users_table::tests::{answer, group};

/// The line of the panel's cursor.
fn cursor_line(text: &str) -> String {
    text.lines()
        .find(|l| l.contains("› (") || l.contains("› ["))
        .unwrap_or("")
        .to_string()
}

#[test]
fn the_panel_shows_every_filter_and_what_is_picked() {
    for (w, h) in SIZES {
        let mut m = loaded(w, h, false);
        let fx = key(&mut m, "f");
        answer(
            &mut m,
            &fx,
            &[],
            0,
            &[group(70, "Sales"), group(71, "Accounting")],
        );
        for k in [
            "j", "space", "j", "j", "j", "j", "j", "j", "space", "j", "j", "j", "space",
        ] {
            key(&mut m, k);
        }
        let text = screen(&m, w, h);
        assert!(text.contains(" Filters "), "{text}");
        assert!(cursor_line(&text).contains("(•) SSO"), "{text}");
        assert!(text.contains("(•) active"), "{text}");
        assert!(text.contains("[x] Guest"), "{text}");
        assert!(text.contains("[ ] User"), "{text}");
        assert_snapshot!(format!("filter_panel_{w}x{h}"), text);
    }
}

#[test]
fn the_cursor_row_stays_in_view_and_groups_come_by_name() {
    let mut m = loaded(80, 24, false);
    let fx = key(&mut m, "f");
    answer(
        &mut m,
        &fx,
        &[],
        0,
        &[group(70, "Zeta"), group(71, "Alpha")],
    );
    key(&mut m, "G");
    let text = screen(&m, 80, 24);
    assert!(cursor_line(&text).contains("( ) Zeta"), "{text}");
    key(&mut m, "k");
    let text = screen(&m, 80, 24);
    assert!(cursor_line(&text).contains("( ) Alpha"), "{text}");
    key(&mut m, "g");
    let text = screen(&m, 80, 24);
    assert!(cursor_line(&text).contains("(•) all"), "{text}");
    assert!(
        text.contains("Status"),
        "the heading of the first row: {text}"
    );
}

#[test]
fn the_groups_are_said_to_be_read_then_why_they_could_not_be() {
    let mut m = loaded(120, 30, false);
    let fx = key(&mut m, "f");
    key(&mut m, "G");
    let text = screen(&m, 120, 30);
    assert!(text.contains("reading the groups…"), "{text}");
    let id = fx
        .iter()
        .filter_map(Effect::request)
        .find(|r| r.op == ApiOp::ListGroups)
        .map(|r| r.id)
        .expect("the groups are read");
    update(
        &mut m,
        Msg::Api(ApiReply {
            id,
            result: Err(ApiError::NotFound {
                message: "no such route".into(),
            }),
        }),
    );
    let text = screen(&m, 120, 30);
    assert!(text.contains("could not read the groups"), "{text}");
    assert_eq!(
        text.matches("could not read the groups").count(),
        1,
        "said once: {text}"
    );
    assert!(text.contains("no such route"), "why, in full: {text}");
    // Without groups, "in no group" can still be picked.
    assert!(cursor_line(&text).contains("in no group"), "{text}");
}
