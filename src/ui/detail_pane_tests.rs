//! The detail pane while the selected user's whole profile is read, and after it failed.

use uuid::Uuid;

use crate::api::ApiError;
use crate::app::effect::{ApiOp, Effect};
use crate::app::msg::{ApiOutcome, ApiReply, Msg};
use crate::app::testing::press;
use crate::app::update;
use crate::ui::tests::{fixture_users, loaded, screen};

/// A model whose fixture profiles are forgotten (the list read again), with the read of
/// the selected user's profile on its way; returns the read.
fn reading() -> (crate::app::Model, crate::app::effect::RequestId, Uuid) {
    let mut m = loaded(120, 30, false);
    let fx = press(&mut m, "r");
    let read = fx
        .iter()
        .filter_map(Effect::request)
        .find_map(|r| match r.op {
            ApiOp::ReadProfile { id, .. } => Some((r.id, id)),
            _ => None,
        })
        .expect("the shown profile is read again");
    (m, read.0, read.1)
}

#[test]
fn while_the_profile_is_read_the_row_is_shown_and_the_pane_says_so() {
    let (m, _, id) = reading();
    let text = screen(&m, 120, 30);
    assert!(text.contains("Details · reading…"), "{text}");
    assert!(text.contains("Reading the whole profile…"), "{text}");
    assert!(
        text.contains(&id.to_string()),
        "the row's fields meanwhile:\n{text}"
    );
}

#[test]
fn a_profile_read_answered_shows_it_whole() {
    let (mut m, req, id) = reading();
    let mut whole = fixture_users()
        .into_iter()
        .find(|u| u.id == id)
        .expect("a fixture user");
    whole.notes = Some("Prefers mornings".into());
    let result = Ok(ApiOutcome::User(Box::new(whole)));
    update(&mut m, Msg::Api(ApiReply { id: req, result }));
    let text = screen(&m, 120, 30);
    assert!(!text.contains("reading"), "{text}");
    assert!(text.contains("Prefers mornings"), "{text}");
}

#[test]
fn a_failed_profile_read_is_said_in_words() {
    let (mut m, req, _) = reading();
    let result = Err(ApiError::Server {
        status: 503,
        message: "down for maintenance".into(),
    });
    update(&mut m, Msg::Api(ApiReply { id: req, result }));
    let text = screen(&m, 120, 30);
    assert!(text.contains("could not read the whole profile"), "{text}");
    assert!(!text.contains("reading…"), "{text}");
}
