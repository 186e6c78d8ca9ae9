//! `users quota set|reset` against the demo portal.

use docspace_people::demo::DEFAULT_USER_QUOTA;

use crate::support::demo;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quota_is_set_in_words_and_reset_to_the_default() {
    let d = demo(40).await;
    let users = d.active(2);
    let (a, b) = (users[0].id.to_string(), users[1].id.to_string());
    let r = d
        .run(&["users", "quota", "set", "500MB", &a, &b], None)
        .await;
    assert_eq!(r.code, 0, "stdout {}\nstderr {}", r.stdout, r.stderr);
    assert!(r.stdout.contains("quota 500.0 MB now"), "{}", r.stdout);
    for u in &users {
        let now = d.portal.user(u.id).expect("user");
        assert_eq!(now.quota_limit, Some(500 * 1024 * 1024));
        assert_eq!(now.is_custom_quota, Some(true));
    }
    let r = d.run(&["users", "quota", "set", "none", &a], None).await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        d.portal.user(users[0].id).and_then(|u| u.quota_limit),
        Some(-1)
    );
    let r = d
        .run(&["users", "quota", "reset", &a, "--format", "json"], None)
        .await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    let now = d.portal.user(users[0].id).expect("user");
    assert_eq!(
        (now.quota_limit, now.is_custom_quota),
        (Some(DEFAULT_USER_QUOTA), Some(false))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_size_that_is_not_one_sends_nothing() {
    let d = demo(20).await;
    let a = d.active(1).remove(0).id.to_string();
    let r = d
        .run(&["users", "quota", "set", "ten gigs", &a], None)
        .await;
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("is not a size"), "{}", r.stderr);
    assert!(d.writes().is_empty());
    let dry = d
        .run(&["users", "quota", "set", "1GB", &a, "--dry-run"], None)
        .await;
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(dry.stdout.contains("set quota 1.0 GB"), "{}", dry.stdout);
    assert!(d.writes().is_empty());
}
