//! The picker of who receives a deleted user's rooms and shared files: the portal's
//! active DocSpace admins and room admins (read once when it opens), narrowed by a fuzzy
//! match over name and email as one types. Keys are read through the keymap: typed
//! characters are text, `up`/`down` move, `press` picks, `back` closes.

use crossterm::event::{KeyEvent, KeyEventKind};
use uuid::Uuid;

use crate::api::EmployeeFullDto;
use crate::app::action::{Action, Context};
use crate::app::keymap::{KeySpec, Keymap};
use crate::app::state::input::{Edit, TextInput};
use crate::app::state::palette::fuzzy::score;
use crate::bulk::offboard::Receiver;

/// Matches shown at once.
pub(crate) const SHOWN: usize = 6;

/// Someone who may receive the data. Raw text: sanitise before showing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: Uuid,
    pub name: String,
    pub email: String,
}

impl Candidate {
    pub fn of(u: &EmployeeFullDto) -> Self {
        Self {
            id: u.id,
            name: u.name_for_people(),
            email: u.email.clone().unwrap_or_default(),
        }
    }
}

/// What a key did to the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerEvent {
    Nothing,
    Picked(Receiver),
    Closed,
}

/// The candidates as read: still reading, read, or the read failed (raw words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidates {
    Reading,
    Read(Vec<Candidate>),
    Failed(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiverPicker {
    input: TextInput,
    candidates: Candidates,
    cursor: usize,
    /// Users who may not receive (those being deleted).
    leaving: Vec<Uuid>,
}

impl ReceiverPicker {
    /// A picker whose candidates are being read; `leaving` are never offered.
    pub fn new(leaving: Vec<Uuid>) -> Self {
        Self {
            input: TextInput::default(),
            candidates: Candidates::Reading,
            cursor: 0,
            leaving,
        }
    }

    pub fn query(&self) -> &str {
        self.input.value()
    }

    pub fn candidates(&self) -> &Candidates {
        &self.candidates
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The portal's answer: the candidates (the users leaving dropped), or why not.
    pub fn answered(&mut self, read: Result<Vec<Candidate>, String>) {
        self.candidates = match read {
            Ok(mut all) => {
                all.retain(|c| !self.leaving.contains(&c.id));
                Candidates::Read(all)
            }
            Err(why) => Candidates::Failed(why),
        };
        self.cursor = 0;
    }

    /// The candidates matching what is typed, best first (all, in the portal's order,
    /// when nothing is typed).
    pub fn matches(&self) -> Vec<&Candidate> {
        let Candidates::Read(all) = &self.candidates else {
            return Vec::new();
        };
        let q = self.input.value();
        let mut scored: Vec<(i32, usize, &Candidate)> = all
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let best = score(q, &c.name).max(score(q, &c.email))?;
                Some((best, i, c))
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().map(|(_, _, c)| c).collect()
    }

    pub fn handle_key(&mut self, key: KeyEvent, keys: &Keymap) -> PickerEvent {
        if key.kind == KeyEventKind::Release {
            return PickerEvent::Nothing;
        }
        let spec = KeySpec::from_event(&key);
        if spec.typed_char().is_none() {
            match keys.action(Context::List, &key) {
                Some(Action::Down) => {
                    let n = self.matches().len();
                    self.cursor = (self.cursor + 1).min(n.saturating_sub(1));
                    return PickerEvent::Nothing;
                }
                Some(Action::Up) => {
                    self.cursor = self.cursor.saturating_sub(1);
                    return PickerEvent::Nothing;
                }
                _ => {}
            }
            match keys.action(Context::Dialog, &key) {
                Some(Action::Press) => {
                    return match self.matches().get(self.cursor) {
                        Some(c) => PickerEvent::Picked(Receiver {
                            id: c.id,
                            name: c.name.clone(),
                        }),
                        None => PickerEvent::Nothing,
                    };
                }
                Some(Action::Back) => return PickerEvent::Closed,
                _ => {}
            }
        }
        if self.input.key(&spec, keys) == Edit::Changed {
            self.cursor = 0;
        }
        PickerEvent::Nothing
    }
}

#[cfg(test)]
#[path = "receiver_picker_tests.rs"]
mod tests;
