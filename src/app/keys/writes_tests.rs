//! Pure update tests of the lifecycle: keys in, model and effects out.

use crossterm::event::Event;
use uuid::Uuid;

use crate::api::{ApiError, EmployeeFullDto, EmployeeStatus, EmployeeType, UserPage};
use crate::app::effect::{ApiOp, Effect, RequestId};
use crate::app::msg::{ApiOutcome, ApiReply, Msg};
use crate::app::state::form::{Field, Phase};
use crate::app::state::model::{Model, ModelOptions, Overlay, Pending};
use crate::app::testing::{press, type_text};
use crate::app::{init, update};
use crate::bulk::{BulkAction, Outcome, Plan, Progress, Report, Step, UserResult};

fn user(n: u128, status: EmployeeStatus) -> EmployeeFullDto {
    crate::fixtures::user(n).status(status).into()
}

fn owner() -> EmployeeFullDto {
    crate::fixtures::user(1).owner().into()
}

fn reply(id: RequestId, result: Result<ApiOutcome, ApiError>) -> Msg {
    Msg::Api(ApiReply { id, result })
}

/// A model with `@self` (the owner) and a first page: the owner, users 10..15 active,
/// users 20..23 terminated.
fn ready() -> Model {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fx = init(&mut m);
    let mut rows = vec![owner()];
    rows.extend((10..15).map(|n| user(n, EmployeeStatus::Active)));
    rows.extend((20..23).map(|n| user(n, EmployeeStatus::Terminated)));
    for r in fx.iter().filter_map(Effect::request) {
        let result = match r.op {
            ApiOp::Me => Ok(ApiOutcome::User(Box::new(owner()))),
            ApiOp::ListUsers(_) => Ok(ApiOutcome::Page(UserPage {
                users: rows.clone(),
                total: Some(rows.len() as u64),
                start_index: 0,
            })),
            _ => continue,
        };
        update(&mut m, reply(r.id, result));
    }
    assert_eq!(m.users.len(), 9);
    m
}

fn requests(fx: &[Effect]) -> Vec<(RequestId, ApiOp)> {
    fx.iter()
        .filter_map(Effect::request)
        .map(|r| (r.id, r.op.clone()))
        .collect()
}

fn the_bulk(fx: &[Effect]) -> (RequestId, Plan) {
    let bulks: Vec<_> = requests(fx)
        .into_iter()
        .filter_map(|(id, op)| match op {
            ApiOp::Bulk(p) => Some((id, *p)),
            _ => None,
        })
        .collect();
    assert_eq!(bulks.len(), 1, "one bulk request expected in {fx:?}");
    bulks[0].clone()
}

fn ids(plan: &Plan) -> Vec<u128> {
    plan.eligible.iter().map(|t| t.id.as_u128()).collect()
}

/// Nothing in flight but the detail pane's read of the shown user's profile.
fn no_write_in_flight(m: &Model) -> bool {
    m.requests
        .in_flight
        .values()
        .all(|p| matches!(p, Pending::Profile { .. }))
}

fn has_list_request(fx: &[Effect]) -> bool {
    requests(fx)
        .iter()
        .any(|(_, op)| matches!(op, ApiOp::ListUsers(_)))
}

#[test]
fn a_valid_form_sends_one_create_and_a_held_key_sends_no_second() {
    let mut m = ready();
    press(&mut m, "n");
    assert!(matches!(m.overlay, Overlay::Form(_)));
    type_text(&mut m, "Zoë");
    press(&mut m, "tab");
    press(&mut m, "tab");
    type_text(&mut m, "zoe@example.org");
    let fx = press(&mut m, "ctrl-s");
    let sent = requests(&fx);
    assert_eq!(sent.len(), 1, "{fx:?}");
    let ApiOp::CreateUser(body) = &sent[0].1 else {
        panic!("a create expected: {fx:?}");
    };
    assert_eq!(body.first_name.as_deref(), Some("Zoë"));
    assert_eq!(body.email.as_deref(), Some("zoe@example.org"));
    assert_eq!(body.kind, Some(EmployeeType::User));
    assert!(press(&mut m, "ctrl-s").is_empty());
    assert!(press(&mut m, "enter").is_empty());
    let Overlay::Form(form) = &m.overlay else {
        panic!("the form stays while submitting");
    };
    assert_eq!(form.phase(), Phase::Submitting);
}

