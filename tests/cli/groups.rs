//! `groups list|show|add|remove` against the demo portal.

use serde_json::Value;

use crate::support::demo;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_are_added_shown_and_removed_by_group_name() {
    let d = demo(40).await;
    let group = d.portal.add_group("Night shift", None);
    let users = d.active(2);
    let (a, b) = (
        users[0].id.to_string(),
        users[1].email.clone().expect("email"),
    );
    let r = d.run(&["groups", "add", "night shift", &a, &b], None).await;
    assert_eq!(r.code, 0, "stdout {}\nstderr {}", r.stdout, r.stderr);
    assert!(r.stdout.contains("a member now"), "{}", r.stdout);
    let count = || {
        d.portal
            .groups()
            .into_iter()
            .find(|g| g.id == group)
            .and_then(|g| g.members_count)
    };
    assert_eq!(count(), Some(2), "on the portal");
    let listed = d.run(&["groups", "list", "--format", "json"], None).await;
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    let v: Value = serde_json::from_str(&listed.stdout).expect("json");
    let night = v
        .as_array()
        .expect("array")
        .iter()
        .find(|g| g["name"] == "Night shift")
        .expect("listed");
    assert_eq!(night["members"], 2);
    let shown = d
        .run(
            &["groups", "show", &group.to_string(), "--format", "csv"],
            None,
        )
        .await;
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    assert!(shown.stdout.contains(&a), "{}", shown.stdout);
    assert_eq!(shown.stdout.lines().count(), 3, "header and two members");
    let r = d.run(&["groups", "remove", "Night shift", &a], None).await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("not a member now"), "{}", r.stdout);
    assert_eq!(count(), Some(1), "on the portal");
    let shown = d
        .run(&["groups", "show", "Night shift", "--format", "csv"], None)
        .await;
    assert!(!shown.stdout.contains(&a), "{}", shown.stdout);
    assert_eq!(shown.stdout.lines().count(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_group_name_is_refused_before_any_write() {
    let d = demo(20).await;
    let a = d.active(1).remove(0).id.to_string();
    let r = d.run(&["groups", "add", "No such team", &a], None).await;
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(d.writes().is_empty());
}
