//! `users terminate|activate|delete`: pipes, confirmation, dry runs, exclusions, partial
//! failures and exit codes.

use docspace_people::api::{EmployeeStatus, EmployeeType};
use docspace_people::demo::{Fault, FaultRule, NewUser};
use serde_json::Value;

use crate::support::{demo, lines};

fn results(stdout: &str) -> Vec<(String, String, Value)> {
    let v: Value = serde_json::from_str(stdout).expect("report JSON");
    v["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap_or("").to_string(),
                r["result"].as_str().unwrap_or("").to_string(),
                r["reason"].clone(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_csv_piped_into_delete_removes_every_terminated_user() {
    let d = demo(180).await;
    let terminated = d.plain_users(EmployeeStatus::Terminated);
    assert!(terminated.len() > 3, "the demo seeds terminated users");
    let listed = d
        .run(
            &["users", "list", "--status", "terminated", "--format", "csv"],
            None,
        )
        .await;
    assert_eq!(listed.code, 0);
    let r = d
        .run(&["users", "delete", "--yes", "-"], Some(&listed.stdout))
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    for u in &terminated {
        assert!(d.portal.user(u.id).is_none(), "{} deleted", u.id);
    }
    assert!(
        r.stderr.contains(&format!("{} done", terminated.len())),
        "{}",
        r.stderr
    );
    // Bulk requests only, at most 100 ids each.
    let deletes: Vec<_> = d
        .writes()
        .into_iter()
        .filter(|w| w.path == "/api/2.0/people/delete")
        .collect();
    assert!(!deletes.is_empty());
    assert!(
        deletes
            .iter()
            .all(|w| w.user_ids.len() <= 100 && w.method == "PUT")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn terminate_and_activate_from_stdin_lines() {
    let d = demo(80).await;
    let targets: Vec<_> = d
        .plain_users(EmployeeStatus::Active)
        .into_iter()
        .take(4)
        .collect();
    let r = d
        .run(
            &["users", "terminate", "--yes", "--format", "json", "-"],
            Some(&lines(&targets)),
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    let res = results(&r.stdout);
    assert_eq!(res.len(), 4);
    assert!(
        res.iter()
            .all(|(_, result, reason)| result == "done" && reason.is_null())
    );
    for u in &targets {
        let now = d.portal.user(u.id).expect("exists");
        assert_eq!(now.status, Some(EmployeeStatus::Terminated));
    }
    let ids: Vec<String> = targets.iter().map(|u| u.id.to_string()).collect();
    let mut args = vec!["users", "activate"];
    args.extend(ids.iter().map(String::as_str));
    let r = d.run(&args, None).await;
    assert_eq!(r.code, 0, "activation needs no confirmation: {r:?}");
    for u in &targets {
        assert_eq!(
            d.portal.user(u.id).expect("exists").status,
            Some(EmployeeStatus::Active)
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_yes_and_without_a_terminal_nothing_happens() {
    let d = demo(40).await;
    let u = d.plain_users(EmployeeStatus::Active).remove(0);
    d.portal.clear_request_log();
    let r = d
        .run(&["users", "terminate", &u.id.to_string()], None)
        .await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert!(d.writes().is_empty(), "no write request");
    assert_eq!(
        d.portal.user(u.id).expect("exists").status,
        Some(EmployeeStatus::Active)
    );

    let r = d
        .run(
            &["users", "delete", "--terminate-first", "-"],
            Some(&lines(std::slice::from_ref(&u))),
        )
        .await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(d.writes().is_empty());
    assert!(d.portal.user(u.id).is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dry_run_prints_the_plan_and_changes_nothing() {
    let d = demo(120).await;
    let mut targets: Vec<_> = d
        .plain_users(EmployeeStatus::Active)
        .into_iter()
        .take(3)
        .collect();
    targets.extend(
        d.plain_users(EmployeeStatus::Terminated)
            .into_iter()
            .take(2),
    );
    let before = d.portal.users();
    d.portal.clear_request_log();
    let r = d
        .run(
            &["users", "delete", "--terminate-first", "--dry-run", "-"],
            Some(&lines(&targets)),
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout
            .contains("PUT /api/2.0/people/status/Terminated  3 users"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("PUT /api/2.0/people/delete  5 users"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("terminate, then delete"));
    assert!(d.writes().is_empty(), "a dry run sends no write");
    assert_eq!(d.portal.users(), before, "portal unchanged");

    let r = d
        .run(
            &[
                "users",
                "delete",
                "--terminate-first",
                "--dry-run",
                "--format",
                "json",
                "-",
            ],
            Some(&lines(&targets)),
        )
        .await;
    let v: Value = serde_json::from_str(&r.stdout).expect("plan JSON");
    assert_eq!(v["dryRun"], true);
    assert_eq!(v["requests"].as_array().expect("requests").len(), 2);
    assert_eq!(v["requests"][1]["afterTerminate"], true);
    assert_eq!(v["users"].as_array().expect("users").len(), 5);
    assert!(d.writes().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn users_the_portal_would_refuse_are_left_out_with_reasons() {
    let d = demo(120).await;
    let users = d.portal.users();
    let admins: Vec<_> = users
        .iter()
        .filter(|u| u.is_admin() && !u.is_owner())
        .collect();
    assert!(admins.len() >= 2, "the demo seeds admins");
    let me = admins[0];
    let other_admin = admins[1];
    let token = d.portal.token_for(me.id);
    let active = d.plain_users(EmployeeStatus::Active).remove(0);
    let terminated = d.plain_users(EmployeeStatus::Terminated).remove(0);
    let ghost = uuid::Uuid::from_u128(0x1234);
    let ids = [
        d.portal.owner_id(),
        me.id,
        other_admin.id,
        active.id,
        terminated.id,
        ghost,
    ];
    let stdin: String = ids.iter().map(|i| format!("{i}\n")).collect();
    d.portal.clear_request_log();
    let r = d
        .run_with_token(
            &token,
            &["users", "terminate", "--yes", "--format", "json", "-"],
            Some(&stdin),
        )
        .await;
    assert_eq!(r.code, 1, "{r:?}");
    let res = results(&r.stdout);
    let of = |id: uuid::Uuid| {
        res.iter()
            .find(|(i, _, _)| *i == id.to_string())
            .unwrap_or_else(|| panic!("{id} reported"))
            .clone()
    };
    assert_eq!(of(active.id).1, "done");
    let reason = |id| of(id).2.as_str().unwrap_or("").to_string();
    assert!(reason(d.portal.owner_id()).contains("owner"));
    assert!(reason(me.id).contains("you"));
    assert!(reason(other_admin.id).contains("only the portal owner"));
    assert!(reason(terminated.id).contains("already terminated"));
    assert!(reason(ghost).contains("not on the portal"));
    // One write, with only the eligible user.
    let writes = d.writes();
    assert_eq!(writes.len(), 1, "{writes:?}");
    assert_eq!(writes[0].user_ids, vec![active.id]);
    assert_eq!(
        d.portal.user(other_admin.id).expect("admin").status,
        Some(EmployeeStatus::Active)
    );

    // Delete without --terminate-first leaves active users out.
    let other = d.plain_users(EmployeeStatus::Active).remove(0);
    d.portal.clear_request_log();
    let r = d
        .run(&["users", "delete", "--yes", &other.id.to_string()], None)
        .await;
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stdout.contains("terminate the user first"),
        "{}",
        r.stdout
    );
    assert!(d.writes().is_empty());

    // Only unknown ids: exit 4.
    let r = d
        .run(&["users", "terminate", "--yes", &ghost.to_string()], None)
        .await;
    assert_eq!(r.code, 4, "{r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn activation_without_seats_reports_per_user_and_exits_1() {
    let d = demo(30).await;
    let ids: Vec<uuid::Uuid> = (0..3)
        .map(|i| {
            d.portal.insert_user(
                NewUser::new(
                    "Seat",
                    &format!("Less{}", "x".repeat(i + 1)),
                    &format!("seatless{i}@example.com"),
                    EmployeeType::User,
                )
                .terminated(),
            )
        })
        .collect();
    d.portal.set_free_user_seats(1);
    let args: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
    let mut all = vec!["users", "activate", "--format", "json"];
    all.extend(args.iter().map(String::as_str));
    let r = d.run(&all, None).await;
    assert_eq!(r.code, 1, "{r:?}");
    let res = results(&r.stdout);
    let done: Vec<_> = res.iter().filter(|(_, r, _)| r == "done").collect();
    let failed: Vec<_> = res.iter().filter(|(_, r, _)| r == "failed").collect();
    assert_eq!((done.len(), failed.len()), (1, 2), "{res:?}");
    assert!(
        failed
            .iter()
            .all(|(_, _, why)| why.as_str().unwrap_or("").contains("402"))
    );
    // The report matches the portal.
    for (id, result, _) in &res {
        let u = d.portal.user(id.parse().expect("id")).expect("exists");
        let active = u.status == Some(EmployeeStatus::Active);
        assert_eq!(active, result == "done", "{id}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_terminate_never_leads_to_a_delete() {
    let d = demo(60).await;
    let targets: Vec<_> = d
        .plain_users(EmployeeStatus::Active)
        .into_iter()
        .take(3)
        .collect();
    d.portal.inject(
        FaultRule::new(Fault::Status(500))
            .method("PUT")
            .path("/api/2.0/people/status")
            .times(1),
    );
    d.portal.clear_request_log();
    let r = d
        .run(
            &[
                "users",
                "delete",
                "--terminate-first",
                "--yes",
                "--format",
                "json",
                "-",
            ],
            Some(&lines(&targets)),
        )
        .await;
    assert_eq!(r.code, 1, "{r:?}");
    for (_, result, why) in results(&r.stdout) {
        assert_eq!(result, "failed");
        assert!(why.as_str().unwrap_or("").contains("not deleted"), "{why}");
    }
    for u in &targets {
        assert!(d.portal.user(u.id).is_some(), "not deleted");
    }
    assert!(
        d.writes()
            .iter()
            .all(|w| w.path != "/api/2.0/people/delete"),
        "no delete request was sent"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_token_unreachable_portal_and_read_only_profiles() {
    let d = demo(10).await;
    let r = d
        .run_with_token("sk-wrong-canary", &["users", "list"], None)
        .await;
    assert_eq!(r.code, 3, "{r:?}");
    assert!(r.stderr.contains("401"), "{}", r.stderr);
    assert!(!r.stderr.contains("canary") && !r.stdout.contains("canary"));

    let r = crate::support::exec(
        &d.home,
        ["--url", "http://127.0.0.1:9", "users", "list"]
            .map(String::from)
            .to_vec(),
        None,
        vec![("DOCSPACE_TOKEN".into(), "sk-x".into())],
    )
    .await;
    assert_eq!(r.code, 5, "{r:?}");
    assert!(r.stderr.contains("cannot connect"), "{}", r.stderr);

    let cfg = d.home.path().join("ro.toml");
    std::fs::write(
        &cfg,
        format!(
            "[profiles.ro]\nurl = \"{}\"\ntoken_env = \"RO_TOKEN\"\nread_only = true\n",
            d.url()
        ),
    )
    .expect("write");
    let u = d.plain_users(EmployeeStatus::Active).remove(0);
    d.portal.clear_request_log();
    let r = crate::support::exec(
        &d.home,
        [
            "--config",
            cfg.to_str().expect("path"),
            "users",
            "terminate",
            "--yes",
            &u.id.to_string(),
        ]
        .map(String::from)
        .to_vec(),
        None,
        vec![("RO_TOKEN".into(), d.server.token().to_string())],
    )
    .await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("read-only"), "{}", r.stderr);
    assert!(d.writes().is_empty());
}

/// 2,000 ids the portal does not know, among 50 it does: the unknown ones are found with
/// list requests before any write (not one read each after the portal refused their
/// chunk), reported as not on the portal, and the others terminated.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousands_of_unknown_ids_cost_a_few_list_requests() {
    let d = demo(250).await;
    d.portal.set_rate_limit(None);
    let known: Vec<uuid::Uuid> = d
        .plain_users(EmployeeStatus::Active)
        .iter()
        .take(50)
        .map(|u| u.id)
        .collect();
    let ghosts: Vec<uuid::Uuid> = (0..2_000u128)
        .map(|n| uuid::Uuid::from_u128(0xdead_0000 + n))
        .collect();
    let stdin: String = known
        .iter()
        .chain(&ghosts)
        .map(|i| format!("{i}\n"))
        .collect();
    d.portal.clear_request_log();
    let r = d
        .run(
            &["users", "terminate", "--yes", "--format", "json", "-"],
            Some(&stdin),
        )
        .await;
    assert_eq!(r.code, 4, "some not found: {}", r.stderr);
    let log = d.portal.request_log();
    let reads = log.iter().filter(|q| q.method == "GET").count();
    assert!(reads <= 2_050 / 100, "{reads} reads");
    assert!(
        log.iter().all(|q| q.status != 403),
        "no chunk refused for unknown ids"
    );
    let res = results(&r.stdout);
    let not_found = res
        .iter()
        .filter(|(_, _, why)| why.as_str().unwrap_or("").contains("not on the portal"))
        .count();
    assert_eq!(not_found, 2_000);
    for id in &known {
        let u = d.portal.user(*id).expect("known");
        assert_eq!(u.status, Some(EmployeeStatus::Terminated));
    }
}
