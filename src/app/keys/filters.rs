//! The filter panel (`f`): up and down move among its rows, space or Enter picks one,
//! the clear-filters key drops them all, Esc (or `f` again) closes it. What is picked is
//! applied after a short pause, like the search, and at once when the panel closes; the
//! list is read again behind it.

use crossterm::event::KeyEvent;

use crate::app::action::{Action, Context};
use crate::app::effect::Effect;
use crate::app::leave;
use crate::app::list_reads::{read_groups, set_filters};
use crate::app::redraw::unchanged;
use crate::app::state::filter_panel::{FilterPanel, choices};
use crate::app::state::model::{Model, Overlay};

/// Rows a page key moves.
const PAGE_ROWS: isize = 10;

/// Opens the panel on the filters applied now and reads the portal's groups.
pub(crate) fn open(model: &mut Model) -> Vec<Effect> {
    let u = &model.users;
    model.overlay = Overlay::Filters(FilterPanel::new(u.status_filter, u.filters.clone()));
    read_groups(model)
}

pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let rows = choices(&model.groups);
    let action = model.keymap.action(Context::List, key);
    let Overlay::Filters(panel) = &mut model.overlay else {
        return unchanged(model);
    };
    match action {
        Some(Action::Quit) => return leave::ask(model),
        Some(Action::Back | Action::FilterPanel) => return close(model),
        Some(Action::Up) => panel.move_by(-1, rows.len()),
        Some(Action::Down) => panel.move_by(1, rows.len()),
        Some(Action::PageUp) => panel.move_by(-PAGE_ROWS, rows.len()),
        Some(Action::PageDown) => panel.move_by(PAGE_ROWS, rows.len()),
        Some(Action::Top) => panel.cursor = 0,
        Some(Action::Bottom) => panel.cursor = rows.len().saturating_sub(1),
        Some(Action::ToggleMark | Action::Open) => match rows.get(panel.cursor) {
            Some(choice) => panel.toggle(*choice),
            None => return unchanged(model),
        },
        Some(Action::ClearFilters) => panel.clear(),
        _ => return unchanged(model),
    }
    Vec::new()
}

/// Counts down the pause after a pick; applies the draft when it runs out.
pub(crate) fn on_tick(model: &mut Model) -> Vec<Effect> {
    let Overlay::Filters(panel) = &mut model.overlay else {
        return Vec::new();
    };
    match panel.debounce {
        Some(n) if n > 1 => {
            panel.debounce = Some(n - 1);
            Vec::new()
        }
        Some(_) => {
            panel.debounce = None;
            apply(model)
        }
        None => Vec::new(),
    }
}

/// Closes the panel, applying what was picked.
fn close(model: &mut Model) -> Vec<Effect> {
    let fx = apply(model);
    model.overlay = Overlay::None;
    fx
}

/// Applies the draft to the list (nothing is read when it is what the list shows).
fn apply(model: &mut Model) -> Vec<Effect> {
    let Overlay::Filters(panel) = &mut model.overlay else {
        return Vec::new();
    };
    panel.debounce = None;
    let (status, filters) = (panel.status, panel.filters.clone());
    set_filters(model, status, filters)
}

#[cfg(test)]
#[path = "filters_tests.rs"]
mod tests;
