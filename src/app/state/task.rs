//! A long read running in the background: marking every user of a query, finding the
//! users of a pasted list, or exporting the list to a file. One at a time; its progress
//! is on the status line and `Esc` (or `c`) stops it.

use crate::app::effect::RequestId;
use crate::app::msg::ReadProgress;
use crate::people::export::ExportFormat;
use crate::people::pasted::PastedList;

/// What a long read is for.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskKind {
    /// Marking every user the list's query matches.
    MarkAll,
    /// Finding (then marking) the users a pasted list names.
    Paste(Box<PastedList>),
    /// Writing the list to a file.
    Export { format: ExportFormat, path: String },
}

/// The long read in flight.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadTask {
    request: RequestId,
    pub kind: TaskKind,
    progress: Option<ReadProgress>,
}

impl ReadTask {
    pub fn new(request: RequestId, kind: TaskKind) -> Self {
        Self {
            request,
            kind,
            progress: None,
        }
    }

    pub fn request(&self) -> RequestId {
        self.request
    }

    pub fn on_progress(&mut self, progress: ReadProgress) {
        self.progress = Some(progress);
    }

    /// What it does, in a few words ("marking the users of the list").
    pub fn what(&self) -> String {
        match &self.kind {
            TaskKind::MarkAll => "marking every user of the list".into(),
            TaskKind::Paste(list) => format!(
                "finding the {} of the pasted list",
                crate::app::words::users(list.wanted.len())
            ),
            TaskKind::Export { path, .. } => format!(
                "exporting to {}",
                crate::sanitize::display_safe_short(path, 60)
            ),
        }
    }

    /// While marks are being added, acting on the marks would miss some: what it is, to
    /// say so.
    pub fn blocks_marks(&self) -> Option<String> {
        match self.kind {
            TaskKind::MarkAll | TaskKind::Paste(_) => Some(self.what()),
            TaskKind::Export { .. } => None,
        }
    }

    /// One line for the status bar: "marking every user of the list: 3400/100000…".
    pub fn summary(&self) -> String {
        let unit = match self.kind {
            TaskKind::Paste(_) => "",
            TaskKind::MarkAll | TaskKind::Export { .. } => " users",
        };
        match self.progress {
            None => format!("{}…", self.what()),
            Some(ReadProgress {
                done,
                total: Some(total),
            }) => format!("{}: {done}/{total}{unit}…", self.what()),
            Some(ReadProgress { done, total: None }) => {
                format!("{}: {done}{unit}…", self.what())
            }
        }
    }
}

#[cfg(test)]
#[path = "task_tests.rs"]
mod tests;
