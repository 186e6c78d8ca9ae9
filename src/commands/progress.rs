//! A progress bar on stderr, shown only when stderr is a terminal.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::bulk::Progress;

pub(crate) struct Bar(Option<ProgressBar>);

impl Bar {
    /// A bar for `total` users (hidden when stderr is not a terminal).
    pub(crate) fn new(total: usize) -> Self {
        if !std::io::stderr().is_terminal() || total == 0 {
            return Self(None);
        }
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{msg:>12} [{bar:30}] {pos}/{len} users") {
            bar.set_style(style.progress_chars("=> "));
        }
        Self(Some(bar))
    }

    /// No bar at all.
    pub(crate) fn hidden() -> Self {
        Self(None)
    }

    /// A spinner counting users while a list is read.
    pub(crate) fn counter(what: &str) -> Self {
        if !std::io::stderr().is_terminal() {
            return Self(None);
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} {pos} users") {
            bar.set_style(style);
        }
        bar.set_message(what.to_string());
        Self(Some(bar))
    }

    /// A bar from 0 to 100 % for a background job of the portal.
    pub(crate) fn percent(what: &str) -> Self {
        if !std::io::stderr().is_terminal() {
            return Self(None);
        }
        let bar = ProgressBar::with_draw_target(Some(100), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{msg:>18} [{bar:30}] {pos}%") {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(what.to_string());
        Self(Some(bar))
    }

    pub(crate) fn update(&self, p: Progress) {
        if let Some(b) = &self.0 {
            b.set_position(p.done as u64);
            b.set_message(step_words(&p));
        }
    }

    pub(crate) fn set(&self, n: usize, total: Option<u64>) {
        if let Some(b) = &self.0 {
            if let Some(t) = total {
                b.set_length(t);
            }
            b.set_position(n as u64);
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}

/// What the bar says is going on: the step, and how far the portal's job for the user
/// at hand is (a handover, a data removal) when one runs.
fn step_words(p: &Progress) -> String {
    match p.percent {
        Some(percent) => format!("{} {percent}%", p.step.as_str()),
        None => p.step.as_str().to_string(),
    }
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
