//! The dialogs of the administration actions over the list: invite (`I`), resend
//! invitations (`V`), change type (`Y`), set a quota (`Q`), edit a profile (`e`) and send
//! a password-change link (`P`). Each is a few fields (text, or a choice of types) and the
//! users it applies to; it handles its own keys (read through the keymap), asks before
//! discarding what was typed, and says when to submit, but starts no request:
//! `keys::admin` does. Text fields are checked with the create form's rules
//! (`crate::people::new_user`) by the handler.

use crossterm::event::KeyEvent;
use uuid::Uuid;

use super::input::{Edit, TextInput};
use super::wrap::wrap_step;
use crate::api::EmployeeType;
use crate::app::action::{Action, Context};
use crate::app::keymap::{KeySpec, Keymap};

/// Which action the dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminKind {
    Invite,
    Resend,
    ChangeType,
    Quota,
    /// Edit one user's profile: names (the caller's own only) and email.
    Profile,
    /// Mail one user a link to set a new password.
    PasswordLink,
    /// Add the users to a group.
    AddToGroup,
    /// Remove the users from a group.
    RemoveFromGroup,
}

/// A user the dialog applies to: id, name (made safe for the screen) and type now.
#[derive(Debug, Clone, PartialEq)]
pub struct AdminTarget {
    pub id: Uuid,
    pub name: String,
    pub kind: Option<EmployeeType>,
}

/// One field of a dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum AdminField {
    Text {
        label: &'static str,
        input: TextInput,
        /// The value it opened with (what "changed" is measured against).
        original: String,
    },
    /// One of `types`, the `at`th chosen.
    Choice {
        label: &'static str,
        types: Vec<EmployeeType>,
        at: usize,
    },
    /// One of `options` (an id and its name, made safe), the `at`th chosen; drawn as a list.
    Pick {
        label: &'static str,
        options: Vec<(Uuid, String)>,
        at: usize,
    },
}

/// What a key did to the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminStep {
    Nothing,
    /// The key is not the dialog's (the caller may read it: quit, help).
    Ignored,
    Close,
    Submit,
}

/// An open administration dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct AdminDialog {
    pub kind: AdminKind,
    pub targets: Vec<AdminTarget>,
    pub fields: Vec<AdminField>,
    pub focus: usize,
    /// Why the last submit was refused (shown in the dialog).
    pub error: Option<String>,
    /// "Discard what you typed?" is asked.
    pub discard_asked: bool,
}

pub(crate) const EMAILS: &str = "Emails";
pub(crate) const TYPE: &str = "Type";
pub(crate) const LANGUAGE: &str = "Language";
pub(crate) const QUOTA: &str = "Quota";
pub(crate) const FIRST_NAME: &str = "First name";
pub(crate) const LAST_NAME: &str = "Last name";
pub(crate) const EMAIL: &str = "Email";
pub(crate) const GROUP: &str = "Group";
pub(crate) const ROOMS_TO: &str = "Rooms go to (ID or email; blank: you)";

impl AdminDialog {
    fn new(kind: AdminKind, targets: Vec<AdminTarget>, fields: Vec<AdminField>) -> Self {
        Self {
            kind,
            targets,
            fields,
            focus: 0,
            error: None,
            discard_asked: false,
        }
    }

    /// Edit `user`'s profile: `names` (first, last) when they are the caller's own to
    /// change, and the email.
    pub(crate) fn profile(user: AdminTarget, names: Option<(&str, &str)>, email: &str) -> Self {
        let mut fields = Vec::new();
        if let Some((first, last)) = names {
            fields.push(text(FIRST_NAME, first));
            fields.push(text(LAST_NAME, last));
        }
        fields.push(text(EMAIL, email));
        Self::new(AdminKind::Profile, vec![user], fields)
    }

    /// Add `targets` to one of `groups` (`add`), or remove them from it.
    pub(crate) fn group(targets: Vec<AdminTarget>, groups: Vec<(Uuid, String)>, add: bool) -> Self {
        let kind = if add {
            AdminKind::AddToGroup
        } else {
            AdminKind::RemoveFromGroup
        };
        let fields = vec![AdminField::Pick {
            label: GROUP,
            options: groups,
            at: 0,
        }];
        Self::new(kind, targets, fields)
    }

