//! Browsing flows: pages, search, the status filter, refresh, a refused token.

use docspace_people::api::{EmployeeFullDto, EmployeeStatus, EmployeeType};
use docspace_people::demo::NewUser;

use crate::harness::{Harness, demo_options, query_param};

const FILTER: &str = "/api/2.0/people/filter";

/// The start of a text, short enough to survive the list's column cut.
fn prefix(s: &str) -> String {
    s.chars().take(12).collect()
}

fn list_queries(h: &Harness) -> Vec<Option<String>> {
    h.requests_to(FILTER).into_iter().map(|r| r.query).collect()
}

#[tokio::test]
async fn first_frame_then_first_page_and_self() {
    let mut h = Harness::start().await;
    let total = h.portal.user_count();
    let screen = h.screen();
    assert!(screen.contains(&format!("· {total} users")), "{screen}");
    let me = h.model().me.clone().expect("@self was read");
    assert_eq!(me.id, h.portal.owner_id());
    let log = h.log();
    assert!(
        log.iter()
            .any(|r| r.path == "/api/2.0/people/@self" && r.status == 200)
    );
    let first = &list_queries(&h)[0];
    assert_eq!(
        query_param(first.as_deref(), "count").as_deref(),
        Some("100")
    );
    assert_eq!(
        query_param(first.as_deref(), "startIndex").as_deref(),
        Some("0")
    );
    h.finish().await;
}

#[tokio::test]
async fn scrolling_past_the_first_page_fetches_the_next() {
    let mut h = Harness::start().await;
    let total = h.portal.user_count();
    assert_eq!(h.requests_to(FILTER).len(), 1);
    h.press_n("j", 85);
    h.settle().await;
    let starts: Vec<String> = list_queries(&h)
        .iter()
        .filter_map(|q| query_param(q.as_deref(), "startIndex"))
        .collect();
    assert_eq!(starts, ["0", "100"], "one prefetch, at 100");
    let screen = h.screen();
    assert!(screen.contains(&format!("· {total} users")), "{screen}");
    // The user under the cursor is the 86th of the portal's first-name order.
    let cursor_line = h.line_with("›").expect("a selected row");
    let selected = h.model().users.current().cloned().expect("selection");
    let email = selected.email.clone().unwrap_or_default();
    assert!(cursor_line.contains(&prefix(&email)), "{cursor_line}");
    // To the end: every user once, no duplicates.
    h.press("G");
    h.settle().await;
    h.press("G");
    h.settle().await;
    let screen = h.screen();
    assert!(screen.contains(&format!("{total} users")), "{screen}");
    assert!(
        !screen.contains(&format!("/{total} users")),
        "all loaded: {screen}"
    );
    let mut ids: Vec<_> = h
        .model()
        .users
        .loaded()
        .map(|(_, u)| u)
        .map(|u| u.id)
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), total);
    h.finish().await;
}

/// A word that appears in some users' names on the portal.
fn some_last_name(users: &[EmployeeFullDto]) -> String {
    users
        .iter()
        .filter_map(|u| u.last_name.clone())
        .find(|n| n.len() >= 4 && n.is_ascii())
        .expect("a seeded ASCII last name")
}

