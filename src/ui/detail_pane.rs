//! The detail pane: every present field of the shown user, labels aligned, values wrapped;
//! while the selected user's whole profile is read (or after it failed), what its list row
//! holds, with a line saying so.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::profile::fields;
use super::text::{fit, truncate, width as width_of, wrap};
use super::theme::Theme;
use crate::api::EmployeeFullDto;
use crate::app::Model;
use crate::app::state::shown::Shown;
use crate::sanitize::{display_safe, html_decode};

const LABEL_W: usize = 17;

pub(crate) fn render(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let shown = model.shown();
    // A row of the list carries part of the profile; the whole one is read on its own.
    let partial = match (&model.detail.lookup, shown) {
        (None, Shown::User(u)) if model.profiles.get(u.id).is_none() => Some(u.id),
        _ => None,
    };
    let reading = partial.is_some_and(|id| model.profiles.is_reading(id));
    let title = match (&model.detail.lookup, shown) {
        (Some(_), _) => " Looked up ",
        (None, Shown::Gone(_)) => " Details · gone ",
        (None, Shown::User(_)) if model.off_cursor() => " Details · not at the cursor ",
        (None, Shown::User(_)) if reading => " Details · reading… ",
        (None, _) => " Details ",
    };
    let border = if model.detail.focused {
        theme.focus_border
    } else {
        theme.border
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(Span::styled(title, theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let user = match shown {
        Shown::User(u) => Some(u),
        Shown::Gone(u) => {
            frame.render_widget(Paragraph::new(gone_lines(u, inner.width, theme)), inner);
            return;
        }
        Shown::Nobody => None,
    };
    let Some(user) = user else {
        let text = if model.users.is_empty() {
            ""
        } else if model.users.is_loading(model.users.cursor) {
            "Loading…"
        } else {
            "No user selected."
        };
        frame.render_widget(Paragraph::new(text).style(theme.hint), inner);
        return;
    };
    let width = usize::from(inner.width);
    let fields = fields(user);
    let widest = fields.iter().map(|(l, _)| width_of(l)).max().unwrap_or(0);
    let label_w = widest.min(LABEL_W).min(width / 3);
    let value_w = width.saturating_sub(label_w + 1).max(1);
    let name = display_safe(&html_decode(&user.name_for_people())).into_owned();
    let mut lines = vec![
        Line::styled(truncate(&name, width), theme.title),
        Line::default(),
    ];
    if let Some(id) = partial {
        let words = match model.profiles.failed(id) {
            Some(why) => Some((display_safe(why).into_owned(), theme.error)),
            None if reading => Some(("Reading the whole profile…".to_string(), theme.hint)),
            None => None,
        };
        if let Some((words, style)) = words {
            lines.extend(
                wrap(&words, width.max(1))
                    .into_iter()
                    .map(|l| Line::styled(l, style)),
            );
            lines.push(Line::default());
        }
    }
    for (label, value) in fields {
        for (i, part) in wrap(&value, value_w).into_iter().enumerate() {
            let l = if i == 0 {
                fit(label, label_w)
            } else {
                fit("", label_w)
            };
            lines.push(Line::from(vec![
                Span::styled(l, theme.label),
                Span::raw(" "),
                Span::styled(part, theme.base),
            ]));
        }
    }
    let body = usize::from(inner.height);
    let max_scroll = lines.len().saturating_sub(body);
    let scroll = usize::from(model.detail.scroll).min(max_scroll);
    let visible: Vec<Line> = lines.into_iter().skip(scroll).take(body).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}

/// A user the portal no longer has: the name and id as last read, and that it is gone.
fn gone_lines(user: &EmployeeFullDto, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let name = display_safe(&html_decode(&user.name_for_people())).into_owned();
    let mut lines = vec![
        Line::styled(truncate(&name, width), theme.title),
        Line::default(),
    ];
    let words = "No longer on the portal (deleted). Nothing here can be changed.";
    lines.extend(
        wrap(words, width.max(1))
            .into_iter()
            .map(|l| Line::styled(l, theme.error)),
    );
    lines.push(Line::styled(
        truncate(&format!("ID {}", user.id), width),
        theme.hint,
    ));
    lines
}

#[cfg(test)]
#[path = "detail_pane_tests.rs"]
mod tests;
