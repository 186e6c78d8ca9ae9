//! `*` marks every user of the list's query, reading ids only, page by page.

use std::collections::BTreeSet;

use docspace_people::api::UserQuery;
use docspace_people::demo::{Fault, FaultRule};
use uuid::Uuid;

use crate::harness::{Harness, demo_options, query_param};

#[tokio::test]
async fn marking_all_of_a_search_marks_as_many_users_as_the_portal_counts() {
    let mut h = Harness::with(demo_options(450), None, 120, 30).await;
    h.press("/");
    h.type_text("an");
    h.press("enter");
    h.settle().await;
    h.portal.clear_request_log();
    h.press("*");
    h.settle().await;
    let reads = h.requests_to("/api/2.0/people/filter");

    // What the portal itself says matches the search.
    let query = UserQuery {
        filter_value: Some("an".into()),
        ..UserQuery::default()
    };
    let portal_ids: BTreeSet<Uuid> = h
        .client()
        .list_all(&query, None, |_, _| {})
        .await
        .expect("the portal lists the matches")
        .into_iter()
        .map(|u| u.id)
        .collect();
    assert!(
        portal_ids.len() > 100,
        "more than one page: {}",
        portal_ids.len()
    );
    assert!(portal_ids.len() < 450, "a search, not everyone");
    let marked: BTreeSet<Uuid> = h.model().marks.ids().collect();
    assert_eq!(marked, portal_ids);

    let screen = h.screen();
    let count = format!("{} marked", portal_ids.len());
    assert!(screen.contains(&count), "{count} on\n{screen}");

    // Ids only, 100 a page, as the list asks.
    assert_eq!(reads.len(), portal_ids.len().div_ceil(100), "{reads:?}");
    for r in &reads {
        let q = r.query.as_deref();
        assert_eq!(query_param(q, "fields").as_deref(), Some("id"));
        assert_eq!(query_param(q, "count").as_deref(), Some("100"));
        assert_eq!(query_param(q, "filterValue").as_deref(), Some("an"));
    }
    h.finish().await;
}

#[tokio::test]
async fn a_portal_repeating_its_pages_cannot_make_mark_all_loop() {
    let mut h = Harness::with(demo_options(450), None, 120, 30).await;
    h.portal.inject(
        FaultRule::new(Fault::RepeatPage)
            .path("/api/2.0/people/filter")
            .times(60),
    );
    h.portal.clear_request_log();
    h.press("*");
    h.settle().await;
    let reads = h.requests_to("/api/2.0/people/filter");
    assert!(
        reads.len() <= 3,
        "the guard stops at the repeated page: {reads:?}"
    );
    let status = h.model().status.error.clone().unwrap_or_default();
    assert!(
        status.starts_with(
            "marked 100 users of the list, not all: the portal sent a page of users already listed"
        ),
        "{status}"
    );
    let screen = h.screen();
    assert!(
        screen.contains("marked 100 users of the list, not all"),
        "{screen}"
    );
    assert_eq!(
        h.model().marks.len(),
        100,
        "the first page's users are marked"
    );
    h.finish().await;
}
