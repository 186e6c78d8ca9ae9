//! The confirmation of a lifecycle action (terminate, re-activate, delete,
//! terminate-then-delete), as data.
//!
//! The dialog holds the [`Plan`] it confirms: the users the action will touch and those
//! left out with the reason. It opens with Cancel focused. `y` confirms and `n`/`Esc`
//! cancel, except for deleting several users, where the confirmation is typing their
//! count and `Enter`.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use crate::api::EmployeeStatus;
use crate::app::action::{Action, Context};
use crate::app::keymap::{KeySpec, Keymap};
use crate::bulk::{BulkAction, Plan, Target};

/// The dialog's two buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    Cancel,
    Confirm,
}

/// What a key did to the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmEvent {
    Nothing,
    /// Run the plan; the caller closes the dialog.
    Confirmed,
    /// Close the dialog; nothing is sent.
    Cancelled,
}

/// Longest count a person can type (more digits than any portal has users).
const MAX_TYPED: usize = 9;

/// The state of a confirmation dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmDialog {
    plan: Plan,
    focus: Button,
    typed: String,
    /// `Enter` was pressed with a count that does not match.
    mismatch: bool,
}

impl ConfirmDialog {
    pub fn new(plan: Plan) -> Self {
        Self {
            plan,
            focus: Button::Cancel,
            typed: String::new(),
            mismatch: false,
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn into_plan(self) -> Plan {
        self.plan
    }

    pub fn action(&self) -> BulkAction {
        self.plan.action
    }

    pub fn focus(&self) -> Button {
        self.focus
    }

    /// The count typed so far (typed-count mode).
    pub fn typed(&self) -> &str {
        &self.typed
    }

    pub fn mismatch(&self) -> bool {
        self.mismatch
    }

    /// Nothing is eligible: the dialog only explains why and closes.
    pub fn nothing_to_do(&self) -> bool {
        self.plan.eligible.is_empty()
    }

    /// Deleting several users is confirmed by typing their count.
    pub fn needs_typed_count(&self) -> bool {
        self.plan.action.is_destructive() && self.plan.eligible.len() > 1
    }

    /// The eligible users who are terminated first (terminate-then-delete): those not
    /// known to be terminated already.
    pub fn to_terminate(&self) -> Vec<&Target> {
        match self.plan.action {
            BulkAction::Delete {
                terminate_first: true,
            } => self
                .plan
                .eligible
                .iter()
                .filter(|t| t.status != Some(EmployeeStatus::Terminated))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Handles one key, read through the keymap (`confirm`, `cancel`, `back`).
    pub fn handle_key(&mut self, key: KeyEvent, keys: &Keymap) -> ConfirmEvent {
        if key.kind == KeyEventKind::Release {
            return ConfirmEvent::Nothing;
        }
        let action = keys.action(Context::Dialog, &key);
        if self.nothing_to_do() {
            return match (action, key.code) {
                (Some(Action::Confirm | Action::Cancel | Action::Back), _)
                | (_, KeyCode::Enter) => ConfirmEvent::Cancelled,
                _ => ConfirmEvent::Nothing,
            };
        }
        if self.needs_typed_count() {
            return self.typed_key(key, action);
        }
        match action {
            Some(Action::Confirm) => return ConfirmEvent::Confirmed,
            Some(Action::Cancel | Action::Back) => return ConfirmEvent::Cancelled,
            _ => {}
        }
        match key.code {
            KeyCode::Enter => match self.focus {
                Button::Cancel => ConfirmEvent::Cancelled,
                Button::Confirm => ConfirmEvent::Confirmed,
            },
            KeyCode::Tab | KeyCode::BackTab | KeyCode::Left | KeyCode::Right => {
                self.focus = match self.focus {
                    Button::Cancel => Button::Confirm,
                    Button::Confirm => Button::Cancel,
                };
                ConfirmEvent::Nothing
            }
            _ => ConfirmEvent::Nothing,
        }
    }

    fn typed_key(&mut self, key: KeyEvent, action: Option<Action>) -> ConfirmEvent {
        let typed = KeySpec::from_event(&key).typed_char();
        match (typed, key.code) {
            (Some(c), _) if c.is_ascii_digit() => {
                if self.typed.len() < MAX_TYPED {
                    self.typed.push(c);
                }
                self.mismatch = false;
                ConfirmEvent::Nothing
            }
            (_, KeyCode::Backspace) => {
                self.typed.pop();
                self.mismatch = false;
                ConfirmEvent::Nothing
            }
            (_, KeyCode::Enter) => {
                if self.typed == self.plan.eligible.len().to_string() {
                    ConfirmEvent::Confirmed
                } else {
                    self.mismatch = true;
                    ConfirmEvent::Nothing
                }
            }
            _ if matches!(action, Some(Action::Cancel | Action::Back)) => ConfirmEvent::Cancelled,
            _ => ConfirmEvent::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use crossterm::event::KeyModifiers;
    use uuid::Uuid;

    use super::*;
    use crate::api::EmployeeFullDto;
    use crate::bulk::plan;

    fn user(n: u128, status: EmployeeStatus) -> EmployeeFullDto {
        let mut u = EmployeeFullDto::bare(Uuid::from_u128(n));
        u.first_name = Some(format!("Name{n}"));
        u.status = Some(status);
        u.is_collaborator = Some(true);
        u
    }

    fn me() -> EmployeeFullDto {
        let mut u = user(1, EmployeeStatus::Active);
        u.is_owner = Some(true);
        u
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
}
