//! What was typed in the palette (`:`), the search box (`/`) and the look-up (`i`), for
//! ↑/↓ to bring back. The runtime loads it at start and saves it when asked
//! ([`Effect::SaveHistory`]); nothing that looks like a secret is kept.

use crate::app::effect::{Effect, HistoryKind};
use crate::redact;

/// Entries kept per prompt (the oldest go first).
pub(crate) const MAX_ENTRIES: usize = 100;
/// The longest entry kept, in characters (a prompt holds no more).
pub(crate) const MAX_ENTRY_CHARS: usize = crate::app::state::input::MAX_INPUT;

/// The entries of each prompt, oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    palette: Vec<String>,
    search: Vec<String>,
    lookup: Vec<String>,
}

impl History {
    pub fn entries(&self, kind: HistoryKind) -> &[String] {
        match kind {
            HistoryKind::Palette => &self.palette,
            HistoryKind::Search => &self.search,
            HistoryKind::Lookup => &self.lookup,
        }
    }

    fn entries_mut(&mut self, kind: HistoryKind) -> &mut Vec<String> {
        match kind {
            HistoryKind::Palette => &mut self.palette,
            HistoryKind::Search => &mut self.search,
            HistoryKind::Lookup => &mut self.lookup,
        }
    }

    /// Sets the entries of `kind` (as read back): what could not be an entry is dropped,
    /// and only the newest [`MAX_ENTRIES`] are kept.
    pub fn load(&mut self, kind: HistoryKind, entries: impl IntoIterator<Item = String>) {
        let list = self.entries_mut(kind);
        list.clear();
        for e in entries {
            if let Some(e) = keepable(&e) {
                list.retain(|x| *x != e);
                list.push(e);
            }
        }
        let extra = list.len().saturating_sub(MAX_ENTRIES);
        list.drain(..extra);
    }

    /// Adds `entry` as the newest of `kind` (moving it there when it was kept already) and
    /// returns the effect that saves the history. Empty entries, and any that look like a
    /// secret, are not kept: then nothing is saved.
    pub fn push(&mut self, kind: HistoryKind, entry: &str) -> Option<Effect> {
        let entry = keepable(entry)?;
        let list = self.entries_mut(kind);
        if list.last() == Some(&entry) {
            return None;
        }
        list.retain(|x| *x != entry);
        list.push(entry);
        let extra = list.len().saturating_sub(MAX_ENTRIES);
        list.drain(..extra);
        Some(Effect::SaveHistory(kind, list.clone()))
    }
}

/// The entry as kept: trimmed, one line, not empty, not too long, and nothing the
/// redaction would hide.
fn keepable(entry: &str) -> Option<String> {
    let e = entry.trim();
    let one_line = !e.chars().any(char::is_control);
    let fits = e.chars().count() <= MAX_ENTRY_CHARS;
    (!e.is_empty() && one_line && fits && redact::scrub(e) == e).then(|| e.to_string())
}

/// Where ↑/↓ stand in a history while a prompt is open, and what was typed before the
/// first ↑ (given back after the newest entry).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recall {
    at: Option<usize>,
    draft: String,
}

impl Recall {
    /// ↑: the entry before the one shown (the newest at first); None at the oldest or
    /// when there is none.
    pub fn older(&mut self, entries: &[String], typed: &str) -> Option<String> {
        let at = match self.at {
            None if entries.is_empty() => return None,
            None => {
                self.draft = typed.to_string();
                entries.len() - 1
            }
            Some(0) => return None,
            Some(i) => i.min(entries.len()).checked_sub(1)?,
        };
        self.at = Some(at);
        entries.get(at).cloned()
    }

    /// ↓: the entry after the one shown, then what was typed before; None when not in
    /// the history.
    pub fn newer(&mut self, entries: &[String]) -> Option<String> {
        let at = self.at?;
        match entries.get(at + 1) {
            Some(e) => {
                self.at = Some(at + 1);
                Some(e.clone())
            }
            None => {
                self.at = None;
                Some(std::mem::take(&mut self.draft))
            }
        }
    }

    /// Whether an entry of the history is shown.
    pub fn is_browsing(&self) -> bool {
        self.at.is_some()
    }

    /// Typing leaves the history: ↑ starts from the newest entry again.
    pub fn reset(&mut self) {
        self.at = None;
        self.draft.clear();
    }
}

#[cfg(test)]
#[path = "history_tests.rs"]
mod tests;
