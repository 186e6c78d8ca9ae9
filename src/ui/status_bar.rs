//! The status line (portal, counts, spinner, last error or notice) and the hint line
//! (see [`super::hints`]; a read-only profile's badge comes first).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::hints::{self, fit};
use super::text::{truncate, width};
use super::theme::Theme;
use crate::app::words::{hints as hint_words, job as job_words, list as list_words};
use crate::app::{Action, Model, Overlay};

use crate::sanitize::display_safe;

const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/// How many users the list has: "250 users", "300+ users", "reading users…".
pub(crate) fn counts(model: &Model) -> String {
    list_words::counts(model.users.size())
}

/// " · 3 marked" while users are marked (or rows wait to be), else nothing.
pub(crate) fn marked(model: &Model) -> String {
    let (n, waiting) = (model.marks.len(), model.marks.waiting());
    let count = |n: usize| crate::people::count::thousands(u64::try_from(n).unwrap_or(u64::MAX));
    match (n, waiting) {
        (0, 0) => String::new(),
        (n, 0) => format!(" · {} marked", count(n)),
        (n, w) => format!(" · {} marked (+{} loading)", count(n), count(w)),
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
    let message = match (&model.status.error, &model.status.notice) {
        (Some(err), _) => Some((err, theme.error)),
        (None, Some(n)) => Some((n, theme.notice)),
        (None, None) => None,
    };
    if let Some((text, style)) = message {
        spans.extend(message_spans(
            model,
            &display_safe(text),
            room,
            style,
            theme,
        ));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(theme.status_bar),
        area,
    );
}

/// The message in `room` columns; cut, it ends with the key of the messages view, where
/// it reads in full.
fn message_spans(
    model: &Model,
    text: &str,
    room: usize,
    style: ratatui::style::Style,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let full = format!("· {text}");
    if width(&full) <= room {
        return vec![Span::styled(full, style)];
    }
    let key = model.keymap.first(Action::Messages);
    let more = format!(" {}", hint_words::MORE);
    let tail = 1 + width(&key) + width(&more);
    // Where the key does not open the messages (a dialog is open), or the key does not
    // fit as well: just cut.
    let over_list = matches!(model.overlay, Overlay::None) && model.help.is_none();
    if !over_list || room < tail + 8 {
        return vec![Span::styled(truncate(&full, room), style)];
    }
    vec![
        Span::styled(truncate(&full, room - tail), style),
        Span::raw(" "),
        Span::styled(key, theme.key),
        Span::styled(more, theme.hint),
    ]
}

/// A job running while its gauge is hidden: "terminating 3/10… (R shows it)".
pub(crate) fn background_job(model: &Model) -> Option<String> {
    let job = model.job.as_ref().filter(|j| j.is_running())?;
    if matches!(model.overlay, Overlay::Job) {
        return None;
    }
    Some(job_words::in_background(
        &job.summary(),
        &model.keymap.first(Action::ReopenJob),
    ))
}

/// The hint line: the read-only badge, then the hints of the view that fit.
pub(crate) fn render_hints(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let mut spans = Vec::new();
    let mut room = usize::from(area.width);
    if model.read_only {
        let badge = format!(" {} ", hint_words::READ_ONLY);
        room = room.saturating_sub(width(&badge) + 2);
        spans.push(Span::styled(
            badge,
            theme.error.add_modifier(Modifier::REVERSED),
        ));
        spans.push(Span::raw("  "));
    }
    let shown = fit(hints::hints(model), room);
    spans.extend(hints::spans(&shown, theme));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

#[cfg(test)]
#[path = "status_bar_tests.rs"]
mod tests;
