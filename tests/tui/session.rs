//! The session as a whole: a token refused mid-session stops the traffic; quitting while a
//! change runs asks first.

use std::time::Duration;

use docspace_people::api::{EmployeeStatus, EmployeeType};
use docspace_people::demo::{Fault, FaultRule, NewUser};

use crate::harness::Harness;

#[tokio::test]
async fn a_token_refused_mid_session_stops_the_requests_and_says_so() {
    let mut h = Harness::start().await;
    h.portal
        .inject(FaultRule::new(Fault::Status(401)).share(1.0));
    h.portal.clear_request_log();
    // Near the end of the first page: the prefetch meets the 401.
    h.press_n("j", 85);
    h.settle().await;
    assert_eq!(h.log().len(), 1, "one refused request: {:?}", h.log());
    // Paging on, a filter, a search, a look-up: none of them is sent.
    h.press_n("j", 30);
    h.press("G");
    h.pick_filter("active").await;
    h.press("/");
    h.type_text("ann");
    h.settle().await;
    h.press("enter");
    h.press("i");
    h.paste("ann@example.org");
    h.press("enter");
    h.settle().await;
    let statuses: Vec<u16> = h.log().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [401], "no storm of 401s");
    let screen = h.screen();
    assert!(screen.contains("refused the token (401)"), "{screen}");
    // r tries once more, and only once.
    h.press("r");
    h.settle().await;
    let statuses: Vec<u16> = h.log().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [401, 401]);
    h.finish().await;
}

#[tokio::test]
async fn quitting_while_a_change_runs_asks_and_staying_lets_it_finish() {
    let mut h = Harness::start().await;
    let email = "quinn.quillfeather@example.org";
    let id = h.portal.insert_user(
        NewUser::new("Quinn", "Quillfeather", email, EmployeeType::User)
            .status(EmployeeStatus::Active),
    );
    h.portal.inject(
        FaultRule::new(Fault::Latency(Duration::from_millis(300)))
            .method("PUT")
            .times(1),
    );
    h.press("i");
    h.paste(email);
    h.press("enter");
    h.settle().await;
    h.press("t");
    h.press("y");
    // The terminate is on its way: q asks instead of abandoning it.
    h.press("q");
    assert!(!h.model().quit);
    let screen = h.screen();
    assert!(screen.contains("Quit?"), "{screen}");
    assert!(screen.contains("A change is still running"), "{screen}");
    h.press("n");
    h.settle().await;
    assert!(!h.model().quit);
    assert_eq!(
        h.portal.user(id).and_then(|u| u.status),
        Some(EmployeeStatus::Terminated)
    );
    // Nothing running any more: q leaves at once.
    h.press("q");
    assert!(h.model().quit);
    h.finish().await;
}
