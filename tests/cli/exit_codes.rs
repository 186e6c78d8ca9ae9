//! Exit codes as the README's table gives them: a token refused part-way through a
//! change is 3; a 429 that outlasts the retries and an unexpected redirect are 5.

use docspace_people::api::EmployeeStatus;
use docspace_people::demo::{Fault, FaultRule};

use crate::support::demo;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_refused_during_a_bulk_write_exits_3() {
    let d = demo(30).await;
    let targets: Vec<String> = d
        .plain_users(EmployeeStatus::Active)
        .iter()
        .take(2)
        .map(|u| u.id.to_string())
        .collect();
    // The reads pass; the portal refuses the token on the write.
    d.portal.inject(
        FaultRule::new(Fault::Status(401))
            .method("PUT")
            .path("/api/2.0/people/status")
            .share(1.0),
    );
    let mut args = vec!["users", "terminate", "--yes"];
    args.extend(targets.iter().map(String::as_str));
    let r = d.run(&args, None).await;
    assert_eq!(r.code, 3, "{r:?}");
    assert!(
        r.stdout.contains("401"),
        "the report says why: {}",
        r.stdout
    );

    // Also when only the delete step of terminate-then-delete is refused.
    d.portal.clear_faults();
    d.portal.inject(
        FaultRule::new(Fault::Status(401))
            .method("PUT")
            .path("/api/2.0/people/delete")
            .share(1.0),
    );
    let one = d.plain_users(EmployeeStatus::Active)[0].id.to_string();
    let r = d
        .run(
            &["users", "delete", "--terminate-first", "--yes", &one],
            None,
        )
        .await;
    assert_eq!(r.code, 3, "{r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limit_that_outlasts_the_retries_exits_5() {
    let d = demo(30).await;
    // A wait longer than the client makes by itself: it gives up at once.
    d.portal.inject(
        FaultRule::new(Fault::RateLimited {
            retry_after_secs: 3600,
        })
        .method("GET")
        .share(1.0),
    );
    let r = d.run(&["users", "list"], None).await;
    assert_eq!(r.code, 5, "{r:?}");
    assert!(r.stderr.contains("429"), "{}", r.stderr);
    let id = d.portal.owner_id().to_string();
    let r = d.run(&["users", "get", &id], None).await;
    assert_eq!(r.code, 5, "{r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unexpected_redirect_on_a_read_exits_5() {
    let d = demo(30).await;
    for status in [301, 302, 307] {
        d.portal.clear_faults();
        d.portal.inject(
            FaultRule::new(Fault::Status(status))
                .method("GET")
                .path("/api/2.0/people/filter")
                .share(1.0),
        );
        let r = d.run(&["users", "list"], None).await;
        assert_eq!(r.code, 5, "{status}: {r:?}");
        assert!(
            r.stderr.contains(&format!("({status})")) && r.stderr.contains("redirect"),
            "{}",
            r.stderr
        );
    }
}
