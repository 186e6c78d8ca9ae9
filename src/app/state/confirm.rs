//! The confirmation of a lifecycle action (terminate, re-activate, delete,
//! terminate-then-delete), as data.
//!
//! The dialog holds the [`Plan`] it confirms: the users the action will touch and those
//! left out with the reason. It opens with Cancel focused. `y` confirms and `n`/`Esc`
//! cancel, except for deleting several users, where the confirmation is typing their
//! count and `Enter`. Every key is read through the keymap.
//!
//! A delete also reads what the users own (the impact, through the worker; cancel never
//! waits for it) and may hand their rooms to someone chosen in the receiver picker
//! (`reassign_to`) instead of the caller.

use crossterm::event::{KeyEvent, KeyEventKind};

use crate::api::EmployeeStatus;
use crate::app::action::{Action, Context};
use crate::app::effect::RequestId;
use crate::app::keymap::{KeySpec, Keymap};
use crate::app::state::receiver_picker::{PickerEvent, ReceiverPicker};
use crate::bulk::offboard::{ImpactRead, Receiver};
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
    /// Open the receiver picker: the caller starts reading the candidates and calls
    /// [`ConfirmDialog::open_picker`].
    OpenPicker,
}

/// What the users of a delete own, as far as it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImpactState {
    /// Being read by request `RequestId`.
    Reading(RequestId),
    /// Read, per user (each may have failed).
    Read(Vec<ImpactRead>),
    /// The read failed as a whole (raw words).
    Failed(String),
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
    /// What a delete's users own (None for other actions, or not asked).
    impact: Option<ImpactState>,
    /// Who receives the rooms instead of the caller.
    receiver: Option<Receiver>,
    /// The receiver picker, open over the dialog, and the read of its candidates.
    picker: Option<(RequestId, ReceiverPicker)>,
}

impl ConfirmDialog {
    pub fn new(plan: Plan) -> Self {
        Self {
            plan,
            focus: Button::Cancel,
            typed: String::new(),
            mismatch: false,
            impact: None,
            receiver: None,
            picker: None,
        }
    }

    /// The impact is being read by `request`.
    pub fn reading_impact(&mut self, request: RequestId) {
        self.impact = Some(ImpactState::Reading(request));
    }

    pub fn impact(&self) -> Option<&ImpactState> {
        self.impact.as_ref()
    }

    /// The answer of impact read `request` (ignored when it is not the one awaited).
    pub fn impact_answered(&mut self, request: RequestId, read: Result<Vec<ImpactRead>, String>) {
        if self.impact == Some(ImpactState::Reading(request)) {
            self.impact = Some(match read {
                Ok(all) => ImpactState::Read(all),
                Err(why) => ImpactState::Failed(why),
            });
        }
    }

    pub fn receiver(&self) -> Option<&Receiver> {
        self.receiver.as_ref()
    }

    /// Whether data can be handed to someone chosen: a delete with users to delete.
    pub fn can_reassign(&self) -> bool {
        self.action().is_destructive() && !self.nothing_to_do()
    }

    /// Opens the picker whose candidates `request` reads.
    pub fn open_picker(&mut self, request: RequestId) {
        let leaving = self.plan.eligible.iter().map(|t| t.id).collect();
        self.picker = Some((request, ReceiverPicker::new(leaving)));
    }

    pub fn picker(&self) -> Option<&ReceiverPicker> {
        self.picker.as_ref().map(|(_, p)| p)
    }

    /// The picker, when `request` reads its candidates.
    pub fn picker_reading(&mut self, request: RequestId) -> Option<&mut ReceiverPicker> {
        self.picker
            .as_mut()
            .filter(|(id, _)| *id == request)
            .map(|(_, p)| p)
    }

    /// Reads still awaited (to cancel when the dialog closes).
    pub fn reads_in_flight(&self) -> Vec<RequestId> {
        let mut out = Vec::new();
        if let Some(ImpactState::Reading(id)) = self.impact {
            out.push(id);
        }
        if let Some((id, p)) = &self.picker
            && matches!(
                p.candidates(),
                crate::app::state::receiver_picker::Candidates::Reading
            )
        {
            out.push(*id);
        }
        out
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
    /// A click on a button: the button pressed, whatever has the focus. A typed count is
    /// confirmed only by typing it; with nothing to do any button closes the dialog.
    pub fn click(&self, button: Button) -> ConfirmEvent {
        if self.picker().is_some() {
            // The receiver picker is on top: its keys choose, a click does nothing.
            return ConfirmEvent::Nothing;
        }
        if self.nothing_to_do() {
            return ConfirmEvent::Cancelled;
        }
        match button {
            Button::Cancel => ConfirmEvent::Cancelled,
            Button::Confirm if self.needs_typed_count() => ConfirmEvent::Nothing,
            Button::Confirm => ConfirmEvent::Confirmed,
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, keys: &Keymap) -> ConfirmEvent {
        if key.kind == KeyEventKind::Release {
            return ConfirmEvent::Nothing;
        }
        if let Some((_, picker)) = self.picker.as_mut() {
            match picker.handle_key(key, keys) {
                PickerEvent::Nothing => {}
                PickerEvent::Picked(r) => {
                    self.receiver = Some(r);
                    self.picker = None;
                }
                PickerEvent::Closed => self.picker = None,
            }
            return ConfirmEvent::Nothing;
        }
        let action = keys.action(Context::Dialog, &key);
        if action == Some(Action::ReassignTo) && self.can_reassign() {
            return ConfirmEvent::OpenPicker;
        }
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
