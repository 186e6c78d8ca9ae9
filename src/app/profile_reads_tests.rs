//! The shown user's whole profile: read after a pause, one at a time, latest wins.

use crossterm::event::Event;
use uuid::Uuid;

use crate::api::{ApiError, EmployeeFullDto, UserPage};
use crate::app::effect::{ApiOp, Effect, RequestId};
use crate::app::msg::{ApiOutcome, ApiReply, Msg};
use crate::app::state::model::{Model, ModelOptions};
use crate::app::state::profiles::PROFILE_PAUSE_MS;
use crate::app::state::shown::Shown;
use crate::app::testing::press;
use crate::app::{init, update};

fn row(n: u128) -> EmployeeFullDto {
    let mut u: EmployeeFullDto = crate::fixtures::user(n).into();
    u.notes = None;
    u
}

fn full(n: u128) -> EmployeeFullDto {
    let mut u = row(n);
    u.notes = Some(format!("notes of {n}"));
    u
}

/// A 120x30 model (detail pane beside the list) with the first page of 300 users.
fn listed() -> (Model, Vec<Effect>) {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fx = init(&mut m);
    let list = fx
        .iter()
        .filter_map(Effect::request)
        .find(|r| matches!(r.op, ApiOp::ListUsers(_)))
        .map(|r| r.id)
        .expect("a list request");
    let fx = update(
        &mut m,
        Msg::Api(ApiReply {
            id: list,
            result: Ok(ApiOutcome::Page(UserPage {
                users: (0..100).map(row).collect(),
                total: Some(300),
                start_index: 0,
            })),
        }),
    );
    (m, fx)
}

/// The profile reads among `fx`: (request, user, pause).
fn profile_reads(fx: &[Effect]) -> Vec<(RequestId, Uuid, u64)> {
    fx.iter()
        .filter_map(Effect::request)
        .filter_map(|r| match r.op {
            ApiOp::ReadProfile { id, pause_ms } => Some((r.id, id, pause_ms)),
            _ => None,
        })
        .collect()
}

fn answer(m: &mut Model, id: RequestId, result: Result<ApiOutcome, ApiError>) -> Vec<Effect> {
    update(m, Msg::Api(ApiReply { id, result }))
}

#[test]
fn the_selected_users_profile_is_read_after_a_pause_and_shown() {
    let (mut m, fx) = listed();
    let reads = profile_reads(&fx);
    assert_eq!(reads.len(), 1, "{fx:?}");
    let (req, id, pause) = reads[0];
    assert_eq!((id, pause), (Uuid::from_u128(0), PROFILE_PAUSE_MS));
    assert!(m.profiles.is_reading(id));
    answer(&mut m, req, Ok(ApiOutcome::User(Box::new(full(0)))));
    match m.shown() {
        Shown::User(u) => assert_eq!(u.notes.as_deref(), Some("notes of 0")),
        other => panic!("{other:?}"),
    }
    assert!(
        profile_reads(&press(&mut m, "k")).is_empty(),
        "kept: not read again"
    );
}

#[test]
fn scrolling_cancels_the_read_still_waiting_and_only_the_latest_counts() {
    let (mut m, fx) = listed();
    let (first, _, _) = profile_reads(&fx)[0];
    let fx = press(&mut m, "j");
    assert!(fx.contains(&Effect::Cancel(first)), "{fx:?}");
    let (second, id, _) = profile_reads(&fx)[0];
    assert_eq!(id, Uuid::from_u128(1));
    // The cancelled read answers anyway: ignored.
    answer(&mut m, first, Ok(ApiOutcome::User(Box::new(full(0)))));
    assert!(m.profiles.get(Uuid::from_u128(0)).is_none());
    answer(&mut m, second, Ok(ApiOutcome::User(Box::new(full(1)))));
    assert!(m.profiles.get(id).is_some());
}

#[test]
fn a_failed_read_is_said_in_words_and_not_repeated_at_once() {
    let (mut m, fx) = listed();
    let (req, id, _) = profile_reads(&fx)[0];
    let fx = answer(
        &mut m,
        req,
        Err(ApiError::Server {
            status: 500,
            message: "boom".into(),
        }),
    );
    assert!(profile_reads(&fx).is_empty(), "no loop of failing reads");
    let said = m.profiles.failed(id).expect("the failure kept");
    assert!(
        said.starts_with("could not read the whole profile"),
        "{said}"
    );
    // Moving away and back reads it again.
    press(&mut m, "j");
    assert_eq!(profile_reads(&press(&mut m, "k")).len(), 1);
}

