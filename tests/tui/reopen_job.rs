//! `R` shows the last change again: its gauge while it runs in the background (where `c`
//! still stops it), then its report after it was closed. The status bar follows a job
//! whose gauge is hidden.

use docspace_people::api::EmployeeStatus;

use crate::harness::Harness;

const GAUGE: &str = "c stops after the requests already sent";

#[tokio::test]
async fn a_hidden_job_comes_back_with_r_and_can_still_be_stopped() {
    let mut h = Harness::start().await;
    let owner = h.portal.owner_id();
    h.pick_filter("active").await;
    while h.model().marks.len() < 2 {
        if h.model().users.current().is_some_and(|u| u.id != owner) {
            h.press("space");
        } else {
            h.press("j");
        }
    }
    h.press("t");
    h.press("y");
    assert!(h.screen().contains(GAUGE), "{}", h.screen());
    h.press("esc");
    let screen = h.screen();
    assert!(!screen.contains(GAUGE), "hidden: {screen}");
    assert!(
        screen.contains("(R shows it)"),
        "the status bar follows it: {screen}"
    );
    // Over the list, c is not a stop.
    h.press("c");
    assert!(h.model().job.as_ref().is_some_and(|j| !j.is_stopping()));
    h.press("R");
    assert!(h.screen().contains(GAUGE), "{}", h.screen());
    h.press("c");
    let screen = h.screen();
    assert!(
        screen.contains("Stopping: the requests already sent finish"),
        "{screen}"
    );
    h.settle().await;
    let report = h.model().job.as_ref().and_then(|j| j.report()).cloned();
    let report = report.expect("the job ended with a report");
    assert_eq!(report.results.len(), 2);
    // The report: closed, then shown again.
    let title = h
        .line_with("erminated")
        .expect("the report's title names the change");
    h.press("esc");
    assert!(!h.screen().contains(title.trim()), "closed");
    h.press("R");
    let screen = h.screen();
    assert!(screen.contains(title.trim()), "shown again: {screen}");
    // What the report says is what the portal holds.
    for r in &report.results {
        let status = h.portal.user(r.id).and_then(|u| u.status);
        let done = r.outcome == docspace_people::bulk::Outcome::Done;
        assert_eq!(status == Some(EmployeeStatus::Terminated), done, "{r:?}");
    }
    h.finish().await;
}

#[tokio::test]
async fn r_before_any_change_says_so() {
    let mut h = Harness::start().await;
    h.press("R");
    let screen = h.screen();
    assert!(screen.contains("no change has run yet"), "{screen}");
    h.finish().await;
}
