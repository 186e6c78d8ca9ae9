use ratatui::Terminal;
use ratatui::backend::TestBackend;
use uuid::Uuid;

use super::*;
use crate::api::{EmployeeFullDto, EmployeeStatus};
use crate::app::effect::RequestId;
use crate::bulk::{BulkAction, Progress, Report, Step, UserResult, plan};
use crate::ui::theme::Theme;

fn user(n: u128, name: &str, status: EmployeeStatus) -> EmployeeFullDto {
    crate::fixtures::user(n)
        .first_name_only(name)
        .status(status)
        .into()
}

fn job(action: BulkAction, n: u128) -> BulkJob {
    let mut me = user(1, "Olga", EmployeeStatus::Active);
    me.is_owner = Some(true);
    let status = match action {
        BulkAction::Terminate => EmployeeStatus::Active,
        _ => EmployeeStatus::Terminated,
    };
    let targets: Vec<EmployeeFullDto> = (10..10 + n)
        .map(|i| user(i, &format!("User{i}"), status))
        .collect();
    BulkJob::new(RequestId(3), &plan(action, &targets, &me))
}

fn result(n: u128, outcome: Outcome) -> UserResult {
    UserResult {
        id: Uuid::from_u128(n),
        name: format!("User{n}"),
        outcome,
    }
}

fn draw(w: u16, h: u16, job: &BulkJob) -> TestBackend {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    term.draw(|f| render(f, f.area(), job, &Keymap::default(), &Theme::mono()))
        .unwrap_or_else(|e| panic!("{e}"));
    term.backend().clone()
}

fn screen(w: u16, h: u16, job: &BulkJob) -> String {
    draw(w, h, job).to_string()
}

fn cases() -> Vec<(&'static str, BulkJob)> {
    let mut running = job(
        BulkAction::Delete {
            terminate_first: true,
        },
        250,
    );
    running.on_progress(Progress {
        done: 100,
        total: 250,
        step: Step::Deleting,
        percent: None,
    });
    let started = job(BulkAction::Terminate, 3);
    let mut partial = job(BulkAction::Activate, 4);
    partial.finish(Report {
        action: BulkAction::Activate,
        results: vec![
            result(10, Outcome::Done),
            result(11, Outcome::Done),
            result(
                12,
                Outcome::Failed("402: The number of users should not exceed 12".into()),
            ),
            result(
                13,
                Outcome::Failed("not sent: the portal ran out of seats before this user".into()),
            ),
            result(1, Outcome::Skipped("the portal owner".into())),
        ],
        requests: 2,
    });
    let mut long = job(BulkAction::Terminate, 40);
    long.finish(Report {
        action: BulkAction::Terminate,
        results: (10..50).map(|n| result(n, Outcome::Done)).collect(),
        requests: 1,
    });
    vec![
        ("progress_started", started),
        ("progress_deleting", running),
        ("report_partial", partial),
        ("report_long", long),
    ]
}

#[test]
fn snapshots_at_80x24_and_120x30() {
    for (name, job) in cases() {
        insta::assert_snapshot!(format!("{name}_80x24"), screen(80, 24, &job));
        insta::assert_snapshot!(format!("{name}_120x30"), screen(120, 30, &job));
    }
}

#[test]
fn tiny_sizes_do_not_panic() {
    for (_, job) in cases() {
        for w in 0..=20 {
            for h in 0..=6 {
                draw(w, h, &job);
            }
        }
    }
}

#[test]
fn the_gauge_shows_the_step_and_count() {
    let (_, j) = cases().swap_remove(1);
    let text = screen(80, 24, &j);
    assert!(text.contains("Now: deleting"), "{text}");
    assert!(text.contains("100/250"), "{text}");
}

#[test]
fn the_report_tells_each_user_what_happened() {
    let (_, j) = cases().swap_remove(2);
    let text = screen(120, 30, &j);
    assert!(
        text.contains("Re-activated 2 users; 2 failed; 1 left out"),
        "{text}"
    );
    assert!(text.contains("Succeeded (2)"), "{text}");
    assert!(
        text.contains("✗ User12: 402: The number of users should not exceed 12"),
        "{text}"
    );
    assert!(text.contains("- User1: the portal owner"), "{text}");
}

fn offboarding(n: u128) -> BulkJob {
    let mut me = user(1, "Olga", EmployeeStatus::Active);
    me.is_owner = Some(true);
    let targets: Vec<EmployeeFullDto> = (10..10 + n)
        .map(|i| user(i, &format!("User{i}"), EmployeeStatus::Terminated))
        .collect();
    let delete = plan(
        BulkAction::Delete {
            terminate_first: false,
        },
        &targets,
        &me,
    );
    let receiver = crate::bulk::offboard::Receiver {
        id: Uuid::from_u128(2),
        name: "Bernadette Vandermeulen-Oyelaran".into(),
    };
    BulkJob::offboarding(
        RequestId(4),
        &crate::bulk::offboard::OffboardPlan::of(&delete, receiver),
    )
}

#[test]
fn the_running_job_says_its_whole_note_even_when_it_is_long() {
    let shown = screen(120, 30, &offboarding(2));
    assert!(shown.contains("deleted."), "the note is cut: {shown}");
    assert!(shown.contains("Oyelaran"), "the receiver is cut: {shown}");
}

#[test]
fn the_gauge_draws_only_its_done_part() {
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
    let job = offboarding(4);
    let theme = Theme::new(false);
    term.draw(|f| render(f, f.area(), &job, &Keymap::default(), &theme))
        .unwrap_or_else(|e| panic!("{e}"));
    let buf = term.backend().buffer();
    // Nothing is done: no cell of the box is drawn reversed or on a coloured ground.
    let painted = buf
        .content()
        .iter()
        .filter(|c| {
            c.modifier.contains(ratatui::style::Modifier::REVERSED)
                || !matches!(c.bg, ratatui::style::Color::Reset)
        })
        .count();
    assert_eq!(painted, 0, "an empty gauge is drawn blank");
}
