//! The command palette (`:`): every action of the keymap that applies over the list, with
//! its keys and description (taken from [`ACTIONS`] and the [`Keymap`], never listed
//! again here), and the commands with arguments ([`command::COMMANDS`]); the typed text
//! filters them ([`fuzzy`]).

pub(crate) mod command;
pub(crate) mod fuzzy;

use super::history::Recall;
use super::input::TextInput;
use super::wrap::wrap_step;
use crate::app::action::{ACTIONS, Action, Context};
use crate::app::keymap::Keymap;
use command::{COMMANDS, CommandSpec};

/// One line of the palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Action(Action),
    Command(&'static CommandSpec),
}

/// An entry with what it is shown and matched by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub entry: Entry,
    /// The action's config name, or the command's usage.
    pub name: &'static str,
    pub description: &'static str,
    /// The action's keys (`j/down`); empty for a command.
    pub keys: String,
}

/// The palette's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub input: TextInput,
    candidates: Vec<Candidate>,
    /// Indices into `candidates` matching the input, best first.
    matches: Vec<usize>,
    scores: Vec<(i32, usize)>,
    selected: usize,
    /// Why the last Enter did nothing.
    pub error: Option<String>,
    /// Where ↑/↓ are in the palette's history.
    pub recall: Recall,
}

/// Whether the palette offers `action`: what applies over the list (or everywhere), but
/// not opening the palette itself or `back`, which only closes it.
fn offered(action: Action) -> bool {
    matches!(action.context(), Context::List | Context::Global)
        && !matches!(action, Action::Palette | Action::Back)
}

impl Palette {
    /// The palette with every entry, keys as `keymap` binds them.
    pub fn new(keymap: &Keymap) -> Self {
        let actions = ACTIONS
            .iter()
            .filter(|s| offered(s.action))
            .map(|s| Candidate {
                entry: Entry::Action(s.action),
                name: s.name,
                description: s.description,
                keys: keymap.label(s.action),
            });
        let commands = COMMANDS.iter().map(|c| Candidate {
            entry: Entry::Command(c),
            name: c.usage,
            description: c.description,
            keys: String::new(),
        });
        let candidates: Vec<Candidate> = commands.chain(actions).collect();
        let mut palette = Self {
            input: TextInput::default(),
            matches: Vec::with_capacity(candidates.len()),
            scores: Vec::with_capacity(candidates.len()),
            candidates,
            selected: 0,
            error: None,
            recall: Recall::default(),
        };
        palette.refilter();
        palette
    }

    /// Matches the entries against the input again (after it changed): the best first,
    /// the selection back on the first.
    pub fn refilter(&mut self) {
        let query = self.input.value();
        self.scores.clear();
        for (i, c) in self.candidates.iter().enumerate() {
            let by_name = fuzzy::score(query, c.name).map(|s| s * 2);
            let by_text = fuzzy::score(query, c.description);
            let by_key = (!query.is_empty() && c.keys.split('/').any(|k| k == query))
                .then_some(i32::MAX / 2);
            if let Some(best) = by_key.max(by_name).max(by_text) {
                self.scores.push((best, i));
            }
        }
        // Equal scores keep the table's order (unstable sorting allocates nothing).
        self.scores
            .sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        self.matches.clear();
        self.matches.extend(self.scores.iter().map(|(_, i)| *i));
        self.selected = 0;
    }

    /// The entries matching the input, best first.
    pub fn matches(&self) -> impl Iterator<Item = &Candidate> {
        self.matches.iter().filter_map(|i| self.candidates.get(*i))
    }

    pub fn match_count(&self) -> usize {
        self.matches.len()
    }

    /// The position of the selected entry among the matches.
    pub fn selected_index(&self) -> usize {
        self.selected
    }

    /// The selected entry, if anything matches.
    pub fn selected(&self) -> Option<&Candidate> {
        self.matches
            .get(self.selected)
            .and_then(|i| self.candidates.get(*i))
    }

    /// Moves the selection by `delta`, wrapping around.
    pub fn move_selection(&mut self, delta: isize) {
        if let Some(at) = wrap_step(self.selected, delta, self.matches.len()) {
            self.selected = at;
        }
    }

    /// Replaces the input (an entry of the history, a command's name to complete).
    pub fn set_input(&mut self, text: &str) {
        self.input = TextInput::new(text);
        self.error = None;
        self.refilter();
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
