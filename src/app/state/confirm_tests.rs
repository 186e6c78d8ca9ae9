use crossterm::event::{KeyCode, KeyModifiers};

use super::*;
use crate::api::EmployeeFullDto;
use crate::bulk::plan;

fn user(n: u128, status: EmployeeStatus) -> EmployeeFullDto {
    crate::fixtures::user(n)
        .first_name_only(&format!("Name{n}"))
        .status(status)
        .into()
}

fn me() -> EmployeeFullDto {
    crate::fixtures::user(1)
        .first_name_only("Name1")
        .with(|u| u.is_owner = Some(true))
        .into()
}

fn dialog(action: BulkAction, users: &[EmployeeFullDto]) -> ConfirmDialog {
    ConfirmDialog::new(plan(action, users, &me()))
}

fn press(d: &mut ConfirmDialog, code: KeyCode) -> ConfirmEvent {
    d.handle_key(KeyEvent::new(code, KeyModifiers::NONE), &Keymap::default())
}

#[test]
fn opens_on_cancel_so_enter_cancels() {
    let mut d = dialog(BulkAction::Terminate, &[user(5, EmployeeStatus::Active)]);
    assert_eq!(d.focus(), Button::Cancel);
    assert_eq!(press(&mut d, KeyCode::Enter), ConfirmEvent::Cancelled);
}

#[test]
fn y_confirms_n_and_esc_cancel() {
    let users = [user(5, EmployeeStatus::Active)];
    let mut d = dialog(BulkAction::Terminate, &users);
    assert_eq!(press(&mut d, KeyCode::Char('x')), ConfirmEvent::Nothing);
    assert_eq!(press(&mut d, KeyCode::Char('y')), ConfirmEvent::Confirmed);
    let mut d = dialog(BulkAction::Terminate, &users);
    assert_eq!(press(&mut d, KeyCode::Char('n')), ConfirmEvent::Cancelled);
    let mut d = dialog(BulkAction::Terminate, &users);
    assert_eq!(press(&mut d, KeyCode::Esc), ConfirmEvent::Cancelled);
}

#[test]
fn tab_moves_to_confirm_and_enter_then_confirms() {
    let mut d = dialog(BulkAction::Terminate, &[user(5, EmployeeStatus::Active)]);
    press(&mut d, KeyCode::Tab);
    assert_eq!(d.focus(), Button::Confirm);
    assert_eq!(press(&mut d, KeyCode::Enter), ConfirmEvent::Confirmed);
}

#[test]
fn deleting_several_users_needs_their_count_typed() {
    let users = [
        user(5, EmployeeStatus::Terminated),
        user(6, EmployeeStatus::Terminated),
        user(7, EmployeeStatus::Active),
    ];
    let mut d = dialog(
        BulkAction::Delete {
            terminate_first: true,
        },
        &users,
    );
    assert!(d.needs_typed_count());
    assert_eq!(d.to_terminate().len(), 1);
    // y alone does nothing here.
    assert_eq!(press(&mut d, KeyCode::Char('y')), ConfirmEvent::Nothing);
    press(&mut d, KeyCode::Char('2'));
    assert_eq!(press(&mut d, KeyCode::Enter), ConfirmEvent::Nothing);
    assert!(d.mismatch());
    press(&mut d, KeyCode::Backspace);
    assert!(!d.mismatch());
    press(&mut d, KeyCode::Char('3'));
    assert_eq!(d.typed(), "3");
    assert_eq!(press(&mut d, KeyCode::Enter), ConfirmEvent::Confirmed);
}

#[test]
fn typed_count_mode_still_cancels() {
    let users = [
        user(5, EmployeeStatus::Terminated),
        user(6, EmployeeStatus::Terminated),
    ];
    let delete = BulkAction::Delete {
        terminate_first: false,
    };
    let mut d = dialog(delete, &users);
    assert_eq!(press(&mut d, KeyCode::Char('n')), ConfirmEvent::Cancelled);
    let mut d = dialog(delete, &users);
    assert_eq!(press(&mut d, KeyCode::Esc), ConfirmEvent::Cancelled);
}

#[test]
fn a_single_delete_is_confirmed_with_y() {
    let mut d = dialog(
        BulkAction::Delete {
            terminate_first: false,
        },
        &[user(5, EmployeeStatus::Terminated)],
    );
    assert!(!d.needs_typed_count());
    assert_eq!(press(&mut d, KeyCode::Char('y')), ConfirmEvent::Confirmed);
}

#[test]
fn nothing_to_do_only_closes() {
    let mut d = dialog(BulkAction::Terminate, &[me()]);
    assert!(d.nothing_to_do());
    assert_eq!(press(&mut d, KeyCode::Tab), ConfirmEvent::Nothing);
    assert_eq!(press(&mut d, KeyCode::Char('y')), ConfirmEvent::Cancelled);
}

