//! The filter panel (`f`): a window over the list with every filter as a row, the
//! section named beside its first row, the cursor's row highlighted, scrolled to keep it
//! in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::layout::centered;
use super::text::{fit, truncate, wrap};
use super::theme::Theme;
use crate::api::{FilterValue, GroupFilter, Payments};
use crate::app::Action;
use crate::app::Model;
use crate::app::list_reads::reading_groups;
use crate::app::state::filter_panel::{Choice, FilterPanel, choices};
use crate::sanitize::{display_safe, display_safe_short, html_decode};

/// The window's widest.
const WIDTH: u16 = 56;
/// The column of section names.
const SECTION: usize = 9;
/// Longest group name drawn.
const GROUP_NAME: usize = 40;
/// Where a note about the groups starts (under the rows' words).
const NOTE_INDENT: usize = SECTION + 2;

/// One line of the panel: a row to pick (its index among the choices) or a word about
/// the groups.
enum Row {
    Choice(usize, Choice),
    Note(String, bool),
}

pub(crate) fn render(
    model: &Model,
    panel: &FilterPanel,
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
) {
    let w = usize::from(WIDTH.min(area.width).saturating_sub(2));
    let rows = rows(model, w.saturating_sub(NOTE_INDENT));
    let wanted = u16::try_from(rows.len() + 4).unwrap_or(u16::MAX);
    let rect = centered(area, WIDTH, wanted.min(area.height.saturating_sub(2)));
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border)
        .title(Span::styled(" Filters ", theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if inner.width < 4 || inner.height < 2 {
        return;
    }
    let w = usize::from(inner.width);
    let body = usize::from(inner.height.saturating_sub(2)).max(1);
    let at = rows
        .iter()
        .position(|r| matches!(r, Row::Choice(i, _) if *i == panel.cursor))
        .unwrap_or(0);
    let top = if at < body {
        0
    } else {
        (at + 1 - body).min(rows.len().saturating_sub(body))
    };
    let mut lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(top)
        .take(body)
        .map(|(n, r)| line(model, panel, r, n == top, w, theme))
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled(truncate(&footer(model), w), theme.hint));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The rows to draw; a note about the groups is wrapped to `note_width` columns.
fn rows(model: &Model, note_width: usize) -> Vec<Row> {
    let mut out: Vec<Row> = choices(&model.groups)
        .into_iter()
        .enumerate()
        .map(|(i, c)| Row::Choice(i, c))
        .collect();
    let g = &model.groups;
    let note = if let Some(e) = &g.error {
        Some((display_safe(e).into_owned(), true))
    } else if reading_groups(model) && g.list.is_none() {
        Some(("reading the groups…".to_string(), false))
    } else if g.list.as_ref().is_some_and(Vec::is_empty) {
        Some(("the portal has no groups".to_string(), false))
    } else {
        None
    };
    if let Some((words, error)) = note {
        out.extend(
            wrap(&words, note_width)
                .into_iter()
                .map(|line| Row::Note(line, error)),
        );
    }
    out
}

/// A row; the section's name beside its first row (and beside the top row drawn, so a
/// scrolled panel still says where it is).
fn line<'a>(
    model: &Model,
    panel: &FilterPanel,
    row: &Row,
    top: bool,
    w: usize,
    theme: &Theme,
) -> Line<'a> {
    let (i, c) = match row {
        Row::Choice(i, c) => (*i, *c),
        Row::Note(words, error) => {
            let style = if *error { theme.error } else { theme.hint };
            let text = format!("{}{words}", " ".repeat(NOTE_INDENT));
            return Line::styled(truncate(&text, w), style);
        }
    };
    let first =
        i == 0 || choices(&model.groups).get(i - 1).map(|p| p.section()) != Some(c.section());
    let section = if first || top {
        c.section().heading()
    } else {
        ""
    };
    let here = i == panel.cursor;
    let mark = match (c.section().is_multiple(), panel.is_on(c)) {
        (true, true) => "[x]",
        (true, false) => "[ ]",
        (false, true) => "(•)",
        (false, false) => "( )",
    };
    let gutter = if here { "›" } else { " " };
    let pick = format!("{gutter} {mark} {}", label(model, c));
    let style = if here {
        theme.base.patch(theme.selected)
    } else {
        theme.base
    };
    Line::from(vec![
        Span::styled(fit(section, SECTION), theme.label),
        Span::styled(fit(&pick, w.saturating_sub(SECTION)), style),
    ])
}

/// The words of a row (group names are server text: decoded, sanitised, cut).
fn label(model: &Model, c: Choice) -> String {
    match c {
        Choice::Status(s) => s.label().to_string(),
        Choice::Type(t) => t.label().to_string(),
        Choice::Login(None) | Choice::Payments(None) | Choice::Quota(None) => "any".into(),
        Choice::Group(None) => "any group or none".into(),
        Choice::Login(Some(l)) => l.label().to_string(),
        Choice::Payments(Some(Payments::Paid)) => "paid (admins and room admins)".into(),
        Choice::Payments(Some(Payments::Free)) => "free (users and guests)".into(),
        Choice::Quota(Some(q)) => q.label().to_string(),
        Choice::Group(Some(GroupFilter::WithoutGroup)) => "in no group".into(),
        Choice::Group(Some(GroupFilter::Member(id) | GroupFilter::NotMember(id))) => {
            match model.groups.name_of(id) {
                Some(name) => display_safe_short(&html_decode(name), GROUP_NAME),
                None => id.to_string(),
            }
        }
    }
}

fn footer(model: &Model) -> String {
    let k = &model.keymap;
    format!(
        "{}/{} pick · {} clear all · {} close",
        k.first(Action::ToggleMark),
        k.first(Action::Open),
        k.first(Action::ClearFilters),
        k.first(Action::Back)
    )
}

#[cfg(test)]
#[path = "filter_panel_tests.rs"]
mod tests;
