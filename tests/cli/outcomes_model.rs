//! Random bulk plans against a faulty demo portal (5xx before the work, connections
//! dropped after it, stops at random points): every user's reported outcome, and every
//! outcome the journal records, must match what the portal holds afterwards; "unknown"
//! only where reading the user back really failed; and nothing is sent to the portal
//! without an intent in the journal.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use docspace_people::api::{EmployeeFullDto, EmployeeStatus};
use docspace_people::bulk::{self, BulkAction, Controls, Outcome, Report};
use docspace_people::demo::{DemoOptions, Fault, FaultRule, LoggedRequest, spawn};
use docspace_people::journal::{self, Journal, JournalLog, Operation, WriteOutcome};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use secrecy::SecretString;
use uuid::Uuid;

/// One random run.
#[derive(Debug, Clone)]
struct Case {
    seed: u64,
    action: BulkAction,
    /// Indexes into the portal's users (modulo their count); some become unknown ids.
    picks: Vec<usize>,
    unknown_ids: usize,
    /// Targets sent as profiles read before (true) or as bare ids (false).
    read_first: bool,
    fail_rate: f64,
    drop_rate: f64,
    /// Stop after this many progress events (never when larger than the run).
    stop_after: usize,
}

fn action() -> impl Strategy<Value = BulkAction> {
    prop_oneof![
        Just(BulkAction::Terminate),
        Just(BulkAction::Activate),
        Just(BulkAction::Delete {
            terminate_first: false
        }),
        Just(BulkAction::Delete {
            terminate_first: true
        }),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    (
        any::<u64>(),
        action(),
        prop::collection::vec(0usize..1000, 1..40),
        0usize..3,
        any::<bool>(),
        prop_oneof![Just(0.0), 0.0f64..0.5],
        prop_oneof![Just(0.0), 0.0f64..0.5],
        prop_oneof![Just(usize::MAX), 0usize..6],
    )
        .prop_map(
            |(seed, action, picks, unknown_ids, read_first, fail_rate, drop_rate, stop_after)| {
                Case {
                    seed,
                    action,
                    picks,
                    unknown_ids,
                    read_first,
                    fail_rate,
                    drop_rate,
                    stop_after,
                }
            },
        )
}

/// Whether `now` (None = deleted) is what `action` aims for.
fn reached(action: BulkAction, now: Option<&EmployeeFullDto>) -> bool {
    match (action, now) {
        (BulkAction::Delete { .. }, None) => true,
        (BulkAction::Terminate, Some(u)) => u.status == Some(EmployeeStatus::Terminated),
        (BulkAction::Activate, Some(u)) => u.status != Some(EmployeeStatus::Terminated),
        _ => false,
    }
}

fn is_write_with(r: &LoggedRequest, id: Uuid) -> bool {
    r.method != "GET" && r.user_ids.contains(&id)
}

fn is_read_of(r: &LoggedRequest, id: Uuid) -> bool {
    r.method == "GET" && r.path == format!("/api/2.0/people/{id}")
}

/// Checks the report against the portal's state before and after.
fn check(
    case: &Case,
    report: &Report,
    before: &HashMap<Uuid, EmployeeFullDto>,
    after: &HashMap<Uuid, EmployeeFullDto>,
    log: &[LoggedRequest],
) -> Result<(), TestCaseError> {
    for r in &report.results {
        let was = before.get(&r.id);
        let now = after.get(&r.id);
        let wanted = reached(case.action, now);
        let unchanged = match (was, now) {
            (Some(a), Some(b)) => a.status == b.status,
            (None, None) => true,
            _ => false,
        };
        match &r.outcome {
            Outcome::Done => prop_assert!(wanted, "{}: done, but the portal has {now:?}", r.id),
            Outcome::Unchanged(_) => {
                prop_assert!(
                    wanted && unchanged,
                    "{}: unchanged, but {was:?} → {now:?}",
                    r.id
                )
            }
            // Not done by this run: the portal did not get there through it (a user not
            // read before may have been in the wanted state all along).
            Outcome::Failed(why) | Outcome::Stopped(why) => prop_assert!(
                !wanted || unchanged,
                "{}: not done ({why}), but {was:?} → {now:?}",
                r.id
            ),
            Outcome::Skipped(why) => {
                prop_assert!(
                    unchanged,
                    "{}: skipped ({why}), but {was:?} → {now:?}",
                    r.id
                )
            }
            Outcome::Unknown(why) => {
                // Unknown only when no read of the user after its last write succeeded.
                let last_write = log.iter().rposition(|q| is_write_with(q, r.id));
                let after_write = last_write.map_or(log, |i| &log[i + 1..]);
                let read_ok = after_write
                    .iter()
                    .any(|q| is_read_of(q, r.id) && matches!(q.status, 200 | 404));
                prop_assert!(!read_ok, "{}: unknown ({why}), but a read succeeded", r.id);
            }
        }
    }
    // Nobody outside the plan was touched.
    for (id, was) in before {
        if report.outcome(*id).is_none() {
            let now = after.get(id);
            prop_assert_eq!(now.map(|u| u.status), Some(was.status), "{} untouched", id);
        }
    }
    Ok(())
}

/// Checks the journal against the portal: every user the portal was sent a write for has
/// an intent for it, every intent has an outcome, and every recorded outcome is what the
/// portal holds (unknown only where no read succeeded).
fn check_journal(
    path: &std::path::Path,
    after: &HashMap<Uuid, EmployeeFullDto>,
    log: &[LoggedRequest],
) -> Result<(), TestCaseError> {
    let loaded = journal::load(path).expect("the journal reads");
    prop_assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let (entries, warnings) = journal::entries(&loaded.records);
    prop_assert!(warnings.is_empty(), "{warnings:?}");
    let mut recorded: HashMap<(Uuid, &'static str), WriteOutcome> = HashMap::new();
    for e in &entries {
        let op = e.operation.label();
        for u in &e.users {
            let id = u.id.expect("an id");
            prop_assert!(u.reason != journal::NO_OUTCOME, "{id} {op}: no outcome");
            recorded.insert((id, op), u.outcome);
            let now = after.get(&id);
            let reached = match e.operation {
                Operation::Terminate => {
                    now.is_none_or(|u| u.status == Some(EmployeeStatus::Terminated))
                }
                Operation::Activate => {
                    now.is_some_and(|u| u.status != Some(EmployeeStatus::Terminated))
                }
                Operation::Delete => now.is_none(),
                _ => false,
            };
            match u.outcome {
                WriteOutcome::Done => prop_assert!(reached, "{id} {op}: done, portal has {now:?}"),
                // A delete not done leaves the user there (a terminate "not done" may
                // meet a user who was terminated all along, unread by the plan).
                WriteOutcome::NotDone if e.operation == Operation::Delete => {
                    prop_assert!(!reached, "{id} {op}: not done, but gone")
                }
                WriteOutcome::NotDone => {}
                WriteOutcome::Unknown => {
                    let last_write = log.iter().rposition(|q| is_write_with(q, id));
                    let read_after = last_write.is_some_and(|i| {
                        log[i + 1..]
                            .iter()
                            .any(|q| is_read_of(q, id) && matches!(q.status, 200 | 404))
                    });
                    prop_assert!(!read_after, "{id} {op}: unknown, but a read succeeded");
                }
                WriteOutcome::Skipped => {}
            }
        }
    }
    for q in log.iter().filter(|q| q.method == "PUT") {
        let op = if q.path.ends_with("/delete") {
            "delete"
        } else if q.path.ends_with("/Terminated") {
            "terminate"
        } else {
            "re-activate"
        };
        for id in &q.user_ids {
            prop_assert!(
                recorded.contains_key(&(*id, op)),
                "{op} of {id} sent without an intent"
            );
        }
    }
    Ok(())
}

async fn run_case(case: Case) -> Result<(), TestCaseError> {
    let server = spawn(DemoOptions {
        users: 60,
        seed: case.seed % 1000,
        rate_limit: None,
        ..DemoOptions::default()
    })
    .await
    .expect("demo portal");
    let portal = server.portal();
    let all = portal.users();
    let owner = portal.user(portal.owner_id()).expect("owner");
    let mut targets: Vec<EmployeeFullDto> = case
        .picks
        .iter()
        .map(|i| all[i % all.len()].clone())
        .map(|u| {
            if case.read_first {
                u
            } else {
                EmployeeFullDto::bare(u.id)
            }
        })
        .collect();
    for n in 0..case.unknown_ids {
        targets.push(EmployeeFullDto::bare(Uuid::from_u128(
            0xdead_0000 + n as u128,
        )));
    }
    let plan = bulk::plan(case.action, &targets, &owner);
    let before: HashMap<Uuid, EmployeeFullDto> = all.iter().map(|u| (u.id, u.clone())).collect();

    if case.fail_rate > 0.0 {
        portal.inject(FaultRule::new(Fault::Status(503)).share(case.fail_rate));
    }
    if case.drop_rate > 0.0 {
        // Half the dropped answers break off mid-body, half hang up without a byte.
        for fault in [Fault::DropConnection, Fault::Hangup] {
            portal.inject(
                FaultRule::new(fault)
                    .method("PUT")
                    .share(case.drop_rate / 2.0)
                    .after_processing(),
            );
        }
    }
    portal.clear_request_log();
    let client =
        docspace_people::api::PortalClient::new(&docspace_people::api::ClientOptions::new(
            server.url(),
            SecretString::from(server.token().to_string()),
        ))
        .expect("client");
    let stop = Arc::new(AtomicBool::new(false));
    let events = AtomicUsize::new(0);
    let dir = tempfile::tempdir().expect("tempdir");
    let journal_file = dir.path().join(journal::JOURNAL_FILE);
    let log = JournalLog::new(Journal::open(&journal_file, &server.url(), "").expect("journal"));
    let controls = Controls {
        stop: Arc::clone(&stop),
        log: &log,
    };
    let report = bulk::execute_with(&client, &plan, controls, |_| {
        if events.fetch_add(1, Ordering::Relaxed) + 1 >= case.stop_after {
            stop.store(true, Ordering::Relaxed);
        }
    })
    .await;
    let log = portal.request_log();
    portal.clear_faults();
    let after: HashMap<Uuid, EmployeeFullDto> =
        portal.users().into_iter().map(|u| (u.id, u)).collect();
    let checked = check(&case, &report, &before, &after, &log)
        .and_then(|()| check_journal(&journal_file, &after, &log));
    server.shutdown().await;
    checked
}

#[test]
fn reports_match_the_portal_under_faults_and_stops() {
    let cases = std::env::var("OUTCOME_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 64,
        ..Config::default()
    });
    let result = runner.run(&case(), |c| rt.block_on(run_case(c)));
    if let Err(e) = result {
        panic!("{e}");
    }
}