#[test]
fn key_releases_are_ignored() {
    let mut d = dialog(BulkAction::Terminate, &[user(5, EmployeeStatus::Active)]);
    let mut k = KeyEvent::new(KeyCode::Char('y'), KeyModifiers::NONE);
    k.kind = KeyEventKind::Release;
    assert_eq!(d.handle_key(k, &Keymap::default()), ConfirmEvent::Nothing);
}

/// Keys with each `(action, key)` of `pairs` bound in the config.
fn remapped(pairs: &[(&str, &str)]) -> Keymap {
    let overrides = pairs
        .iter()
        .map(|(a, k)| (a.to_string(), vec![k.to_string()]))
        .collect();
    let (km, warnings) = Keymap::build(&overrides);
    assert!(warnings.is_empty(), "{warnings:?}");
    km
}

fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

#[test]
fn enter_and_the_button_keys_are_read_through_the_keymap() {
    let keys = remapped(&[("press", "ctrl-o"), ("switch_button", "ctrl-t")]);
    let users = [user(5, EmployeeStatus::Active)];
    let mut d = dialog(BulkAction::Terminate, &users);
    for old in [KeyCode::Tab, KeyCode::Right, KeyCode::Enter] {
        assert_eq!(
            d.handle_key(key(old, KeyModifiers::NONE), &keys),
            ConfirmEvent::Nothing
        );
    }
    assert_eq!(d.focus(), Button::Cancel, "tab and right no longer switch");
    d.handle_key(key(KeyCode::Char('t'), KeyModifiers::CONTROL), &keys);
    assert_eq!(d.focus(), Button::Confirm);
    assert_eq!(
        d.handle_key(key(KeyCode::Char('o'), KeyModifiers::CONTROL), &keys),
        ConfirmEvent::Confirmed
    );
}

#[test]
fn confirm_and_cancel_are_read_through_the_keymap() {
    let keys = remapped(&[("confirm", "ctrl-y"), ("cancel", "ctrl-n")]);
    let users = [user(5, EmployeeStatus::Active)];
    let mut d = dialog(BulkAction::Terminate, &users);
    assert_eq!(
        d.handle_key(key(KeyCode::Char('y'), KeyModifiers::NONE), &keys),
        ConfirmEvent::Nothing
    );
    assert_eq!(
        d.handle_key(key(KeyCode::Char('n'), KeyModifiers::NONE), &keys),
        ConfirmEvent::Nothing
    );
    assert_eq!(
        d.handle_key(key(KeyCode::Char('y'), KeyModifiers::CONTROL), &keys),
        ConfirmEvent::Confirmed
    );
    let mut d = dialog(BulkAction::Terminate, &users);
    assert_eq!(
        d.handle_key(key(KeyCode::Char('n'), KeyModifiers::CONTROL), &keys),
        ConfirmEvent::Cancelled
    );
}

#[test]
fn a_typed_count_reads_enter_and_backspace_through_the_keymap() {
    let keys = remapped(&[("press", "ctrl-o"), ("delete_back", "ctrl-h")]);
    let users = [
        user(5, EmployeeStatus::Terminated),
        user(6, EmployeeStatus::Terminated),
    ];
    let mut d = dialog(
        BulkAction::Delete {
            terminate_first: false,
        },
        &users,
    );
    assert!(d.needs_typed_count());
    let none = KeyModifiers::NONE;
    d.handle_key(key(KeyCode::Char('2'), none), &keys);
    d.handle_key(key(KeyCode::Char('3'), none), &keys);
    d.handle_key(key(KeyCode::Backspace, none), &keys);
    assert_eq!(d.typed(), "23", "backspace is no longer bound");
    d.handle_key(key(KeyCode::Char('h'), KeyModifiers::CONTROL), &keys);
    assert_eq!(d.typed(), "2");
    assert_eq!(
        d.handle_key(key(KeyCode::Enter, none), &keys),
        ConfirmEvent::Nothing
    );
    assert!(!d.mismatch(), "enter is no longer bound");
    assert_eq!(
        d.handle_key(key(KeyCode::Char('o'), KeyModifiers::CONTROL), &keys),
        ConfirmEvent::Confirmed
    );
}

#[test]
fn nothing_to_do_closes_with_the_press_key_as_mapped() {
    let keys = remapped(&[("press", "ctrl-o")]);
    let mut d = dialog(
        BulkAction::Terminate,
        &[user(5, EmployeeStatus::Terminated)],
    );
    assert!(d.nothing_to_do());
    assert_eq!(
        d.handle_key(key(KeyCode::Enter, KeyModifiers::NONE), &keys),
        ConfirmEvent::Nothing
    );
    assert_eq!(
        d.handle_key(key(KeyCode::Char('o'), KeyModifiers::CONTROL), &keys),
        ConfirmEvent::Cancelled
    );
}

