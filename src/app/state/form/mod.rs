//! The create-user form (`n`): five fields, validation as you type, a submitting state that
//! ignores a second submit, and the portal's refusal shown with everything typed kept.
//!
//! The form is pure state: [`CreateForm::handle_key`] turns a key into a [`FormEvent`]
//! (nothing, a request to send, or cancel); the caller sends the request and reports the
//! answer back with [`CreateForm::submit_failed`] (or closes the form on success).

use crossterm::event::{KeyEvent, KeyEventKind};

use super::input::{Edit, TextInput};
use super::wrap::wrap_step;
use crate::api::dto::{EmployeeFullDto, EmployeeType, MemberRequestDto};
use crate::app::action::{Action, Context};
use crate::app::keymap::{KeySpec, Keymap};
use crate::people::new_user::{self, FieldError};

/// The form's fields, in the order `Tab` visits them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    FirstName,
    LastName,
    Email,
    Type,
    Password,
}

impl Field {
    pub const ALL: [Field; 5] = [
        Field::FirstName,
        Field::LastName,
        Field::Email,
        Field::Type,
        Field::Password,
    ];

    fn index(self) -> usize {
        match self {
            Self::FirstName => 0,
            Self::LastName => 1,
            Self::Email => 2,
            Self::Type => 3,
            Self::Password => 4,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::FirstName => "First name",
            Self::LastName => "Last name",
            Self::Email => "Email",
            Self::Type => "Type",
            Self::Password => "Password",
        }
    }

    fn next(self) -> Self {
        Self::ALL[(self.index() + 1) % Self::ALL.len()]
    }

    fn prev(self) -> Self {
        Self::ALL[(self.index() + Self::ALL.len() - 1) % Self::ALL.len()]
    }
}

/// Where the form is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Editing,
    /// The request is on its way; keys other than the discard question are ignored.
    Submitting,
    /// `Esc` with typed input asks before discarding it.
    ConfirmDiscard,
}

/// What a key did to the form, for the caller to act on.
#[derive(Debug, Clone, PartialEq)]
pub enum FormEvent {
    Nothing,
    /// Send this request; the form is now in [`Phase::Submitting`].
    Submit(Box<MemberRequestDto>),
    /// Close the form; nothing is sent.
    Cancelled,
}

/// The portal's refusal of a create request, kept in the form with the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// What went wrong, in words (raw: sanitise before drawing).
    pub message: String,
    /// The field the refusal is about, when it is clear (a duplicate email, bad names, a
    /// type with no free seat).
    pub field: Option<Field>,
}

/// The state of the create-user form.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateForm {
    first_name: TextInput,
    last_name: TextInput,
    email: TextInput,
    password: TextInput,
    user_type: EmployeeType,
    allowed_types: Vec<EmployeeType>,
    focus: Field,
    visited: [bool; 5],
    submit_tried: bool,
    phase: Phase,
    refusal: Option<Refusal>,
}

impl CreateForm {
    /// A blank form. `caller` is the signed-in user (from `/people/@self`), used to offer
    /// only the types the portal lets them create: DocSpace admins only for the owner,
    /// room admins for DocSpace admins, users for everybody.
    pub fn new(caller: Option<&EmployeeFullDto>) -> Self {
        let mut allowed_types = vec![EmployeeType::User];
        let owner = caller.is_some_and(|me| me.is_owner());
        let admin = owner || caller.is_some_and(|me| me.is_admin());
        if admin {
            allowed_types.push(EmployeeType::RoomAdmin);
        }
        if owner {
            allowed_types.push(EmployeeType::DocSpaceAdmin);
        }
        Self {
            first_name: TextInput::default(),
            last_name: TextInput::default(),
            email: TextInput::default(),
            password: TextInput::default(),
            user_type: EmployeeType::User,
            allowed_types,
            focus: Field::FirstName,
            visited: [false; 5],
            submit_tried: false,
            phase: Phase::Editing,
            refusal: None,
        }
    }

