//! A running (or finished) lifecycle job: its progress while the worker sends the
//! requests, then the per-user report (succeeded, failed with the portal's reason, left
//! out with the reason).

use crossterm::event::{KeyEvent, KeyEventKind};

use crate::app::action::{Action, Context};
use crate::app::effect::RequestId;
use crate::app::keymap::Keymap;
use crate::app::words::job as words;
use crate::bulk::offboard::{DataFate, Ended, OffboardPlan};
use crate::bulk::{BulkAction, Outcome, Plan, Progress, Report, Step, UserResult};

/// What a key did to the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportEvent {
    Nothing,
    Close,
}

/// One lifecycle job, from confirmation to its report.
#[derive(Debug, Clone, PartialEq)]
pub struct BulkJob {
    request: RequestId,
    action: BulkAction,
    /// Users the job will try to change.
    total: usize,
    /// Users left out before anything was sent.
    excluded: usize,
    progress: Option<Progress>,
    report: Option<Report>,
    /// First report line shown (the report scrolls when long).
    scroll: usize,
    /// A stop was asked: no further chunk is sent.
    stopping: bool,
    /// An offboarding run: who receives the data (raw name).
    receiver: Option<String>,
    /// What became of each user's data (an offboarding run).
    data: Vec<DataFate>,
}

impl BulkJob {
    /// A job just sent to the worker as `request`.
    pub fn new(request: RequestId, plan: &Plan) -> Self {
        Self {
            request,
            action: plan.action,
            total: plan.eligible.len(),
            excluded: plan.excluded.len(),
            progress: None,
            report: None,
            scroll: 0,
            stopping: false,
            receiver: None,
            data: Vec::new(),
        }
    }

    /// An offboarding run just sent to the worker as `request`.
    pub fn offboarding(request: RequestId, plan: &OffboardPlan) -> Self {
        let terminate_first = plan
            .targets
            .iter()
            .any(|t| t.status != Some(crate::api::EmployeeStatus::Terminated));
        Self {
            request,
            action: BulkAction::Delete { terminate_first },
            total: plan.targets.len(),
            excluded: plan.excluded.len(),
            progress: None,
            report: None,
            scroll: 0,
            stopping: false,
            receiver: Some(plan.receiver.name.clone()),
            data: Vec::new(),
        }
    }

    /// Who receives the data (raw name), for an offboarding run.
    pub fn receiver(&self) -> Option<&str> {
        self.receiver.as_deref()
    }

    /// The percentage of the portal's job being followed now (handover, data removal).
    pub fn job_percent(&self) -> Option<u8> {
        self.progress.and_then(|p| p.percent)
    }

    /// What became of each user's data, when the run says.
    pub fn set_data(&mut self, data: Vec<DataFate>) {
        self.data = data;
    }

