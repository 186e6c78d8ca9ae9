//! A handover whose answer was lost: the offboarding run follows it when its job can be
//! told, never joins one begun elsewhere, and `journal check` settles it by whether one
//! still runs, else by what the user still holds. `journal check` of the other writes a
//! user read cannot settle: a type change while its job runs, a job's stop, an invitation,
//! a group change; a mailed link is said to be beyond any read.

use docspace_people::api::{EmployeeStatus, EmployeeType};
use docspace_people::demo::{Fault, FaultRule, NewUser};
use docspace_people::journal::{Timestamp, clean_portal};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::journal::journal_path;
use crate::support::{Demo, demo};

const REASSIGN: &str = "/api/2.0/people/reassign/start";

/// `journal check --format json`: the exit code and the rows.
async fn check(d: &Demo) -> (i32, Vec<Value>, String) {
    let r = d.run(&["journal", "check", "--format", "json"], None).await;
    let rows = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {r:?}"));
    (r.code, rows, r.stderr)
}

/// The row of `name` among `rows`: its outcome and reason.
fn row<'a>(rows: &'a [Value], name: &str) -> (&'a str, &'a str) {
    let found = rows
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no row of {name}: {rows:?}"));
    (
        found["outcome"].as_str().unwrap_or(""),
        found["reason"].as_str().unwrap_or(""),
    )
}

const PROGRESS: &str = "/api/2.0/people/reassign/progress";

/// `users offboard LEAVER --reassign-to HEIR` under `faults` such that whether the handover
/// began stays unknown: the journal's `reassign` entry is unknown, and the leaver is not
/// deleted. The faults are cleared before it returns.
async fn offboard_losing_the_handover_answer(d: &Demo, faults: Vec<FaultRule>) -> Uuid {
    let (leaver, heir) = d.leaver_and_heir();
    for fault in faults {
        d.portal.inject(fault);
    }
    let id = leaver.to_string();
    let args = ["users", "offboard", &id, "--reassign-to", &heir, "--yes"];
    let r = d.run(&args, None).await;
    d.portal.clear_faults();
    assert_ne!(r.code, 0, "{r:?}");
    assert!(d.portal.user(leaver).is_some(), "not deleted: {r:?}");
    let shown = d.run(&["journal", "--format", "json"], None).await;
    let rows: Vec<Value> = serde_json::from_str(&shown.stdout).expect("json");
    let handover = rows
        .iter()
        .find(|r| r["operation"] == "reassign")
        .unwrap_or_else(|| panic!("a reassign entry: {rows:?}"));
    assert_eq!(handover["outcome"], "unknown", "{rows:?}");
    leaver
}

fn drop_answer() -> FaultRule {
    FaultRule::new(Fault::DropConnection)
        .method("POST")
        .path(REASSIGN)
        .after_processing()
}

