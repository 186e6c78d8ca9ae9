//! `users offboard` when the answer to a terminate or a delete is lost after the portal
//! acted: the user is read back, and what the portal holds decides, so the run goes on
//! (terminated: hand over and delete; gone: follow the data removal).

use docspace_people::demo::{Fault, FaultRule};
use serde_json::Value;

use crate::support::demo;

/// Offboards the leaver with `lost` dropping one answer after the portal acted; the run
/// must end done, the user deleted, and the journal say done for every step.
async fn offboard_losing(method: &str, path: &str) {
    let d = demo(60).await;
    let (leaver, heir) = d.leaver_and_heir();
    let lost = FaultRule::new(Fault::DropConnection)
        .method(method)
        .path(path)
        .after_processing();
    d.portal.inject(lost);
    let id = leaver.to_string();
    let args = ["users", "offboard", &id, "--reassign-to", &heir, "--yes"];
    let r = d.run(&args, None).await;
    assert_eq!(d.portal.pending_faults(), 0, "the answer was lost: {r:?}");
    assert_eq!(r.code, 0, "{r:?}");
    assert!(d.portal.user(leaver).is_none(), "deleted: {r:?}");
    assert!(r.stdout.contains("their files removed"), "{}", r.stdout);
    let shown = d.run(&["journal", "--format", "json"], None).await;
    let rows: Vec<Value> = serde_json::from_str(&shown.stdout).expect("json");
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(row["outcome"], "done", "{row}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_terminate_whose_answer_was_lost_is_read_back_and_the_run_goes_on() {
    offboard_losing("PUT", "/api/2.0/people/status/Terminated").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delete_whose_answer_was_lost_is_read_back_and_its_removal_followed() {
    offboard_losing("DELETE", "/api/2.0/people/").await;
}
