//! The messages view: a status message too long for the status bar is cut there, with the
//! key that shows it in full; `m` opens the recent messages, newest first, wrapped.

use crate::harness::{Harness, demo_options};

/// An address far longer than the room the status bar leaves at 80 columns.
const MISSING: &str = "nobody.with.this.long.address@a-department-with-a-long-name.example.org";

/// The text inside the messages box, its lines joined (a wrapped message reads whole).
fn inside_the_box(screen: &str) -> String {
    screen
        .lines()
        .filter_map(|l| {
            let inner = l.trim().strip_prefix('│')?.strip_suffix('│')?;
            Some(
                inner
                    .trim()
                    .trim_start_matches(['✗', '·'])
                    .trim()
                    .to_string(),
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test]
async fn a_long_error_reads_in_full_in_the_messages_view() {
    let mut h = Harness::with(demo_options(40), None, 80, 24).await;
    h.portal.clear_request_log();
    h.press("i");
    h.type_text(MISSING);
    h.press("enter");
    h.settle().await;
    // The portal was asked once and did not find the user.
    let asked = h.requests_to("/api/2.0/people/email");
    assert_eq!(asked.len(), 1, "{:?}", h.log());
    assert_eq!(asked[0].status, 404);
    let error = h.model().status.error.clone().expect("an error");
    assert!(error.contains(MISSING), "{error}");

    // The status bar cuts it and says where it reads in full.
    let screen = h.screen();
    let status = screen.lines().rev().nth(1).unwrap_or_default().to_string();
    assert!(!status.contains(MISSING), "{status}");
    assert!(status.ends_with("… m more"), "{status}");

    h.press("m");
    let screen = h.screen();
    assert!(screen.contains("Messages, newest first"), "{screen}");
    let text = inside_the_box(&screen);
    assert!(
        text.contains(&format!("no user with email {MISSING}")),
        "{text}"
    );
    // Newest first: the error comes before the notice of the look-up starting.
    let error_at = text.find("no user with email").unwrap_or(usize::MAX);
    let notice_at = text.find("looking up email").unwrap_or(0);
    assert!(error_at < notice_at, "{text}");

    // Reading the messages sends nothing; Esc closes them.
    h.press("j");
    h.press("esc");
    assert!(!h.screen().contains("Messages, newest first"));
    assert_eq!(h.log().len(), 1, "{:?}", h.log());
    h.finish().await;
}