#[test]
fn typing_q_in_the_form_types_it_and_ctrl_c_still_quits_after_asking() {
    let mut m = ready();
    press(&mut m, "n");
    type_text(&mut m, "q");
    assert!(!m.quit);
    let Overlay::Form(form) = &m.overlay else {
        panic!("form");
    };
    assert_eq!(form.input(Field::FirstName).map(|i| i.value()), Some("q"));
    assert!(
        press(&mut m, "ctrl-c").is_empty(),
        "typed input: asks first"
    );
    let fx = press(&mut m, "ctrl-c");
    assert!(m.quit);
    assert!(fx.contains(&Effect::Quit));
}

#[test]
fn an_invalid_email_sends_nothing() {
    let mut m = ready();
    press(&mut m, "n");
    type_text(&mut m, "Zoe");
    press(&mut m, "tab");
    press(&mut m, "tab");
    type_text(&mut m, "zoe@example");
    assert!(press(&mut m, "ctrl-s").is_empty());
    assert!(no_write_in_flight(&m));
}

fn submitted() -> (Model, RequestId) {
    let mut m = ready();
    press(&mut m, "n");
    type_text(&mut m, "Zoe");
    press(&mut m, "tab");
    press(&mut m, "tab");
    type_text(&mut m, "zoe@example.org");
    press(&mut m, "tab");
    press(&mut m, "right"); // Room admin
    let fx = press(&mut m, "ctrl-s");
    let (id, _) = requests(&fx)[0].clone();
    (m, id)
}

#[test]
fn a_refused_create_keeps_the_form_and_the_input() {
    let failures = [
        (
            Err(ApiError::BadRequest {
                message: "User with this email is already registered".into(),
            }),
            "User with this email is already registered",
        ),
        (
            Err(ApiError::PaymentRequired {
                message: "The number of room admins should not exceed 3".into(),
            }),
            "no free seat",
        ),
        (
            Err(ApiError::Forbidden {
                message: "Access denied".into(),
            }),
            "not allowed (403)",
        ),
        (
            Err(ApiError::Server {
                status: 500,
                message: "boom".into(),
            }),
            "may have been created anyway",
        ),
        (
            Err(ApiError::Timeout {
                what: "the request".into(),
            }),
            "may have been created anyway",
        ),
        (
            Err(ApiError::Connect {
                url: "http://127.0.0.1:1".into(),
                reason: "connection refused".into(),
            }),
            "cannot connect",
        ),
        (
            Ok(ApiOutcome::NotSent("this profile is read-only".into())),
            "read-only",
        ),
    ];
    for (result, words) in failures {
        let (mut m, id) = submitted();
        update(&mut m, reply(id, result));
        let Overlay::Form(form) = &m.overlay else {
            panic!("the form stays open ({words})");
        };
        assert_eq!(form.phase(), Phase::Editing, "{words}");
        let refusal = form
            .refusal()
            .map(|r| r.message.clone())
            .unwrap_or_default();
        assert!(refusal.contains(words), "{words}: {refusal}");
        for (field, typed) in [(Field::FirstName, "Zoe"), (Field::Email, "zoe@example.org")] {
            assert_eq!(form.input(field).map(|i| i.value()), Some(typed), "{words}");
        }
        assert_eq!(form.user_type(), EmployeeType::RoomAdmin, "{words}");
    }
}

#[test]
fn a_created_user_is_selected_and_a_type_downgrade_is_told() {
    let (mut m, id) = submitted();
    let mut created = user(99, EmployeeStatus::Active);
    created.first_name = Some("Zoe".into());
    let fx = update(
        &mut m,
        reply(id, Ok(ApiOutcome::User(Box::new(created.clone())))),
    );
    assert_eq!(m.overlay, Overlay::None);
    assert!(has_list_request(&fx), "the list is re-read: {fx:?}");
    assert_eq!(m.users.selected, Some(created.id));
    assert_eq!(m.detail_user().map(|u| u.id), Some(created.id));
    let notice = m.status.notice.clone().unwrap_or_default();
    assert!(notice.contains("created Zoe Last"), "{notice}");
    assert!(
        notice.contains("created Zoe Last as User, not Room admin (no free paid seat)"),
        "{notice}"
    );
}

#[test]
fn terminate_confirms_then_sends_once() {
    let mut m = ready();
    press(&mut m, "j"); // user 10
    assert!(press(&mut m, "t").is_empty());
    let Overlay::Confirm(d) = &m.overlay else {
        panic!("a confirmation");
    };
    assert_eq!(d.action(), BulkAction::Terminate);
    let fx = press(&mut m, "y");
    let (id, plan) = the_bulk(&fx);
    assert_eq!(ids(&plan), [10]);
    assert_eq!(m.overlay, Overlay::Job);
    assert_eq!(m.requests.in_flight.get(&id), Some(&Pending::Bulk));
    // The key held down: nothing more is sent.
    assert!(requests(&press(&mut m, "y")).is_empty());
    assert!(requests(&press(&mut m, "t")).is_empty());
}

