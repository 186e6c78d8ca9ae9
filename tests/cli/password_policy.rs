//! `users create` refuses a password the portal's policy would refuse, before sending.

use crate::support::{demo, exec};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_weak_password_is_refused_before_anything_is_sent() {
    let d = demo(10).await;
    for weak in ["short1!", "has spaces in it"] {
        let r = exec(
            &d.home,
            [
                "--url",
                &d.url(),
                "users",
                "create",
                "--first-name",
                "Ann",
                "--email",
                "ann.weak@example.com",
                "--password-env",
                "NEW_PW",
            ]
            .map(String::from)
            .to_vec(),
            None,
            vec![
                ("DOCSPACE_TOKEN".into(), d.server.token().to_string()),
                ("NEW_PW".into(), weak.into()),
            ],
        )
        .await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.stderr.contains("8 to 30 characters"), "{}", r.stderr);
        assert!(!r.stderr.contains(weak), "the password is never echoed");
    }
    assert!(d.writes().is_empty());
    assert!(d.portal.user_by_email("ann.weak@example.com").is_none());
}