/// The run reads the handover's progress when the start's answer is lost: one running
/// means it began, so the run follows it and deletes as planned.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handover_whose_answer_was_lost_is_followed_when_it_runs() {
    let d = demo(60).await;
    let (leaver, heir) = d.leaver_and_heir();
    d.portal.inject(drop_answer());
    let id = leaver.to_string();
    let args = ["users", "offboard", &id, "--reassign-to", &heir, "--yes"];
    let r = d.run(&args, None).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(d.portal.pending_faults(), 0, "the answer was lost: {r:?}");
    assert!(d.portal.user(leaver).is_none(), "deleted: {r:?}");
    assert!(r.stdout.contains("handed to"), "{}", r.stdout);
    let heir_id = d.portal.user_by_email(&heir).expect("heir").id;
    assert!(
        d.portal
            .rooms_of(heir_id)
            .iter()
            .any(|room| room.title == "Leaver's room"),
        "the room moved"
    );
    let (code, _, stderr) = check(&d).await;
    assert_eq!(code, 0, "nothing left unknown: {stderr}");
    assert!(stderr.contains("nothing to check"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handover_whose_answer_was_lost_is_settled_by_what_the_user_owns() {
    let d = demo(60).await;
    // Its progress cannot be read either while the run goes on.
    let unreadable = FaultRule::new(Fault::DropConnection)
        .method("GET")
        .path(PROGRESS)
        .share(1.0);
    let leaver = offboard_losing_the_handover_answer(&d, vec![drop_answer(), unreadable]).await;
    let name = "Lea Vermeer";

    // The portal started the job: while it runs, nothing is settled.
    d.portal.clear_request_log();
    let (code, rows, _) = check(&d).await;
    assert_eq!(code, 1, "{rows:?}");
    let (outcome, reason) = row(&rows, name);
    assert_eq!(outcome, "unknown", "{reason}");
    assert!(reason.contains("still running"), "{reason}");

    d.portal.finish_jobs();
    let (code, rows, _) = check(&d).await;
    assert_eq!(code, 0, "{rows:?}");
    let (outcome, reason) = row(&rows, name);
    assert_eq!(outcome, "done", "{reason}");
    assert!(
        reason.starts_with("no rooms or shared files of theirs"),
        "{reason}"
    );
    assert!(
        d.writes().is_empty(),
        "a check only reads: {:?}",
        d.writes()
    );
    let reads: Vec<String> = d.portal.request_log().into_iter().map(|r| r.path).collect();
    let progress = format!("{PROGRESS}/{leaver}");
    let profile = format!("/api/2.0/people/{leaver}");
    let necessary = "/api/2.0/people/reassign/necessary";
    assert_eq!(
        reads,
        [
            progress.as_str(),
            progress.as_str(),
            profile.as_str(),
            necessary
        ],
        "the progress, then, none running, the user and what they hold"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handover_that_never_reached_the_portal_is_not_done() {
    let d = demo(60).await;
    let drop_request = FaultRule::new(Fault::DropConnection)
        .method("POST")
        .path(REASSIGN);
    offboard_losing_the_handover_answer(&d, vec![drop_request]).await;
    let (code, rows, _) = check(&d).await;
    assert_eq!(code, 0, "{rows:?}");
    let (outcome, reason) = row(&rows, "Lea Vermeer");
    assert_eq!(outcome, "notDone", "{reason}");
    assert!(reason.contains("still hold rooms"), "{reason}");
}

/// A user deleted since holds nothing, whoever their rooms went to (a delete's data
/// removal gives them to the admin who deleted): that settles nothing about the handover.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_handover_of_a_user_deleted_since_stays_unknown() {
    let d = demo(60).await;
    let drop_request = FaultRule::new(Fault::DropConnection)
        .method("POST")
        .path(REASSIGN);
    let leaver = offboard_losing_the_handover_answer(&d, vec![drop_request]).await;
    let id = leaver.to_string();
    let r = d.run(&["users", "delete", &id, "--yes"], None).await;
    assert_eq!(r.code, 0, "{r:?}");
    d.portal.finish_jobs();
    assert!(d.portal.user(leaver).is_none());
    let (code, rows, _) = check(&d).await;
    assert_eq!(code, 1, "{rows:?}");
    let (outcome, reason) = row(&rows, "Lea Vermeer");
    assert_eq!(outcome, "unknown", "{reason}");
    assert!(reason.contains("no longer exists"), "{reason}");
}

/// A handover begun elsewhere (the web UI, another admin) has a receiver of its own: the
/// run does not join it, and does not delete the user.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handover_already_running_is_not_taken_for_this_one() {
    let d = demo(60).await;
    let (leaver, heir) = d.leaver_and_heir();
    let client = d.client();
    client
        .set_status_fields(&[leaver], EmployeeStatus::Terminated, &["status"])
        .await
        .expect("terminated");
    let owner = d.owner().id;
    client
        .start_reassign(leaver, owner, false)
        .await
        .expect("a handover to the owner, begun elsewhere");
    d.portal.clear_request_log();
    let id = leaver.to_string();
    let args = ["users", "offboard", &id, "--reassign-to", &heir, "--yes"];
    let r = d.run(&args, None).await;
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stdout.contains("already running"), "{}", r.stdout);
    assert!(d.portal.user(leaver).is_some(), "not deleted");
    assert!(
        d.writes().is_empty(),
        "no start of its own, no delete: {:?}",
        d.writes()
    );
}

/// An intent line for `users` (ids or, with `None`, names only) at `time`.
fn intent(run: u128, d: &Demo, time: &str, op: Value, users: &[(Option<Uuid>, &str)]) -> String {
    let users: Vec<Value> = users
        .iter()
        .map(|(id, name)| json!({"id": id, "name": name}))
        .collect();
    format!(
        "{}\n",
        json!({
            "kind": "intent", "run": Uuid::from_u128(run), "seq": 1, "time": time,
            "portal": clean_portal(&d.url()), "profile": "", "operation": op, "users": users,
        })
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stops_invitations_groups_and_mailed_links_are_settled_as_far_as_a_read_can() {
    let d = demo(30).await;
    let now = Timestamp::now().rfc3339();
    let user = d.plain_users(EmployeeStatus::Active)[0].id;
    let pending = d.portal.insert_user(
        NewUser::new("", "", "invited.before@example.org", EmployeeType::User)
            .status(EmployeeStatus::Pending),
    );
    let active = d.portal.insert_user(NewUser::new(
        "Al",
        "Ready",
        "already.here@example.org",
        EmployeeType::User,
    ));
    let no_group = Uuid::from_u128(0x6);
    let lines = [
        intent(
            1,
            &d,
            &now,
            json!({"op": "stopJob", "job": "reassign"}),
            &[(Some(user), "stopped")],
        ),
        intent(
            2,
            &d,
            &now,
            json!({"op": "invite", "type": "User"}),
            &[
                (None, "invited.before@example.org"),
                (None, "nobody.here@example.org"),
                (None, "already.here@example.org"),
            ],
        ),
        intent(
            3,
            &d,
            &now,
            json!({"op": "groupMembers", "group": no_group, "add": false}),
            &[(Some(active), "left a group")],
        ),
        intent(
            4,
            &d,
            &now,
            json!({"op": "resend"}),
            &[(Some(pending), "resent")],
        ),
    ];
    let path = journal_path(&d.home);
    std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
    std::fs::write(&path, lines.concat()).expect("write");

    d.portal.clear_request_log();
    let (code, rows, stderr) = check(&d).await;
    assert_eq!(code, 1, "one is left unknown by what was read: {rows:?}");
    assert!(
        stderr.contains("3 done, 1 not done, 1 still unknown, 1 beyond what a read can check"),
        "{stderr}"
    );
    let (outcome, reason) = row(&rows, "stopped");
    assert_eq!(outcome, "done", "no handover runs: {reason}");
    let (outcome, reason) = row(&rows, "invited.before@example.org");
    assert_eq!(outcome, "done", "{reason}");
    assert!(reason.contains(&pending.to_string()), "{reason}");
    assert_eq!(row(&rows, "nobody.here@example.org").0, "notDone");
    let (outcome, reason) = row(&rows, "already.here@example.org");
    assert_eq!(
        outcome, "unknown",
        "an active user may have been there before: {reason}"
    );
    let (outcome, reason) = row(&rows, "left a group");
    assert_eq!(outcome, "done", "in no group at all: {reason}");
    let (outcome, reason) = row(&rows, "resent");
    assert_eq!(outcome, "unknown");
    assert!(reason.contains("mailed link"), "{reason}");
    assert!(
        d.writes().is_empty(),
        "a check only reads: {:?}",
        d.writes()
    );
    assert_eq!(
        d.portal.request_log().len(),
        5,
        "no read for the mailed link"
    );

    // What no read can settle does not fail the check by itself.
    std::fs::write(&path, &lines[3]).expect("write");
    let (code, _, stderr) = check(&d).await;
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("1 beyond what a read can check"),
        "{stderr}"
    );
}

/// A type change that hands rooms over is a job; the type changes at its end. Its lost
/// start is not settled while the job runs (the old type is no answer then).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_type_change_whose_answer_was_lost_waits_for_its_job() {
    let d = demo(60).await;
    let (leaver, heir) = d.leaver_and_heir();
    d.portal.inject(
        FaultRule::new(Fault::DropConnection)
            .method("POST")
            .path("/api/2.0/people/type")
            .after_processing(),
    );
    d.portal.inject(
        FaultRule::new(Fault::DropConnection)
            .method("GET")
            .path("/api/2.0/people/type/progress")
            .share(1.0),
    );
    let id = leaver.to_string();
    let args = ["users", "set-type", "user", &id, "--move-rooms-to", &heir];
    let r = d.run(&args, None).await;
    d.portal.clear_faults();
    assert_ne!(r.code, 0, "{r:?}");

    let (code, rows, _) = check(&d).await;
    assert_eq!(code, 1, "{rows:?}");
    let (outcome, reason) = row(&rows, "Lea Vermeer");
    assert_eq!(outcome, "unknown", "{reason}");
    assert!(
        reason.contains("type change of theirs is still running"),
        "{reason}"
    );

    d.portal.finish_jobs();
    let (code, rows, _) = check(&d).await;
    assert_eq!(code, 0, "{rows:?}");
    assert_eq!(row(&rows, "Lea Vermeer"), ("done", "the user is User now"));
}
