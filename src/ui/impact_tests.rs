use uuid::Uuid;

use super::*;
use crate::api::{EmployeeFullDto, EmployeeStatus};
use crate::app::effect::RequestId;
use crate::bulk::offboard::ImpactRead;
use crate::bulk::{BulkAction, plan};

const GB: u64 = 1024 * 1024 * 1024;

fn user(n: u128, first: &str) -> EmployeeFullDto {
    crate::fixtures::user(n)
        .named(first, "Lee")
        .status(EmployeeStatus::Terminated)
        .into()
}

fn dialog(users: &[EmployeeFullDto]) -> ConfirmDialog {
    let me: EmployeeFullDto = crate::fixtures::user(1)
        .named("Olga", "Owner")
        .owner()
        .into();
    let mut d = ConfirmDialog::new(plan(
        BulkAction::Delete {
            terminate_first: false,
        },
        users,
        &me,
    ));
    d.reading_impact(RequestId(1));
    d
}

fn read(u: &EmployeeFullDto, rooms: usize, rooms_gb: u64, personal_mb: u64) -> ImpactRead {
    ImpactRead {
        id: u.id,
        name: u.name_for_people(),
        result: Ok(Impact {
            id: u.id,
            name: u.name_for_people(),
            necessary: rooms > 0,
            rooms,
            room_titles: Vec::new(),
            rooms_bytes: rooms_gb * GB,
            personal_bytes: personal_mb * 1024 * 1024,
        }),
    }
}

fn text(d: &ConfirmDialog) -> Vec<String> {
    lines(d, &Theme::mono())
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

#[test]
fn while_read_it_says_so() {
    let d = dialog(&[user(5, "Ann")]);
    assert_eq!(text(&d), ["What goes away:", " reading what they own…"]);
}

#[test]
fn one_user_in_words_and_the_chosen_receiver_replaces_you() {
    let ann = user(5, "Ann");
    let mut d = dialog(std::slice::from_ref(&ann));
    d.impact_answered(RequestId(1), Ok(vec![read(&ann, 3, 4, 50)]));
    assert_eq!(
        text(&d),
        [
            "What goes away:",
            " personal files: 50.0 MB will be deleted",
            " rooms: 3 (4.0 GB) go to you"
        ]
    );
}

#[test]
fn many_are_summed_with_the_biggest_named_and_failures_said() {
    let users: Vec<_> = ["Ann", "Bo", "Cy", "Di", "Ed"]
        .iter()
        .enumerate()
        .map(|(i, n)| user(10 + i as u128, n))
        .collect();
    let mut d = dialog(&users);
    let mut all: Vec<_> = users[..4]
        .iter()
        .enumerate()
        .map(|(i, u)| read(u, i, i as u64, 1))
        .collect();
    all.push(ImpactRead {
        id: users[4].id,
        name: users[4].name_for_people(),
        result: Err("Access denied\x1b[2J".into()),
    });
    d.impact_answered(RequestId(1), Ok(all));
    let t = text(&d);
    assert_eq!(t[1], " all 4 together:");
    assert_eq!(t[2], " personal files: 4.0 MB will be deleted");
    assert_eq!(t[3], " rooms: 6 (6.0 GB) go to you");
    assert!(
        t[4].starts_with("  - Di Lee: personal 1.0 MB, rooms 3"),
        "{t:?}"
    );
    assert_eq!(t.iter().filter(|l| l.starts_with("  - ")).count(), 3);
    let failed = t.last().cloned().unwrap_or_default();
    assert!(
        failed.contains("Ed Lee: could not be read: Access denied"),
        "{failed}"
    );
    assert!(!failed.contains('\x1b'), "made safe: {failed:?}");
    let _ = Uuid::nil();
}
