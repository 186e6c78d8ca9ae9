use ratatui::Terminal;
use ratatui::backend::TestBackend;
use uuid::Uuid;

use super::*;
use crate::app::ModelOptions;
use crate::app::effect::RequestId;
use crate::app::msg::ReadProgress;
use crate::app::state::task::{ReadTask, TaskKind};
use crate::ui::theme::Theme;

fn status_line(m: &Model) -> String {
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
    assert!(!status_line(&m).contains("marked"));
    m.marks.mark_ids((1..=3).map(Uuid::from_u128));
    m.marks.toggle_waiting(m.users.generation, 40);
    let mut task = ReadTask::new(RequestId(9), TaskKind::MarkAll);
    task.on_progress(ReadProgress {
        done: 200,
        total: Some(450),
    });
    m.task = Some(task);
    m.status.notice("an older notice");
    let line = status_line(&m);
    assert!(line.contains("· 3 marked (+1 loading)"), "{line}");
    assert!(
        line.contains("· marking every user of the list: 200/450 users… (esc stops)"),
        "{line}"
    );
}
