//! The status line (portal, counts, spinner, last error or notice) and the hint line
//! (generated from the keymap).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{truncate, width};
use super::theme::Theme;
use crate::app::{Action, Model, Overlay};
use crate::sanitize::display_safe;

const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/// "loaded/total users" (or "loaded users" while the total is unknown).
pub(crate) fn counts(model: &Model) -> String {
    let u = &model.users;
    match u.total {
        Some(t) if u.is_complete() => format!("{t} users"),
        Some(t) => format!("{}/{t} users", u.loaded_count()),
        None => format!("{} users", u.loaded_count()),
    }
}

/// " · 3 marked" while users are marked (or rows wait to be), else nothing.
pub(crate) fn marked(model: &Model) -> String {
    let (n, waiting) = (model.marks.len(), model.marks.waiting());
    match (n, waiting) {
        (0, 0) => String::new(),
        (n, 0) => format!(" · {n} marked"),
        (n, w) => format!(" · {n} marked (+{w} loading)"),
    }
}

pub(crate) fn render_status(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let w = usize::from(area.width);
    let spin = if model.requests.is_busy() {
        SPINNER[(model.ticks % SPINNER.len() as u64) as usize]
    } else {
        " "
    };
    let left = format!(
        "{spin} {} · {}{} ",
        display_safe(&model.portal_label),
        counts(model),
        marked(model)
    );
    let left = truncate(&left, w);
    let mut room = w.saturating_sub(width(&left));
    let mut spans = vec![Span::styled(left, theme.status_bar)];
    if let Some(task) = &model.task {
        let words = format!(
            "{} ({} stops)",
            task.summary(),
            model.keymap.first(Action::Back)
        );
        let task = truncate(&format!("· {words} "), room);
        room = room.saturating_sub(width(&task));
        spans.push(Span::styled(task, theme.notice));
    }
    if let Some(job) = background_job(model) {
        let job = truncate(&format!("· {job} "), room);
        room = room.saturating_sub(width(&job));
        spans.push(Span::styled(job, theme.notice));
    }
    // The words are built from sanitised parts; sanitised again here as a last guard.
    if let Some(err) = &model.status.error {
        spans.push(Span::styled(
            truncate(&format!("· {}", display_safe(err)), room),
            theme.error,
        ));
    } else if let Some(n) = &model.status.notice {
        spans.push(Span::styled(
            truncate(&format!("· {}", display_safe(n)), room),
            theme.notice,
        ));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(theme.status_bar),
        area,
    );
}

/// A job running while its gauge is hidden: "terminating 3/10… (R shows it)".
pub(crate) fn background_job(model: &Model) -> Option<String> {
    let job = model.job.as_ref().filter(|j| j.is_running())?;
    if matches!(model.overlay, Overlay::Job) {
        return None;
    }
    Some(format!(
        "{} ({} shows it)",
        job.summary(),
        model.keymap.first(Action::ReopenJob)
    ))
}

/// Pairs of (keys, what) for the hint line of the current context.
pub(crate) fn hints(model: &Model) -> Vec<(String, &'static str)> {
    let k = &model.keymap;
    let pair = |a: Action, b: Action| format!("{}/{}", k.first(a), k.first(b));
    if model.quit_asked {
        return vec![
            (k.first(Action::Confirm), "quit anyway"),
            (pair(Action::Cancel, Action::Back), "stay"),
        ];
    }
    match &model.overlay {
        Overlay::Help { .. } => vec![
            (pair(Action::Down, Action::Up), "scroll"),
            (k.first(Action::Back), "close"),
        ],
        Overlay::Search => vec![
            (k.first(Action::Open), "apply"),
            (k.first(Action::Back), "clear"),
        ],
        Overlay::Lookup(_) => vec![
            (k.first(Action::Open), Action::Lookup.hint()),
            (k.first(Action::Back), "cancel"),
        ],
        Overlay::Form(_) => vec![
            (k.first(Action::Submit), Action::Submit.hint()),
            (
                pair(Action::NextField, Action::PrevField),
                Action::Down.hint(),
            ),
            (k.first(Action::Back), "cancel"),
        ],
        Overlay::Confirm(_) => vec![
            (k.first(Action::Confirm), Action::Confirm.description()),
            (
                pair(Action::Cancel, Action::Back),
                Action::Cancel.description(),
            ),
        ],
        Overlay::Job if model.job.as_ref().is_some_and(|j| j.is_running()) => {
            let mut hints = vec![(k.first(Action::Back), "hide (the change goes on)")];
            if model.job.as_ref().is_some_and(|j| !j.is_stopping()) {
                hints.push((
                    k.first(Action::StopJob),
                    "stop after the requests already sent",
                ));
            }
            hints
        }
        Overlay::Job | Overlay::PasteReport(_) => vec![
            (pair(Action::Down, Action::Up), "scroll"),
            (k.first(Action::Back), "close"),
        ],
        Overlay::Palette(_) => vec![
            (k.first(Action::Open), "run"),
            (pair(Action::NextField, Action::PrevField), "choose"),
            (
                pair(Action::HistoryPrev, Action::HistoryNext),
                Action::HistoryPrev.hint(),
            ),
            (k.first(Action::Back), "close"),
        ],
        Overlay::Export(_) => vec![
            (k.first(Action::Open), Action::Export.hint()),
            (k.first(Action::Back), "cancel"),
        ],
        Overlay::None if model.detail.focused => vec![
            (pair(Action::Down, Action::Up), "scroll"),
            (k.first(Action::Back), Action::Back.hint()),
            (k.first(Action::Refresh), Action::Refresh.hint()),
            (k.first(Action::Help), Action::Help.hint()),
            (k.first(Action::Quit), Action::Quit.hint()),
        ],
        Overlay::None => {
            let mut v = vec![(pair(Action::Down, Action::Up), Action::Down.hint())];
            // A job runs in the background: the way back to it comes first.
            if model.job.as_ref().is_some_and(|j| j.is_running()) {
                v.push((k.first(Action::ReopenJob), Action::ReopenJob.hint()));
            }
            for a in [
                Action::Open,
                Action::Search,
                Action::CycleFilter,
                Action::Lookup,
                Action::Refresh,
                Action::Help,
                Action::Quit,
                Action::NewUser,
                Action::ToggleMark,
                Action::Terminate,
                Action::Activate,
                Action::Delete,
            ] {
                v.push((k.first(a), a.hint()));
            }
            if model.job.as_ref().is_some_and(|j| !j.is_running()) {
                v.push((k.first(Action::ReopenJob), Action::ReopenJob.hint()));
            }
            v
        }
    }
}

pub(crate) fn render_hints(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let mut spans = Vec::new();
    let mut used = 0;
    let w = usize::from(area.width);
    for (i, (keys, what)) in hints(model).into_iter().enumerate() {
        let sep = if i == 0 { "" } else { "  " };
        let piece = width(sep) + width(&keys) + 1 + width(what);
        if used + piece > w {
            break;
        }
        used += piece;
        spans.push(Span::raw(sep));
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(format!(" {what}"), theme.hint));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

#[cfg(test)]
#[path = "status_bar_tests.rs"]
mod tests;
