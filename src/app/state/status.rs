//! The status line and the recent messages behind it: the status bar shows the last error
//! and the last notice, cut to its width; the messages view reads the recent ones in full.

use std::collections::VecDeque;

/// How many recent messages are kept (the oldest go first).
pub(crate) const RECENT_MAX: usize = 50;

/// Whether a message tells of a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Error,
    Notice,
}

/// One message as it was shown, with how many times in a row it was said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusMessage {
    pub kind: MessageKind,
    /// The words (raw: sanitise before drawing).
    pub text: String,
    /// Times it was said in a row (1 the first time).
    pub repeats: u32,
}

/// The status line: the last error and the last notice, in words, and the recent
/// messages (at most [`RECENT_MAX`], newest last).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatusLine {
    pub error: Option<String>,
    pub notice: Option<String>,
    recent: VecDeque<StatusMessage>,
}

impl StatusLine {
    /// Shows an error, and keeps it among the recent messages.
    pub fn error(&mut self, words: impl Into<String>) {
        let words = words.into();
        self.remember(MessageKind::Error, &words);
        self.error = Some(words);
    }

    /// Shows a notice, and keeps it among the recent messages.
    pub fn notice(&mut self, words: impl Into<String>) {
        let words = words.into();
        self.remember(MessageKind::Notice, &words);
        self.notice = Some(words);
    }

    /// Shows a notice that only follows progress ("terminating 3/10…"): not kept, so the
    /// recent messages hold what happened, not every step of it.
    pub fn progress(&mut self, words: impl Into<String>) {
        self.notice = Some(words.into());
    }

    /// The recent messages, newest first.
    pub fn recent(&self) -> impl DoubleEndedIterator<Item = &StatusMessage> + ExactSizeIterator {
        self.recent.iter().rev()
    }

    fn remember(&mut self, kind: MessageKind, text: &str) {
        if let Some(last) = self.recent.back_mut()
            && last.kind == kind
            && last.text == text
        {
            last.repeats = last.repeats.saturating_add(1);
            return;
        }
        if self.recent.len() == RECENT_MAX {
            self.recent.pop_front();
        }
        self.recent.push_back(StatusMessage {
            kind,
            text: text.to_string(),
            repeats: 1,
        });
    }
}

#[cfg(test)]
#[path = "status_tests.rs"]
mod tests;
