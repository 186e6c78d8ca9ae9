//! The command palette (`:`) against the portal.

use docspace_people::api::EmployeeType;
use uuid::Uuid;

use crate::harness::Harness;

#[tokio::test]
async fn goto_an_id_shows_that_user() {
    let mut h = Harness::start().await;
    let loaded: Vec<Uuid> = h.model().users.loaded().map(|(_, u)| u.id).collect();
    let target = h
        .portal
        .users()
        .into_iter()
        .rev()
        .find(|u| !loaded.contains(&u.id))
        .expect("a user beyond the first page");
    h.portal.clear_request_log();
    h.press(":");
    h.type_text("goto ");
    h.paste(&target.id.to_string());
    h.press("enter");
    h.settle().await;
    assert_eq!(
        h.requests_to(&format!("/api/2.0/people/{}", target.id))
            .len(),
        1
    );
    let screen = h.screen();
    assert!(screen.contains("Looked up"), "{screen}");
    assert!(screen.contains(&target.id.to_string()), "{screen}");
    h.finish().await;
}

#[tokio::test]
async fn an_action_chosen_by_name_runs_as_its_key_does() {
    let mut h = Harness::start().await;
    h.press(":");
    h.type_text("reverse the sort");
    h.press("enter");
    h.settle().await;
    let screen = h.screen();
    assert!(screen.contains("Name ▼"), "reverse_sort ran:\n{screen}");
    let descending = h
        .requests_to("/api/2.0/people/filter")
        .iter()
        .filter(|r| {
            r.query
                .as_deref()
                .is_some_and(|q| q.contains("sortOrder=descending"))
        })
        .count();
    assert!(descending > 0, "the list was read again in the other order");
    h.finish().await;
}

/// The list queries (`/people/filter`) the portal saw since the log was cleared.
fn list_queries(h: &Harness) -> Vec<String> {
    h.requests_to("/api/2.0/people/filter")
        .into_iter()
        .filter_map(|r| r.query)
        .collect()
}

#[tokio::test]
async fn sort_command_reads_the_list_in_that_order() {
    let mut h = Harness::start().await;
    h.portal.clear_request_log();
    h.press(":");
    h.type_text("sort email desc");
    h.press("enter");
    h.settle().await;
    let queries = list_queries(&h);
    assert!(
        queries
            .iter()
            .any(|q| q.contains("sortBy=email") && q.contains("sortOrder=descending")),
        "{queries:?}"
    );
    let screen = h.screen();
    assert!(screen.contains("Email ▼"), "{screen}");
    h.finish().await;
}

#[tokio::test]
async fn filter_command_narrows_by_type_and_by_a_group_named() {
    let mut h = Harness::start().await;
    let support = h
        .portal
        .groups()
        .into_iter()
        .find(|g| g.name.as_deref() == Some("Customer Support"))
        .expect("a seeded department");
    h.portal.clear_request_log();
    h.press(":");
    h.type_text("filter type=guest");
    h.press("enter");
    h.settle().await;
    assert!(
        list_queries(&h)
            .iter()
            .any(|q| q.contains(&format!("employeeType={}", EmployeeType::Guest.code()))),
        "{:?}",
        list_queries(&h)
    );
    let guests: Vec<_> = h.model().users.loaded().map(|(_, u)| u.clone()).collect();
    assert!(!guests.is_empty());
    assert!(
        guests.iter().all(|u| u.is_visitor == Some(true)),
        "only guests"
    );

    h.portal.clear_request_log();
    h.press(":");
    h.type_text("filter type=user group=customer_support");
    h.press("enter");
    h.settle().await;
    // The groups were read first, then the list with the group's ID.
    assert_eq!(h.requests_to("/api/2.0/group").len(), 1);
    let queries = list_queries(&h);
    assert!(
        queries
            .iter()
            .any(|q| q.contains(&format!("groupId={}", support.id))),
        "{queries:?}"
    );
    h.press(":");
    h.type_text("filter clear");
    h.press("enter");
    h.settle().await;
    assert!(h.model().users.filters.is_empty());
    h.finish().await;
}

#[tokio::test]
async fn columns_command_changes_the_table() {
    let mut h = Harness::start().await;
    assert!(h.screen().contains("Type"));
    h.press(":");
    h.type_text("columns name,email");
    h.press("enter");
    h.settle().await;
    let header = h.line_with("Email").expect("the header");
    assert!(!header.contains("Type"), "{header}");
    h.press(":");
    h.type_text("columns wide");
    h.press("enter");
    h.settle().await;
    assert!(h.model().columns.wide);
    h.finish().await;
}