#[test]
fn the_confirmation_opens_on_cancel_and_n_cancels() {
    let mut m = ready();
    press(&mut m, "j");
    press(&mut m, "t");
    assert!(press(&mut m, "enter").is_empty());
    assert_eq!(m.overlay, Overlay::None);
    press(&mut m, "t");
    assert!(press(&mut m, "n").is_empty());
    assert_eq!(m.overlay, Overlay::None);
    assert!(no_write_in_flight(&m));
}

#[test]
fn a_new_action_waits_for_the_running_job() {
    let mut m = ready();
    press(&mut m, "j");
    press(&mut m, "t");
    press(&mut m, "y");
    press(&mut m, "esc"); // hide the gauge
    assert_eq!(m.overlay, Overlay::None);
    press(&mut m, "j");
    assert!(press(&mut m, "a").is_empty());
    assert_eq!(m.overlay, Overlay::None);
    assert!(
        m.status.notice.clone().unwrap_or_default().contains("wait"),
        "{:?}",
        m.status
    );
    assert!(press(&mut m, "n").is_empty());
    assert_eq!(m.overlay, Overlay::None);
}

#[test]
fn marks_choose_the_targets_and_the_excluded_are_explained() {
    let mut m = ready();
    press(&mut m, "space"); // the owner
    press(&mut m, "space"); // 10
    press(&mut m, "j"); // skip 11
    press(&mut m, "space"); // 12
    assert_eq!(m.marks.len(), 3);
    press(&mut m, "t");
    let Overlay::Confirm(d) = &m.overlay else {
        panic!("a confirmation");
    };
    assert_eq!(ids(d.plan()), [10, 12]);
    assert_eq!(d.plan().excluded.len(), 1);
    let (_, plan) = the_bulk(&press(&mut m, "y"));
    assert_eq!(ids(&plan), [10, 12]);
    assert!(m.marks.is_empty(), "marks are used up by the job");
}

#[test]
fn delete_on_an_active_user_terminates_first_and_on_a_terminated_one_does_not() {
    let mut m = ready();
    press(&mut m, "j");
    press(&mut m, "d");
    let Overlay::Confirm(d) = &m.overlay else {
        panic!("a confirmation");
    };
    assert_eq!(
        d.action(),
        BulkAction::Delete {
            terminate_first: true
        }
    );
    press(&mut m, "esc");
    press(&mut m, "G");
    press(&mut m, "d");
    let Overlay::Confirm(d) = &m.overlay else {
        panic!("a confirmation");
    };
    assert_eq!(
        d.action(),
        BulkAction::Delete {
            terminate_first: false
        }
    );
}

#[test]
fn deleting_several_needs_the_count_typed() {
    let mut m = ready();
    press(&mut m, "G");
    press(&mut m, "k");
    press(&mut m, "space");
    press(&mut m, "space");
    press(&mut m, "d");
    assert!(requests(&press(&mut m, "y")).is_empty());
    type_text(&mut m, "3");
    assert!(requests(&press(&mut m, "enter")).is_empty());
    press(&mut m, "backspace");
    type_text(&mut m, "2");
    let (_, plan) = the_bulk(&press(&mut m, "enter"));
    assert_eq!(ids(&plan), [21, 22]);
}

#[test]
fn without_self_nothing_is_planned() {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fx = init(&mut m);
    for r in fx.iter().filter_map(Effect::request) {
        if let ApiOp::ListUsers(_) = r.op {
            update(
                &mut m,
                reply(
                    r.id,
                    Ok(ApiOutcome::Page(UserPage {
                        users: vec![user(10, EmployeeStatus::Active)],
                        total: Some(1),
                        start_index: 0,
                    })),
                ),
            );
        }
    }
    assert!(press(&mut m, "t").is_empty());
    assert_eq!(m.overlay, Overlay::None);
    assert!(m.status.error.is_some());
}

