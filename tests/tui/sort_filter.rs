//! Sorting and filtering the list on the portal: `s` / `S` order it (the request says
//! `sortBy` and `sortOrder`, the rows come in the portal's own order, the selected user
//! stays selected), the filter panel (`f`) narrows it (the request carries each filter,
//! the rows are the users the portal says match), `F` clears the filters, and the search
//! combines with them.

use docspace_people::api::{EmployeeFullDto, EmployeeStatus, EmployeeType};
use uuid::Uuid;

use crate::harness::{Harness, query_param};

const FILTER: &str = "/api/2.0/people/filter";

/// The query string of the last user-list request.
fn last_query(h: &Harness) -> Option<String> {
    h.requests_to(FILTER)
        .into_iter()
        .last()
        .and_then(|r| r.query)
}

fn param(h: &Harness, key: &str) -> Option<String> {
    query_param(last_query(h).as_deref(), key)
}

/// Every value of `key` in the last user-list request.
fn params(h: &Harness, key: &str) -> Vec<String> {
    let q = last_query(h).unwrap_or_default();
    url::form_urlencoded::parse(q.as_bytes())
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .collect()
}

/// The users the list holds, in its order.
fn rows(h: &Harness) -> Vec<EmployeeFullDto> {
    h.model().users.loaded().map(|(_, u)| u.clone()).collect()
}

/// Loads the whole list (every page).
async fn load_all(h: &mut Harness) {
    while !h.model().users.is_complete() {
        h.press("G");
        h.settle().await;
    }
    h.press("g");
}

fn email_key(u: &EmployeeFullDto) -> String {
    u.email.clone().unwrap_or_default().to_lowercase()
}

#[tokio::test]
async fn sorting_by_email_descending_shows_the_portals_own_order() {
    let mut h = Harness::start().await;
    h.press("s");
    h.settle().await;
    assert_eq!(param(&h, "sortBy").as_deref(), Some("email"));
    assert_eq!(param(&h, "sortOrder"), None, "ascending is the default");
    h.press("S");
    h.settle().await;
    assert_eq!(param(&h, "sortBy").as_deref(), Some("email"));
    assert_eq!(param(&h, "sortOrder").as_deref(), Some("descending"));
    let header = h.screen().lines().nth(1).unwrap_or("").to_string();
    assert!(header.contains("Email ▼"), "{header}");
    load_all(&mut h).await;
    let mut expected = h.portal.users();
    expected.sort_by_key(|u| std::cmp::Reverse(email_key(u)));
    let shown: Vec<String> = rows(&h).iter().map(email_key).collect();
    let wanted: Vec<String> = expected.iter().map(email_key).collect();
    assert_eq!(shown, wanted);
    // The screen's first row is the portal's first.
    let first = h.screen().lines().nth(2).unwrap_or("").to_string();
    let start: String = wanted[0].chars().take(12).collect();
    assert!(first.contains(&start), "{first}");
    h.finish().await;
}

#[tokio::test]
async fn the_selected_user_stays_selected_across_a_re_sort() {
    let mut h = Harness::start().await;
    h.press_n("j", 5);
    let chosen = h.model().users.current().cloned().expect("a user");
    for key in ["s", "S", "s"] {
        h.press(key);
        h.settle().await;
        let users = &h.model().users;
        assert_eq!(users.selected, Some(chosen.id), "after {key}");
        assert_eq!(
            users.current().map(|u| u.id),
            Some(chosen.id),
            "the cursor is on it after {key}"
        );
        let line = h.line_with("›").expect("the cursor row");
        let start: String = email_key(&chosen).chars().take(12).collect();
        assert!(line.contains(&start), "{key}: {line}");
    }
    h.finish().await;
}

#[tokio::test]
async fn the_type_filter_is_sent_and_shown_as_a_chip() {
    let mut h = Harness::start().await;
    h.pick_filter("Guest").await;
    assert_eq!(param(&h, "employeeType").as_deref(), Some("2"));
    assert!(params(&h, "employeeTypes").is_empty(), "one type, one key");
    let title = h.screen().lines().next().unwrap_or("").to_string();
    assert!(title.contains("Users · type: Guest"), "{title}");
    h.pick_filters(&["active", "User"]).await;
    assert_eq!(params(&h, "employeeTypes"), ["4", "2"]);
    assert_eq!(param(&h, "employeeStatus").as_deref(), Some("1"));
    let title = h.screen().lines().next().unwrap_or("").to_string();
    assert!(
        title.contains("type: User, Guest · status: active"),
        "{title}"
    );
    h.finish().await;
}

