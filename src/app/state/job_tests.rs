use crossterm::event::{KeyCode, KeyModifiers};
use uuid::Uuid;

use super::*;
use crate::api::{EmployeeFullDto, EmployeeStatus};
use crate::bulk::plan;

fn user(n: u128) -> EmployeeFullDto {
    crate::fixtures::user(n)
        .first_name_only(&format!("Name{n}"))
        .status(EmployeeStatus::Terminated)
        .into()
}

fn result(n: u128, outcome: Outcome) -> UserResult {
    UserResult {
        id: Uuid::from_u128(n),
        name: format!("Name{n}"),
        outcome,
    }
}

fn job() -> BulkJob {
    let mut me = user(1);
    me.is_owner = Some(true);
    let p = plan(BulkAction::Activate, &[user(2), user(3), user(4)], &me);
    BulkJob::new(RequestId(7), &p)
}

fn press(j: &mut BulkJob, code: KeyCode) -> ReportEvent {
    j.handle_report_key(KeyEvent::new(code, KeyModifiers::NONE), &Keymap::default())
}

#[test]
fn progress_then_report() {
    let mut j = job();
    assert_eq!(j.total(), 3);
    assert_eq!(j.step(), Step::Activating);
    assert!(j.is_running());
    j.on_progress(Progress {
        done: 2,
        total: 3,
        step: Step::Checking,
        percent: None,
    });
    assert_eq!(j.done(), 2);
    assert!((j.ratio() - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(j.summary(), "checking 2/3…");
    j.finish(Report {
        action: BulkAction::Activate,
        results: vec![
            result(2, Outcome::Done),
            result(
                3,
                Outcome::Failed("The number of users should not exceed 3".into()),
            ),
            result(4, Outcome::Done),
            result(1, Outcome::Skipped("the portal owner".into())),
        ],
        requests: 2,
    });
    assert!(!j.is_running());
    assert_eq!(j.ratio(), 1.0);
    assert!(j.wants_report());
    assert_eq!(j.summary(), "re-activated 2 users; 1 failed; 1 left out");
    let report = j.report().cloned().unwrap_or_else(|| panic!("report"));
    let groups = grouped(&report);
    assert_eq!(groups[0].1[0].id, Uuid::from_u128(3));
    assert_eq!(groups[2].1.len(), 1);
    assert!(groups[1].1.is_empty() && groups[3].1.is_empty());
    assert_eq!(groups[5].1.len(), 2);
    assert_eq!(report_line_count(&report), 7);
}

#[test]
fn a_single_clean_change_needs_no_report_window() {
    let mut j = job();
    j.finish(Report {
        action: BulkAction::Activate,
        results: vec![result(2, Outcome::Done)],
        requests: 1,
    });
    assert!(!j.wants_report());
    assert_eq!(j.summary(), "re-activated 1 user");
}

#[test]
fn the_report_scrolls_and_closes() {
    let mut j = job();
    j.finish(Report {
        action: BulkAction::Activate,
        results: (2..30).map(|n| result(n, Outcome::Done)).collect(),
        requests: 1,
    });
    press(&mut j, KeyCode::Char('j'));
    press(&mut j, KeyCode::Down);
    assert_eq!(j.scroll(), 2);
    press(&mut j, KeyCode::Char('k'));
    assert_eq!(j.scroll(), 1);
    assert_eq!(press(&mut j, KeyCode::Char('x')), ReportEvent::Nothing);
    assert_eq!(press(&mut j, KeyCode::Esc), ReportEvent::Close);
    assert_eq!(press(&mut j, KeyCode::Enter), ReportEvent::Close);
}

#[test]
fn the_report_reads_its_keys_through_the_keymap() {
    let overrides = [
        ("press".to_string(), vec!["ctrl-p".to_string()]),
        ("open".to_string(), vec!["ctrl-o".to_string()]),
        ("down".to_string(), vec!["ctrl-n".to_string()]),
    ]
    .into_iter()
    .collect();
    let (keys, warnings) = Keymap::build(&overrides);
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut j = job();
    j.finish(Report {
        action: BulkAction::Activate,
        results: (2..30).map(|n| result(n, Outcome::Done)).collect(),
        requests: 1,
    });
    let hit = |j: &mut BulkJob, code, mods| j.handle_report_key(KeyEvent::new(code, mods), &keys);
    assert_eq!(
        hit(&mut j, KeyCode::Enter, KeyModifiers::NONE),
        ReportEvent::Nothing
    );
    assert_eq!(
        hit(&mut j, KeyCode::Char('j'), KeyModifiers::NONE),
        ReportEvent::Nothing
    );
    assert_eq!(j.scroll(), 0, "j no longer scrolls");
    hit(&mut j, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(j.scroll(), 1);
    assert_eq!(
        hit(&mut j, KeyCode::Char('p'), KeyModifiers::CONTROL),
        ReportEvent::Close
    );
    assert_eq!(
        hit(&mut j, KeyCode::Char('o'), KeyModifiers::CONTROL),
        ReportEvent::Close
    );
}
