use crossterm::event::KeyModifiers;

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
