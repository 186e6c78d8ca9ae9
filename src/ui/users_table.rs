//! The user list: only the rows in view are built, each cell cut to its column. The
//! columns are those chosen that fit the width (see `app::state::users::columns`); the
//! sorted one is marked ▲ or ▼ in the header.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::list_title::{arrow, chips, title};
use super::text::{fit, padded, truncate, width};
use super::theme::Theme;
use super::user_cells::cell;
use crate::api::{EmployeeFullDto, EmployeeStatus};
use crate::app::Model;
use crate::app::state::users::ListLoad;
use crate::people::columns::Column;
use crate::sanitize::display_safe;

/// A column and its width.
type Placed = (Column, usize);

pub(crate) fn render(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let inner_w = usize::from(area.width.saturating_sub(2));
    let cols = model.columns.fit(inner_w);
    let shown: Vec<Column> = cols.iter().map(|(c, _)| *c).collect();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            truncate(&title(model, &shown), inner_w),
            theme.title,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let users = &model.users;
    if users.is_empty() {
        let (text, style) = empty_text(model, theme);
        let p = Paragraph::new(text).style(style).wrap(Wrap { trim: true });
        frame.render_widget(p, inner);
        return;
    }
    let mut lines = Vec::with_capacity(usize::from(inner.height));
    lines.push(header(model, &cols, theme));
    let body = usize::from(inner.height.saturating_sub(1));
    let scroll = crate::geometry::first_row_shown(users.scroll, users.cursor, body, users.len());
    let end = scroll.saturating_add(body).min(users.len());
    for pos in scroll..end {
        let cursor = pos == users.cursor;
        lines.push(match users.get(pos) {
            // Highlighted only when it is the selected user: after a refresh the selected
            // one may have moved away from the cursor's row.
            Some(u) => {
                let at = if !cursor {
                    At::Elsewhere
                } else if users.selected == Some(u.id) {
                    At::Selected
                } else {
                    At::Cursor
                };
                row(u, &cols, at, model.marks.contains(u.id), theme)
            }
            None => placeholder(users.is_loading(pos), cursor, theme),
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The headings, the sorted column's with its arrow (kept when the heading is cut).
fn header<'a>(model: &Model, cols: &[Placed], theme: &Theme) -> Line<'a> {
    let sorted = Column::of_sort(model.users.sort_by);
    let cells: Vec<String> = cols
        .iter()
        .map(|(c, w)| {
            if *c == sorted {
                let mark = format!(" {}", arrow(model.users.sort_order));
                let head = truncate(c.heading(), w.saturating_sub(width(&mark)));
                fit(&format!("{head}{mark}"), *w)
            } else {
                fit(c.heading(), *w)
            }
        })
        .collect();
    Line::styled(format!(" {}", cells.join(" ")), theme.header)
}

/// Where a row stands to the cursor and the selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// Under the cursor, and the selected user.
    Selected,
    /// Under the cursor, but not the selected user (who is elsewhere or gone).
    Cursor,
    Elsewhere,
}

fn row<'a>(u: &EmployeeFullDto, cols: &[Placed], at: At, marked: bool, theme: &Theme) -> Line<'a> {
    let gutter = match (marked, at) {
        (true, _) => "✓",
        (false, At::Selected | At::Cursor) => "›",
        (false, At::Elsewhere) => " ",
    };
    let cells: Vec<String> = cols.iter().map(|(c, w)| fit(&cell(u, *c), *w)).collect();
    let text = format!("{gutter}{}", cells.join(" "));
    let mut style = theme.base;
    match u.status {
        Some(EmployeeStatus::Terminated) => style = style.patch(theme.terminated),
        Some(EmployeeStatus::Pending) => style = style.patch(theme.pending),
        _ => {}
    }
    if at == At::Selected {
        style = style.patch(theme.selected);
    }
    Line::from(Span::styled(text, style))
}

/// A row whose page is not loaded (yet).
fn placeholder<'a>(loading: bool, selected: bool, theme: &Theme) -> Line<'a> {
    let gutter = if selected { "›" } else { " " };
    let words = if loading { "loading…" } else { "…" };
    let mut style = theme.hint;
    if selected {
        style = style.patch(theme.selected);
    }
    Line::styled(format!("{gutter}{words}"), style)
}

fn empty_text(model: &Model, theme: &Theme) -> (String, ratatui::style::Style) {
    let u = &model.users;
    match &u.load {
        ListLoad::Loading => (
            format!("Loading users from {}…", display_safe(&model.portal_label)),
            theme.base,
        ),
        ListLoad::Failed(words) => (
            format!(
                "Could not load users: {}\n\nPress {} to try again.",
                display_safe(words),
                model.keymap.first(crate::app::Action::Refresh)
            ),
            theme.error,
        ),
        ListLoad::Ready => {
            let mut what = Vec::new();
            let mut ways = Vec::new();
            if !u.filter_text.is_empty() {
                what.push(format!("\"{}\"", padded(&display_safe(&u.filter_text))));
                ways.push(format!(
                    "{} to clear the search",
                    model.keymap.first(crate::app::Action::Back)
                ));
            }
            let chips = chips(model);
            if !chips.is_empty() {
                what.push(padded(&chips.join(" · ")));
                ways.push(format!(
                    "{} to clear the filters, {} to change them",
                    model.keymap.first(crate::app::Action::ClearFilters),
                    model.keymap.first(crate::app::Action::FilterPanel)
                ));
            }
            let text = if what.is_empty() {
                "The portal has no users to show.".to_string()
            } else {
                format!(
                    "No users match {}.\n\nPress {}.",
                    what.join(" with "),
                    ways.join(", ")
                )
            };
            (text, theme.base)
        }
    }
}

#[cfg(test)]
#[path = "users_table_tests.rs"]
pub(crate) mod tests;
