//! `users create`.

use docspace_people::api::EmployeeType;
use docspace_people::commands::output::UserRecord;

use crate::support::demo;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_prints_the_new_user_id_first() {
    let d = demo(20).await;
    let r = d
        .run(
            &[
                "users",
                "create",
                "--first-name",
                "Zoë",
                "--last-name",
                "O'Brien-Łukasz",
                "--email",
                "zoe.obrien@example.com",
                "--type",
                "room-admin",
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    let u = d
        .portal
        .user_by_email("zoe.obrien@example.com")
        .expect("created");
    assert_eq!(u.first_name.as_deref(), Some("Zoë"));
    assert_eq!(u.user_type(), Some(EmployeeType::RoomAdmin));
    let row = r.stdout.lines().nth(1).expect("a row");
    assert!(row.starts_with(&u.id.to_string()), "ID first: {row}");

    // JSON, and the password from an environment variable (never an argument).
    let r = crate::support::exec(
        &d.home,
        [
            "--url",
            &d.url(),
            "users",
            "create",
            "--first-name",
            "Ann",
            "--last-name",
            "Lee",
            "--email",
            "ann.lee@example.com",
            "--password-env",
            "NEW_PW",
            "--format",
            "json",
        ]
        .map(String::from)
        .to_vec(),
        None,
        vec![
            ("DOCSPACE_TOKEN".into(), d.server.token().to_string()),
            ("NEW_PW".into(), "s3cret-Pass!".into()),
        ],
    )
    .await;
    assert_eq!(r.code, 0, "{r:?}");
    // One object, not a list of one.
    let got: UserRecord = serde_json::from_str(&r.stdout).expect("one JSON object");
    let u = d
        .portal
        .user_by_email("ann.lee@example.com")
        .expect("created");
    assert_eq!(got, UserRecord::of(&u));
    assert!(!r.stdout.contains("s3cret") && !r.stderr.contains("s3cret"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_input_is_refused_locally_and_nothing_is_sent() {
    let d = demo(20).await;
    d.portal.clear_request_log();
    for (args, words) in [
        (
            [
                "--first-name",
                "R2D2",
                "--last-name",
                "Droid",
                "--email",
                "r2@example.com",
            ],
            "--first-name",
        ),
        (
            [
                "--first-name",
                "Ann",
                "--last-name",
                "Lee",
                "--email",
                "ann@@example",
            ],
            "--email",
        ),
        (
            [
                "--first-name",
                "Ann",
                "--last-name",
                "Lee",
                "--email",
                "ann example.com",
            ],
            "--email",
        ),
    ] {
        let mut all = vec!["users", "create"];
        all.extend(args);
        let r = d.run(&all, None).await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.stderr.contains(words), "{}", r.stderr);
    }
    let long = "a".repeat(256);
    let r = d
        .run(
            &[
                "users",
                "create",
                "--first-name",
                &long,
                "--last-name",
                "X",
                "--email",
                "x@example.com",
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("255"), "{}", r.stderr);
    let r = d
        .run(
            &[
                "users",
                "create",
                "--first-name",
                "G",
                "--last-name",
                "X",
                "--email",
                "g@example.com",
                "--type",
                "guest",
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("guests"), "{}", r.stderr);
    assert!(d.portal.request_log().is_empty(), "nothing was sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicate_email_and_type_fallback_are_reported() {
    let d = demo(20).await;
    let owner = d.portal.user(d.portal.owner_id()).expect("owner");
    let email = owner.email.expect("email");
    let r = d
        .run(
            &[
                "users",
                "create",
                "--first-name",
                "Dup",
                "--last-name",
                "Lee",
                "--email",
                &email,
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stderr.contains("already registered"), "{}", r.stderr);

    d.portal.set_free_paid_seats(0);
    let r = d
        .run(
            &[
                "users",
                "create",
                "--first-name",
                "Max",
                "--last-name",
                "Paid",
                "--email",
                "max.paid@example.com",
                "--type",
                "docspace-admin",
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    let u = d
        .portal
        .user_by_email("max.paid@example.com")
        .expect("created");
    assert_eq!(u.user_type(), Some(EmployeeType::User));
    assert!(
        r.stderr.contains("note:") && r.stderr.contains("DocSpace admin"),
        "{}",
        r.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_last_name_is_optional_as_in_the_form_and_on_the_portal() {
    let d = demo(10).await;
    let r = d
        .run(
            &[
                "users",
                "create",
                "--first-name",
                "Prince",
                "--email",
                "prince@example.com",
                "--format",
                "json",
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    let u = d
        .portal
        .user_by_email("prince@example.com")
        .expect("created");
    assert_eq!(u.first_name.as_deref(), Some("Prince"));
    assert_eq!(u.last_name.as_deref().unwrap_or(""), "");
    let got: UserRecord = serde_json::from_str(&r.stdout).expect("one JSON object");
    assert_eq!(got.id, u.id);
    // Given, it is checked like the form checks it.
    let r = d
        .run(
            &[
                "users",
                "create",
                "--first-name",
                "Ann",
                "--last-name",
                "L33",
                "--email",
                "ann.l33@example.com",
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("--last-name"), "{}", r.stderr);
}