#[test]
fn progress_then_a_report_with_failures_then_a_refresh() {
    let mut m = ready();
    press(&mut m, "G");
    press(&mut m, "space");
    press(&mut m, "k");
    press(&mut m, "space");
    press(&mut m, "a");
    let (id, _) = the_bulk(&press(&mut m, "y"));
    update(
        &mut m,
        Msg::Progress(
            id,
            Progress {
                done: 1,
                total: 2,
                step: Step::Activating,
                percent: None,
            },
        ),
    );
    assert_eq!(m.job.as_ref().map(|j| j.done()), Some(1));
    let report = Report {
        action: BulkAction::Activate,
        results: vec![
            UserResult {
                id: Uuid::from_u128(22),
                name: "First22 Last".into(),
                outcome: Outcome::Done,
            },
            UserResult {
                id: Uuid::from_u128(21),
                name: "First21 Last".into(),
                outcome: Outcome::Failed("The number of users should not exceed 7".into()),
            },
        ],
        requests: 2,
    };
    let fx = update(&mut m, reply(id, Ok(ApiOutcome::Bulk(report))));
    assert!(has_list_request(&fx), "{fx:?}");
    assert_eq!(m.overlay, Overlay::Job, "failures are reported");
    assert_eq!(
        m.status.notice.as_deref(),
        Some("re-activated 1 user; 1 failed")
    );
    press(&mut m, "esc");
    assert_eq!(m.overlay, Overlay::None);
}

#[test]
fn a_single_clean_change_is_told_in_the_status_line() {
    let mut m = ready();
    press(&mut m, "j");
    press(&mut m, "t");
    let (id, _) = the_bulk(&press(&mut m, "y"));
    let report = Report {
        action: BulkAction::Terminate,
        results: vec![UserResult {
            id: Uuid::from_u128(10),
            name: "First10 Last".into(),
            outcome: Outcome::Done,
        }],
        requests: 1,
    };
    update(&mut m, reply(id, Ok(ApiOutcome::Bulk(report))));
    assert_eq!(m.overlay, Overlay::None);
    assert_eq!(m.status.notice.as_deref(), Some("terminated 1 user"));
    // Another action is possible now.
    press(&mut m, "t");
    assert!(matches!(m.overlay, Overlay::Confirm(_)));
}

#[test]
fn a_read_only_profile_refuses_every_write_before_sending() {
    let mut m = ready();
    m.read_only = true;
    press(&mut m, "j");
    for key in ["n", "t", "a", "d"] {
        assert!(requests(&press(&mut m, key)).is_empty());
        assert_eq!(m.overlay, Overlay::None, "{key}");
        let error = m.status.error.clone().unwrap_or_default();
        assert!(error.contains("read-only"), "{key}: {error}");
    }
}

#[test]
fn esc_on_the_list_clears_marks() {
    let mut m = ready();
    press(&mut m, "space");
    press(&mut m, "esc");
    assert!(m.marks.is_empty());
}

#[test]
fn quitting_while_a_change_runs_asks_first() {
    let mut m = ready();
    press(&mut m, "j");
    press(&mut m, "t");
    let fx = press(&mut m, "y");
    let (id, _) = the_bulk(&fx);
    // q asks instead of abandoning the job; n stays and the job goes on.
    assert!(press(&mut m, "q").is_empty());
    assert!(m.quit_asked && !m.quit);
    assert_eq!(m.overlay, Overlay::Job, "the gauge stays underneath");
    assert!(press(&mut m, "n").is_empty());
    assert!(!m.quit_asked && !m.quit);
    assert_eq!(m.requests.in_flight.get(&id), Some(&Pending::Bulk));
    // The quit key twice leaves.
    press(&mut m, "ctrl-c");
    assert!(m.quit_asked);
    assert_eq!(press(&mut m, "q"), vec![Effect::Quit]);
    assert!(m.quit);
}

#[test]
fn quitting_with_typed_input_in_the_form_asks_first() {
    let mut m = ready();
    press(&mut m, "n");
    type_text(&mut m, "Zoe");
    assert!(press(&mut m, "ctrl-c").is_empty());
    assert!(m.quit_asked);
    press(&mut m, "esc");
    assert!(!m.quit_asked);
    let Overlay::Form(form) = &m.overlay else {
        panic!("the form stays open");
    };
    assert_eq!(form.input(Field::FirstName).map(|i| i.value()), Some("Zoe"));
    press(&mut m, "ctrl-c");
    assert_eq!(press(&mut m, "y"), vec![Effect::Quit]);
}

#[test]
fn quitting_with_nothing_at_stake_leaves_at_once() {
    let mut m = ready();
    assert_eq!(press(&mut m, "q"), vec![Effect::Quit]);
    let mut m = ready();
    press(&mut m, "n");
    assert_eq!(press(&mut m, "ctrl-c"), vec![Effect::Quit], "an empty form");
    // A signal leaves even while a change runs.
    let mut m = ready();
    press(&mut m, "j");
    press(&mut m, "t");
    press(&mut m, "y");
    assert_eq!(update(&mut m, Msg::Quit), vec![Effect::Quit]);
}

