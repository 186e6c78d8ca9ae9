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

/// Answers the list requests among `fx` with rows `0..total` (or, with no `total`, the
/// first `rows` rows), once; returns the effects that follow.
fn serve_list(
    m: &mut Model,
    fx: Vec<crate::app::effect::Effect>,
    total: Option<u64>,
    rows: u64,
) -> Vec<crate::app::effect::Effect> {
    use crate::api::{EmployeeFullDto, UserPage};
    use crate::app::effect::ApiOp;
    use crate::app::msg::{ApiOutcome, ApiReply, Msg};
    let mut out = Vec::new();
    for r in fx.iter().filter_map(|e| e.request()) {
        let ApiOp::ListUsers(q) = &r.op else { continue };
        let end = (q.start_index + u64::from(q.count)).min(total.unwrap_or(rows));
        let users = (q.start_index..end)
            .map(|n| {
                let mut u = EmployeeFullDto::bare(Uuid::from_u128(u128::from(n) + 1));
                u.first_name = Some(format!("First{n}"));
                u
            })
            .collect();
        let page = UserPage {
            users,
            total,
            start_index: q.start_index,
        };
        let result = Ok(ApiOutcome::Page(page));
        out.extend(crate::app::update(
            m,
            Msg::Api(ApiReply { id: r.id, result }),
        ));
    }
    out
}

#[test]
fn the_count_is_the_portals_total_however_few_rows_are_held() {
    let (mut m, fx) = crate::ui::tests::started(120, 30, false);
    assert!(
        status_line(&m, 120, 30).contains("· reading users…"),
        "{}",
        status_line(&m, 120, 30)
    );
    let mut fx = serve_list(&mut m, fx, Some(1_000), 0);
    while !fx.is_empty() {
        fx = serve_list(&mut m, fx, Some(1_000), 0);
    }
    let status = status_line(&m, 120, 30);
    assert!(status.contains("· 1,000 users"), "{status}");
    assert!(!status.contains("/1,000"), "{status}");
    let mut fx = press(&mut m, "G");
    while !fx.is_empty() {
        fx = serve_list(&mut m, fx, Some(1_000), 0);
    }
    assert!(m.users.get(0).is_none(), "the first page was dropped");
    let status = status_line(&m, 120, 30);
    assert!(status.contains("· 1,000 users"), "{status}");
}

#[test]
fn without_a_total_the_count_is_what_the_list_is_known_to_hold() {
    let (mut m, fx) = crate::ui::tests::started(120, 30, false);
    // A full first page: more may follow.
    serve_list(&mut m, fx, None, 140);
    let status = status_line(&m, 120, 30);
    assert!(status.contains("· 100+ users"), "{status}");
    // At its end the next page is read: short, it is the list's end.
    let fx = press(&mut m, "G");
    serve_list(&mut m, fx, None, 140);
    let status = status_line(&m, 120, 30);
    assert!(status.contains("· 140 users"), "{status}");
}
