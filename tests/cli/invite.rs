//! `users invite` and `users resend` against the demo portal: mails in the outbox,
//! refusals before sending, 402 explained, the resend limit explained.

use docspace_people::api::{EmployeeStatus, EmployeeType};
use docspace_people::demo::MailKind;
use serde_json::Value;

use crate::support::demo;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invited_addresses_become_pending_users_and_get_a_mail() {
    let d = demo(40).await;
    let existing = d.active(1).remove(0).email.expect("email");
    let r = d
        .run(
            &[
                "users",
                "invite",
                "new.one@example.org",
                "new.two@example.org",
                &existing,
                "--type",
                "room-admin",
                "--format",
                "json",
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "stdout {}\nstderr {}", r.stdout, r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).expect("json");
    let results = v["results"].as_array().expect("results");
    assert_eq!(results[0]["result"], "done");
    assert_eq!(results[2]["result"], "unchanged", "{v}");
    for e in ["new.one@example.org", "new.two@example.org"] {
        let u = d.portal.user_by_email(e).expect("invited");
        assert_eq!(u.status, Some(EmployeeStatus::Pending));
        assert!(
            d.portal
                .outbox()
                .iter()
                .any(|m| m.to == e && m.kind == MailKind::Invitation(EmployeeType::RoomAdmin)),
            "{e} mailed"
        );
    }
    assert!(!d.portal.outbox().iter().any(|m| m.to == existing));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_bad_address_sends_nothing() {
    let d = demo(20).await;
    let r = d
        .run(
            &[
                "users",
                "invite",
                "ok@example.org",
                "not-an-address",
                "--type",
                "user",
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("not-an-address"), "{}", r.stderr);
    assert!(d.writes().is_empty());
    assert!(d.portal.outbox().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_paid_seat_is_explained_and_nobody_is_invited() {
    let d = demo(20).await;
    d.portal.set_free_paid_seats(0);
    let r = d
        .run(
            &["users", "invite", "ra@example.org", "--type", "room-admin"],
            None,
        )
        .await;
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("not enough paid seats"), "{}", r.stderr);
    assert!(d.portal.user_by_email("ra@example.org").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guests_are_refused_before_sending() {
    let d = demo(20).await;
    let r = d
        .run(
            &["users", "invite", "g@example.org", "--type", "guest"],
            None,
        )
        .await;
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("guests are invited to rooms"),
        "{}",
        r.stderr
    );
    assert!(d.writes().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resend_mails_pending_users_warns_of_old_links_and_explains_the_limit() {
    let d = demo(60).await;
    let pending = d
        .portal
        .users()
        .into_iter()
        .find(|u| u.status == Some(EmployeeStatus::Pending))
        .expect("a pending user");
    let active = d.active(1).remove(0);
    let (p, a) = (pending.id.to_string(), active.id.to_string());
    let r = d
        .run(&["users", "resend", &p, &a, "--format", "csv"], None)
        .await;
    assert_eq!(r.code, 1, "the active user is left out: {}", r.stderr);
    assert!(
        r.stderr.contains("links mailed before it invalid"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains(&format!("{p},")), "{}", r.stdout);
    assert!(r.stdout.contains("no invitation to resend"), "{}", r.stdout);
    let to = pending.email.clone().expect("email");
    assert_eq!(d.portal.outbox().iter().filter(|m| m.to == to).count(), 1);
    for _ in 0..4 {
        let r = d.run(&["users", "resend", &p], None).await;
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let r = d.run(&["users", "resend", &p], None).await;
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("5 resends in 15 minutes"), "{}", r.stderr);
    assert_eq!(d.portal.outbox().iter().filter(|m| m.to == to).count(), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resend_all_pending_mails_every_pending_user_once() {
    let d = demo(60).await;
    let pending: Vec<String> = d
        .portal
        .users()
        .into_iter()
        .filter(|u| u.status == Some(EmployeeStatus::Pending))
        .filter_map(|u| u.email)
        .collect();
    assert!(!pending.is_empty());
    let r = d
        .run(
            &["users", "resend", "--all-pending", "--format", "json"],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("links mailed before it invalid"),
        "{}",
        r.stderr
    );
    let v: Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(
        v["results"].as_array().map(Vec::len),
        Some(pending.len()),
        "{v}"
    );
    let outbox = d.portal.outbox();
    for e in &pending {
        assert_eq!(outbox.iter().filter(|m| &m.to == e).count(), 1, "{e}");
    }
}
