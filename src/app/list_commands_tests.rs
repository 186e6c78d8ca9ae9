use crossterm::event::Event;
use uuid::Uuid;

use crate::api::dto::GroupDto;
use crate::api::{EmployeeType, GroupFilter, SortBy, SortOrder, StatusFilter};
use crate::app::effect::{ApiOp, Effect};
use crate::app::msg::{ApiOutcome, ApiReply, Msg};
use crate::app::state::model::{Model, ModelOptions, Overlay, Pending};
use crate::app::testing::{press, type_text};
use crate::app::update;
use crate::people::columns::Column;

fn model() -> Model {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    m
}

/// Types `line` in the palette and runs it.
fn run(m: &mut Model, line: &str) -> Vec<Effect> {
    press(m, ":");
    type_text(m, line);
    press(m, "enter")
}

fn list_queries(fx: &[Effect]) -> Vec<String> {
    fx.iter()
        .filter_map(Effect::request)
        .filter_map(|r| match &r.op {
            ApiOp::ListUsers(q) => Some(format!("{q:?}")),
            _ => None,
        })
        .collect()
}

#[test]
fn sort_orders_the_list_ascending_unless_told() {
    let mut m = model();
    let fx = run(&mut m, "sort email");
    assert_eq!(
        (m.users.sort_by, m.users.sort_order),
        (SortBy::Email, SortOrder::Ascending)
    );
    assert!(!list_queries(&fx).is_empty(), "{fx:?}");
    run(&mut m, "sort email desc");
    assert_eq!(m.users.sort_order, SortOrder::Descending);
    assert!(matches!(m.overlay, Overlay::None));
}

#[test]
fn filter_sets_the_keys_given_and_keeps_the_others() {
    let mut m = model();
    run(&mut m, "filter status=active");
    let fx = run(&mut m, "filter type=Room_Admin,guest login=sso");
    assert_eq!(m.users.status_filter, StatusFilter::Active);
    assert_eq!(
        m.users.filters.types,
        vec![EmployeeType::RoomAdmin, EmployeeType::Guest]
    );
    assert!(m.users.filters.login_type.is_some());
    assert!(!list_queries(&fx).is_empty());
    run(&mut m, "filter clear");
    assert_eq!(m.users.status_filter, StatusFilter::All);
    assert!(m.users.filters.is_empty());
}

fn group(id: u128, name: &str) -> GroupDto {
    serde_json::from_value(serde_json::json!({
        "id": Uuid::from_u128(id),
        "name": name,
    }))
    .unwrap()
}

/// Answers the groups read in `fx` with `groups`.
fn answer_groups(m: &mut Model, fx: &[Effect], groups: Vec<GroupDto>) -> Vec<Effect> {
    let id = fx
        .iter()
        .filter_map(Effect::request)
        .find(|r| r.op == ApiOp::ListGroups)
        .map(|r| r.id)
        .expect("the groups are read");
    update(
        m,
        Msg::Api(ApiReply {
            id,
            result: Ok(ApiOutcome::Groups(groups)),
        }),
    )
}

#[test]
fn a_group_by_name_reads_the_groups_first_then_filters() {
    let mut m = model();
    let fx = run(&mut m, "filter group=sales_team");
    assert!(list_queries(&fx).is_empty(), "{fx:?}");
    assert!(m.users.filters.group.is_none());
    let fx = answer_groups(
        &mut m,
        &fx,
        vec![group(1, "Support"), group(2, "Sales Team")],
    );
    assert_eq!(
        m.users.filters.group,
        Some(GroupFilter::Member(Uuid::from_u128(2)))
    );
    assert!(!list_queries(&fx).is_empty());
    // Now known: no second read, and `!` is everyone outside.
    let fx = run(&mut m, "filter group=!support");
    assert!(
        !fx.iter()
            .filter_map(Effect::request)
            .any(|r| r.op == ApiOp::ListGroups)
    );
    assert_eq!(
        m.users.filters.group,
        Some(GroupFilter::NotMember(Uuid::from_u128(1)))
    );
}

#[test]
fn an_unknown_group_name_is_said_and_nothing_changes() {
    let mut m = model();
    let fx = run(&mut m, "filter group=nobody type=guest");
    answer_groups(&mut m, &fx, vec![group(1, "Support")]);
    assert!(m.users.filters.is_empty());
    let said = m.status.error.clone().unwrap_or_default();
    assert!(said.contains("no group named \"nobody\""), "{said}");
    assert!(!m.requests.in_flight.values().any(|p| *p == Pending::Groups));
}

#[test]
fn columns_are_chosen_checked_and_widened() {
    let mut m = model();
    run(&mut m, "columns name,email,type");
    assert_eq!(
        m.columns.chosen(),
        &[Column::Name, Column::Email, Column::Type]
    );
    run(&mut m, "columns -type +status");
    assert_eq!(
        m.columns.chosen(),
        &[Column::Name, Column::Email, Column::Status]
    );
    run(&mut m, "columns name,shoe");
    assert!(
        m.status
            .error
            .clone()
            .unwrap_or_default()
            .contains("unknown column \"shoe\"")
    );
    assert_eq!(m.columns.chosen().len(), 3);
    run(&mut m, "columns wide");
    assert!(m.columns.wide);
    run(&mut m, "columns narrow");
    assert!(!m.columns.wide);
    run(&mut m, "columns reset");
    assert_eq!(m.columns.chosen(), &Column::ALL);
}

#[test]
fn a_column_whose_properties_the_rows_lack_reads_the_rows_again_with_them() {
    let mut m = Model::new(ModelOptions {
        columns: vec![Column::Name, Column::Email],
        ..ModelOptions::default()
    });
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fields = |fx: &[Effect]| -> Vec<Vec<&'static str>> {
        fx.iter()
            .filter_map(Effect::list_query)
            .map(|q| q.fields.clone())
            .collect()
    };
    let first = fields(&crate::app::init(&mut m));
    assert_eq!(first.len(), 1);
    assert!(first[0].contains(&"email") && !first[0].contains(&"department"));
    let again = fields(&run(&mut m, "columns +department"));
    assert_eq!(again.len(), 1, "the rows in view are read again");
    assert!(again[0].contains(&"department"), "{:?}", again[0]);
    assert!(
        fields(&run(&mut m, "columns -department")).is_empty(),
        "rows holding more than they need are not read again"
    );
}
