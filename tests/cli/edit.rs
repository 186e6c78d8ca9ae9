//! `users edit` and `users password-link` against the demo portal.

use docspace_people::demo::MailKind;

use crate::support::demo;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_changes_someone_s_email_and_the_new_address_is_mailed() {
    let d = demo(30).await;
    let u = d.active(1).remove(0);
    let id = u.id.to_string();
    let r = d
        .run(
            &["users", "edit", &id, "--email", "moved@example.org"],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "stdout {}\nstderr {}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("email changed to moved@example.org"),
        "{}",
        r.stdout
    );
    assert_eq!(
        d.portal.user(u.id).and_then(|u| u.email).as_deref(),
        Some("moved@example.org")
    );
    assert!(
        d.portal
            .outbox()
            .iter()
            .any(|m| m.to == "moved@example.org")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_change_on_one_s_own_profile_and_are_refused_for_others() {
    let d = demo(30).await;
    let owner = d.owner().id.to_string();
    let r = d
        .run(
            &[
                "users",
                "edit",
                &owner,
                "--first-name",
                "Renamed",
                "--location",
                "Riga",
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "stdout {}\nstderr {}", r.stdout, r.stderr);
    let now = d.owner();
    assert_eq!(now.first_name.as_deref(), Some("Renamed"));
    assert_eq!(now.location.as_deref(), Some("Riga"));
    let other = d.active(1).remove(0);
    let before = d.writes().len();
    let id = other.id.to_string();
    let r = d
        .run(&["users", "edit", &id, "--last-name", "Nope"], None)
        .await;
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("your own profile only"), "{}", r.stderr);
    assert_eq!(d.writes().len(), before, "nothing sent");
    assert_eq!(
        d.portal.user(other.id).and_then(|u| u.last_name),
        other.last_name
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_link_is_mailed_to_the_user() {
    let d = demo(30).await;
    let u = d.active(1).remove(0);
    let email = u.email.clone().expect("email");
    let r = d.run(&["users", "password-link", &email], None).await;
    assert_eq!(r.code, 0, "stdout {}\nstderr {}", r.stdout, r.stderr);
    assert!(
        d.portal.outbox().iter().any(|m| m.to == email
            && matches!(m.kind, MailKind::PasswordChange { user, .. } if user == u.id)),
        "{:?}",
        d.portal.outbox()
    );
}
