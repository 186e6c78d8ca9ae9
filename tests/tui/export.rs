//! Exporting the list (all pages, the list's query) to CSV or JSON from the TUI.

use std::collections::BTreeMap;

use docspace_people::api::{EmployeeFullDto, UserQuery};
use docspace_people::commands::csv;
use docspace_people::commands::output::{COLUMNS, Format, UserRecord, users};

use crate::harness::{Harness, demo_options, query_param};

/// The users the portal lists for `query`, whole, in its order.
async fn portal_users(h: &Harness, query: &UserQuery) -> Vec<EmployeeFullDto> {
    h.client()
        .list_all(query, None, |_, _| {})
        .await
        .expect("list")
}

#[tokio::test]
async fn x_writes_a_csv_file_whose_rows_are_the_portals() {
    let mut h = Harness::with(demo_options(260), None, 120, 30).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("all.csv");
    h.portal.clear_request_log();
    h.press("x");
    h.replace_input(&path.display().to_string());
    h.press("enter");
    h.settle().await;
    let reads = h.requests_to("/api/2.0/people/filter");

    let text = std::fs::read_to_string(&path).expect("the file is written");
    let records = csv::parse(&text);
    assert_eq!(records[0], COLUMNS);
    assert_eq!(records.len(), 261, "a header and every user");
    // The rows `users list --format csv` prints for the portal's users.
    let portal = portal_users(&h, &UserQuery::default()).await;
    assert_eq!(text, users(&portal, Format::Csv, false));
    // Page by page, trimmed to what the rows need.
    assert_eq!(reads.len(), 3);
    assert!(
        reads
            .iter()
            .all(|r| query_param(r.query.as_deref(), "fields").is_some())
    );
    let screen = h.screen();
    assert!(screen.contains("exported 260 users to"), "{screen}");
    assert!(!dir.path().join("all.csv.part").exists());
    h.finish().await;
}

#[tokio::test]
async fn the_palette_exports_the_searched_list_as_json() {
    let mut h = Harness::with(demo_options(260), None, 120, 30).await;
    h.press("/");
    h.type_text("an");
    h.press("enter");
    h.settle().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("an.json");
    h.press(":");
    h.type_text("export json ");
    h.paste(&path.display().to_string());
    h.press("enter");
    h.settle().await;
    let text = std::fs::read_to_string(&path).expect("written");
    let got: Vec<UserRecord> = serde_json::from_str(&text).expect("json");
    let query = UserQuery {
        filter_value: Some("an".into()),
        ..UserQuery::default()
    };
    let portal = portal_users(&h, &query).await;
    assert!(!portal.is_empty() && portal.len() < 260);
    assert_eq!(text, users(&portal, Format::Json, false));
    let by_id: BTreeMap<_, _> = h.portal.users().into_iter().map(|u| (u.id, u)).collect();
    for r in &got {
        assert_eq!(*r, UserRecord::of(&by_id[&r.id]), "as the portal holds it");
    }
    h.finish().await;
}

#[tokio::test]
async fn an_existing_file_is_not_overwritten() {
    let mut h = Harness::start().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keep.csv");
    std::fs::write(&path, "mine\n").unwrap();
    h.press("x");
    h.replace_input(&path.display().to_string());
    h.press("enter");
    h.settle().await;
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine\n");
    let status = h.model().status.error.clone().unwrap_or_default();
    assert!(
        status.contains(&format!("not exported: {} exists already", path.display())),
        "{status}"
    );
    let screen = h.screen();
    assert!(screen.contains("not exported: "), "{screen}");
    h.finish().await;
}