#[tokio::test]
async fn search_is_sent_to_the_portal_and_shows_the_matches() {
    let mut h = Harness::start().await;
    let users = h.portal.users();
    let needle = some_last_name(&users);
    let lower = needle.to_lowercase();
    let expected: Vec<&EmployeeFullDto> = users
        .iter()
        .filter(|u| {
            [&u.first_name, &u.last_name, &u.email].iter().any(|f| {
                f.as_deref()
                    .is_some_and(|v| v.to_lowercase().contains(&lower))
            })
        })
        .collect();
    assert!(!expected.is_empty());
    h.portal.clear_request_log();
    h.press("/");
    h.type_text(&needle);
    assert!(
        h.requests_to(FILTER).is_empty(),
        "nothing sent while typing"
    );
    h.settle().await;
    let sent: Vec<_> = list_queries(&h)
        .iter()
        .filter_map(|q| query_param(q.as_deref(), "filterValue"))
        .collect();
    assert_eq!(
        sent,
        std::slice::from_ref(&needle),
        "one debounced request with the whole text"
    );
    h.press("enter");
    let screen = h.screen();
    let count = match expected.len() {
        1 => "1 user".to_string(),
        n => format!("{n} users"),
    };
    assert!(
        screen.contains(&count) && !screen.contains(&format!("{count}s")),
        "{count}: {screen}"
    );
    assert!(
        screen.contains(&format!("\"{needle}\"")),
        "search shown in the title: {screen}"
    );
    let first = expected[0].email.clone().unwrap_or_default();
    assert!(screen.contains(&prefix(&first)), "{screen}");
    // Esc clears the search.
    h.press("esc");
    h.settle().await;
    let screen = h.screen();
    assert!(
        screen.contains(&format!("· {} users", users.len())),
        "{screen}"
    );
    h.finish().await;
}

#[tokio::test]
async fn a_search_without_matches_says_so() {
    let mut h = Harness::start().await;
    h.press("/");
    h.type_text("zzqqxx");
    h.press("enter");
    h.settle().await;
    let screen = h.screen();
    assert!(screen.contains("No users match \"zzqqxx\""), "{screen}");
    h.finish().await;
}

#[tokio::test]
async fn the_status_filter_is_picked_in_the_panel_and_sent() {
    let mut h = Harness::start().await;
    let users = h.portal.users();
    let count = |s: EmployeeStatus| users.iter().filter(|u| u.status == Some(s)).count();
    for (status, code, word) in [
        (EmployeeStatus::Active, "1", "active"),
        (EmployeeStatus::Pending, "4", "pending"),
        (EmployeeStatus::Terminated, "2", "terminated"),
    ] {
        h.portal.clear_request_log();
        h.pick_filter(word).await;
        let q = list_queries(&h);
        assert_eq!(
            query_param(q[0].as_deref(), "employeeStatus").as_deref(),
            Some(code)
        );
        let n = count(status);
        assert!(n > 0, "the demo portal seeds {word} users");
        let screen = h.screen();
        assert!(
            screen.contains(&format!("Users · status: {word}")),
            "{screen}"
        );
        let shown = format!("· {n} users");
        assert!(screen.contains(&shown), "{shown}: {screen}");
        assert!(
            h.model()
                .users
                .loaded()
                .map(|(_, u)| u)
                .all(|u| u.status == Some(status)),
            "only {word} users"
        );
    }
    h.pick_filter("all").await;
    let q = list_queries(&h);
    assert_eq!(
        query_param(q.last().and_then(|q| q.as_deref()), "employeeStatus"),
        None
    );
    h.finish().await;
}

#[tokio::test]
async fn refresh_keeps_the_selected_user() {
    let mut h = Harness::start().await;
    h.press_n("j", 5);
    let chosen = h.model().users.current().cloned().expect("selected");
    // A user that sorts first appears meanwhile.
    h.portal.insert_user(NewUser::new(
        "Aaaron",
        "First",
        "aaaron.first@example.org",
        EmployeeType::User,
    ));
    h.press("r");
    h.settle().await;
    assert_eq!(h.model().users.selected, Some(chosen.id));
    assert_eq!(h.model().users.cursor, 6, "one row lower");
    let line = h.line_with("›").expect("selected row");
    let email = chosen.email.unwrap_or_default();
    assert!(line.contains(&prefix(&email)), "{line}");
    assert!(h.screen().contains("Aaaron First"));
    h.finish().await;
}

#[tokio::test]
async fn a_refused_token_is_explained_on_screen() {
    let mut h = Harness::with(demo_options(20), Some("sk-not-the-token"), 120, 30).await;
    let screen = h.screen();
    assert!(screen.contains("refused the token (401"), "{screen}");
    assert!(screen.contains("Could not load users"), "{screen}");
    let statuses: Vec<u16> = h.log().iter().map(|r| r.status).collect();
    assert!(
        !statuses.is_empty() && statuses.iter().all(|s| *s == 401),
        "{statuses:?}"
    );
    h.finish().await;
}