    /// What became of `id`'s data (raw words), if known.
    pub fn data_of(&self, id: uuid::Uuid) -> Option<String> {
        self.data
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.words(None, &str::to_string))
    }

    /// The users the job deleted (a data removal that failed does not undo a delete).
    pub fn deleted(&self) -> impl Iterator<Item = uuid::Uuid> + '_ {
        self.data.iter().filter(|d| d.deleted).map(|d| d.id)
    }

    pub fn request(&self) -> RequestId {
        self.request
    }

    pub fn action(&self) -> BulkAction {
        self.action
    }

    pub fn total(&self) -> usize {
        self.total
    }

    pub fn is_running(&self) -> bool {
        self.report.is_none()
    }

    /// Asks the running job to stop after the requests already sent. False when it is
    /// finished or already stopping (nothing to ask).
    pub fn stop(&mut self) -> bool {
        if !self.is_running() || self.stopping {
            return false;
        }
        self.stopping = true;
        true
    }

    /// Whether a stop was asked.
    pub fn is_stopping(&self) -> bool {
        self.stopping
    }

    /// Users not (fully) changed because of the stop.
    pub fn not_attempted(&self) -> usize {
        self.report.as_ref().map_or(0, Report::stopped)
    }

    pub fn report(&self) -> Option<&Report> {
        self.report.as_ref()
    }

    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// Scrolls the report by `delta` lines (the mouse wheel), as its keys do.
    pub fn scroll_report(&mut self, delta: isize) {
        let lines = 2 * self.report.as_ref().map_or(0, report_line_count);
        self.scroll = self
            .scroll
            .saturating_add_signed(delta)
            .min(lines.saturating_sub(1));
    }

    /// The request being sent now (the first one until the worker reports).
    pub fn step(&self) -> Step {
        self.progress
            .map_or_else(|| first_step(self.action), |p| p.step)
    }

    /// Users with a final outcome so far.
    pub fn done(&self) -> usize {
        match (&self.report, self.progress) {
            (Some(_), _) => self.total,
            (None, Some(p)) => p.done.min(self.total),
            (None, None) => 0,
        }
    }

    /// Share done, 0.0 ..= 1.0.
    pub fn ratio(&self) -> f64 {
        if self.total == 0 {
            return 1.0;
        }
        (self.done() as f64 / self.total as f64).clamp(0.0, 1.0)
    }

    pub fn on_progress(&mut self, progress: Progress) {
        if self.report.is_none() {
            self.progress = Some(progress);
        }
    }

    pub fn finish(&mut self, report: Report) {
        self.report = Some(report);
        self.scroll = 0;
    }

    /// Whether the finished job deserves a report on screen: something failed or was left
    /// out, several users were involved, data was handed over, or a data removal did not
    /// end as done. A single clean change is told in the status line only.
    pub fn wants_report(&self) -> bool {
        // An offboarding run always tells what became of the data.
        let removal_unfinished = self
            .data
            .iter()
            .any(|d| d.removal.as_ref().is_some_and(|e| *e != Ended::Done));
        self.report.as_ref().is_some_and(|r| {
            r.results.len() > 1
                || r.done() != r.results.len()
                || self.receiver.is_some()
                || removal_unfinished
        })
    }

    /// Keys on the report, read through the keymap: the list's movement keys scroll;
    /// `back`, `open`, `press`, `confirm` and `cancel` close.
    pub fn handle_report_key(&mut self, key: KeyEvent, keys: &Keymap) -> ReportEvent {
        if key.kind == KeyEventKind::Release {
            return ReportEvent::Nothing;
        }
        // Long reasons wrap: allow scrolling past the line count.
        let lines = 2 * self.report.as_ref().map_or(0, report_line_count);
        match keys.action(Context::List, &key) {
            Some(Action::Down) => self.scroll = (self.scroll + 1).min(lines.saturating_sub(1)),
            Some(Action::Up) => self.scroll = self.scroll.saturating_sub(1),
            Some(Action::PageDown) => {
                self.scroll = (self.scroll + 10).min(lines.saturating_sub(1));
            }
            Some(Action::PageUp) => self.scroll = self.scroll.saturating_sub(10),
            Some(Action::Back | Action::Open) => return ReportEvent::Close,
            _ => {
                if let Some(Action::Press | Action::Confirm | Action::Cancel) =
                    keys.action(Context::Dialog, &key)
                {
                    return ReportEvent::Close;
                }
            }
        }
        ReportEvent::Nothing
    }

    /// One sentence for the status line: "terminated 3 users; 1 failed; 2 left out".
    pub fn summary(&self) -> String {
        let Some(report) = &self.report else {
            let step = self.step().to_string();
            return words::running(&step, self.done(), self.total, self.stopping);
        };
        let tally = words::Tally {
            done: report.done(),
            unchanged: report.unchanged(),
            failed: report.failed(),
            unknown: report.unknown(),
            skipped: report.skipped(),
            not_attempted: self.not_attempted(),
        };
        words::finished(self.action, tally)
    }
}

fn first_step(action: BulkAction) -> Step {
    match action {
        BulkAction::Terminate
        | BulkAction::Delete {
            terminate_first: true,
        } => Step::Terminating,
        BulkAction::Activate => Step::Activating,
        BulkAction::Delete {
            terminate_first: false,
        } => Step::Deleting,
    }
}

/// The report's results grouped: failed first (what needs attention), then unknown (to
/// check), left out, stopped before they were (fully) changed, unchanged (already in the
/// wanted state), then succeeded.
pub(crate) fn grouped(report: &Report) -> [(&'static str, Vec<&UserResult>); 6] {
    let pick = |f: &dyn Fn(&Outcome) -> bool| {
        report
            .results
            .iter()
            .filter(|r| f(&r.outcome))
            .collect::<Vec<_>>()
    };
    [
        (words::FAILED, pick(&|o| matches!(o, Outcome::Failed(_)))),
        (words::UNKNOWN, pick(&|o| matches!(o, Outcome::Unknown(_)))),
        (words::LEFT_OUT, pick(&|o| matches!(o, Outcome::Skipped(_)))),
        (words::STOPPED, pick(&|o| matches!(o, Outcome::Stopped(_)))),
        (
            words::NOTHING_TO_CHANGE,
            pick(&|o| matches!(o, Outcome::Unchanged(_))),
        ),
        (words::SUCCEEDED, pick(&|o| matches!(o, Outcome::Done))),
    ]
}

/// How many lines the report body has (a heading per non-empty group, a line per user).
pub(crate) fn report_line_count(report: &Report) -> usize {
    grouped(report)
        .iter()
        .filter(|(_, g)| !g.is_empty())
        .map(|(_, g)| g.len() + 1)
        .sum()
}

#[cfg(test)]
#[path = "job_tests.rs"]
mod tests;
