//! Pure update tests: build a model, feed messages, check the model and the effects.

use crossterm::event::Event;
use uuid::Uuid;

use crate::api::{ApiError, EmployeeFullDto, EmployeeStatus, UserPage};
use crate::app::effect::{ApiOp, Effect, RequestId};
use crate::app::keys::search::DEBOUNCE_TICKS;
use crate::app::msg::{ApiOutcome, ApiReply, Msg};
use crate::app::state::model::{Model, ModelOptions, Overlay, Pending};
use crate::app::testing::{press, type_text};
use crate::app::{init, update};

fn user(n: u128) -> EmployeeFullDto {
    crate::fixtures::user(n).into()
}

fn started() -> (Model, Vec<Effect>) {
    let mut m = Model::new(ModelOptions {
        portal_label: "demo".into(),
        ..ModelOptions::default()
    });
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fx = init(&mut m);
    (m, fx)
}

/// How many list requests `fx` holds.
fn list_requests(fx: &[Effect]) -> usize {
    fx.iter()
        .filter_map(Effect::request)
        .filter(|r| matches!(r.op, ApiOp::ListUsers(_)))
        .count()
}

/// The single list request among `fx`.
fn list_request(fx: &[Effect]) -> (RequestId, crate::api::UserQuery) {
    let lists: Vec<_> = fx
        .iter()
        .filter_map(Effect::request)
        .filter_map(|r| match &r.op {
            ApiOp::ListUsers(q) => Some((r.id, q.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(lists.len(), 1, "one list request expected in {fx:?}");
    lists[0].clone()
}

fn page(id: RequestId, ids: impl IntoIterator<Item = u128>, total: u64, start: u64) -> Msg {
    Msg::Api(ApiReply {
        id,
        result: Ok(ApiOutcome::Page(UserPage {
            users: ids.into_iter().map(user).collect(),
            total: Some(total),
            start_index: start,
        })),
    })
}

#[test]
fn start_up_asks_for_self_and_the_first_page_at_once() {
    let (_, fx) = started();
    assert!(
        fx.iter()
            .filter_map(Effect::request)
            .any(|r| r.op == ApiOp::Me)
    );
    let (_, q) = list_request(&fx);
    assert_eq!((q.start_index, q.count), (0, 100));
}

/// Picks the status `downs` rows below "all" in the filter panel and closes it; the
/// effects of the close (which applies it).
fn pick_status(m: &mut Model, downs: usize) -> Vec<Effect> {
    press(m, "f");
    for _ in 0..downs {
        press(m, "j");
    }
    press(m, "space");
    press(m, "esc")
}

#[test]
fn a_stale_page_is_ignored() {
    let (mut m, fx) = started();
    let (old, _) = list_request(&fx);
    let fx = pick_status(&mut m, 1);
    assert!(fx.contains(&Effect::Cancel(old)), "{fx:?}");
    let (new, q) = list_request(&fx);
    assert_eq!(q.status, Some(EmployeeStatus::Active));
    update(&mut m, page(old, 0..100, 250, 0));
    assert!(m.users.is_empty(), "the superseded page must not be shown");
    assert!(!m.dirty);
    update(&mut m, page(new, 500..510, 10, 0));
    assert_eq!(m.users.len(), 10);
    assert_eq!(m.users.current().map(|u| u.id), Some(Uuid::from_u128(500)));
}

#[test]
fn selection_is_kept_by_id_across_a_refresh() {
    let (mut m, fx) = started();
    let (id, _) = list_request(&fx);
    update(&mut m, page(id, 0..50, 50, 0));
    for _ in 0..5 {
        press(&mut m, "j");
    }
    assert_eq!(m.users.selected, Some(Uuid::from_u128(5)));
    let fx = press(&mut m, "r");
    let (id, _) = list_request(&fx);
    // Two users were added before it meanwhile.
    update(
        &mut m,
        page(id, [1000, 1001].into_iter().chain(0..50), 52, 0),
    );
    assert_eq!(m.users.cursor, 7);
    assert_eq!(m.users.selected, Some(Uuid::from_u128(5)));
}

#[test]
fn g_reads_only_the_last_page_and_a_refresh_finds_the_selection_there() {
    let (mut m, fx) = started();
    let (id, _) = list_request(&fx);
    update(&mut m, page(id, 0..100, 300, 0));
    let fx = press(&mut m, "G");
    let (id, q) = list_request(&fx);
    assert_eq!(q.start_index, 200, "the last page, not the ones between");
    assert_eq!(m.users.cursor, 299);
    update(&mut m, page(id, 200..300, 300, 200));
    assert_eq!(m.users.current().map(|u| u.id), Some(Uuid::from_u128(299)));
    for _ in 0..50 {
        let fx = press(&mut m, "k");
        assert_eq!(list_requests(&fx), 0, "still on the loaded page");
    }
    let target = Uuid::from_u128(249);
    assert_eq!(m.users.selected, Some(target));
    let fx = press(&mut m, "r");
    let (id, q) = list_request(&fx);
    assert_eq!(
        q.start_index, 200,
        "the page under the cursor is read again"
    );
    // Two users were added above meanwhile: the selected one is two rows lower.
    update(&mut m, page(id, 198..298, 302, 200));
    assert_eq!(m.users.current().map(|u| u.id), Some(target));
    assert_eq!(m.users.cursor, 251);
}

#[test]
fn the_next_page_is_fetched_near_the_end_only_once() {
    let (mut m, fx) = started();
    let (id, _) = list_request(&fx);
    update(&mut m, page(id, 0..100, 250, 0));
    let mut requests = Vec::new();
    for _ in 0..85 {
        requests.extend(press(&mut m, "j"));
    }
    let (_, q) = list_request(&requests);
    assert_eq!(q.start_index, 100);
    assert_eq!(m.users.cursor, 85);
}

#[test]
fn a_taller_terminal_reads_the_rows_that_come_into_view() {
    let (mut m, fx) = started();
    let (id, _) = list_request(&fx);
    update(&mut m, page(id, 0..100, 300, 0));
    assert!(update(&mut m, Msg::Input(Event::Resize(120, 60))).is_empty());
    press(&mut m, "G");
    let fx = update(&mut m, Msg::Input(Event::Resize(300, 250)));
    let (_, q) = list_request(&fx);
    assert_eq!(
        q.start_index, 100,
        "the rows above the last page are now in view"
    );
}

#[test]
fn nothing_is_fetched_once_everything_is_loaded() {
    let (mut m, fx) = started();
    let (id, _) = list_request(&fx);
    update(&mut m, page(id, 0..30, 30, 0));
    assert_eq!(list_requests(&press(&mut m, "G")), 0);
    assert_eq!(m.users.cursor, 29);
}

#[test]
fn a_malformed_lookup_sends_nothing_and_says_why() {
    let (mut m, _) = started();
    press(&mut m, "i");
    assert!(matches!(m.overlay, Overlay::Lookup(_)));
    assert!(type_text(&mut m, "not-an-id").is_empty());
    let fx = press(&mut m, "enter");
    assert!(fx.is_empty(), "{fx:?}");
    let Overlay::Lookup(p) = &m.overlay else {
        panic!("the prompt stays open");
    };
    assert!(
        p.error
            .as_deref()
            .is_some_and(|e| e.contains("neither a user ID")),
        "{:?}",
        p.error
    );
}

#[test]
fn lookup_by_id_then_not_found_is_explained() {
    let (mut m, _) = started();
    press(&mut m, "i");
    let id = Uuid::from_u128(0xabc);
    type_text(&mut m, &id.to_string());
    let fx = press(&mut m, "enter");
    let req = fx.iter().find_map(Effect::request).expect("a request");
    assert_eq!(req.op, ApiOp::GetUser(id));
    assert_eq!(m.overlay, Overlay::None);
    update(
        &mut m,
        Msg::Api(ApiReply {
            id: req.id,
            result: Err(ApiError::NotFound {
                message: "The user could not be found".into(),
            }),
        }),
    );
    assert_eq!(
        m.status.error.as_deref(),
        Some(format!("no user with ID {id}").as_str())
    );
}

#[test]
fn lookup_by_email_shows_the_user_in_the_detail_pane() {
    let (mut m, _) = started();
    press(&mut m, "i");
    update(&mut m, Msg::Input(Event::Paste("  u7@example.org ".into())));
    let fx = press(&mut m, "enter");
    let req = fx.iter().find_map(Effect::request).expect("a request");
    assert_eq!(req.op, ApiOp::GetUserByEmail("u7@example.org".into()));
    update(
        &mut m,
        Msg::Api(ApiReply {
            id: req.id,
            result: Ok(ApiOutcome::User(Box::new(user(7)))),
        }),
    );
    assert_eq!(m.detail_user().map(|u| u.id), Some(Uuid::from_u128(7)));
    press(&mut m, "esc");
    assert!(m.detail.lookup.is_none());
}

#[test]
fn an_older_lookup_reply_is_ignored() {
    let (mut m, _) = started();
    press(&mut m, "i");
    type_text(&mut m, "a@example.org");
    let first = press(&mut m, "enter");
    press(&mut m, "i");
    type_text(&mut m, "b@example.org");
    let second = press(&mut m, "enter");
    let first_id = first.iter().find_map(Effect::request).expect("first").id;
    assert!(second.contains(&Effect::Cancel(first_id)));
    update(
        &mut m,
        Msg::Api(ApiReply {
            id: first_id,
            result: Ok(ApiOutcome::User(Box::new(user(1)))),
        }),
    );
    assert!(m.detail.lookup.is_none());
}

#[test]
fn search_is_debounced_to_one_request() {
    let (mut m, fx) = started();
    let (id, _) = list_request(&fx);
    update(&mut m, page(id, 0..10, 10, 0));
    press(&mut m, "/");
    assert!(type_text(&mut m, "an").is_empty());
    assert!(update(&mut m, Msg::Tick).is_empty());
    // Typing again restarts the pause.
    assert!(type_text(&mut m, "n").is_empty());
    let mut fx = Vec::new();
    for _ in 0..DEBOUNCE_TICKS {
        assert!(fx.is_empty());
        fx.extend(update(&mut m, Msg::Tick));
    }
    let (_, q) = list_request(&fx);
    assert_eq!(q.filter_value.as_deref(), Some("ann"));
    assert!(m.wants_tick(), "the request is in flight");
    assert!(update(&mut m, Msg::Tick).is_empty(), "sent once");
    // Enter closes the box without sending again (it keeps the text in the history).
    let fx = press(&mut m, "enter");
    assert!(fx.iter().all(|e| e.request().is_none()), "{fx:?}");
    assert_eq!(m.overlay, Overlay::None);
    // Esc (no overlay) clears the applied search.
    let fx = press(&mut m, "esc");
    let (_, q) = list_request(&fx);
    assert_eq!(q.filter_value, None);
}

#[test]
fn q_types_in_the_search_box_but_ctrl_c_quits() {
    let (mut m, _) = started();
    press(&mut m, "/");
    assert!(press(&mut m, "q").is_empty());
    assert_eq!(m.search.input.value(), "q");
    assert!(!m.quit);
    assert_eq!(press(&mut m, "ctrl-c"), vec![Effect::Quit]);
    assert!(m.quit);
}

#[test]
fn a_refused_token_is_explained() {
    let (mut m, fx) = started();
    let (id, _) = list_request(&fx);
    update(
        &mut m,
        Msg::Api(ApiReply {
            id,
            result: Err(ApiError::Unauthorized),
        }),
    );
    let e = m.status.error.clone().unwrap_or_default();
    assert!(e.contains("refused the token"), "{e}");
    assert!(e.contains("valid token"), "{e}");
}

#[test]
fn a_refused_token_stops_every_further_request_until_r() {
    let (mut m, fx) = started();
    let (id, _) = list_request(&fx);
    update(&mut m, page(id, 0..100, 250, 0));
    press(&mut m, "i");
    type_text(&mut m, "00000000-0000-0000-0000-000000000005");
    let fx = press(&mut m, "enter");
    let lookup = fx
        .iter()
        .filter_map(Effect::request)
        .find(|r| matches!(r.op, ApiOp::GetUser(_)))
        .map(|r| r.id)
        .expect("a look-up");
    update(
        &mut m,
        Msg::Api(ApiReply {
            id: lookup,
            result: Err(ApiError::Unauthorized),
        }),
    );
    assert!(m.token_refused);
    // Near the end of the loaded rows (a prefetch), a search, a look-up: nothing sent.
    let mut sent = Vec::new();
    for _ in 0..90 {
        sent.extend(press(&mut m, "j"));
    }
    press(&mut m, "/");
    sent.extend(type_text(&mut m, "ann"));
    for _ in 0..=DEBOUNCE_TICKS {
        sent.extend(update(&mut m, Msg::Tick));
    }
    press(&mut m, "enter");
    press(&mut m, "i");
    type_text(&mut m, "ann@example.org");
    sent.extend(press(&mut m, "enter"));
    assert!(
        sent.iter().all(|e| e.request().is_none()),
        "nothing is sent after a 401: {sent:?}"
    );
    assert!(
        m.requests.in_flight.values().all(|p| *p == Pending::Me),
        "only the start-up read of @self waits: {:?}",
        m.requests.in_flight
    );
    let e = m.status.error.clone().unwrap_or_default();
    assert!(e.contains("nothing more is sent"), "{e}");
    // r tries once more.
    let fx = press(&mut m, "r");
    let (_, q) = list_request(&fx);
    assert_eq!(q.filter_value.as_deref(), Some("ann"));
    assert!(!m.token_refused);
}

#[test]
fn unbound_keys_change_nothing() {
    let (mut m, _) = started();
    m.dirty = false;
    assert!(press(&mut m, "z").is_empty());
    assert!(!m.dirty);
    press(&mut m, "?");
    assert_eq!(m.help, Some(0));
    press(&mut m, "?");
    assert_eq!(m.help, None);
    assert_eq!(m.overlay, Overlay::None);
}

#[test]
fn ticks_only_wanted_while_busy() {
    let (mut m, fx) = started();
    assert!(m.wants_tick());
    for r in fx.iter().filter_map(Effect::request) {
        let result = match r.op {
            ApiOp::Me => Ok(ApiOutcome::User(Box::new(user(1)))),
            _ => Ok(ApiOutcome::Page(UserPage {
                users: vec![],
                total: Some(0),
                start_index: 0,
            })),
        };
        update(&mut m, Msg::Api(ApiReply { id: r.id, result }));
    }
    assert!(!m.wants_tick());
    assert_eq!(m.me.as_ref().map(|u| u.id), Some(Uuid::from_u128(1)));
}

#[test]
fn keymap_problems_are_reported_not_fatal() {
    let mut keys = std::collections::BTreeMap::new();
    keys.insert("fly".to_string(), vec!["x".to_string()]);
    keys.insert("refresh".to_string(), vec!["j".to_string()]);
    let mut m = Model::new(ModelOptions {
        keys,
        ..ModelOptions::default()
    });
    let e = m.status.error.clone().unwrap_or_default();
    assert!(e.contains("unknown action \"fly\""), "{e}");
    assert!(e.contains("j is bound to both"), "{e}");
    // The defaults still work.
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    init(&mut m);
    let fx = press(&mut m, "r");
    assert!(
        fx.iter()
            .filter_map(Effect::request)
            .any(|r| matches!(r.op, ApiOp::ListUsers(_)))
    );
}

#[test]
fn a_lookup_opens_the_detail_where_there_is_no_side_pane() {
    let (mut m, _) = started();
    update(&mut m, Msg::Input(Event::Resize(80, 15)));
    press(&mut m, "i");
    type_text(&mut m, "u3@example.org");
    let fx = press(&mut m, "enter");
    let id = fx.iter().find_map(Effect::request).expect("request").id;
    update(
        &mut m,
        Msg::Api(ApiReply {
            id,
            result: Ok(ApiOutcome::User(Box::new(user(3)))),
        }),
    );
    assert!(m.detail.focused);
    press(&mut m, "esc");
    assert!(!m.detail.focused);
    assert!(m.detail.lookup.is_some(), "the second esc clears it");
}

#[test]
fn pasting_over_the_list_opens_the_lookup() {
    let (mut m, _) = started();
    let id = Uuid::from_u128(0xfeed);
    update(&mut m, Msg::Input(Event::Paste(format!(" {id}\n"))));
    let Overlay::Lookup(p) = &m.overlay else {
        panic!("the look-up opens");
    };
    assert_eq!(p.input.value(), id.to_string());
    let fx = press(&mut m, "enter");
    assert_eq!(
        fx.iter().find_map(Effect::request).map(|r| r.op.clone()),
        Some(ApiOp::GetUser(id))
    );
}

#[cfg(unix)]
#[test]
fn ctrl_z_asks_the_runtime_to_suspend_from_anywhere_and_keeps_the_state() {
    let (mut m, _) = started();
    assert_eq!(press(&mut m, "ctrl-z"), vec![Effect::Suspend]);
    assert_eq!(m.overlay, Overlay::None);
    // In a text prompt: the typed text stays for after the resume.
    press(&mut m, "/");
    type_text(&mut m, "ann");
    assert_eq!(press(&mut m, "ctrl-z"), vec![Effect::Suspend]);
    assert_eq!(m.overlay, Overlay::Search);
    assert_eq!(m.search.input.value(), "ann");
    assert!(!m.quit);
}

fn empty_page(id: RequestId) -> Msg {
    Msg::Api(ApiReply {
        id,
        result: Ok(ApiOutcome::Page(UserPage {
            users: Vec::new(),
            total: Some(0),
            start_index: 0,
        })),
    })
}

#[test]
fn the_list_reloads_after_a_search_without_matches() {
    let (mut m, fx) = started();
    let (id, _) = list_request(&fx);
    update(&mut m, page(id, 0..30, 30, 0));
    press(&mut m, "/");
    type_text(&mut m, "zzqxq");
    let (id, q) = list_request(&press(&mut m, "enter"));
    assert_eq!(q.filter_value.as_deref(), Some("zzqxq"));
    update(&mut m, empty_page(id));
    assert!(m.users.is_empty());
    // Esc clears the search: the whole list is asked for again and shown.
    let (id, q) = list_request(&press(&mut m, "esc"));
    assert_eq!(q.filter_value, None);
    update(&mut m, page(id, 0..30, 30, 0));
    assert_eq!(m.users.len(), 30);
    assert_eq!(m.users.load, crate::app::state::users::ListLoad::Ready);
}

#[test]
fn the_filter_and_refresh_still_ask_after_an_empty_filter() {
    let (mut m, fx) = started();
    let (id, _) = list_request(&fx);
    update(&mut m, page(id, 0..30, 30, 0));
    let (id, _) = list_request(&pick_status(&mut m, 2)); // pending
    update(&mut m, empty_page(id));
    // r and a filter, and a search, each send a list request.
    let (id, q) = list_request(&press(&mut m, "r"));
    assert_eq!(q.status, Some(EmployeeStatus::Pending));
    update(&mut m, empty_page(id));
    let (id, q) = list_request(&pick_status(&mut m, 3));
    assert_eq!(q.status, Some(EmployeeStatus::Terminated));
    update(&mut m, page(id, 40..45, 5, 0));
    assert_eq!(m.users.len(), 5);
}

#[test]
fn the_search_box_moves_the_list_with_the_keymaps_movement_keys() {
    let mut keys = std::collections::BTreeMap::new();
    keys.insert("down".to_string(), vec!["ctrl-n".to_string()]);
    let mut m = Model::new(ModelOptions {
        keys,
        ..ModelOptions::default()
    });
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fx = init(&mut m);
    let (id, _) = list_request(&fx);
    update(&mut m, page(id, 0..10, 10, 0));
    press(&mut m, "/");
    press(&mut m, "ctrl-n");
    assert_eq!(m.users.cursor, 1, "the rebound down key moves the list");
    // The default arrow is no longer bound to down: it does not move the list.
    press(&mut m, "down");
    assert_eq!(m.users.cursor, 1);
    // A typed character is text, whatever it is bound to.
    press(&mut m, "j");
    assert_eq!(m.search.input.value(), "j");
    assert_eq!(m.overlay, Overlay::Search);
}
