//! A lifecycle job on screen: the progress gauge while it runs, then the per-user report.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use super::confirm::{capitalised, popup, popup_height, shown_name};
use super::hints::{self, fit, report_keys};
use super::text::wrap;
use super::theme::Theme;
use crate::app::action::Action;
use crate::app::keymap::Keymap;
use crate::app::state::job::{BulkJob, grouped};
use crate::app::words::users;
use crate::bulk::Outcome;
use crate::sanitize::display_safe_short;

const REASON_CHARS: usize = 200;

/// Columns of the running job's box, borders included.
const GAUGE_WIDTH: u16 = 64;

/// Draws the running job's gauge, or the finished job's report, centred in `area`.
pub(crate) fn render(frame: &mut Frame, area: Rect, job: &BulkJob, keys: &Keymap, theme: &Theme) {
    if job.is_running() {
        render_gauge(frame, area, job, keys, theme);
    } else {
        render_report(frame, area, job, keys, theme);
    }
}

fn render_gauge(frame: &mut Frame, area: Rect, job: &BulkJob, keys: &Keymap, theme: &Theme) {
    let title = format!(
        "{} {}",
        capitalised(job.action().verb()),
        users(job.total())
    );
    let mut now = format!("Now: {}", job.step());
    if let Some(p) = job.job_percent() {
        now.push_str(&format!(" {p}%"));
    }
    if let Some(to) = job.receiver() {
        now.push_str(&format!(" (data to {})", shown_name(to)));
    }
    let words = if job.is_stopping() {
        "Stopping: the requests already sent finish, no more are sent.".to_string()
    } else if job.receiver().is_some() {
        format!(
            "{} stops: a running handover is stopped, and that user is not deleted.",
            keys.first(Action::StopJob)
        )
    } else {
        format!(
            "{} stops after the requests already sent. Other changes wait.",
            keys.first(Action::StopJob)
        )
    };
    // The box's width less its borders and margins: the lines wrap to it, nothing is cut.
    let width = area.width.min(GAUGE_WIDTH);
    let cols = usize::from(width.saturating_sub(4));
    let now = wrap(&now, cols);
    let words = wrap(&words, cols);
    let height = (now.len() + 1 + words.len() + 2) as u16;
    let inner = popup(frame, area, width, height, &title, theme).inner(Margin::new(1, 0));
    let [step, gauge, note] = inner.layout(&Layout::vertical([
        Constraint::Length(now.len() as u16),
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    let lines = |v: Vec<String>, style| -> Vec<Line<'static>> {
        v.into_iter().map(|l| Line::styled(l, style)).collect()
    };
    frame.render_widget(Paragraph::new(lines(now, theme.base)), step);
    frame.render_widget(
        Gauge::default()
            .ratio(job.ratio())
            .label(format!("{}/{}", job.done(), job.total()))
            .gauge_style(theme.gauge),
        gauge,
    );
    frame.render_widget(Paragraph::new(lines(words, theme.hint)), note);
}

/// The report's lines: a heading per group, then one line per user with the reason.
fn report_lines(job: &BulkJob, theme: &Theme) -> Vec<Line<'static>> {
    let Some(report) = job.report() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (heading, results) in grouped(report) {
        if results.is_empty() {
            continue;
        }
        out.push(Line::styled(
            format!("{heading} ({})", results.len()),
            theme.title,
        ));
        for r in results {
            let name = shown_name(&r.name);
            let why = display_safe_short(r.outcome.reason(), REASON_CHARS);
            let data = job
                .data_of(r.id)
                .map(|d| format!(" — data: {}", display_safe_short(&d, REASON_CHARS)))
                .unwrap_or_default();
            let line = match &r.outcome {
                Outcome::Done => Line::from(format!(" ✓ {name}{data}")),
                Outcome::Unchanged(_) => Line::from(format!(" = {name}: {why}")),
                Outcome::Failed(_) => Line::styled(format!(" ✗ {name}: {why}{data}"), theme.error),
                Outcome::Unknown(_) => Line::styled(format!(" ? {name}: {why}{data}"), theme.error),
                Outcome::Skipped(_) | Outcome::Stopped(_) => {
                    Line::from(format!(" - {name}: {why}{data}"))
                }
            };
            out.push(line);
        }
    }
    out
}

fn render_report(frame: &mut Frame, area: Rect, job: &BulkJob, keys: &Keymap, theme: &Theme) {
    let body = report_lines(job, theme);
    let width = area.width.min(96);
    // Rows of the wrapped body (less the border `popup_height` counts).
    let rows = popup_height(&body, width).saturating_sub(2);
    let height = rows
        .saturating_add(4)
        .min(area.height.saturating_sub(2).max(6));
    let title = capitalised(&job.summary());
    let inner = popup(frame, area, width, height, &title, theme).inner(Margin::new(1, 0));
    let [list, footer] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let scroll = u16::try_from(job.scroll()).unwrap_or(u16::MAX);
    frame.render_widget(
        Paragraph::new(body)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        list,
    );
    let more = usize::from(list.height) < usize::from(rows.saturating_sub(scroll));
    let shown = fit(
        report_keys(keys, more || scroll > 0),
        usize::from(footer.width),
    );
    frame.render_widget(Paragraph::new(hints::line(&shown, theme)), footer);
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
