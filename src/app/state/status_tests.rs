use super::*;

fn texts(s: &StatusLine) -> Vec<&str> {
    s.recent().map(|m| m.text.as_str()).collect()
}

#[test]
fn recent_messages_are_kept_newest_first_and_bounded() {
    let mut s = StatusLine::default();
    for i in 0..RECENT_MAX + 10 {
        s.notice(format!("notice {i}"));
    }
    let kept = texts(&s);
    assert_eq!(kept.len(), RECENT_MAX);
    assert_eq!(kept[0], format!("notice {}", RECENT_MAX + 9));
    assert_eq!(kept[RECENT_MAX - 1], "notice 10");
}

#[test]
fn a_message_said_again_counts_instead_of_filling_the_list() {
    let mut s = StatusLine::default();
    s.error("no user selected");
    s.error("no user selected");
    s.notice("no user selected");
    let recent: Vec<_> = s.recent().map(|m| (m.kind, m.repeats)).collect();
    assert_eq!(recent, [(MessageKind::Notice, 1), (MessageKind::Error, 2)]);
    assert_eq!(s.error.as_deref(), Some("no user selected"));
    assert_eq!(s.notice.as_deref(), Some("no user selected"));
}

#[test]
fn progress_is_shown_but_not_kept() {
    let mut s = StatusLine::default();
    s.notice("terminating 0/3…");
    s.progress("terminating 1/3…");
    s.progress("terminating 2/3…");
    s.notice("terminated 3 users");
    assert_eq!(texts(&s), ["terminated 3 users", "terminating 0/3…"]);
    s.progress("terminating 1/3…");
    assert_eq!(s.notice.as_deref(), Some("terminating 1/3…"));
    assert_eq!(s.recent().len(), 2);
}
