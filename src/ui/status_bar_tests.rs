use super::*;
use crate::app::ModelOptions;
use crate::app::effect::RequestId;
use crate::app::msg::ReadProgress;
use crate::app::state::task::{ReadTask, TaskKind};
use crate::app::testing::press;
use crate::ui::tests::{fixture_users, loaded_with, options, screen};
use crate::ui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use uuid::Uuid;

/// The status line: the last line but one.
fn status_line(m: &Model, w: u16, h: u16) -> String {
    let text = screen(m, w, h);
    text.lines().rev().nth(1).unwrap_or_default().to_string()
}

#[test]
fn one_user_is_one_user() {
    let one = fixture_users().into_iter().take(1).collect();
    let m = loaded_with(options(), 80, 24, one);
    let status = status_line(&m, 80, 24);
    assert!(status.ends_with("· 1 user"), "{status}");
    let m = loaded_with(options(), 80, 24, fixture_users());
    let status = status_line(&m, 80, 24);
    assert!(status.ends_with("· 8 users"), "{status}");
}

#[test]
fn a_cut_message_says_where_it_reads_in_full() {
    let mut m = loaded_with(options(), 80, 24, fixture_users());
    let long = "could not do something: ".to_string() + &"the reason goes on ".repeat(8);
    m.status.error(long.trim());
    let status = status_line(&m, 80, 24);
    assert!(status.ends_with("… m more"), "{status}");
    // A message that fits is shown whole, without the key.
    m.status.error("no user selected");
    let status = status_line(&m, 80, 24);
    assert!(status.ends_with("· no user selected"), "{status}");
    // Over a dialog `m` is no key: the message is only cut.
    m.status.error(long.trim());
    press(&mut m, "i");
    let status = status_line(&m, 80, 24);
    assert!(status.ends_with('…'), "{status}");
}

#[test]
fn a_remapped_messages_key_is_the_one_named() {
    let opts = crate::app::ModelOptions {
        keys: [("messages".to_string(), vec!["M".to_string()])]
            .into_iter()
            .collect(),
        ..options()
    };
    let mut m = loaded_with(opts, 80, 24, fixture_users());
    m.status.notice("a notice that goes on and on ".repeat(5));
    let status = status_line(&m, 80, 24);
    assert!(status.ends_with("… M more"), "{status}");
}

fn status_row(m: &Model) -> String {
    let mut term = Terminal::new(TestBackend::new(120, 1)).unwrap();
    term.draw(|f| render_status(m, f, f.area(), &Theme::mono()))
        .unwrap();
    term.backend().to_string()
}

#[test]
fn the_mark_count_and_a_long_read_are_always_on_the_status_line() {
    let mut m = Model::new(ModelOptions {
        portal_label: "demo".into(),
        ..ModelOptions::default()
    });
    assert!(!status_row(&m).contains("marked"));
    m.marks.mark_ids((1..=3).map(Uuid::from_u128));
    m.marks.toggle_waiting(m.users.generation, 40);
    let mut task = ReadTask::new(RequestId(9), TaskKind::MarkAll);
    task.on_progress(ReadProgress {
        done: 200,
        total: Some(450),
    });
    m.task = Some(task);
    m.status.notice("an older notice");
    let line = status_row(&m);
    assert!(line.contains("· 3 marked (+1 loading)"), "{line}");
    assert!(
        line.contains("· marking every user of the list: 200/450 users… (esc stops)"),
        "{line}"
    );
}

#[test]
fn a_large_mark_count_is_separated_in_thousands() {
    let mut m = loaded_with(options(), 120, 30, fixture_users());
    let ids: Vec<uuid::Uuid> = (0..1_201)
        .map(|n| uuid::Uuid::from_u128(90_000 + n))
        .collect();
    m.marks.mark_ids(ids);
    assert!(marked(&m).ends_with(" 1,201 marked"), "{}", marked(&m));
}
