//! The mouse: a click on a row selects it, on a column's heading sorts by it (again:
//! the other way); the wheel scrolls what is under the pointer (the list, the detail
//! pane) or the window open (the help, the messages, a job's report). Hit-testing is
//! [`crate::geometry`]'s, from the rectangles the view draws. Everything else a mouse
//! does changes nothing.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use super::effect::Effect;
use super::list_reads;
use super::redraw::unchanged;
use super::state::model::{Model, Overlay};
use crate::api::SortOrder;
use crate::geometry::{self, ListSpot};

/// Lines (or rows) one notch of the wheel moves.
pub(crate) const WHEEL_LINES: u16 = 3;
const WHEEL_ROWS: isize = WHEEL_LINES as isize;

pub(crate) fn on_mouse(model: &mut Model, ev: &MouseEvent) -> Vec<Effect> {
    if model.quit_asked || !model.screen_fits() {
        return unchanged(model);
    }
    match ev.kind {
        MouseEventKind::ScrollDown => wheel(model, ev, true),
        MouseEventKind::ScrollUp => wheel(model, ev, false),
        MouseEventKind::Down(MouseButton::Left) => click(model, ev),
        _ => unchanged(model),
    }
}

fn wheel(model: &mut Model, ev: &MouseEvent, down: bool) -> Vec<Effect> {
    let step = |v: u16| {
        if down {
            v.saturating_add(WHEEL_LINES)
        } else {
            v.saturating_sub(WHEEL_LINES)
        }
    };
    if let Some(scroll) = model.help.as_mut() {
        *scroll = step(*scroll);
        return Vec::new();
    }
    match &mut model.overlay {
        Overlay::Messages { scroll } => {
            *scroll = step(*scroll);
            return Vec::new();
        }
        Overlay::Job => match model.job.as_mut() {
            Some(job) if job.report().is_some() => {
                job.scroll_report(if down { WHEEL_ROWS } else { -WHEEL_ROWS });
                return Vec::new();
            }
            _ => return unchanged(model),
        },
        Overlay::None => {}
        _ => return unchanged(model),
    }
    let (w, h) = model.size;
    let Some(areas) = geometry::screen_areas(w, h, model.detail.focused, model.columns.wide) else {
        return unchanged(model);
    };
    if areas
        .detail
        .is_some_and(|r| geometry::contains(r, ev.column, ev.row))
    {
        model.detail.scroll = step(model.detail.scroll);
        return Vec::new();
    }
    if areas
        .list
        .is_some_and(|r| geometry::contains(r, ev.column, ev.row))
    {
        let vp = model.viewport();
        model
            .users
            .move_by(if down { WHEEL_ROWS } else { -WHEEL_ROWS }, vp);
        model.detail.lookup = None;
        return list_reads::prefetch(model);
    }
    unchanged(model)
}

fn click(model: &mut Model, ev: &MouseEvent) -> Vec<Effect> {
    if model.help.is_some() || model.overlay != Overlay::None {
        return unchanged(model);
    }
    let (w, h) = model.size;
    let spot = geometry::screen_areas(w, h, model.detail.focused, model.columns.wide)
        .and_then(|a| a.list)
        .and_then(|list| geometry::list_spot(list, ev.column, ev.row).map(|s| (list, s)));
    match spot {
        Some((_, ListSpot::Row(n))) => {
            let users = &model.users;
            let vp = model.viewport();
            let first = geometry::first_row_shown(users.scroll, users.cursor, vp, users.len());
            let pos = first + n;
            if pos >= users.len() {
                return unchanged(model);
            }
            model.users.move_to(pos, vp);
            model.detail.lookup = None;
            list_reads::prefetch(model)
        }
        Some((list, ListSpot::Header { x })) => {
            let inner = usize::from(list.width.saturating_sub(2));
            let Some(column) = geometry::column_at(&model.columns.fit(inner), x) else {
                return unchanged(model);
            };
            let Some(by) = column.sort() else {
                model.status.notice(format!(
                    "the portal does not sort by {}",
                    column.heading().to_lowercase()
                ));
                return Vec::new();
            };
            let u = &model.users;
            let order = if crate::people::columns::Column::of_sort(u.sort_by) == column
                && u.sort_order == SortOrder::Ascending
            {
                SortOrder::Descending
            } else {
                SortOrder::Ascending
            };
            list_reads::set_sort(model, by, order)
        }
        None => unchanged(model),
    }
}

#[cfg(test)]
#[path = "mouse_tests.rs"]
mod tests;
