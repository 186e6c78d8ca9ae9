//! Deterministic seeding and large portals.

use crate::common::Demo;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::{DemoOptions, OWNER_EMAIL, seeded_users};

#[test]
fn same_seed_same_users_other_seed_other_users() {
    let a = seeded_users(500, 9);
    let b = seeded_users(500, 9);
    assert_eq!(a, b);
    let c = seeded_users(500, 10);
    assert_ne!(
        a.iter().map(|u| u.id).collect::<Vec<_>>(),
        c.iter().map(|u| u.id).collect::<Vec<_>>()
    );
}

#[test]
fn a_hundred_thousand_users_can_be_seeded() {
    let users = seeded_users(100_000, 1);
    assert_eq!(users.len(), 100_000);
    let emails: std::collections::HashSet<_> = users.iter().map(|u| u.email.clone()).collect();
    assert_eq!(emails.len(), users.len(), "emails are unique");
    let names: std::collections::HashSet<_> = users.iter().map(|u| u.user_name.clone()).collect();
    assert_eq!(names.len(), users.len(), "user names are unique");
}

#[tokio::test]
async fn the_seeded_mix_has_every_kind_and_several_scripts() {
    let d = Demo::start().await;
    let users = d.portal().users();
    assert_eq!(users.len(), 250);
    let owner = d.portal().user(d.portal().owner_id()).expect("owner");
    assert_eq!(owner.email.as_deref(), Some(OWNER_EMAIL));
    assert_eq!(owner.user_name.as_deref(), Some("owner"));
    for kind in EmployeeType::ALL_TYPES {
        assert!(
            users
                .iter()
                .any(|u| u.user_type() == Some(kind) && !u.is_owner()),
            "{kind:?}"
        );
    }
    for s in [
        EmployeeStatus::Active,
        EmployeeStatus::Pending,
        EmployeeStatus::Terminated,
    ] {
        assert!(users.iter().any(|u| u.status == Some(s)), "{s:?}");
    }
    let has = |f: &dyn Fn(char) -> bool| {
        users
            .iter()
            .any(|u| u.first_name.as_deref().unwrap_or("").chars().any(f))
    };
    assert!(has(&|c| ('\u{0400}'..='\u{04FF}').contains(&c)), "Cyrillic");
    assert!(
        has(&|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)
            || ('\u{AC00}'..='\u{D7AF}').contains(&c)
            || ('\u{3040}'..='\u{30FF}').contains(&c)),
        "CJK"
    );
    assert!(
        has(&|c| ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0590}'..='\u{05FF}').contains(&c)),
        "right to left"
    );
    assert!(
        users
            .iter()
            .any(|u| u.name_for_people().chars().count() > 40),
        "a very long name"
    );
    assert!(users.iter().any(|u| u.groups.is_some()), "groups");
    assert!(
        users
            .iter()
            .any(|u| u.department.as_deref().is_some_and(|d| d.contains("&amp;"))),
        "encoded group names"
    );
}

#[tokio::test]
async fn a_large_portal_serves_pages() {
    let d = Demo::with(DemoOptions {
        users: 20_000,
        seed: 5,
        rate_limit: None,
        ..DemoOptions::default()
    })
    .await;
    let r = d
        .get("/api/2.0/people/filter?startIndex=19950&count=100")
        .await;
    assert_eq!(r.json()["total"], 20_000);
    assert_eq!(r.json()["count"], 50);
    let r = d
        .get("/api/2.0/people/filter?filterValue=smith&sortBy=email&count=5")
        .await;
    assert_eq!(r.status, 200);
    assert!(r.json()["total"].as_i64().is_some_and(|t| t > 5));
}

#[tokio::test]
async fn remote_listening_needs_an_explicit_opt_in_and_debug_hides_the_token() {
    let opts = DemoOptions {
        listen: "0.0.0.0:0".parse().expect("addr"),
        ..DemoOptions::default()
    };
    let shown = format!("{opts:?}");
    assert!(!shown.contains(&opts.token), "{shown}");
    let err = docspace_demo::spawn(opts).await.expect_err("refused");
    assert!(err.to_string().contains("loopback"), "{err}");
    let bad = DemoOptions {
        token: "two words".into(),
        ..DemoOptions::default()
    };
    assert!(docspace_demo::spawn(bad).await.is_err());
}

/// The address is known before the seeding ends; a request sent at once waits and is
/// answered by the seeded portal, and bad options are still refused up front.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_portal_seeded_in_the_background_answers_requests_sent_at_once() {
    let opts = DemoOptions {
        users: 20_000,
        seed: 5,
        rate_limit: None,
        ..DemoOptions::default()
    };
    let token = opts.token.clone();
    let d = docspace_demo::spawn_seeding(opts).await.expect("bound");
    assert_eq!(d.token(), token);
    let body: serde_json::Value = reqwest::Client::new()
        .get(format!("{}/api/2.0/people/filter?count=1", d.url()))
        .bearer_auth(&token)
        .send()
        .await
        .expect("answered")
        .json()
        .await
        .expect("json");
    assert_eq!(body["total"], 20_000);
    d.shutdown().await;
    let bad = DemoOptions {
        token: "two words".into(),
        ..DemoOptions::default()
    };
    assert!(docspace_demo::spawn_seeding(bad).await.is_err());
}