    pub fn focus(&self) -> Field {
        self.focus
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn user_type(&self) -> EmployeeType {
        self.user_type
    }

    /// The types this caller may create, in the order the type field cycles through them.
    pub fn allowed_types(&self) -> &[EmployeeType] {
        &self.allowed_types
    }

    pub fn refusal(&self) -> Option<&Refusal> {
        self.refusal.as_ref()
    }

    /// The text input of a text field (`None` for the type field).
    pub fn input(&self, field: Field) -> Option<&TextInput> {
        match field {
            Field::FirstName => Some(&self.first_name),
            Field::LastName => Some(&self.last_name),
            Field::Email => Some(&self.email),
            Field::Password => Some(&self.password),
            Field::Type => None,
        }
    }

    fn input_mut(&mut self, field: Field) -> Option<&mut TextInput> {
        match field {
            Field::FirstName => Some(&mut self.first_name),
            Field::LastName => Some(&mut self.last_name),
            Field::Email => Some(&mut self.email),
            Field::Password => Some(&mut self.password),
            Field::Type => None,
        }
    }

    /// The field's current validation result, whether or not it is shown yet.
    pub fn error(&self, field: Field) -> Option<FieldError> {
        let checked = match field {
            Field::FirstName => new_user::first_name(self.first_name.value()),
            Field::LastName => new_user::last_name(self.last_name.value()),
            Field::Email => new_user::email(self.email.value()),
            Field::Password => new_user::password(self.password.value()),
            Field::Type => Ok(()),
        };
        checked.err()
    }

    /// The error to show beside a field: as soon as something typed is wrong, and for an
    /// empty required field once the person has left it or tried to submit.
    pub fn visible_error(&self, field: Field) -> Option<FieldError> {
        let error = self.error(field)?;
        let typed = self.input(field).is_some_and(|i| !i.is_empty());
        (typed || self.submit_tried || self.visited[field.index()]).then_some(error)
    }

    pub fn is_valid(&self) -> bool {
        Field::ALL.iter().all(|f| self.error(*f).is_none())
    }

    /// Whether anything was typed or chosen (then `Esc` asks before discarding).
    pub fn is_dirty(&self) -> bool {
        !(self.first_name.is_empty()
            && self.last_name.is_empty()
            && self.email.is_empty()
            && self.password.is_empty()
            && self.user_type == EmployeeType::User)
    }

    /// The request the form would send, or `None` while any field is invalid.
    pub fn request(&self) -> Option<MemberRequestDto> {
        if !self.is_valid() {
            return None;
        }
        Some(new_user::body(
            self.first_name.value(),
            self.last_name.value(),
            self.email.value(),
            self.user_type,
            self.password.value(),
        ))
    }

    /// Handles one key, read through the keymap (`submit`, `accept`, `next_field`,
    /// `prev_field` and the text editing keys in the form; `confirm`/`cancel` in the
    /// discard question; `back` everywhere). A printable character always goes into a
    /// focused text field. Key releases are ignored.
    pub fn handle_key(&mut self, key: KeyEvent, keys: &Keymap) -> FormEvent {
        if key.kind == KeyEventKind::Release {
            return FormEvent::Nothing;
        }
        match self.phase {
            Phase::Submitting => FormEvent::Nothing,
            Phase::ConfirmDiscard => self.discard_key(key, keys),
            Phase::Editing => self.editing_key(key, keys),
        }
    }

    /// Inserts pasted text into the focused text field.
    pub fn handle_paste(&mut self, text: &str) {
        if self.phase != Phase::Editing {
            return;
        }
        let focus = self.focus;
        if let Some(input) = self.input_mut(focus) {
            input.insert_str(text);
            self.clear_refusal_for(focus);
        }
    }

    /// The portal refused the request: back to editing, input kept, the reason shown.
    /// `status` is the HTTP status when there was one.
    pub fn submit_failed(&mut self, message: String, status: Option<u16>) {
        let lower = message.to_lowercase();
        let field = match status {
            Some(402) => Some(Field::Type),
            _ if lower.contains("email") => Some(Field::Email),
            _ if lower.contains("firstname") || lower.contains("first name") => {
                Some(Field::FirstName)
            }
            _ if lower.contains("password") => Some(Field::Password),
            _ => None,
        };
        if let Some(f) = field {
            self.focus = f;
        }
        self.refusal = Some(Refusal { message, field });
        self.phase = Phase::Editing;
    }

    fn discard_key(&mut self, key: KeyEvent, keys: &Keymap) -> FormEvent {
        match keys.action(Context::Dialog, &key) {
            Some(Action::Confirm) => FormEvent::Cancelled,
            Some(Action::Cancel | Action::Back) => {
                self.phase = Phase::Editing;
                FormEvent::Nothing
            }
            _ => FormEvent::Nothing,
        }
    }

    fn editing_key(&mut self, key: KeyEvent, keys: &Keymap) -> FormEvent {
        let spec = KeySpec::from_event(&key);
        if self.focus != Field::Type && spec.typed_char().is_some() {
            return self.text_key(&spec, keys);
        }
        match keys.action(Context::Form, &key) {
            Some(Action::Submit) => self.try_submit(),
            // Enter: the next field, and on the last one, submit.
            Some(Action::Accept) if self.focus == Field::Password => self.try_submit(),
            Some(Action::Accept | Action::NextField) => self.move_focus(self.focus.next()),
            Some(Action::PrevField) => self.move_focus(self.focus.prev()),
            // The prompts' history keys (↑/↓ by default) move between the fields here.
            Some(Action::HistoryNext) => self.move_focus(self.focus.next()),
            Some(Action::HistoryPrev) => self.move_focus(self.focus.prev()),
            Some(Action::Back) => {
                if self.is_dirty() {
                    self.phase = Phase::ConfirmDiscard;
                    FormEvent::Nothing
                } else {
                    FormEvent::Cancelled
                }
            }
            Some(_) => FormEvent::Nothing,
            None if self.focus == Field::Type => self.type_key(keys.action_of(Context::Text, spec)),
            None => self.text_key(&spec, keys),
        }
    }

    fn move_focus(&mut self, to: Field) -> FormEvent {
        self.visited[self.focus.index()] = true;
        self.focus = to;
        FormEvent::Nothing
    }

    /// On the type field the cursor keys choose the type.
    fn type_key(&mut self, action: Option<Action>) -> FormEvent {
        let step: isize = match action {
            Some(Action::CursorRight) => 1,
            Some(Action::CursorLeft) => -1,
            _ => return FormEvent::Nothing,
        };
        let at = self
            .allowed_types
            .iter()
            .position(|t| *t == self.user_type)
            .unwrap_or(0);
        let next = wrap_step(at, step, self.allowed_types.len());
        if let Some(t) = next.and_then(|i| self.allowed_types.get(i)) {
            self.user_type = *t;
        }
        self.clear_refusal_for(Field::Type);
        FormEvent::Nothing
    }

    fn text_key(&mut self, spec: &KeySpec, keys: &Keymap) -> FormEvent {
        let focus = self.focus;
        if let Some(input) = self.input_mut(focus)
            && input.key(spec, keys) == Edit::Changed
        {
            self.clear_refusal_for(focus);
        }
        FormEvent::Nothing
    }

    /// Editing the field a refusal was about clears the refusal (its reason may no longer
    /// hold); a refusal about no particular field stays until the next submit.
    fn clear_refusal_for(&mut self, field: Field) {
        if self
            .refusal
            .as_ref()
            .is_some_and(|r| r.field == Some(field))
        {
            self.refusal = None;
        }
    }

    fn try_submit(&mut self) -> FormEvent {
        self.submit_tried = true;
        match self.request() {
            Some(request) => {
                self.refusal = None;
                self.phase = Phase::Submitting;
                FormEvent::Submit(Box::new(request))
            }
            None => {
                if let Some(first_bad) = Field::ALL.iter().find(|f| self.error(**f).is_some()) {
                    self.focus = *first_bad;
                }
                FormEvent::Nothing
            }
        }
    }
}

#[cfg(test)]
mod tests;
