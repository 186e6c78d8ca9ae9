//! A command interrupted by a signal stops sending, waits (bounded) for the requests
//! already sent, and prints the report as far as it is known.

use std::io::Write;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use docspace_people::api::{EmployeeFullDto, EmployeeStatus};
use docspace_people::demo::{Fault, FaultRule};
use rustix::process::{Pid, Signal, kill_process};

use crate::support::{BIN, Demo, Run, command, demo, lines};

const DELETE: &str = "/api/2.0/people/delete";

/// Starts `users delete --terminate-first --yes -` on `ids` in the background.
fn start_offboarding(d: &Demo, ids: &str) -> Child {
    let args: Vec<String> = [
        "--url",
        &d.url(),
        "users",
        "delete",
        "--terminate-first",
        "--yes",
        "--format",
        "json",
        "-",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let env = vec![("DOCSPACE_TOKEN".to_string(), d.server.token().to_string())];
    let mut cmd = command(BIN, d.home.path(), &args, &env);
    cmd.stdin(Stdio::piped());
    let mut child = cmd.spawn().expect("binary starts");
    if let Some(mut pipe) = child.stdin.take() {
        pipe.write_all(ids.as_bytes()).expect("stdin");
    }
    child
}

/// Waits until the run has recorded its delete intent in the journal (bounded): the
/// request follows at once, and the portal holds it for as long as the delete takes.
async fn until_delete_is_sent(d: &Demo) {
    let journal = d
        .home
        .path()
        .join("data")
        .join("docspace-people")
        .join(docspace_people::journal::JOURNAL_FILE);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let text = std::fs::read_to_string(&journal).unwrap_or_default();
        if text.contains(r#""op":"delete""#) {
            break;
        }
        assert!(Instant::now() < deadline, "no delete intent in the journal");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
}

fn interrupt(child: &Child) {
    let pid = Pid::from_child(child);
    kill_process(pid, Signal::INT).expect("SIGINT");
}

async fn wait(child: Child) -> Run {
    tokio::task::spawn_blocking(move || Run::of(child.wait_with_output().expect("binary ends")))
        .await
        .expect("runner")
}

/// Offboards `n` active users while their delete takes `delete_takes` on the portal, and
/// sends SIGINT `signals` times once the delete is on the wire. Returns the users and the
/// finished run (exit code, report on stdout).
async fn interrupted_offboarding(
    d: &Demo,
    n: usize,
    delete_takes: Duration,
    signals: usize,
) -> (Vec<EmployeeFullDto>, Run) {
    let targets = d.active(n);
    d.portal.inject(
        FaultRule::new(Fault::Latency(delete_takes))
            .method("PUT")
            .path(DELETE),
    );
    let child = start_offboarding(d, &lines(&targets));
    until_delete_is_sent(d).await;
    for _ in 0..signals {
        interrupt(&child);
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    (targets, wait(child).await)
}

/// SIGINT while the delete is on the wire: the delete finishes, the report is printed
/// and is complete, the exit code is 130.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigint_waits_for_the_request_in_flight_and_prints_the_report() {
    let d = demo(60).await;
    let (targets, run) = interrupted_offboarding(&d, 5, Duration::from_secs(4), 1).await;
    assert_eq!(run.code, 130, "{}", run.stderr);
    assert!(run.stderr.contains("SIGINT: stopping"), "{}", run.stderr);
    assert!(
        run.stderr.contains("the report above is complete"),
        "{}",
        run.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("a json report");
    for u in &targets {
        assert!(d.portal.user(u.id).is_none(), "deleted");
    }
    assert_eq!(v["done"], targets.len(), "{v}");
}

/// A second SIGINT leaves at once: users whose request was sent but not answered are
/// unknown in the report (with what to run to check) and in the journal, where every write
/// of the run is; `journal check` then settles them from the portal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_sigint_leaves_at_once_and_check_settles_what_is_unknown() {
    let d = demo(60).await;
    let (targets, run) = interrupted_offboarding(&d, 4, Duration::from_secs(120), 2).await;
    assert_eq!(run.code, 130, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("a json report");
    assert_eq!(v["unknown"], targets.len(), "{v}");
    for r in v["results"].as_array().expect("results") {
        assert_eq!(r["result"], "unknown", "{r}");
        let why = r["reason"].as_str().unwrap_or_default();
        assert!(why.contains("journal check"), "{why}");
    }
    assert!(run.stderr.contains("outcome is unknown"), "{}", run.stderr);
    d.portal.clear_faults();

    let rows = crate::journal::shown(&d, &[]).await;
    for u in &targets {
        let outcome = |op: &str| {
            rows.iter()
                .find(|r| r["userId"] == u.id.to_string() && r["operation"] == op)
                .map(|r| r["outcome"].as_str().unwrap_or("").to_string())
        };
        assert_eq!(outcome("terminate").as_deref(), Some("done"), "{rows:?}");
        assert_eq!(outcome("delete").as_deref(), Some("unknown"), "{rows:?}");
    }

    let check = d.run(&["journal", "check", "--format", "json"], None).await;
    assert_eq!(check.code, 0, "{check:?}");
    let rows: Vec<serde_json::Value> = serde_json::from_str(&check.stdout).expect("json");
    for u in &targets {
        let row = rows
            .iter()
            .find(|r| r["userId"] == u.id.to_string())
            .expect("checked");
        assert_eq!(row["outcome"], "notDone", "still there: {row}");
        let now = d.portal.user(u.id).expect("not deleted");
        assert_eq!(now.status, Some(EmployeeStatus::Terminated));
    }
}
