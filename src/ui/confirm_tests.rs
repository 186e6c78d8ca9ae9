use ratatui::Terminal;
use ratatui::backend::TestBackend;
use uuid::Uuid;

use super::*;
use crate::api::{EmployeeFullDto, EmployeeStatus};
use crate::bulk::plan;
use crate::ui::theme::Theme;

fn user(n: u128, first: &str, last: &str, status: EmployeeStatus) -> EmployeeFullDto {
    crate::fixtures::user(n)
        .named(first, last)
        .without_email()
        .status(status)
        .into()
}

fn owner() -> EmployeeFullDto {
    crate::fixtures::user(1)
        .named("Olga", "Owner")
        .without_email()
        .owner()
        .into()
}

fn admin() -> EmployeeFullDto {
    crate::fixtures::user(2)
        .named("Adam", "Admin")
        .without_email()
        .admin()
        .into()
}

fn team(status: EmployeeStatus) -> Vec<EmployeeFullDto> {
    ["Anna Lee", "Bo Chen", "Cy Diaz", "Dee Ono", "Eli Park"]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let (f, l) = name.split_once(' ').unwrap_or((name, ""));
            user(10 + i as u128, f, l, status)
        })
        .collect()
}

fn dialog(action: BulkAction, users: &[EmployeeFullDto], me: &EmployeeFullDto) -> ConfirmDialog {
    ConfirmDialog::new(plan(action, users, me))
}

fn draw(w: u16, h: u16, d: &ConfirmDialog) -> TestBackend {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    term.draw(|f| render(f, f.area(), d, &Keymap::default(), &Theme::mono()))
        .unwrap_or_else(|e| panic!("{e}"));
    term.backend().clone()
}

fn screen(w: u16, h: u16, d: &ConfirmDialog) -> String {
    draw(w, h, d).to_string()
}

fn cases() -> Vec<(&'static str, ConfirmDialog)> {
    let me = admin();
    let by_owner = owner();
    let active = team(EmployeeStatus::Active);
    let terminated = team(EmployeeStatus::Terminated);
    let mut mixed = vec![terminated[0].clone(), active[1].clone()];
    mixed.push(owner());
    let mut with_excluded = active[..2].to_vec();
    with_excluded.extend([owner(), me.clone(), admin()]);
    let mut typed = dialog(
        BulkAction::Delete {
            terminate_first: true,
        },
        &mixed,
        &by_owner,
    );
    typed.handle_key(
        crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char('1'),
            crossterm::event::KeyModifiers::NONE,
        ),
        &Keymap::default(),
    );
    vec![
        (
            "terminate_one",
            dialog(BulkAction::Terminate, &active[..1], &me),
        ),
        (
            "terminate_marked_with_excluded",
            dialog(BulkAction::Terminate, &with_excluded, &me),
        ),
        (
            "activate_many",
            dialog(BulkAction::Activate, &terminated, &by_owner),
        ),
        (
            "delete_terminated",
            dialog(
                BulkAction::Delete {
                    terminate_first: false,
                },
                &terminated[..1],
                &by_owner,
            ),
        ),
        (
            "terminate_then_delete_one",
            dialog(
                BulkAction::Delete {
                    terminate_first: true,
                },
                &active[..1],
                &by_owner,
            ),
        ),
        ("delete_typed_count", typed),
        (
            "nothing_to_do",
            dialog(BulkAction::Activate, &active[..2], &by_owner),
        ),
    ]
}

#[test]
fn snapshots_at_80x24_120x30_and_40x10() {
    for (name, d) in cases() {
        insta::assert_snapshot!(format!("confirm_{name}_80x24"), screen(80, 24, &d));
        insta::assert_snapshot!(format!("confirm_{name}_120x30"), screen(120, 30, &d));
        insta::assert_snapshot!(format!("confirm_{name}_40x10"), screen(40, 10, &d));
    }
}

#[test]
fn the_buttons_and_keys_stay_in_view_when_the_body_does_not_fit() {
    for (name, d) in cases() {
        for (w, h) in [(40, 10), (60, 10), (40, 12), (80, 24)] {
            let text = screen(w, h, &d);
            let wanted: &[&str] = if d.nothing_to_do() {
                &["close"]
            } else if d.needs_typed_count() {
                &["Type 2 and press enter", "cancel"]
            } else {
                &["[ Cancel ]", "n/esc cancel"]
            };
            for want in wanted {
                assert!(
                    text.contains(want),
                    "{name} at {w}x{h}: {want:?} missing\n{text}"
                );
            }
        }
    }
    // What did not fit is cut where it can be seen to be.
    let (_, d) = cases()
        .into_iter()
        .find(|(n, _)| *n == "terminate_marked_with_excluded")
        .unwrap_or_else(|| panic!("case"));
    let text = screen(40, 10, &d);
    assert!(text.contains('…'), "{text}");
    // A delete keeps its warning in view: it comes before the steps that may be cut.
    for (name, d) in cases() {
        if d.action().is_destructive() && !d.nothing_to_do() {
            let text = screen(40, 10, &d);
            assert!(text.contains("Deletion is permanent"), "{name}\n{text}");
        }
    }
}

