//! The terminal UI's creates on the record: the journal has the intent before the POST
//! and the outcome after it; a journal that cannot be written stops the create before
//! anything is sent.

use std::path::Path;

use docspace_people::api::{ClientOptions, PortalClient};
use docspace_people::app::{Model, ModelOptions};
use docspace_people::backend::ExactBackend;
use docspace_people::demo::{Fault, FaultRule};
use docspace_people::journal::{self, Journal, Operation, Record, WriteOutcome};
use docspace_people::runtime::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use secrecy::SecretString;

use crate::harness::Harness;

const CREATE: &str = "/api/2.0/people";

/// A started harness whose app records its writes in the journal `open` returns for
/// the portal's address.
async fn journalled(open: impl FnOnce(&str) -> Journal) -> Harness {
    let mut h = Harness::start().await;
    let url = h.model().portal_label.clone();
    let token = h.portal.token_for(h.portal.owner_id());
    let client = PortalClient::new(&ClientOptions::new(url.clone(), SecretString::from(token)))
        .expect("client");
    let model = Model::new(ModelOptions {
        portal_label: url.clone(),
        ..ModelOptions::default()
    });
    let terminal =
        Terminal::new(ExactBackend::new(TestBackend::new(120, 30))).expect("test terminal");
    let app = App::start(client, open(&url), model, terminal).expect("app starts");
    std::mem::replace(&mut h.app, app).shutdown().await;
    h.settle().await;
    h
}

fn create(h: &mut Harness, email: &str) {
    h.press("n");
    h.paste("Ada");
    h.press("tab");
    h.paste("Quill");
    h.press("tab");
    h.paste(email);
    h.press("ctrl-s");
}

fn records(path: &Path) -> Vec<Record> {
    let loaded = journal::load(path).expect("reads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.records
}

#[tokio::test]
async fn a_create_in_the_ui_records_its_intent_and_then_its_outcome() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let mut h = journalled(|url| Journal::open(&path, url, "").expect("opens")).await;
    create(&mut h, "ada.quill@example.org");
    h.settle().await;
    let created = h
        .portal
        .user_by_email("ada.quill@example.org")
        .expect("created");
    assert!(h.screen().contains("created Ada Quill"));

    let recs = records(&path);
    assert_eq!(recs.len(), 2, "{recs:?}");
    let Record::Intent(i) = &recs[0] else {
        panic!("the intent first: {recs:?}");
    };
    assert!(
        matches!(&i.operation, Operation::Create { email, .. } if email == "ada.quill@example.org"),
        "{:?}",
        i.operation
    );
    let Record::Outcome(o) = &recs[1] else {
        panic!("then the outcome: {recs:?}");
    };
    assert_eq!((o.run, o.seq), (i.run, i.seq));
    assert_eq!(o.users[0].outcome, WriteOutcome::Done);
    assert_eq!(o.users[0].id, Some(created.id));
    h.finish().await;
}

#[tokio::test]
async fn a_create_whose_answer_is_lost_is_recorded_as_unknown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let mut h = journalled(|url| Journal::open(&path, url, "").expect("opens")).await;
    h.portal.inject(
        FaultRule::new(Fault::DropConnection)
            .method("POST")
            .path(CREATE)
            .after_processing(),
    );
    create(&mut h, "ada.lost@example.org");
    h.settle().await;
    assert!(h.portal.user_by_email("ada.lost@example.org").is_some());
    assert!(!h.screen().contains("created Ada Quill"));
    let recs = records(&path);
    let Some(Record::Outcome(o)) = recs.last() else {
        panic!("an outcome last: {recs:?}");
    };
    assert_eq!(o.users[0].outcome, WriteOutcome::Unknown);
    assert!(!o.users[0].reason.is_empty());
    h.finish().await;
}

/// `/dev/full` takes the journal open and fails every write to it (no space left).
#[cfg(target_os = "linux")]
#[tokio::test]
async fn a_journal_that_cannot_be_written_stops_the_create_before_it_is_sent() {
    let full = Path::new("/dev/full");
    if !full.exists() {
        eprintln!("skipped: no /dev/full");
        return;
    }
    let mut h = journalled(|url| Journal::open(full, url, "").expect("opens")).await;
    h.portal.clear_request_log();
    create(&mut h, "ada.unrecorded@example.org");
    h.settle().await;
    let posts: Vec<_> = h
        .portal
        .request_log()
        .into_iter()
        .filter(|r| r.method == "POST")
        .collect();
    assert!(posts.is_empty(), "nothing was sent: {posts:?}");
    assert!(
        h.portal
            .user_by_email("ada.unrecorded@example.org")
            .is_none()
    );
    let screen = h.screen();
    assert!(screen.contains("cannot write to the journal"), "{screen}");
    h.finish().await;
}

/// The administration writes of the TUI are on the record too: an invitation's intent names
/// the addresses and the type, then its outcome says it was done.
#[tokio::test]
async fn an_invitation_in_the_ui_is_recorded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let mut h = journalled(|url| Journal::open(&path, url, "").expect("opens")).await;
    h.press("I");
    h.paste("ann@example.com, bob@example.com");
    h.press("enter");
    h.press("enter");
    h.press("enter");
    h.settle().await;
    assert_eq!(h.portal.outbox().len(), 2, "{}", h.screen());
    let recs = records(&path);
    let Some(Record::Intent(i)) = recs.first() else {
        panic!("the intent first: {recs:?}");
    };
    assert!(
        matches!(&i.operation, Operation::Invite { kind } if kind == "User"),
        "{:?}",
        i.operation
    );
    let names: Vec<&str> = i.users.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["ann@example.com", "bob@example.com"]);
    let Some(Record::Outcome(o)) = recs.get(1) else {
        panic!("then the outcome: {recs:?}");
    };
    assert!(o.users.iter().all(|u| u.outcome == WriteOutcome::Done));
    h.finish().await;
}

/// Stopping a type change's job is a write too: its intent is on the record before the
/// `PUT …/type/terminate` goes out.
#[tokio::test]
async fn stopping_a_type_change_job_in_the_ui_is_recorded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let mut h = journalled(|url| Journal::open(&path, url, "").expect("opens")).await;
    h.portal.set_job_pace(docspace_people::demo::JobPace::Every(
        std::time::Duration::from_secs(3600),
    ));
    let ra = h.room_admin_with_rooms();
    h.press("i");
    h.paste(&ra.id.to_string());
    h.press("enter");
    h.settle().await;
    h.press("Y");
    h.press("enter");
    h.wait_for_notice("changing types").await;
    h.press("esc");
    h.settle().await;
    assert_eq!(h.portal.running_jobs(), 0, "the job was told to stop");
    let ops: Vec<Operation> = records(&path)
        .into_iter()
        .filter_map(|r| match r {
            Record::Intent(i) => Some(i.operation),
            _ => None,
        })
        .collect();
    assert!(
        ops.iter()
            .any(|o| matches!(o, Operation::StopJob { job } if job.contains("type"))),
        "the stop is on record: {ops:?}"
    );
    h.finish().await;
}
