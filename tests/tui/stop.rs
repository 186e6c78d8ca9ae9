//! Stopping a running job: the requests already sent finish, no further chunk is sent,
//! and the report names the users not attempted.

use std::time::Duration;

use docspace_people::api::EmployeeStatus;
use docspace_people::app::Msg;
use docspace_people::bulk::{CHUNK, CHUNKS_IN_FLIGHT, NOT_ATTEMPTED_STOPPED, Outcome};
use docspace_people::demo::{Fault, FaultRule};

use crate::harness::{Harness, demo_options};

const TERMINATE: &str = "/api/2.0/people/status/Terminated";

/// `n` as the screen writes it: 1000 → "1,000".
fn thousands(n: usize) -> String {
    match n {
        0..1000 => n.to_string(),
        _ => format!("{},{:03}", thousands(n / 1000), n % 1000),
    }
}

/// Applies worker replies until the first progress message of the job.
async fn until_progress(h: &mut Harness) {
    loop {
        let msg = tokio::time::timeout(Duration::from_secs(30), h.app.next_reply())
            .await
            .expect("a reply")
            .expect("the worker runs");
        let progress = matches!(msg, Msg::Progress(..));
        h.send(msg);
        if progress {
            return;
        }
    }
}

#[tokio::test]
async fn c_stops_a_job_after_the_requests_already_sent() {
    // A screen tall enough for the report's users left out and its users stopped.
    let mut h = Harness::with(demo_options(1_500), None, 120, 70).await;
    // Active users only, then more of them marked than the chunks sent at once hold.
    h.pick_filter("active").await;
    let wanted = CHUNK * CHUNKS_IN_FLIGHT + 50;
    while h.model().marks.len() < wanted {
        h.press("space");
        h.settle().await;
    }
    // The chunks sent first stay in flight long enough to press the key.
    h.portal.inject(
        FaultRule::new(Fault::Latency(Duration::from_secs(2)))
            .method("PUT")
            .path(TERMINATE)
            .times(CHUNKS_IN_FLIGHT as u32),
    );
    h.press("t");
    h.press("y");
    let total = h.model().job.as_ref().map_or(0, |j| j.total());
    assert!(total > CHUNK * CHUNKS_IN_FLIGHT, "eligible: {total}");
    until_progress(&mut h).await;
    assert!(
        h.screen()
            .contains("c stops after the requests already sent")
    );
    h.press("c");
    assert!(
        h.screen()
            .contains("Stopping: the requests already sent finish"),
        "{}",
        h.screen()
    );
    h.settle().await;

    // The portal saw the chunks sent before the stop and nothing after.
    let sent = h
        .requests_to(TERMINATE)
        .into_iter()
        .filter(|r| r.method == "PUT")
        .count();
    assert_eq!(sent, CHUNKS_IN_FLIGHT);

    let report = h
        .model()
        .job
        .as_ref()
        .and_then(|j| j.report())
        .cloned()
        .expect("a report");
    let cancelled = Outcome::Stopped(NOT_ATTEMPTED_STOPPED.to_string());
    let not_attempted: Vec<_> = report
        .results
        .iter()
        .filter(|r| r.outcome == cancelled)
        .collect();
    assert_eq!(not_attempted.len(), total - CHUNK * CHUNKS_IN_FLIGHT);
    assert_eq!(report.done(), CHUNK * CHUNKS_IN_FLIGHT);
    for r in &report.results {
        let status = h.portal.user(r.id).and_then(|u| u.status);
        match &r.outcome {
            Outcome::Done => assert_eq!(status, Some(EmployeeStatus::Terminated)),
            o if *o == cancelled => assert_eq!(status, Some(EmployeeStatus::Active)),
            _ => {}
        }
    }

    // The report on screen says so.
    let screen = h.screen();
    let title = format!("Stopped: terminated {} users;", thousands(report.done()));
    assert!(screen.contains(&title), "{screen}");
    let count = format!("; {} not finished: stopped", not_attempted.len());
    assert!(screen.contains(&count), "{screen}");
    let heading = format!("Stopped ({})", not_attempted.len());
    assert!(screen.contains(&heading), "{screen}");
    assert!(
        screen.contains(": not attempted: the run was stopped"),
        "a user line: {screen}"
    );
    h.finish().await;
}

/// Mark 10 users, `d`, type the count, Enter, `c` while it says "terminating 0/10": the
/// users are terminated (that request was on the wire) and none is deleted. (The stop
/// used to be read between chunks only, and one chunk terminated and deleted anyway.)
#[tokio::test]
async fn c_during_the_terminate_of_a_delete_leaves_every_user_in_place() {
    let mut h = Harness::with(demo_options(120), None, 120, 30).await;
    h.pick_filter("active").await;
    // Ten users the portal lets the run change (LDAP accounts are skipped).
    while h.model().marks.len() < 10 {
        let ldap = h.model().users.current().and_then(|u| u.is_ldap) == Some(true);
        h.press(if ldap { "j" } else { "space" });
        h.settle().await;
    }
    let marked: Vec<_> = h.model().marks.ids().collect();
    h.portal.inject(
        FaultRule::new(Fault::Latency(Duration::from_secs(1)))
            .method("PUT")
            .path(TERMINATE)
            .times(1),
    );
    h.press("d");
    h.type_text("10");
    h.press("enter");
    until_progress(&mut h).await;
    assert!(h.screen().contains("terminating 0/10"), "{}", h.screen());
    h.press("c");
    h.settle().await;

    assert!(
        h.requests_to("/api/2.0/people/delete").is_empty(),
        "no delete was sent"
    );
    for id in &marked {
        let now = h.portal.user(*id).expect("not deleted");
        assert_eq!(now.status, Some(EmployeeStatus::Terminated));
    }
    let screen = h.screen();
    assert!(screen.contains("Stopped (10)"), "{screen}");
    assert!(
        screen.contains("terminated, not deleted: the run was stopped"),
        "{screen}"
    );
    h.finish().await;
}