    /// The group chosen, with its name (None when the dialog has no group to pick).
    pub fn chosen_group(&self) -> Option<&(Uuid, String)> {
        self.fields.iter().find_map(|f| match f {
            AdminField::Pick { options, at, .. } => options.get(*at),
            _ => None,
        })
    }

    /// Mail `user` a password-change link: a yes or no.
    pub(crate) fn password_link(user: AdminTarget) -> Self {
        Self::new(AdminKind::PasswordLink, vec![user], Vec::new())
    }

    /// Whether a text field differs from what it opened with.
    pub fn is_dirty(&self) -> bool {
        self.fields.iter().any(|f| match f {
            AdminField::Text {
                input, original, ..
            } => input.value() != original,
            AdminField::Choice { .. } | AdminField::Pick { .. } => false,
        })
    }

    /// Whether the field labelled `label` was changed (false when there is none).
    pub fn changed(&self, label: &str) -> bool {
        self.fields.iter().any(|f| match f {
            AdminField::Text {
                label: l,
                input,
                original,
            } => *l == label && input.value() != original,
            AdminField::Choice { .. } | AdminField::Pick { .. } => false,
        })
    }

    /// Whether the dialog has a field labelled `label`.
    pub fn has(&self, label: &str) -> bool {
        self.fields.iter().any(|f| match f {
            AdminField::Text { label: l, .. }
            | AdminField::Choice { label: l, .. }
            | AdminField::Pick { label: l, .. } => *l == label,
        })
    }

    /// Invite: the addresses, a type among `types` (the first chosen), a language.
    pub(crate) fn invite(types: Vec<EmployeeType>) -> Self {
        let fields = vec![
            text(EMAILS, ""),
            AdminField::Choice {
                label: TYPE,
                types,
                at: 0,
            },
            text(LANGUAGE, ""),
        ];
        Self::new(AdminKind::Invite, Vec::new(), fields)
    }

    /// Resend invitations to `targets`: a yes or no.
    pub(crate) fn resend(targets: Vec<AdminTarget>) -> Self {
        Self::new(AdminKind::Resend, targets, Vec::new())
    }

    /// Change the type of `targets` to one of `types`.
    pub(crate) fn change_type(targets: Vec<AdminTarget>, types: Vec<EmployeeType>) -> Self {
        // Start one step below the first user's type (the types go from the highest).
        let now = targets.first().and_then(|u| u.kind);
        let at = types
            .iter()
            .position(|t| Some(*t) == now)
            .map_or(0, |i| (i + 1) % types.len().max(1));
        let mut fields = vec![AdminField::Choice {
            label: TYPE,
            types,
            at,
        }];
        // Who gets the rooms of an admin made a user or guest: blank for the caller.
        let admins = targets.iter().any(|t| {
            matches!(
                t.kind,
                Some(EmployeeType::RoomAdmin | EmployeeType::DocSpaceAdmin)
            )
        });
        if admins {
            fields.push(text(ROOMS_TO, ""));
        }
        Self::new(AdminKind::ChangeType, targets, fields)
    }

    /// Set the quota of `targets`.
    pub(crate) fn quota(targets: Vec<AdminTarget>) -> Self {
        Self::new(AdminKind::Quota, targets, vec![text(QUOTA, "")])
    }

    /// Whether a typed character is text here (there is a text field).
    pub fn reads_text(&self) -> bool {
        self.fields
            .iter()
            .any(|f| matches!(f, AdminField::Text { .. }))
    }

    /// The text of the field labelled `label` ("" when there is none).
    pub fn text(&self, label: &str) -> &str {
        self.fields
            .iter()
            .find_map(|f| match f {
                AdminField::Text {
                    label: l, input, ..
                } if *l == label => Some(input.value()),
                _ => None,
            })
            .unwrap_or("")
    }

