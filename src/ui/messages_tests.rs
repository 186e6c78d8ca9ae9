use insta::assert_snapshot;

use super::*;
use crate::app::testing::press;
use crate::ui::tests::{fixture_users, loaded_with, options, screen};

fn long_error() -> String {
    "could not look up someone.with.a.very.long.address@subdomain.example.org: the portal \
     answered 503 Service Unavailable three times in a row; it may be under maintenance, so \
     wait a minute and press r to try again"
        .to_string()
}

#[test]
fn the_messages_read_in_full_newest_first() {
    for (w, h) in [(120, 30), (80, 24), (40, 10)] {
        let mut m = loaded_with(options(), w, h, fixture_users());
        m.status.notice("2 users marked");
        m.status.error(long_error());
        press(&mut m, "m");
        let text = screen(&m, w, h);
        assert!(text.contains(TITLE), "{text}");
        assert_snapshot!(format!("messages_{w}x{h}"), text);
    }
    let mut m = loaded_with(options(), 80, 24, fixture_users());
    m.status.notice("2 users marked");
    m.status.error(long_error());
    let all: Vec<String> = lines(&m, &crate::ui::theme::Theme::mono(), 60)
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    let joined = all
        .iter()
        .map(|l| l.trim_start_matches(['✗', '·', ' ']).to_string())
        .collect::<Vec<_>>()
        .join(" ");
    let error_at = joined.find("could not look up").unwrap_or(usize::MAX);
    let notice_at = joined.find("2 users marked").unwrap_or(0);
    assert!(error_at < notice_at, "newest first: {joined}");
    let words = long_error()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(joined.contains(&words), "in full: {joined}");
    assert!(
        all.iter().all(|l| crate::ui::text::width(l) <= 60),
        "{all:?}"
    );
}

#[test]
fn with_no_message_it_says_so() {
    let mut m = loaded_with(options(), 80, 24, fixture_users());
    m.status = Default::default();
    press(&mut m, "m");
    assert!(screen(&m, 80, 24).contains(NONE_YET));
}
