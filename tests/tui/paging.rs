//! A portal whose pages never end (it repeats its first page and sends no `total`): `G`
//! reads one more page, then stops with a warning, instead of alternating pages forever.

use std::time::Duration;

use docspace_people::demo::{DemoOptions, Fault, FaultRule};

use crate::harness::{Harness, demo_options};

const FILTER: &str = "/api/2.0/people/filter";

/// Applies replies until nothing is in flight (true) or `max` replies were applied
/// (false): a portal that is paged forever cannot hang the test.
async fn settle_at_most(h: &mut Harness, max: usize) -> bool {
    for _ in 0..max {
        if !h.app.model.requests.is_busy() {
            return true;
        }
        match tokio::time::timeout(Duration::from_secs(30), h.app.next_reply()).await {
            Ok(Some(m)) => h.send(m),
            Ok(None) => panic!("the worker stopped"),
            Err(_) => panic!("no reply within 30 s"),
        }
    }
    !h.app.model.requests.is_busy()
}

#[tokio::test]
async fn the_end_key_on_a_portal_that_repeats_its_first_page_stops_with_a_warning() {
    let opts = DemoOptions {
        faults: vec![
            FaultRule::new(Fault::RepeatPage).path(FILTER).share(1.0),
            FaultRule::new(Fault::OmitTotal).path(FILTER).share(1.0),
        ],
        ..demo_options(250)
    };
    let mut h = Harness::with(opts, None, 120, 30).await;
    assert_eq!(h.requests_to(FILTER).len(), 1);
    h.press("G");
    assert!(settle_at_most(&mut h, 40).await, "paging went on");
    let asked = h.requests_to(FILTER).len();
    assert_eq!(asked, 2, "the first page and one more");
    let screen = h.screen();
    assert!(
        screen.contains("could not load users: the portal sent a page of users already"),
        "{screen}"
    );
    assert_eq!(h.model().users.loaded_count(), 100);
    // Moving around sends nothing more; `r` reads again.
    h.press("g");
    h.press("G");
    assert!(settle_at_most(&mut h, 40).await);
    assert_eq!(h.requests_to(FILTER).len(), asked);
    h.press("r");
    assert!(settle_at_most(&mut h, 40).await);
    assert!(h.requests_to(FILTER).len() > asked);
    h.finish().await;
}