#[test]
fn ctrl_c_quits_from_the_typed_count_but_q_does_not() {
    let mut m = ready();
    press(&mut m, "G");
    press(&mut m, "space");
    press(&mut m, "k");
    press(&mut m, "space");
    press(&mut m, "d");
    let Overlay::Confirm(d) = &m.overlay else {
        panic!("a confirmation");
    };
    assert!(d.needs_typed_count());
    assert!(press(&mut m, "q").is_empty());
    assert!(matches!(m.overlay, Overlay::Confirm(_)) && !m.quit);
    assert_eq!(press(&mut m, "ctrl-c"), vec![Effect::Quit]);
}

#[test]
fn c_on_the_gauge_stops_the_job_once_and_the_report_counts_the_users_not_attempted() {
    let mut m = ready();
    press(&mut m, "j");
    press(&mut m, "space");
    press(&mut m, "space");
    press(&mut m, "t");
    let (id, plan) = the_bulk(&press(&mut m, "y"));
    assert_eq!(ids(&plan), [10, 11]);
    assert_eq!(press(&mut m, "c"), vec![Effect::StopJob(id)]);
    let job = m.job.as_ref().unwrap_or_else(|| panic!("a job"));
    assert!(job.is_stopping() && job.is_running());
    assert!(
        m.status
            .notice
            .clone()
            .unwrap_or_default()
            .starts_with("stopping after the requests already sent"),
        "{:?}",
        m.status
    );
    assert!(press(&mut m, "c").is_empty(), "asked once only");
    let report = Report {
        action: BulkAction::Terminate,
        results: vec![
            UserResult {
                id: Uuid::from_u128(10),
                name: "First10 Last".into(),
                outcome: Outcome::Done,
            },
            UserResult {
                id: Uuid::from_u128(11),
                name: "First11 Last".into(),
                outcome: Outcome::Stopped(crate::bulk::NOT_ATTEMPTED_STOPPED.into()),
            },
        ],
        requests: 1,
    };
    update(&mut m, reply(id, Ok(ApiOutcome::Bulk(report))));
    assert_eq!(m.overlay, Overlay::Job, "the report is shown");
    assert_eq!(
        m.status.notice.as_deref(),
        Some("stopped: terminated 1 user; 1 not finished: stopped")
    );
    // After the end, `c` has nothing to stop.
    assert!(press(&mut m, "c").is_empty());
}

#[test]
fn c_outside_a_running_job_stops_nothing() {
    let mut m = ready();
    press(&mut m, "j");
    press(&mut m, "t");
    let fx = press(&mut m, "c");
    assert!(
        fx.iter().all(|e| !matches!(e, Effect::StopJob(_))),
        "{fx:?}"
    );
    assert!(matches!(m.overlay, Overlay::Confirm(_)), "the dialog stays");
}

#[test]
fn a_confirmation_made_for_a_state_that_changed_sends_nothing() {
    let mut m = ready();
    press(&mut m, "G"); // user 22, terminated
    let (page, _) = requests(&press(&mut m, "r"))[0].clone();
    press(&mut m, "d");
    let Overlay::Confirm(d) = &m.overlay else {
        panic!("a confirmation");
    };
    assert_eq!(
        d.action(),
        BulkAction::Delete {
            terminate_first: false
        }
    );
    // Another administrator re-activated user 22 meanwhile: the refreshed page says so.
    let mut rows = vec![owner()];
    rows.extend((10..15).map(|n| user(n, EmployeeStatus::Active)));
    rows.push(user(22, EmployeeStatus::Active));
    rows.extend((20..22).map(|n| user(n, EmployeeStatus::Terminated)));
    let total = rows.len() as u64;
    update(
        &mut m,
        reply(
            page,
            Ok(ApiOutcome::Page(UserPage {
                users: rows,
                total: Some(total),
                start_index: 0,
            })),
        ),
    );
    let fx = press(&mut m, "y");
    assert!(
        requests(&fx).is_empty(),
        "no delete of an active user: {fx:?}"
    );
    assert_eq!(m.overlay, Overlay::None);
    let error = m.status.error.clone().unwrap_or_default();
    assert!(error.contains("First22 Last changed"), "{error}");
    // Asked again, the plan is made from the user as it is now: terminate first.
    press(&mut m, "d");
    let Overlay::Confirm(d) = &m.overlay else {
        panic!("a confirmation");
    };
    assert_eq!(
        d.action(),
        BulkAction::Delete {
            terminate_first: true
        }
    );
    assert_eq!(ids(d.plan()), [22]);
}
