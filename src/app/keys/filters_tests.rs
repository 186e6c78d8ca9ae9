use crossterm::event::Event;
use uuid::Uuid;

use crate::api::dto::GroupDto;
use crate::api::{EmployeeType, GroupFilter, UserQuery};
use crate::app::effect::{ApiOp, Effect, RequestId};
use crate::app::msg::{ApiOutcome, ApiReply, Msg};
use crate::app::state::filter_panel::DEBOUNCE_TICKS;
use crate::app::state::model::{Model, ModelOptions, Overlay};
use crate::app::state::users::StatusFilter;
use crate::app::testing::press;
use crate::app::{init, update};

fn started() -> Model {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    init(&mut m);
    m
}

fn lists(fx: &[Effect]) -> Vec<UserQuery> {
    fx.iter().filter_map(Effect::list_query).cloned().collect()
}

fn group_read(fx: &[Effect]) -> Option<RequestId> {
    fx.iter()
        .filter_map(Effect::request)
        .find(|r| r.op == ApiOp::ListGroups)
        .map(|r| r.id)
}

fn group(n: u128, name: &str) -> GroupDto {
    GroupDto {
        id: Uuid::from_u128(n),
        name: Some(name.into()),
        parent: None,
        category: None,
        is_ldap: None,
        is_system: None,
        manager: None,
        members_count: None,
    }
}

#[test]
fn f_opens_the_panel_and_reads_the_groups_once_at_a_time() {
    let mut m = started();
    let fx = press(&mut m, "f");
    assert!(matches!(m.overlay, Overlay::Filters(_)));
    let id = group_read(&fx).expect("the groups are read");
    press(&mut m, "f");
    assert_eq!(m.overlay, Overlay::None, "f again closes it");
    assert_eq!(group_read(&press(&mut m, "f")), None, "one read at a time");
    let result = Ok(ApiOutcome::Groups(vec![group(7, "Sales")]));
    update(&mut m, Msg::Api(ApiReply { id, result }));
    assert_eq!(m.groups.name_of(Uuid::from_u128(7)), Some("Sales"));
    press(&mut m, "esc");
    assert!(
        group_read(&press(&mut m, "f")).is_some(),
        "read again on the next open"
    );
}

#[test]
fn a_pick_is_applied_after_a_pause() {
    let mut m = started();
    press(&mut m, "f");
    // The fourth type row: guest.
    for _ in 0..7 {
        press(&mut m, "j");
    }
    assert!(lists(&press(&mut m, "space")).is_empty(), "not at once");
    assert!(m.debouncing() && m.wants_tick());
    for _ in 1..DEBOUNCE_TICKS {
        assert!(lists(&update(&mut m, Msg::Tick)).is_empty());
    }
    let asked = lists(&update(&mut m, Msg::Tick));
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].filters.types, [EmployeeType::Guest]);
    assert!(!m.debouncing());
    assert!(
        matches!(m.overlay, Overlay::Filters(_)),
        "the panel stays open"
    );
    assert_eq!(m.users.filters.types, [EmployeeType::Guest]);
    // Closing sends nothing more: the list shows these filters already.
    assert!(lists(&press(&mut m, "esc")).is_empty());
}

#[test]
fn closing_applies_at_once_and_enter_picks_too() {
    let mut m = started();
    press(&mut m, "f");
    press(&mut m, "j");
    press(&mut m, "enter");
    let asked = lists(&press(&mut m, "esc"));
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].status, Some(crate::api::EmployeeStatus::Active));
    assert_eq!(m.overlay, Overlay::None);
    assert!(!m.debouncing());
}

#[test]
fn the_clear_key_clears_the_panel_and_the_list() {
    let mut m = started();
    assert!(lists(&press(&mut m, "F")).is_empty(), "nothing to clear");
    let fx = press(&mut m, "f");
    let id = group_read(&fx).expect("read");
    let result = Ok(ApiOutcome::Groups(vec![group(7, "Sales")]));
    update(&mut m, Msg::Api(ApiReply { id, result }));
    for k in ["j", "space", "G", "space", "esc"] {
        press(&mut m, k);
    }
    assert_eq!(m.users.status_filter, StatusFilter::Active);
    assert_eq!(
        m.users.filters.group,
        Some(GroupFilter::Member(Uuid::from_u128(7)))
    );
    let asked = lists(&press(&mut m, "F"));
    assert_eq!(asked.len(), 1);
    assert!(asked[0].filters.is_empty() && asked[0].status.is_none());
    // In the panel it clears what is picked.
    for k in ["f", "j", "space", "F", "esc"] {
        press(&mut m, k);
    }
    assert_eq!(m.users.status_filter, StatusFilter::All);
}

#[test]
fn quit_from_the_panel_leaves() {
    let mut m = started();
    press(&mut m, "f");
    let fx = press(&mut m, "q");
    assert!(fx.contains(&Effect::Quit), "{fx:?}");
}

#[test]
fn a_refused_token_holds_the_group_read_back_and_the_panel_says_why() {
    let mut m = started();
    m.token_refused = true;
    let fx = press(&mut m, "f");
    assert_eq!(group_read(&fx), None, "nothing sent");
    let why = m.groups.error.clone().unwrap_or_default();
    assert!(why.contains("refused the token"), "{why}");
}

#[test]
fn a_failed_group_read_is_tried_again_on_the_next_open() {
    let mut m = started();
    m.token_refused = true;
    press(&mut m, "f");
    press(&mut m, "esc");
    assert!(m.groups.error.is_some());
    m.token_refused = false;
    let fx = press(&mut m, "f");
    assert!(group_read(&fx).is_some(), "read again");
    assert_eq!(
        m.groups.error, None,
        "the old failure is not shown meanwhile"
    );
}
