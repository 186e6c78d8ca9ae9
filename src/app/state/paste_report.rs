//! What became of a pasted list: how many users were marked, and the lines that marked
//! nobody (no such user, not an ID or an email, or the portal could not say), each with
//! its line number. It scrolls when long.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::job::ReportEvent;
use crate::app::action::{Action, Context};
use crate::app::keymap::Keymap;
use crate::app::msg::FindAnswer;
use crate::app::words::users;
use crate::people::lookup::LookupTarget;
use crate::people::pasted::PastedList;
use crate::sanitize::display_safe_short;

/// The report of one pasted list.
#[derive(Debug, Clone, PartialEq)]
pub struct PasteReport {
    /// One sentence: "marked 2 users; 1 line matched nobody".
    pub summary: String,
    /// Headed groups of lines (made safe to show), the empty ones left out.
    pub groups: Vec<(&'static str, Vec<String>)>,
    /// First line shown.
    pub scroll: usize,
}

impl PasteReport {
    /// The report of `list`, whose users were answered `answers` (in order); `marked`
    /// of them were not marked before.
    pub fn new(list: &PastedList, answers: &[FindAnswer], marked: usize) -> Self {
        let describe = |t: &LookupTarget| match t {
            LookupTarget::Id(id) => id.to_string(),
            LookupTarget::Email(e) => display_safe_short(e, 80),
        };
        let mut missing = Vec::new();
        let mut failed = Vec::new();
        for (wanted, answer) in list.wanted.iter().zip(answers) {
            let what = describe(&wanted.target);
            match answer {
                FindAnswer::Found(_) => {}
                FindAnswer::Missing => missing.push(format!("line {}: {what}", wanted.line)),
                FindAnswer::Failed(why) => failed.push(format!(
                    "line {}: {what}: {}",
                    wanted.line,
                    display_safe_short(why, 120)
                )),
            }
        }
        let unreadable: Vec<String> = list
            .unreadable
            .iter()
            .map(|(line, raw)| format!("line {line}: {}", display_safe_short(raw, 80)))
            .collect();
        let found = answers
            .iter()
            .filter(|a| matches!(a, FindAnswer::Found(_)))
            .count();
        let mut parts = vec![format!("marked {}", users(marked))];
        if found > marked {
            parts.push(format!("{} already marked", found - marked));
        }
        let nobody = missing.len() + unreadable.len() + failed.len();
        if nobody > 0 {
            let lines = if nobody == 1 { "line" } else { "lines" };
            parts.push(format!("{nobody} {lines} matched nobody"));
        }
        if list.repeats > 0 {
            parts.push(format!("{} repeated", list.repeats));
        }
        let groups = [
            ("No such user on the portal", missing),
            ("Neither a user ID nor an email", unreadable),
            ("Could not be checked", failed),
        ]
        .into_iter()
        .filter(|(_, lines)| !lines.is_empty())
        .collect();
        Self {
            summary: parts.join("; "),
            groups,
            scroll: 0,
        }
    }

    /// Whether some line marked nobody (then the report is shown, not just told).
    pub fn has_unmatched(&self) -> bool {
        !self.groups.is_empty()
    }

    /// Lines of the body: a heading per group, a line per entry.
    pub fn line_count(&self) -> usize {
        self.groups.iter().map(|(_, lines)| lines.len() + 1).sum()
    }

    /// `j`/`k`, arrows and pages scroll; `Esc`, `Enter`, `y`, `n` close.
    pub fn handle_key(&mut self, key: KeyEvent, keys: &Keymap) -> ReportEvent {
        if key.kind == KeyEventKind::Release {
            return ReportEvent::Nothing;
        }
        let last = self.line_count().saturating_sub(1);
        match keys.action(Context::List, &key) {
            Some(Action::Down) => self.scroll = (self.scroll + 1).min(last),
            Some(Action::Up) => self.scroll = self.scroll.saturating_sub(1),
            Some(Action::PageDown) => self.scroll = (self.scroll + 10).min(last),
            Some(Action::PageUp) => self.scroll = self.scroll.saturating_sub(10),
            Some(Action::Back | Action::Open) => return ReportEvent::Close,
            _ => match (keys.action(Context::Dialog, &key), key.code) {
                (Some(Action::Confirm | Action::Cancel), _) | (_, KeyCode::Enter) => {
                    return ReportEvent::Close;
                }
                _ => {}
            },
        }
        ReportEvent::Nothing
    }
}

#[cfg(test)]
#[path = "paste_report_tests.rs"]
mod tests;