#[tokio::test]
async fn the_detail_pane_shows_the_selected_profile() {
    let mut h = Harness::start().await;
    h.press("j");
    let id = h.model().users.current().map(|u| u.id).expect("selected");
    let full = h.portal.user(id).expect("on the portal");
    h.press("enter");
    let screen = h.screen();
    assert!(screen.contains(&id.to_string()), "{screen}");
    if let Some(email) = &full.email {
        assert!(screen.contains(email.as_str()), "{screen}");
    }
    assert!(screen.contains("Registered"), "{screen}");
    h.press("esc");
    assert!(!h.model().detail.focused);
    h.finish().await;
}

#[tokio::test]
async fn a_failed_page_is_explained_and_r_retries() {
    use docspace_people::demo::{Fault, FaultRule};
    let mut opts = demo_options(30);
    opts.faults = vec![
        FaultRule::new(Fault::Status(500))
            .method("GET")
            .path(FILTER)
            .times(1),
    ];
    let mut h = Harness::with(opts, None, 120, 30).await;
    let screen = h.screen();
    assert!(
        screen.contains("Could not load users: the portal failed (500)"),
        "{screen}"
    );
    assert!(screen.contains("Press r to try again"), "{screen}");
    h.press("r");
    h.settle().await;
    let screen = h.screen();
    assert!(screen.contains("30 users"), "{screen}");
    assert!(
        !screen.contains("could not load users"),
        "the error is cleared: {screen}"
    );
    let statuses: Vec<u16> = h.requests_to(FILTER).iter().map(|r| r.status).collect();
    assert_eq!(statuses, [500, 200]);
    h.finish().await;
}

#[tokio::test]
async fn a_garbled_page_is_explained() {
    use docspace_people::demo::{Fault, FaultRule};
    let mut opts = demo_options(30);
    opts.faults = vec![FaultRule::new(Fault::MalformedBody).path(FILTER).times(1)];
    let mut h = Harness::with(opts, None, 120, 30).await;
    let screen = h.screen();
    assert!(screen.contains("cannot read"), "{screen}");
    h.finish().await;
}

#[tokio::test]
async fn with_a_hundred_thousand_users_g_reads_only_the_last_page() {
    let mut h = Harness::with(demo_options(100_000), None, 120, 30).await;
    let screen = h.screen();
    assert!(screen.contains("· 100,000 users"), "{screen}");
    h.press("G");
    assert!(
        h.screen().contains("loading…"),
        "the rows in view say they are on their way"
    );
    h.settle().await;
    let screen = h.screen();
    // The first page, far from the screen now, was dropped: only the last one is held.
    assert!(screen.contains("· 100,000 users"), "{screen}");
    assert_eq!(h.model().users.cursor, 99_999);
    let last = h
        .model()
        .users
        .current()
        .cloned()
        .expect("the last user is loaded");
    assert!(h.portal.user(last.id).is_some());
    let line = h.line_with("›").expect("a selected row");
    let email = last.email.clone().unwrap_or_default();
    assert!(line.contains(&prefix(&email)), "{line}");
    assert!(!screen.contains("loading…"), "{screen}");
    let starts: Vec<String> = list_queries(&h)
        .iter()
        .filter_map(|q| query_param(q.as_deref(), "startIndex"))
        .collect();
    assert_eq!(starts, ["0", "99900"], "one request for the end");
    // PgUp from the end reads the page before it when it comes near; g goes back up and
    // reads the first page again (it was dropped when the end was read).
    h.press_n("pgup", 4);
    h.settle().await;
    h.press("g");
    h.settle().await;
    let starts: Vec<String> = list_queries(&h)
        .iter()
        .filter_map(|q| query_param(q.as_deref(), "startIndex"))
        .collect();
    assert_eq!(starts, ["0", "99900", "99800", "0"]);
    assert_eq!(h.model().users.cursor, 0);
    h.finish().await;
}