#[tokio::test]
async fn the_type_filter_shows_only_guests() {
    let mut h = Harness::start().await;
    h.pick_filter("Guest").await;
    load_all(&mut h).await;
    let guests = h
        .portal
        .users()
        .iter()
        .filter(|u| u.user_type() == Some(EmployeeType::Guest))
        .count();
    assert!(guests > 0, "the demo portal seeds guests");
    assert_eq!(h.model().users.total, Some(guests as u64));
    for u in rows(&h) {
        let on_portal = h.portal.user(u.id).expect("on the portal");
        assert_eq!(
            on_portal.user_type(),
            Some(EmployeeType::Guest),
            "{:?}",
            u.email
        );
    }
    h.finish().await;
}

#[tokio::test]
async fn login_payments_quota_and_group_are_sent() {
    let mut h = Harness::start().await;
    h.pick_filters(&["SSO", "paid", "custom quota", "in no group"])
        .await;
    assert_eq!(param(&h, "accountLoginType").as_deref(), Some("0"));
    assert_eq!(param(&h, "payments").as_deref(), Some("0"));
    assert_eq!(param(&h, "quotaFilter").as_deref(), Some("2"));
    assert_eq!(param(&h, "withoutGroup").as_deref(), Some("true"));
    // The wide list has the room to show every chip.
    h.press("w");
    let title = h.screen().lines().next().unwrap_or("").to_string();
    assert!(
        title.contains("group: none · login: SSO · payments: paid · quota: custom"),
        "{title}"
    );
    // F clears them all: the next request narrows nothing.
    h.press("F");
    h.settle().await;
    for key in [
        "accountLoginType",
        "payments",
        "quotaFilter",
        "withoutGroup",
        "employeeStatus",
    ] {
        assert_eq!(param(&h, key), None, "{key}");
    }
    let title = h.screen().lines().next().unwrap_or("").to_string();
    assert!(!title.contains("login:"), "{title}");
    h.finish().await;
}

/// Picks `labels` in the panel, loads every match and checks each against the portal
/// with `matches`, and the count against every user it matches.
async fn rows_match(labels: &[&str], matches: impl Fn(&EmployeeFullDto) -> bool) {
    let mut h = Harness::start().await;
    h.pick_filters(labels).await;
    load_all(&mut h).await;
    let expected = h.portal.users().iter().filter(|u| matches(u)).count();
    assert!(expected > 0, "the demo portal seeds users with {labels:?}");
    assert_eq!(h.model().users.total, Some(expected as u64), "{labels:?}");
    for u in rows(&h) {
        let on_portal = h.portal.user(u.id).expect("on the portal");
        assert!(matches(&on_portal), "{labels:?}: {:?}", u.email);
    }
    h.finish().await;
}

#[tokio::test]
async fn paid_shows_only_admins_and_room_admins() {
    rows_match(&["paid"], |u| {
        matches!(
            u.user_type(),
            Some(EmployeeType::DocSpaceAdmin | EmployeeType::RoomAdmin)
        )
    })
    .await;
}

#[tokio::test]
async fn free_shows_only_users_and_guests() {
    rows_match(&["free"], |u| {
        matches!(
            u.user_type(),
            Some(EmployeeType::User | EmployeeType::Guest)
        )
    })
    .await;
}

#[tokio::test]
async fn in_no_group_shows_only_users_without_a_group() {
    rows_match(&["in no group"], |u| {
        u.groups.iter().flatten().all(|g| g.is_system == Some(true))
    })
    .await;
}

#[tokio::test]
async fn ldap_shows_only_ldap_users() {
    rows_match(&["LDAP"], |u| u.is_ldap == Some(true)).await;
}

#[tokio::test]
async fn custom_quota_shows_only_users_with_their_own_quota() {
    rows_match(&["custom quota"], |u| u.is_custom_quota == Some(true)).await;
}

