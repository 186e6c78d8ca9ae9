use crossterm::event::Event;
use uuid::Uuid;

use super::*;
use crate::api::{EmployeeFullDto, EmployeeType, GroupFilter, UserPage, UserQuery};
use crate::app::msg::{ApiOutcome, ApiReply, Msg};
use crate::app::state::model::ModelOptions;
use crate::app::{init, update};

fn user(n: u128) -> EmployeeFullDto {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(n));
    u.first_name = Some(format!("First{n}"));
    u.email = Some(format!("u{n}@example.org"));
    u
}

/// A 120x30 model with users `0..50` loaded.
fn loaded() -> Model {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fx = init(&mut m);
    answer(&mut m, &fx, 0..50);
    m
}

/// Answers the list requests among `fx` with users `ids` (the whole list).
fn answer(m: &mut Model, fx: &[Effect], ids: impl IntoIterator<Item = u128> + Clone) {
    for (id, _) in lists(fx) {
        let users: Vec<EmployeeFullDto> = ids.clone().into_iter().map(user).collect();
        let total = users.len() as u64;
        let result = Ok(ApiOutcome::Page(UserPage {
            users,
            total: Some(total),
            start_index: 0,
        }));
        update(m, Msg::Api(ApiReply { id, result }));
    }
}

fn lists(fx: &[Effect]) -> Vec<(RequestId, UserQuery)> {
    fx.iter()
        .filter_map(Effect::request)
        .filter_map(|r| match &r.op {
            ApiOp::ListUsers(q) => Some((r.id, q.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_new_order_is_asked_for_and_keeps_the_selected_user() {
    let mut m = loaded();
    let vp = m.viewport();
    m.users.move_to(10, vp);
    assert_eq!(m.users.selected, Some(Uuid::from_u128(10)));
    assert!(set_sort(&mut m, SortBy::FirstName, SortOrder::Ascending).is_empty());
    let fx = set_sort(&mut m, SortBy::Email, SortOrder::Descending);
    let asked = lists(&fx);
    assert_eq!(asked.len(), 1, "{fx:?}");
    assert_eq!(
        (asked[0].1.sort_by, asked[0].1.sort_order),
        (Some(SortBy::Email), SortOrder::Descending)
    );
    // The portal's new order puts the selected user at position 39.
    answer(&mut m, &fx, (0..50).rev());
    assert_eq!(m.users.selected, Some(Uuid::from_u128(10)));
    assert_eq!(m.users.cursor, 39);
    assert_eq!(m.users.current().map(|u| u.id), Some(Uuid::from_u128(10)));
}

#[test]
fn the_sort_cycles_through_the_columns_shown_and_reverses() {
    let mut m = loaded();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let fx = cycle_sort(&mut m);
        seen.push(lists(&fx)[0].1.sort_by);
    }
    assert_eq!(
        seen,
        [
            Some(SortBy::Email),
            Some(SortBy::Type),
            Some(SortBy::FirstName)
        ]
    );
    let fx = reverse_sort(&mut m);
    assert_eq!(lists(&fx)[0].1.sort_order, SortOrder::Descending);
    // A new column starts ascending.
    let fx = cycle_sort(&mut m);
    assert_eq!(
        (lists(&fx)[0].1.sort_by, lists(&fx)[0].1.sort_order),
        (Some(SortBy::Email), SortOrder::Ascending)
    );
}

#[test]
fn without_a_sortable_column_shown_the_sort_says_so() {
    let mut m = Model::new(ModelOptions {
        columns: vec![crate::people::columns::Column::Status],
        ..ModelOptions::default()
    });
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    assert!(cycle_sort(&mut m).is_empty());
    assert!(
        m.status
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("sorts by none of the columns shown"))
    );
}

#[test]
fn filters_combine_with_the_search_and_start_from_the_top() {
    let mut m = loaded();
    m.users.filter_text = "ann".into();
    let vp = m.viewport();
    m.users.move_to(10, vp);
    let filters = ListFilters {
        types: vec![EmployeeType::Guest],
        group: Some(GroupFilter::WithoutGroup),
        ..ListFilters::default()
    };
    let fx = set_filters(&mut m, StatusFilter::Active, filters.clone());
    let asked = lists(&fx);
    assert_eq!(asked.len(), 1);
    let q = &asked[0].1;
    assert_eq!(q.filter_value.as_deref(), Some("ann"));
    assert_eq!(q.filters, filters);
    assert_eq!(q.status, Some(crate::api::EmployeeStatus::Active));
    assert_eq!(m.users.cursor, 0);
    assert!(set_filters(&mut m, StatusFilter::Active, filters).is_empty());
    let fx = clear_filters(&mut m);
    let q = &lists(&fx)[0].1;
    assert_eq!((q.status, q.filters.is_empty()), (None, true));
    assert_eq!(q.filter_value.as_deref(), Some("ann"), "the search stays");
    assert!(clear_filters(&mut m).is_empty());
}

#[test]
fn pages_asked_for_far_from_the_screen_are_cancelled_and_no_longer_waited_for() {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fx = init(&mut m);
    for (id, q) in lists(&fx) {
        let result = Ok(ApiOutcome::Page(UserPage {
            users: (0..u128::from(q.count)).map(user).collect(),
            total: Some(100_000),
            start_index: 0,
        }));
        update(&mut m, Msg::Api(ApiReply { id, result }));
    }
    let vp = m.viewport();
    let mut asked = Vec::new();
    for _ in 0..10 {
        m.users.move_by(vp as isize, vp);
        asked.extend(lists(&prefetch(&mut m)).into_iter().map(|(id, _)| id));
    }
    assert!(!asked.is_empty());
    m.users.move_to(usize::MAX, vp);
    let fx = prefetch(&mut m);
    let cancelled: Vec<RequestId> = fx
        .iter()
        .filter_map(|e| match e {
            Effect::Cancel(id) => Some(*id),
            _ => None,
        })
        .collect();
    assert!(!cancelled.is_empty(), "{fx:?}");
    assert!(cancelled.iter().all(|id| asked.contains(id)));
    assert!(
        cancelled
            .iter()
            .all(|id| !m.requests.in_flight.contains_key(id)),
        "no longer waited for"
    );
    let last = (100_000 - 1) / u64::from(crate::app::state::users::PAGE_SIZE);
    let pages: Vec<u64> = lists(&fx)
        .iter()
        .map(|(_, q)| q.start_index / u64::from(q.count))
        .collect();
    assert!(
        pages.contains(&last),
        "the last page is asked for at once: {pages:?}"
    );
}
