//! `users set-type`: upgrades one by one (a 402 part-way says who changed), downgrades
//! through the type-change job that hands the rooms over.

use docspace_people::api::{EmployeeFullDto, EmployeeStatus, EmployeeType};
use std::time::Duration;

use docspace_people::demo::{JobPace, NewUser};
use serde_json::Value;

use crate::support::{Demo, demo, interrupt_and_wait, spawn_run, until_written};

fn of_type(d: &Demo, kind: EmployeeType, n: usize) -> Vec<EmployeeFullDto> {
    let v: Vec<_> = d
        .active(40)
        .into_iter()
        .filter(|u| u.user_type() == Some(kind))
        .take(n)
        .collect();
    assert_eq!(v.len(), n, "{n} active {kind:?}s");
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_402_part_way_reports_who_changed_and_who_did_not() {
    let d = demo(80).await;
    let users = of_type(&d, EmployeeType::User, 2);
    d.portal.set_free_paid_seats(1);
    let (a, b) = (users[0].id.to_string(), users[1].id.to_string());
    let r = d
        .run(
            &[
                "users",
                "set-type",
                "room-admin",
                &a,
                &b,
                "--format",
                "json",
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 1, "stderr {}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v["results"][0]["result"], "done", "{v}");
    assert_eq!(v["results"][1]["result"], "failed", "{v}");
    assert!(
        v["results"][1]["detail"]
            .as_str()
            .is_some_and(|s| s.contains("no free paid seat")),
        "{v}"
    );
    let type_of = |id| d.portal.user(id).and_then(|u| u.user_type());
    assert_eq!(type_of(users[0].id), Some(EmployeeType::RoomAdmin));
    assert_eq!(type_of(users[1].id), Some(EmployeeType::User));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demoting_a_room_admin_hands_the_rooms_to_the_one_named() {
    let d = demo(80).await;
    let leaver = d.portal.insert_user(NewUser::new(
        "Ras",
        "Demoted",
        "ras.demoted@example.org",
        EmployeeType::RoomAdmin,
    ));
    let room = d.portal.add_room(leaver, "Demoted's room", 2, 1024);
    let heir = of_type(&d, EmployeeType::RoomAdmin, 1).remove(0);
    let (id, to) = (leaver.to_string(), heir.id.to_string());
    d.portal.clear_request_log();
    let dry = d
        .run(
            &[
                "users",
                "set-type",
                "user",
                &id,
                "--move-rooms-to",
                &to,
                "--dry-run",
            ],
            None,
        )
        .await;
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(dry.stdout.contains("their rooms go to"), "{}", dry.stdout);
    assert!(d.writes().is_empty());
    let r = d
        .run(
            &["users", "set-type", "user", &id, "--move-rooms-to", &to],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "stdout {}\nstderr {}", r.stdout, r.stderr);
    assert!(r.stdout.contains("their rooms went to"), "{}", r.stdout);
    let now = d.portal.user(leaver).expect("still there");
    assert_eq!(now.user_type(), Some(EmployeeType::User));
    assert_eq!(now.status, Some(EmployeeStatus::Active));
    assert!(d.portal.rooms_of(heir.id).iter().any(|r| r.id == room));
    assert_eq!(d.portal.running_jobs(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigint_stops_the_type_change_job_and_leaves_the_type() {
    let d = demo(80).await;
    let leaver = d.portal.insert_user(NewUser::new(
        "Ina",
        "Stopped",
        "ina.stopped@example.org",
        EmployeeType::RoomAdmin,
    ));
    d.portal.add_room(leaver, "Ina's room", 1, 1024);
    // The job never advances on its own: it is running when the signal comes.
    d.portal
        .set_job_pace(JobPace::Every(Duration::from_secs(3600)));
    let id = leaver.to_string();
    let child = spawn_run(&d, &["users", "set-type", "guest", &id, "--format", "json"]);
    until_written(&d, "/api/2.0/people/type").await;
    let r = interrupt_and_wait(child).await;
    assert_eq!(r.code, 130, "stderr: {}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v["results"][0]["result"], "stopped", "{v}");
    assert_eq!(
        d.portal.user(leaver).and_then(|u| u.user_type()),
        Some(EmployeeType::RoomAdmin),
        "the type is unchanged"
    );
    assert_eq!(d.portal.running_jobs(), 0, "the job was stopped");
    assert!(
        d.writes()
            .iter()
            .any(|w| w.path == "/api/2.0/people/type/terminate")
    );
}
