//! Every target is the exact user asked for: a portal that answers a look-up with another
//! user (a real portal also matches `{userid}` as a user name: PEOPLE-API.md §6.2,
//! `GET /api/2.0/people/{userid}`, "GUID or user name") gets a refusal, never a write to
//! that other user.

use docspace_people::api::{EmployeeFullDto, EmployeeStatus};
use docspace_people::demo::{Fault, FaultRule};

use crate::support::{Demo, demo};

/// Two ordinary active users: the one asked for, and the one the portal answers with.
fn asked_and_other(d: &Demo) -> (EmployeeFullDto, EmployeeFullDto) {
    let active = d.plain_users(EmployeeStatus::Active);
    (active[0].clone(), active[1].clone())
}

/// Every look-up of `path` is answered with `other`.
fn answer_with(d: &Demo, path: &str, other: &EmployeeFullDto) {
    d.portal.inject(
        FaultRule::new(Fault::OtherUser(other.id.to_string()))
            .method("GET")
            .path(path)
            .share(1.0),
    );
}

fn assert_untouched(d: &Demo, users: &[&EmployeeFullDto]) {
    assert!(d.writes().is_empty(), "no write sent: {:?}", d.writes());
    for u in users {
        let now = d.portal.user(u.id).expect("still there");
        assert_eq!(
            now.status,
            Some(EmployeeStatus::Active),
            "{} untouched",
            u.id
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_for_another_id_is_refused_before_any_write() {
    let d = demo(30).await;
    let (asked, other) = asked_and_other(&d);
    answer_with(&d, &format!("/api/2.0/people/{}", asked.id), &other);
    let id = asked.id.to_string();
    for args in [
        vec!["users", "delete", "--terminate-first", "--yes", id.as_str()],
        vec!["users", "terminate", "--yes", id.as_str()],
    ] {
        let r = d.run(&args, None).await;
        assert_eq!(r.code, 5, "{args:?}: {r:?}");
        assert!(r.stderr.contains("different user"), "{}", r.stderr);
        assert!(
            r.stderr.contains(&id),
            "names the id asked for: {}",
            r.stderr
        );
        assert!(r.stderr.contains("nothing was done"), "{}", r.stderr);
        assert!(!r.stdout.contains(&other.id.to_string()), "{}", r.stdout);
    }
    assert_untouched(&d, &[&asked, &other]);

    // `users get` does not show the other user as the one asked for.
    let r = d
        .run(&["users", "get", "--format", "json", &id], None)
        .await;
    assert_eq!(r.code, 5, "{r:?}");
    assert!(!r.stdout.contains(&other.id.to_string()), "{}", r.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_for_another_email_is_refused_before_any_write() {
    let d = demo(30).await;
    let (asked, other) = asked_and_other(&d);
    answer_with(&d, "/api/2.0/people/email", &other);
    let email = asked.email.clone().expect("email");
    let r = d
        .run(
            &["users", "delete", "--terminate-first", "--yes", &email],
            None,
        )
        .await;
    assert_eq!(r.code, 5, "{r:?}");
    assert!(r.stderr.contains("different user"), "{}", r.stderr);
    assert_untouched(&d, &[&asked, &other]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_email_in_another_case_is_the_user_asked_for() {
    let d = demo(30).await;
    let (asked, _) = asked_and_other(&d);
    let email = asked.email.clone().expect("email").to_uppercase();
    let r = d.run(&["users", "terminate", "--yes", &email], None).await;
    assert_eq!(r.code, 0, "{r:?}");
    let now = d.portal.user(asked.id).expect("there");
    assert_eq!(now.status, Some(EmployeeStatus::Terminated));
}
