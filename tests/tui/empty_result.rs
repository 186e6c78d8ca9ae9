//! An empty result does not freeze the list: after a search without matches, or a status
//! filter that nobody has, the next search, filter or refresh is sent and shown.

use crate::harness::{Harness, demo_options, query_param};

const FILTER: &str = "/api/2.0/people/filter";

/// The `employeeStatus` parameters of the list requests since the log was cleared.
fn statuses_asked(h: &Harness) -> Vec<Option<String>> {
    h.requests_to(FILTER)
        .iter()
        .map(|r| query_param(r.query.as_deref(), "employeeStatus"))
        .collect()
}

#[tokio::test]
async fn clearing_a_search_without_matches_shows_the_users_again() {
    let mut h = Harness::start().await;
    let total = h.portal.user_count();
    h.press("/");
    h.type_text("zzqxq");
    h.press("enter");
    h.settle().await;
    let screen = h.screen();
    assert!(screen.contains("No users match \"zzqxq\""), "{screen}");
    h.portal.clear_request_log();
    h.press("esc");
    h.settle().await;
    let asked = h.requests_to(FILTER);
    assert_eq!(asked.len(), 1, "the whole list is asked for again");
    assert_eq!(query_param(asked[0].query.as_deref(), "filterValue"), None);
    let screen = h.screen();
    assert!(!screen.contains("Loading users"), "{screen}");
    assert!(screen.contains(&format!("· {total} users")), "{screen}");
    assert!(h.line_with("›").is_some(), "a row is selected: {screen}");
    h.finish().await;
}

#[tokio::test]
async fn a_status_nobody_has_then_refresh_and_the_next_filters() {
    // The owner and four active users: nobody is pending or terminated.
    let mut h = Harness::with(demo_options(5), None, 120, 30).await;
    h.pick_filter("active").await;
    h.pick_filter("pending").await;
    let screen = h.screen();
    assert!(
        screen.contains("No users match status: pending"),
        "{screen}"
    );
    h.portal.clear_request_log();
    h.press("r");
    h.settle().await;
    h.pick_filter("terminated").await;
    h.pick_filter("all").await;
    let asked = statuses_asked(&h);
    assert_eq!(
        asked.len(),
        3,
        "r and two filters each sent a request: {asked:?}"
    );
    assert_eq!(asked[2], None, "the last one asks for every status");
    let screen = h.screen();
    assert!(!screen.contains("Loading users"), "{screen}");
    assert!(screen.contains("Users · 1/5 "), "no filter left: {screen}");
    assert!(screen.contains("· 5 users"), "{screen}");
    h.finish().await;
}
