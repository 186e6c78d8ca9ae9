//! The report of a pasted list: how many users were marked, then the lines that marked
//! nobody, grouped by why, each with its line number.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::confirm::{capitalised, popup, popup_height};
use super::theme::Theme;
use crate::app::action::Action;
use crate::app::keymap::Keymap;
use crate::app::state::paste_report::PasteReport;

fn body(report: &PasteReport, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (heading, lines) in &report.groups {
        out.push(Line::styled(
            format!("{heading} ({})", lines.len()),
            theme.title,
        ));
        out.extend(lines.iter().map(|l| Line::from(format!(" - {l}"))));
    }
    out
}

pub(crate) fn render(
    frame: &mut Frame,
    area: Rect,
    report: &PasteReport,
    keys: &Keymap,
    theme: &Theme,
) {
    let body = body(report, theme);
    let width = area.width.min(96);
    let rows = popup_height(&body, width).saturating_sub(2);
    let height = rows
        .saturating_add(4)
        .min(area.height.saturating_sub(2).max(6));
    let title = format!("Pasted list: {}", report.summary);
    let inner =
        popup(frame, area, width, height, &capitalised(&title), theme).inner(Margin::new(1, 0));
    let [list, footer] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let scroll = u16::try_from(report.scroll).unwrap_or(u16::MAX);
    frame.render_widget(
        Paragraph::new(body)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        list,
    );
    let hint = format!(
        "{}/enter close · {}/{} scroll",
        keys.first(Action::Back),
        keys.first(Action::Down),
        keys.first(Action::Up)
    );
    frame.render_widget(Paragraph::new(Span::styled(hint, theme.hint)), footer);
}