    /// The type chosen (None when the dialog has no choice).
    pub fn chosen_type(&self) -> Option<EmployeeType> {
        self.fields.iter().find_map(|f| match f {
            AdminField::Choice { types, at, .. } => types.get(*at).copied(),
            AdminField::Text { .. } | AdminField::Pick { .. } => None,
        })
    }

    /// Pasted text goes into the focused text field.
    pub fn paste(&mut self, pasted: &str) {
        if let Some(AdminField::Text { input, .. }) = self.fields.get_mut(self.focus) {
            input.insert_str(pasted);
            self.error = None;
        }
    }

    pub fn handle_key(&mut self, key: &KeyEvent, keys: &Keymap) -> AdminStep {
        if self.discard_asked {
            return match keys.action(Context::Dialog, key) {
                Some(Action::Confirm) => AdminStep::Close,
                Some(Action::Cancel) => {
                    self.discard_asked = false;
                    AdminStep::Nothing
                }
                _ if keys.action(Context::Global, key) == Some(Action::Back) => {
                    self.discard_asked = false;
                    AdminStep::Nothing
                }
                _ => AdminStep::Ignored,
            };
        }
        let spec = KeySpec::from_event(key);
        let typed = spec.typed_char().is_some();
        if !self.reads_text() {
            match keys.action(Context::Dialog, key) {
                Some(Action::Confirm | Action::Press) => return AdminStep::Submit,
                Some(Action::Cancel) => return AdminStep::Close,
                _ => {}
            }
        }
        if !typed {
            match keys.action(Context::Form, key) {
                Some(Action::Back) if self.is_dirty() => {
                    self.discard_asked = true;
                    return AdminStep::Nothing;
                }
                Some(Action::Back) => return AdminStep::Close,
                Some(Action::Accept | Action::Submit) => return AdminStep::Submit,
                Some(Action::NextField) => return self.move_focus(1),
                Some(Action::PrevField) => return self.move_focus(-1),
                Some(Action::HistoryNext) if self.fields.len() > 1 => return self.move_focus(1),
                Some(Action::HistoryPrev) if self.fields.len() > 1 => return self.move_focus(-1),
                Some(Action::HistoryNext) => return self.cycle(1),
                Some(Action::HistoryPrev) => return self.cycle(-1),
                _ => {}
            }
        }
        match self.fields.get_mut(self.focus) {
            Some(AdminField::Text { input, .. }) => match input.key(&spec, keys) {
                Edit::Changed => {
                    self.error = None;
                    AdminStep::Nothing
                }
                Edit::Moved => AdminStep::Nothing,
                Edit::Ignored => AdminStep::Ignored,
            },
            Some(AdminField::Choice { .. } | AdminField::Pick { .. }) => {
                match keys.action_of(Context::Text, spec) {
                    Some(Action::CursorRight) => self.cycle(1),
                    Some(Action::CursorLeft) => self.cycle(-1),
                    _ => AdminStep::Ignored,
                }
            }
            None => AdminStep::Ignored,
        }
    }

    /// Moves the focus `by` fields, round the ends; a dialog without fields ignores it.
    fn move_focus(&mut self, by: isize) -> AdminStep {
        match wrap_step(self.focus, by, self.fields.len()) {
            Some(at) => {
                self.focus = at;
                AdminStep::Nothing
            }
            None => AdminStep::Ignored,
        }
    }

    fn cycle(&mut self, by: isize) -> AdminStep {
        let (n, at) = match self.fields.get_mut(self.focus) {
            Some(AdminField::Choice { types, at, .. }) => (types.len(), at),
            Some(AdminField::Pick { options, at, .. }) => (options.len(), at),
            _ => return AdminStep::Ignored,
        };
        let Some(next) = wrap_step(*at, by, n) else {
            return AdminStep::Ignored;
        };
        *at = next;
        self.error = None;
        AdminStep::Nothing
    }
}

fn text(label: &'static str, value: &str) -> AdminField {
    AdminField::Text {
        label,
        input: TextInput::new(value),
        original: value.to_string(),
    }
}

#[cfg(test)]
#[path = "admin_tests.rs"]
mod tests;
