//! A one-line text input: the search box, the lookup prompt and form fields.

use crossterm::event::KeyEvent;

use crate::app::action::{Action, Context};
use crate::app::keymap::{KeySpec, Keymap};

/// The longest text a prompt keeps.
pub(crate) const MAX_INPUT: usize = 1000;

/// What a key did to the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The text changed.
    Changed,
    /// Only the cursor moved.
    Moved,
    /// Not an editing key.
    Ignored,
}

/// What a key means in a one-line prompt (the search box, the look-up), read through the
/// keymap. A typed character is always text, so `q` types a q; `Ctrl-C` still quits;
/// [`Action::Accept`] (`Enter`) sends what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PromptKey {
    Quit,
    /// [`Action::Back`] (`Esc`): close the prompt.
    Close,
    /// [`Action::Accept`] (`Enter`).
    Enter,
    /// Anything else: for the text, or for the caller when it is not an editing key.
    Other(KeySpec),
}

impl PromptKey {
    pub(crate) fn of(keymap: &Keymap, key: &KeyEvent) -> Self {
        let spec = KeySpec::from_event(key);
        if spec.typed_char().is_some() {
            return PromptKey::Other(spec);
        }
        match keymap.action(Context::Form, key) {
            Some(Action::Quit) => PromptKey::Quit,
            Some(Action::Back) => PromptKey::Close,
            Some(Action::Accept) => PromptKey::Enter,
            _ => PromptKey::Other(spec),
        }
    }
}

/// Text plus a cursor (counted in chars).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    value: String,
    cursor: usize,
}

impl TextInput {
    pub fn new(value: &str) -> Self {
        let mut t = TextInput::default();
        t.insert_str(value);
        t
    }

    pub fn value(&self) -> &str {
        &self.value
    }

    /// The cursor position in chars.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    pub fn clear(&mut self) {
        self.value.clear();
        self.cursor = 0;
    }

    fn byte_at(&self, char_idx: usize) -> usize {
        self.value
            .char_indices()
            .nth(char_idx)
            .map_or(self.value.len(), |(i, _)| i)
    }

    fn len(&self) -> usize {
        self.value.chars().count()
    }

    pub fn insert(&mut self, c: char) -> Edit {
        if c.is_control() || self.len() >= MAX_INPUT {
            return Edit::Ignored;
        }
        let at = self.byte_at(self.cursor);
        self.value.insert(at, c);
        self.cursor += 1;
        Edit::Changed
    }

    /// Inserts pasted text; line breaks become spaces, other control characters are dropped.
    pub fn insert_str(&mut self, s: &str) -> Edit {
        let mut changed = false;
        for c in s.chars() {
            let c = if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            };
            changed |= self.insert(c) == Edit::Changed;
        }
        if changed {
            Edit::Changed
        } else {
            Edit::Ignored
        }
    }

    /// Applies a key: a typed character is inserted; other keys are read as the editing
    /// actions of [`Context::Text`] (cursor, start/end, delete back/forward, delete to
    /// the start, delete a word).
    pub fn key(&mut self, k: &KeySpec, keys: &Keymap) -> Edit {
        if let Some(c) = k.typed_char() {
            return self.insert(c);
        }
        match keys.action_of(Context::Text, *k) {
            Some(action) => self.edit(action),
            None => Edit::Ignored,
        }
    }

    /// Applies an editing action; other actions are not for the text.
    pub fn edit(&mut self, action: Action) -> Edit {
        match action {
            Action::DeleteBack if self.cursor > 0 => {
                let start = self.byte_at(self.cursor - 1);
                let end = self.byte_at(self.cursor);
                self.value.replace_range(start..end, "");
                self.cursor -= 1;
                Edit::Changed
            }
            Action::DeleteForward if self.cursor < self.len() => {
                let start = self.byte_at(self.cursor);
                let end = self.byte_at(self.cursor + 1);
                self.value.replace_range(start..end, "");
                Edit::Changed
            }
            Action::CursorLeft if self.cursor > 0 => {
                self.cursor -= 1;
                Edit::Moved
            }
            Action::CursorRight if self.cursor < self.len() => {
                self.cursor += 1;
                Edit::Moved
            }
            Action::LineStart => {
                self.cursor = 0;
                Edit::Moved
            }
            Action::LineEnd => {
                self.cursor = self.len();
                Edit::Moved
            }
            Action::DeleteToStart if self.cursor > 0 => {
                let end = self.byte_at(self.cursor);
                self.value.replace_range(..end, "");
                self.cursor = 0;
                Edit::Changed
            }
            Action::DeleteWord if self.cursor > 0 => {
                let chars: Vec<char> = self.value.chars().collect();
                let mut i = self.cursor;
                while i > 0 && chars[i - 1] == ' ' {
                    i -= 1;
                }
                while i > 0 && chars[i - 1] != ' ' {
                    i -= 1;
                }
                let start = self.byte_at(i);
                let end = self.byte_at(self.cursor);
                self.value.replace_range(start..end, "");
                self.cursor = i;
                Edit::Changed
            }
            _ => Edit::Ignored,
        }
    }
}

#[cfg(test)]
#[path = "input_tests.rs"]
mod tests;