#[test]
fn tiny_sizes_do_not_panic() {
    for (_, d) in cases() {
        for w in 0..=20 {
            for h in 0..=6 {
                draw(w, h, &d);
            }
        }
    }
}

#[test]
fn the_dialog_names_users_and_counts_the_rest() {
    let d = dialog(
        BulkAction::Activate,
        &team(EmployeeStatus::Terminated),
        &owner(),
    );
    let text = screen(120, 30, &d);
    assert!(text.contains("Re-activate 5 users?"), "{text}");
    assert!(
        text.contains("Anna Lee, Bo Chen, Cy Diaz +2 more"),
        "{text}"
    );
    assert!(!text.contains("Dee Ono"), "{text}");
}

#[test]
fn excluded_users_are_explained() {
    let me = admin();
    let mut users = team(EmployeeStatus::Active)[..1].to_vec();
    users.extend([owner(), me.clone()]);
    let text = screen(120, 30, &dialog(BulkAction::Terminate, &users, &me));
    assert!(text.contains("Terminate 1 user?"), "{text}");
    assert!(text.contains("Left out (2)"), "{text}");
    assert!(text.contains("Olga Owner: the portal owner"), "{text}");
    assert!(text.contains("Adam Admin: this is you"), "{text}");
}

#[test]
fn terminate_then_delete_lists_both_steps() {
    let text = screen(
        120,
        30,
        &dialog(
            BulkAction::Delete {
                terminate_first: true,
            },
            &team(EmployeeStatus::Active)[..1],
            &owner(),
        ),
    );
    assert!(text.contains("1. terminate Anna Lee"), "{text}");
    assert!(
        text.contains("2. only if that succeeded, delete permanently"),
        "{text}"
    );
    assert!(text.contains("Deletion is permanent"), "{text}");
}

#[test]
fn html_entities_in_names_are_decoded() {
    let mut pending = EmployeeFullDto::bare(Uuid::from_u128(30));
    pending.display_name = Some("tom&amp;jerry@example.org".into());
    pending.status = Some(EmployeeStatus::Pending);
    pending.is_collaborator = Some(true);
    let text = screen(
        120,
        30,
        &dialog(BulkAction::Terminate, &[pending], &owner()),
    );
    assert!(text.contains("tom&jerry@example.org"), "{text}");
}

#[test]
fn names_are_sanitised() {
    let evil = user(20, "Eve\u{1b}[2J", "\u{202e}Kid", EmployeeStatus::Active);
    let text = screen(120, 30, &dialog(BulkAction::Terminate, &[evil], &owner()));
    assert!(text.contains("Eve\\x1b[2J <U+202E>Kid"), "{text}");
}

#[test]
fn names_in_scripts_terminals_measure_differently_keep_their_columns() {
    // Tamil and Bengali vowel signs take a column more on terminals than ratatui counts:
    // the dialog keeps it (instead of the cell groups putting U+FFFD for want of room).
    let tamil = user(
        21,
        "\u{B95}\u{BBE}\u{BB0}\u{BCD}",
        "\u{BB0}\u{BBE}\u{BAE}\u{BCD}",
        EmployeeStatus::Active,
    );
    let bengali = user(
        22,
        "\u{9B0}\u{9BE}\u{9B9}\u{9C1}\u{9B2}",
        "Das",
        EmployeeStatus::Active,
    );
    let d = dialog(BulkAction::Terminate, &[tamil, bengali], &owner());
    let mut term = Terminal::new(TestBackend::new(120, 30)).unwrap_or_else(|e| panic!("{e}"));
    let frame = term
        .draw(|f| {
            render(f, f.area(), &d, &Keymap::default(), &Theme::mono());
            crate::ui::cell_groups::settle(f.buffer_mut());
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let text = crate::ui::screen::buffer_text(frame.buffer);
    assert!(!text.contains(crate::ui::cell_groups::NO_ROOM), "{text}");
    assert!(
        text.contains("\u{B95}\u{BBE}\u{BB0}\u{BCD} \u{BB0}\u{BBE}\u{BAE}\u{BCD}"),
        "{text}"
    );
    assert!(
        text.contains("\u{9B0}\u{9BE}\u{9B9}\u{9C1}\u{9B2} Das"),
        "{text}"
    );
}
