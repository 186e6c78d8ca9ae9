//! The write journal through the binary: `users create` records its intent before the
//! POST and its outcome after it; `journal` shows the writes; `journal check` settles
//! unknown outcomes by reading users back, and never writes.

use std::path::PathBuf;

use docspace_people::api::EmployeeStatus;
use docspace_people::demo::{Fault, FaultRule};
use docspace_people::journal::{self, Operation, Record, WriteOutcome, clean_portal};
use serde_json::Value;
use tempfile::TempDir;
use uuid::Uuid;

use crate::support::{Demo, Run, demo, exec};

const CREATE_PATH: &str = "/api/2.0/people";

/// Where the binary run by these tests keeps its journal.
pub fn journal_path(home: &TempDir) -> PathBuf {
    home.path()
        .join("data")
        .join("docspace-people")
        .join(journal::JOURNAL_FILE)
}

fn records(home: &TempDir) -> Vec<Record> {
    let loaded = journal::load(&journal_path(home)).expect("the journal reads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.records
}

/// `users create` of Ann Lee with `email`.
fn create_args(email: &str) -> Vec<String> {
    [
        "users",
        "create",
        "--first-name",
        "Ann",
        "--last-name",
        "Lee",
        "--email",
        email,
    ]
    .map(String::from)
    .to_vec()
}

async fn create(d: &Demo, email: &str) -> Run {
    let args = create_args(email);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    d.run(&args, None).await
}

/// `journal --format json` (plus `extra`), parsed.
pub async fn shown(d: &Demo, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["journal", "--format", "json"];
    args.extend(extra);
    let r = d.run(&args, None).await;
    assert_eq!(r.code, 0, "{r:?}");
    match serde_json::from_str(&r.stdout).expect("json") {
        Value::Array(rows) => rows,
        other => panic!("not an array: {other}"),
    }
}

/// Writes a journal by hand: what an interrupted run leaves behind.
fn write_journal(home: &TempDir, lines: &[String]) {
    let path = journal_path(home);
    std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
    std::fs::write(&path, lines.concat()).expect("write");
}

/// An intent line of run `run` (a number, to tell runs apart).
fn intent(run: u128, portal: &str, profile: &str, time: &str, op: &str, users: &[Uuid]) -> String {
    let users: Vec<Value> = users
        .iter()
        .map(|id| serde_json::json!({"id": id, "name": format!("user {id}")}))
        .collect();
    let run = Uuid::from_u128(run);
    format!(
        "{}\n",
        serde_json::json!({
            "kind": "intent", "run": run, "seq": 1, "time": time, "portal": portal,
            "profile": profile, "operation": {"op": op}, "users": users,
        })
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_create_is_recorded_before_and_after_in_a_private_file_without_the_token() {
    let d = demo(20).await;
    let r = create(&d, "ann.lee@example.com").await;
    assert_eq!(r.code, 0, "{r:?}");
    let created = d
        .portal
        .user_by_email("ann.lee@example.com")
        .expect("created");

    let recs = records(&d.home);
    assert_eq!(recs.len(), 2, "{recs:?}");
    let Record::Intent(i) = &recs[0] else {
        panic!("the intent comes first: {recs:?}");
    };
    assert_eq!(i.portal, clean_portal(&d.url()));
    assert_eq!(i.profile, "");
    assert!(
        matches!(&i.operation, Operation::Create { email, .. } if email == "ann.lee@example.com"),
        "{:?}",
        i.operation
    );
    assert_eq!(i.users.len(), 1);
    assert_eq!(i.users[0].id, None, "no id before the portal answers");
    let Record::Outcome(o) = &recs[1] else {
        panic!("then the outcome: {recs:?}");
    };
    assert_eq!((o.run, o.seq), (i.run, i.seq));
    assert_eq!(o.users[0].id, Some(created.id));
    assert_eq!(o.users[0].outcome, WriteOutcome::Done);

    let text = std::fs::read_to_string(journal_path(&d.home)).expect("read");
    assert!(
        !text.contains(d.server.token()),
        "the token is never written"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(journal_path(&d.home))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }

    let rows = shown(&d, &[]).await;
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["operation"], "create");
    assert_eq!(rows[0]["outcome"], "done");
    assert_eq!(rows[0]["userId"], created.id.to_string());
    assert_eq!(rows[0]["email"], "ann.lee@example.com");
    let table = d.run(&["journal"], None).await;
    assert_eq!(table.code, 0, "{table:?}");
    let row = table.stdout.lines().nth(1).expect("a row");
    assert!(
        row.contains("create") && row.contains("done") && row.contains(&created.id.to_string()),
        "{row}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_create_whose_answer_is_lost_is_unknown_until_check_reads_it_back() {
    let d = demo(20).await;
    d.portal.inject(
        FaultRule::new(Fault::DropConnection)
            .method("POST")
            .path(CREATE_PATH)
            .after_processing(),
    );
    let r = create(&d, "lost.answer@example.com").await;
    assert_eq!(r.code, 5, "{r:?}");
    assert!(r.stderr.contains("journal check"), "{}", r.stderr);
    let created = d
        .portal
        .user_by_email("lost.answer@example.com")
        .expect("the portal created it before the connection dropped");

    let rows = shown(&d, &[]).await;
    assert_eq!(rows[0]["outcome"], "unknown", "{rows:?}");
    assert!(rows[0]["userId"].is_null());

    d.portal.clear_request_log();
    let r = d.run(&["journal", "check"], None).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("done (checked)"), "{}", r.stdout);
    assert!(r.stderr.contains("1 done"), "{}", r.stderr);
    assert!(
        d.writes().is_empty(),
        "a check only reads: {:?}",
        d.writes()
    );

    let rows = shown(&d, &[]).await;
    assert_eq!(rows[0]["outcome"], "done", "{rows:?}");
    assert_eq!(rows[0]["userId"], created.id.to_string());
    assert!(rows[0]["checkedAt"].is_string());
    assert!(matches!(records(&d.home).last(), Some(Record::Checked(_))));

    let again = d.run(&["journal", "check"], None).await;
    assert_eq!(again.code, 0, "{again:?}");
    assert!(
        again.stderr.contains("nothing to check"),
        "{}",
        again.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journal_that_cannot_be_written_stops_the_create_before_it_is_sent() {
    let d = demo(20).await;
    let blocker = d.home.path().join("not-a-directory");
    std::fs::write(&blocker, "").expect("write");
    let args = |email: &str| {
        let mut args = vec!["--url".to_string(), d.url()];
        args.extend(create_args(email));
        args
    };
    let env = vec![
        ("DOCSPACE_TOKEN".to_string(), d.server.token().to_string()),
        ("XDG_DATA_HOME".to_string(), blocker.display().to_string()),
    ];
    d.portal.clear_request_log();
    let r = exec(&d.home, args("refused@example.com"), None, env.clone()).await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("cannot open the journal"), "{}", r.stderr);
    assert!(r.stderr.contains("nothing was sent"), "{}", r.stderr);
    assert!(d.writes().is_empty(), "{:?}", d.writes());
    assert!(d.portal.user_by_email("refused@example.com").is_none());

    // Turning the journal off is a choice made in the configuration file.
    let config = d.home.path().join("no-journal.toml");
    std::fs::write(&config, "journal = false\n").expect("write");
    let mut with_config = vec!["--config".to_string(), config.display().to_string()];
    with_config.extend(args("unrecorded@example.com"));
    let r = exec(&d.home, with_config, None, env).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(d.portal.user_by_email("unrecorded@example.com").is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interrupted_run_is_unknown_and_check_settles_each_user_from_the_portal() {
    let d = demo(30).await;
    let portal = clean_portal(&d.url());
    let terminated = d.plain_users(EmployeeStatus::Terminated)[0].id;
    let active = d.plain_users(EmployeeStatus::Active)[0].id;
    let deleted = Uuid::from_u128(0xdead);
    let mut lines = vec![
        intent(
            1,
            &portal,
            "",
            "2026-11-30T10:00:00Z",
            "delete",
            &[deleted, terminated],
        ),
        intent(
            2,
            &portal,
            "",
            "2026-11-30T10:00:05Z",
            "terminate",
            &[active],
        ),
    ];
    lines.push("{\"kind\":\"outcome\",\"run\":".to_string());
    write_journal(&d.home, &lines);

    let r = d.run(&["journal"], None).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stderr.contains("incomplete"),
        "the torn line: {}",
        r.stderr
    );
    assert_eq!(r.stdout.lines().count(), 4, "{}", r.stdout);
    assert!(r.stdout.contains(journal::NO_OUTCOME), "{}", r.stdout);

    d.portal.clear_request_log();
    let r = d.run(&["journal", "check", "--format", "json"], None).await;
    assert_eq!(r.code, 0, "{r:?}");
    let rows: Vec<Value> = serde_json::from_str(&r.stdout).expect("json");
    let outcome = |id: Uuid| {
        rows.iter()
            .find(|row| row["userId"] == id.to_string())
            .map(|row| row["outcome"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(outcome(deleted).as_deref(), Some("done"), "gone ⇒ deleted");
    assert_eq!(
        outcome(terminated).as_deref(),
        Some("notDone"),
        "still there"
    );
    assert_eq!(outcome(active).as_deref(), Some("notDone"), "still active");
    assert!(d.writes().is_empty(), "{:?}", d.writes());
    let reads: Vec<String> = d.portal.request_log().into_iter().map(|r| r.path).collect();
    assert_eq!(reads.len(), 3, "{reads:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_leaves_unknown_what_it_cannot_read_and_says_so_in_its_exit_code() {
    let d = demo(20).await;
    let user = d.plain_users(EmployeeStatus::Active)[0].id;
    let elsewhere = "http://127.0.0.1:1/";
    write_journal(
        &d.home,
        &[
            intent(
                3,
                &clean_portal(&d.url()),
                "",
                "2026-11-30T10:00:00Z",
                "terminate",
                &[user],
            ),
            intent(
                9,
                elsewhere,
                "",
                "2026-11-30T11:00:00Z",
                "delete",
                &[user, Uuid::nil()],
            ),
        ],
    );

    // The second write went to another portal: not read from this one.
    let r = d.run(&["journal", "check"], None).await;
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stdout.contains("--url http://127.0.0.1:1/"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr.contains("1 not done, 2 still unknown"),
        "{}",
        r.stderr
    );

    // That portal cannot be reached.
    let r = exec(
        &d.home,
        ["--url", elsewhere, "journal", "check"]
            .map(String::from)
            .to_vec(),
        None,
        vec![("DOCSPACE_TOKEN".into(), d.server.token().to_string())],
    )
    .await;
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stderr.contains("2 still unknown"), "{}", r.stderr);

    // A refused token is the usual exit code 3.
    write_journal(
        &d.home,
        &[intent(
            4,
            &clean_portal(&d.url()),
            "",
            "2026-11-30T10:00:00Z",
            "terminate",
            &[user],
        )],
    );
    let r = d
        .run_with_token("sk-wrong", &["journal", "check"], None)
        .await;
    assert_eq!(r.code, 3, "{r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn since_and_profile_choose_the_writes_shown() {
    let d = demo(20).await;
    let portal = clean_portal(&d.url());
    let a = Uuid::from_u128(1);
    let an_hour_ago = (chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc3339();
    write_journal(
        &d.home,
        &[
            intent(5, &portal, "work", "2020-11-29T23:00:00Z", "delete", &[a]),
            intent(
                6,
                &portal,
                "work",
                "2020-11-30T10:00:00Z",
                "terminate",
                &[a, Uuid::from_u128(2)],
            ),
            intent(
                7,
                &portal,
                "home",
                "2020-11-30T12:00:00+01:00",
                "activate",
                &[a],
            ),
            intent(8, &portal, "home", &an_hour_ago, "delete", &[a]),
        ],
    );
    assert_eq!(shown(&d, &[]).await.len(), 5);
    assert_eq!(shown(&d, &["--since", "2020-11-30"]).await.len(), 4);
    let late = shown(&d, &["--since", "2020-11-30T10:30:00Z"]).await;
    assert_eq!(late.len(), 2);
    assert_eq!(late[0]["profile"], "home");
    assert_eq!(late[0]["time"], "2020-11-30T11:00:00.000Z");
    assert_eq!(shown(&d, &["--profile", "work"]).await.len(), 3);
    // Durations count back from now.
    let recent = shown(&d, &["--since", "2h"]).await;
    assert_eq!(recent.len(), 1, "{recent:?}");
    assert_eq!(recent[0]["run"], Uuid::from_u128(8).to_string());

    let r = d.run(&["journal", "--since", "yesterday"], None).await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("--since"), "{}", r.stderr);
}

/// Offboarding records, per user, a terminate and then a delete, each before it is sent
/// and with its outcome after.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offboarding_records_the_terminate_and_the_delete_of_each_user() {
    let d = demo(40).await;
    let users: Vec<Uuid> = d
        .plain_users(EmployeeStatus::Active)
        .iter()
        .take(3)
        .map(|u| u.id)
        .collect();
    let input: String = users.iter().map(|id| format!("{id}\n")).collect();
    let r = d
        .run(
            &["users", "delete", "--terminate-first", "--yes", "-"],
            Some(&input),
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    let rows = shown(&d, &[]).await;
    for id in &users {
        let mine: Vec<(String, String)> = rows
            .iter()
            .filter(|row| row["userId"] == id.to_string())
            .map(|row| {
                (
                    row["operation"].as_str().unwrap_or("").to_string(),
                    row["outcome"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        assert_eq!(
            mine,
            vec![
                ("terminate".to_string(), "done".to_string()),
                ("delete".to_string(), "done".to_string())
            ],
            "{rows:?}"
        );
    }
    // Each intent is on file before its outcome.
    let kinds: Vec<&str> = records(&d.home)
        .iter()
        .map(|r| match r {
            Record::Intent(_) => "intent",
            Record::Outcome(_) => "outcome",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["intent", "outcome", "intent", "outcome"]);
}