#[tokio::test]
async fn a_group_picked_in_the_panel_shows_its_members() {
    let mut h = Harness::start().await;
    h.press("f");
    h.settle().await;
    // The last row of the panel is a group the portal listed.
    h.press("G");
    h.press("space");
    h.press("esc");
    h.settle().await;
    let id: Uuid = param(&h, "groupId")
        .and_then(|g| g.parse().ok())
        .expect("a group was picked and sent");
    load_all(&mut h).await;
    let member = |u: &EmployeeFullDto| u.groups.iter().flatten().any(|g| g.id == id);
    let expected = h.portal.users().iter().filter(|u| member(u)).count();
    assert!(expected > 0);
    assert_eq!(h.model().users.total, Some(expected as u64));
    for u in rows(&h) {
        assert!(member(&h.portal.user(u.id).expect("on the portal")));
    }
    let title = h.screen().lines().next().unwrap_or("").to_string();
    assert!(title.contains("group: "), "{title}");
    assert!(
        !title.contains(&id.to_string()),
        "named, not by id: {title}"
    );
    h.finish().await;
}

/// A type and a group together: the portal drops `employeeTypes` beside a group, so one
/// type must go as `employeeType` (`UserController.GetByFilterAsync`).
#[tokio::test]
async fn a_type_and_a_group_together_show_that_types_members() {
    let mut h = Harness::start().await;
    h.pick_filter("User").await;
    h.press("f");
    h.settle().await;
    h.press("G");
    h.press("space");
    h.press("esc");
    h.settle().await;
    let id: Uuid = param(&h, "groupId")
        .and_then(|g| g.parse().ok())
        .expect("a group was picked and sent");
    load_all(&mut h).await;
    let member = |u: &EmployeeFullDto| u.groups.iter().flatten().any(|g| g.id == id);
    let users = h.portal.users();
    let members = users.iter().filter(|u| member(u)).count();
    let expected = users
        .iter()
        .filter(|u| member(u) && u.user_type() == Some(EmployeeType::User))
        .count();
    assert!(
        0 < expected && expected < members,
        "{expected} of {members}"
    );
    assert_eq!(h.model().users.total, Some(expected as u64));
    for u in rows(&h) {
        let u = h.portal.user(u.id).expect("on the portal");
        assert!(member(&u) && u.user_type() == Some(EmployeeType::User));
    }
    h.finish().await;
}

#[tokio::test]
async fn the_search_combines_with_the_filters() {
    let mut h = Harness::start().await;
    h.pick_filter("active").await;
    let users = h.portal.users();
    let needle = users
        .iter()
        .filter(|u| u.status == Some(EmployeeStatus::Active))
        .filter_map(|u| u.last_name.clone())
        .find(|n| n.len() >= 4 && n.is_ascii())
        .expect("an active user's ASCII last name");
    h.press("/");
    h.type_text(&needle);
    h.settle().await;
    h.press("enter");
    assert_eq!(param(&h, "filterValue").as_deref(), Some(needle.as_str()));
    assert_eq!(param(&h, "employeeStatus").as_deref(), Some("1"));
    let lower = needle.to_lowercase();
    let expected = users
        .iter()
        .filter(|u| u.status == Some(EmployeeStatus::Active))
        .filter(|u| {
            [&u.first_name, &u.last_name, &u.email].iter().any(|f| {
                f.as_deref()
                    .is_some_and(|v| v.to_lowercase().contains(&lower))
            })
        })
        .count();
    assert_eq!(h.model().users.total, Some(expected as u64));
    assert!(
        rows(&h)
            .iter()
            .all(|u| u.status == Some(EmployeeStatus::Active))
    );
    let title = h.screen().lines().next().unwrap_or("").to_string();
    assert!(
        title.contains(&format!("status: active · \"{needle}\"")),
        "{title}"
    );
    // Clearing the filters keeps the search.
    h.press("F");
    h.settle().await;
    assert_eq!(param(&h, "filterValue").as_deref(), Some(needle.as_str()));
    assert_eq!(param(&h, "employeeStatus"), None);
    h.finish().await;
}
