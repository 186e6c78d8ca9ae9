//! The confirmation of a lifecycle action (terminate, re-activate, delete,
//! terminate-then-delete), as data.
//!
//! The dialog holds the [`Plan`] it confirms: the users the action will touch and those
//! left out with the reason. It opens with Cancel focused. `y` confirms and `n`/`Esc`
//! cancel, except for deleting several users, where the confirmation is typing their
//! count and `Enter`. Every key is read through the keymap.

use crossterm::event::{KeyEvent, KeyEventKind};

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

    /// Handles one key, read through the keymap (`confirm`, `cancel`, `back`, `press`,
    /// `switch_button`; with a typed count, digits and `delete_back`).
    pub fn handle_key(&mut self, key: KeyEvent, keys: &Keymap) -> ConfirmEvent {
        if key.kind == KeyEventKind::Release {
            return ConfirmEvent::Nothing;
        }
        let action = keys.action(Context::Dialog, &key);
        if self.nothing_to_do() {
            return match action {
                Some(Action::Press | Action::Confirm | Action::Cancel | Action::Back) => {
                    ConfirmEvent::Cancelled
                }
                _ => ConfirmEvent::Nothing,
            };
        }
        if self.needs_typed_count() {
            return self.typed_key(key, action, keys);
        }
        match action {
            Some(Action::Confirm) => ConfirmEvent::Confirmed,
            Some(Action::Cancel | Action::Back) => ConfirmEvent::Cancelled,
            Some(Action::Press) => match self.focus {
                Button::Cancel => ConfirmEvent::Cancelled,
                Button::Confirm => ConfirmEvent::Confirmed,
            },
            Some(Action::SwitchButton) => {
                self.focus = match self.focus {
                    Button::Cancel => Button::Confirm,
                    Button::Confirm => Button::Cancel,
                };
                ConfirmEvent::Nothing
            }
            _ => ConfirmEvent::Nothing,
        }
    }

    /// Typing the count: digits are text, `delete_back` takes one back, `press` checks
    /// it; `cancel` (unless it is a digit) and `back` cancel.
    fn typed_key(&mut self, key: KeyEvent, action: Option<Action>, keys: &Keymap) -> ConfirmEvent {
        let spec = KeySpec::from_event(&key);
        if let Some(c) = spec.typed_char().filter(char::is_ascii_digit) {
            if self.typed.len() < MAX_TYPED {
                self.typed.push(c);
            }
            self.mismatch = false;
            return ConfirmEvent::Nothing;
        }
        match action {
            Some(Action::Press) => {
                if self.typed == self.plan.eligible.len().to_string() {
                    ConfirmEvent::Confirmed
                } else {
                    self.mismatch = true;
                    ConfirmEvent::Nothing
                }
            }
            Some(Action::Cancel | Action::Back) => ConfirmEvent::Cancelled,
            _ if keys.action_of(Context::Text, spec) == Some(Action::DeleteBack) => {
                self.typed.pop();
                self.mismatch = false;
                ConfirmEvent::Nothing
            }
            _ => ConfirmEvent::Nothing,
        }
    }
}

#[cfg(test)]
#[path = "confirm_tests.rs"]
mod tests;
