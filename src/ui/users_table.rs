//! The user list: only the rows in view are built, each cell cut to its column.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::text::{fit, padded, truncate};
use super::theme::Theme;
use crate::api::{EmployeeFullDto, EmployeeStatus};
use crate::app::Model;
use crate::app::state::users::ListLoad;
use crate::sanitize::{display_safe, html_decode};

const TYPE_W: usize = 14;
const STATUS_W: usize = 10;

/// Column widths for a list `inner` columns wide: (name, email, type, status).
fn columns(inner: usize) -> (usize, usize, usize, usize) {
    // One column for the cursor/mark gutter, one space between columns.
    let rest = inner.saturating_sub(2);
    let (ty, st) = if rest >= 50 {
        (TYPE_W, STATUS_W)
    } else {
        (rest / 6, rest / 6)
    };
    let text = rest.saturating_sub(ty + st + 3);
    let name = text * 9 / 20;
    (name, text - name, ty, st)
}

pub(crate) fn title(model: &Model) -> String {
    let u = &model.users;
    let mut t = format!(" Users · {} ", u.status_filter.label());
    if !u.filter_text.is_empty() {
        t.push_str(&format!("· \"{}\" ", display_safe(&u.filter_text)));
    }
    if !model.marks.is_empty() {
        t.push_str(&format!("· {} marked ", model.marks.len()));
    }
    // Where the cursor is: at a hundred thousand users the scroll alone does not tell.
    if !u.is_empty() {
        t.push_str(&format!("· {}/{} ", u.cursor.saturating_add(1), u.len()));
    }
    t
}

pub(crate) fn render(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            truncate(&title(model), area.width.saturating_sub(2).into()),
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
    let cols = columns(usize::from(inner.width));
    let mut lines = Vec::with_capacity(usize::from(inner.height));
    lines.push(header(cols, theme));
    let body = usize::from(inner.height.saturating_sub(1));
    let scroll = effective_scroll(users.scroll, users.cursor, body, users.len());
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
                row(u, cols, at, model.marks.contains(u.id), theme)
            }
            None => placeholder(users.is_loading(pos), cursor, theme),
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The model's scroll, corrected so the cursor is on screen at this height.
fn effective_scroll(scroll: usize, cursor: usize, body: usize, len: usize) -> usize {
    let body = body.max(1);
    let mut s = scroll.min(len.saturating_sub(body));
    if cursor < s {
        s = cursor;
    } else if cursor >= s + body {
        s = cursor + 1 - body;
    }
    s
}

fn header<'a>((n, e, t, s): (usize, usize, usize, usize), theme: &Theme) -> Line<'a> {
    let text = format!(
        " {} {} {} {}",
        fit("Name", n),
        fit("Email", e),
        fit("Type", t),
        fit("Status", s)
    );
    Line::styled(text, theme.header)
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

fn row<'a>(
    u: &EmployeeFullDto,
    (n, e, t, s): (usize, usize, usize, usize),
    at: At,
    marked: bool,
    theme: &Theme,
) -> Line<'a> {
    let name = display_safe(&html_decode(&u.name_for_people())).into_owned();
    let email = display_safe(u.email.as_deref().unwrap_or("")).into_owned();
    let kind = type_cell(u);
    let status = u.status.map_or_else(String::new, |s| s.label());
    let gutter = match (marked, at) {
        (true, _) => "✓",
        (false, At::Selected | At::Cursor) => "›",
        (false, At::Elsewhere) => " ",
    };
    let text = format!(
        "{gutter}{} {} {} {}",
        fit(&name, n),
        fit(&email, e),
        fit(kind, t),
        fit(&status, s)
    );
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

/// The type as people read it ("Owner", "DocSpace admin", …: `people::user_type`).
pub(crate) fn type_cell(u: &EmployeeFullDto) -> &'static str {
    crate::people::user_type::label_of(u).unwrap_or("")
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
            if !u.filter_text.is_empty() {
                what.push(format!("\"{}\"", padded(&display_safe(&u.filter_text))));
            }
            if u.status_filter != crate::app::state::users::StatusFilter::All {
                what.push(format!("status {}", u.status_filter.label()));
            }
            let text = if what.is_empty() {
                "The portal has no users to show.".to_string()
            } else {
                format!(
                    "No users match {}.\n\nPress {} to clear the search, {} to change the filter.",
                    what.join(" with "),
                    model.keymap.first(crate::app::Action::Back),
                    model.keymap.first(crate::app::Action::CycleFilter)
                )
            };
            (text, theme.base)
        }
    }
}