#[test]
fn a_refresh_forgets_the_profiles_and_reads_the_shown_one_again() {
    let (mut m, fx) = listed();
    let (req, _, _) = profile_reads(&fx)[0];
    answer(&mut m, req, Ok(ApiOutcome::User(Box::new(full(0)))));
    let fx = press(&mut m, "r");
    assert!(m.profiles.is_empty());
    assert_eq!(profile_reads(&fx).len(), 1, "{fx:?}");
}

#[test]
fn a_failed_read_is_tried_again_after_the_selection_visits_a_user_already_read() {
    let (mut m, fx) = listed();
    let (first, _, _) = profile_reads(&fx)[0];
    let fx = press(&mut m, "j");
    assert!(fx.contains(&Effect::Cancel(first)));
    let (second, one, _) = profile_reads(&fx)[0];
    answer(&mut m, second, Ok(ApiOutcome::User(Box::new(full(1)))));
    let fx = press(&mut m, "k");
    let (third, zero, _) = profile_reads(&fx)[0];
    assert_eq!(zero, Uuid::from_u128(0));
    let err = ApiError::Server {
        status: 500,
        message: "boom".into(),
    };
    answer(&mut m, third, Err(err));
    assert!(m.profiles.failed(zero).is_some());
    // To a user whose profile is kept (nothing read), and back.
    assert!(profile_reads(&press(&mut m, "j")).is_empty());
    assert!(m.profiles.get(one).is_some());
    let again = profile_reads(&press(&mut m, "k"));
    assert_eq!(again.len(), 1, "read again on coming back");
    assert_eq!(again[0].1, zero);
}

/// Answers the list requests among `fx`, page by page, from `rows` (of 3,000 users).
fn serve_pages(
    m: &mut Model,
    fx: &[Effect],
    rows: impl Fn(u128) -> EmployeeFullDto,
) -> Vec<Effect> {
    let mut out = Vec::new();
    for r in fx.iter().filter_map(Effect::request) {
        if let ApiOp::ListUsers(q) = &r.op {
            let start = u128::from(q.start_index);
            let users = (start..(start + u128::from(q.count)).min(3_000))
                .map(&rows)
                .collect();
            let page = UserPage {
                users,
                total: Some(3_000),
                start_index: q.start_index,
            };
            out.extend(answer(m, r.id, Ok(ApiOutcome::Page(page))));
        }
    }
    out
}

/// The list's first page read, and the profile of its first user (`zero`) read and kept.
fn first_profile_kept() -> (Model, Uuid) {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fx = init(&mut m);
    let fx = serve_pages(&mut m, &fx, row);
    let (req, zero, _) = profile_reads(&fx)[0];
    answer(&mut m, req, Ok(ApiOutcome::User(Box::new(full(0)))));
    (m, zero)
}

#[test]
fn a_page_read_again_with_a_newer_status_wins_over_the_kept_profile() {
    use crate::api::EmployeeStatus;
    let (mut m, zero) = first_profile_kept();
    assert!(m.profiles.get(zero).is_some());
    let was = m.profiles.get(zero).and_then(|u| u.status);
    assert_ne!(was, Some(EmployeeStatus::Terminated));
    // To the end (the first page is dropped) and back: the first page is read again,
    // user 0 terminated meanwhile.
    let fx = press(&mut m, "G");
    serve_pages(&mut m, &fx, row);
    assert!(m.users.by_id(zero).is_none(), "the first page was dropped");
    let fx = press(&mut m, "g");
    let terminated = |n: u128| {
        let mut u = row(n);
        if n == 0 {
            u.status = Some(EmployeeStatus::Terminated);
        }
        u
    };
    let fx = serve_pages(&mut m, &fx, terminated);
    assert_eq!(m.users.selected, Some(zero));
    match m.shown() {
        Shown::User(u) => assert_eq!(u.status, Some(EmployeeStatus::Terminated)),
        other => panic!("{other:?}"),
    }
    let reads = profile_reads(&fx);
    assert_eq!(reads.len(), 1, "the profile is read again: {fx:?}");
    assert_eq!(reads[0].1, zero);
}

#[test]
fn a_page_read_again_that_agrees_keeps_the_profile() {
    let (mut m, zero) = first_profile_kept();
    let fx = press(&mut m, "G");
    serve_pages(&mut m, &fx, row);
    let fx = press(&mut m, "g");
    let fx = serve_pages(&mut m, &fx, row);
    assert!(profile_reads(&fx).is_empty(), "{fx:?}");
    assert!(m.profiles.get(zero).is_some(), "the profile kept");
    match m.shown() {
        Shown::User(u) => assert_eq!(u.notes.as_deref(), Some("notes of 0")),
        other => panic!("{other:?}"),
    }
}
