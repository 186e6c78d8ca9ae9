//! Offboarding 1,000 users from stdin: at most 30 requests in all (lookups included).

use docspace_people::api::EmployeeStatus;

use crate::support::{demo, lines};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offboarding_1000_users_takes_at_most_30_requests() {
    let d = demo(1_200).await;
    let owner = d.portal.owner_id();
    let targets: Vec<_> = d
        .portal
        .users()
        .into_iter()
        .filter(|u| u.id != owner && u.is_ldap != Some(true))
        .take(1_000)
        .collect();
    assert_eq!(targets.len(), 1_000);
    assert!(
        targets
            .iter()
            .any(|u| u.status != Some(EmployeeStatus::Terminated)),
        "most need terminating first"
    );
    d.portal.clear_request_log();
    let r = d
        .run(
            &["users", "delete", "--terminate-first", "--yes", "-"],
            Some(&lines(&targets)),
        )
        .await;
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    let log = d.portal.request_log();
    assert!(log.len() <= 30, "{} requests: {:#?}", log.len(), log);
    for u in &targets {
        assert!(d.portal.user(u.id).is_none(), "{} deleted", u.id);
    }
    assert_eq!(d.portal.user_count(), 200);
    // Never a delete of an id that was not terminated first in this run or before.
    let mut terminated: std::collections::HashSet<uuid::Uuid> = targets
        .iter()
        .filter(|u| u.status == Some(EmployeeStatus::Terminated))
        .map(|u| u.id)
        .collect();
    for w in &log {
        match w.path.as_str() {
            "/api/2.0/people/status/Terminated" => terminated.extend(w.user_ids.iter().copied()),
            "/api/2.0/people/delete" => {
                assert!(w.user_ids.len() <= 100);
                assert!(w.user_ids.iter().all(|id| terminated.contains(id)));
            }
            _ => {}
        }
    }
}