fn impact_of(n: u128, rooms: usize) -> ImpactRead {
    ImpactRead {
        id: uuid::Uuid::from_u128(n),
        name: format!("Name{n}"),
        result: Ok(crate::bulk::offboard::Impact {
            id: uuid::Uuid::from_u128(n),
            name: format!("Name{n}"),
            necessary: rooms > 0,
            rooms,
            room_titles: Vec::new(),
            rooms_bytes: 10,
            personal_bytes: 20,
        }),
    }
}

#[test]
fn a_delete_keeps_only_the_impact_it_asked_for_and_cancel_never_waits() {
    let users = [user(5, EmployeeStatus::Terminated)];
    let mut d = dialog(
        BulkAction::Delete {
            terminate_first: false,
        },
        &users,
    );
    assert!(d.can_reassign());
    d.reading_impact(RequestId(7));
    assert_eq!(d.reads_in_flight(), [RequestId(7)]);
    d.impact_answered(RequestId(6), Ok(vec![impact_of(5, 9)]));
    assert_eq!(d.impact(), Some(&ImpactState::Reading(RequestId(7))));
    // Cancel works while it is read.
    assert_eq!(press(&mut d.clone(), KeyCode::Esc), ConfirmEvent::Cancelled);
    d.impact_answered(RequestId(7), Ok(vec![impact_of(5, 2)]));
    assert_eq!(d.impact(), Some(&ImpactState::Read(vec![impact_of(5, 2)])));
    assert!(d.reads_in_flight().is_empty());
}

#[test]
fn r_opens_the_picker_on_a_delete_and_a_pick_becomes_the_receiver() {
    let users = [
        user(5, EmployeeStatus::Active),
        user(6, EmployeeStatus::Active),
    ];
    let mut terminate = dialog(BulkAction::Terminate, &users);
    assert_eq!(
        press(&mut terminate, KeyCode::Char('r')),
        ConfirmEvent::Nothing
    );
    let mut d = dialog(
        BulkAction::Delete {
            terminate_first: true,
        },
        &users,
    );
    assert!(d.needs_typed_count());
    assert_eq!(press(&mut d, KeyCode::Char('r')), ConfirmEvent::OpenPicker);
    d.open_picker(RequestId(3));
    let candidate = |n: u128, name: &str| crate::app::state::receiver_picker::Candidate {
        id: uuid::Uuid::from_u128(n),
        name: name.into(),
        email: format!("{}@example.org", name.to_lowercase()),
    };
    let picker = d.picker_reading(RequestId(3)).expect("open");
    picker.answered(Ok(vec![
        candidate(5, "Leaving"),
        candidate(8, "Bea Admin"),
        candidate(9, "Cal Roomadmin"),
    ]));
    // Typed characters are the search, not the dialog's keys ('n' does not cancel).
    for c in "cal".chars() {
        assert_eq!(press(&mut d, KeyCode::Char(c)), ConfirmEvent::Nothing);
    }
    assert_eq!(d.picker().map(|p| p.matches().len()), Some(1));
    assert_eq!(press(&mut d, KeyCode::Enter), ConfirmEvent::Nothing);
    assert!(d.picker().is_none());
    assert_eq!(
        d.receiver(),
        Some(&Receiver {
            id: uuid::Uuid::from_u128(9),
            name: "Cal Roomadmin".into()
        })
    );
    // The typed count still confirms.
    press(&mut d, KeyCode::Char('2'));
    assert_eq!(press(&mut d, KeyCode::Enter), ConfirmEvent::Confirmed);
}

#[test]
fn a_click_presses_the_button_clicked_but_never_skips_a_typed_count() {
    let one = dialog(BulkAction::Terminate, &[user(5, EmployeeStatus::Active)]);
    assert_eq!(one.focus(), Button::Cancel, "Cancel stays the default");
    assert_eq!(one.click(Button::Confirm), ConfirmEvent::Confirmed);
    assert_eq!(one.click(Button::Cancel), ConfirmEvent::Cancelled);
    let many: Vec<EmployeeFullDto> = (10..30)
        .map(|n| user(n, EmployeeStatus::Terminated))
        .collect();
    let typed = dialog(
        BulkAction::Delete {
            terminate_first: false,
        },
        &many,
    );
    assert!(typed.needs_typed_count());
    assert_eq!(typed.click(Button::Confirm), ConfirmEvent::Nothing);
    assert_eq!(typed.click(Button::Cancel), ConfirmEvent::Cancelled);
    let nothing = dialog(BulkAction::Terminate, &[me()]);
    assert!(nothing.nothing_to_do());
    assert_eq!(nothing.click(Button::Confirm), ConfirmEvent::Cancelled);
}
