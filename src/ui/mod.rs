//! The view: draws the model, never changes it (DESIGN §1). One file per screen region.

pub(crate) mod admin_dialog;
pub(crate) mod cell_groups;
pub(crate) mod cluster;
pub(crate) mod confirm;
pub(crate) mod detail_pane;
pub(crate) mod export_prompt;
pub(crate) mod filter_panel;
pub(crate) mod form;
pub(crate) mod help;
pub(crate) mod hints;
pub(crate) mod impact;
pub(crate) mod layout;
pub(crate) mod list_title;
pub(crate) mod messages;
pub(crate) mod palette;
pub(crate) mod paste_report;
pub(crate) mod profile;
pub(crate) mod progress;
pub(crate) mod prompt;
pub(crate) mod quit;
pub(crate) mod receiver_picker;
pub mod screen;
pub(crate) mod status_bar;
pub(crate) mod text;
pub(crate) mod theme;
pub(crate) mod user_cells;
pub(crate) mod users_table;

#[cfg(test)]
mod tests;

use ratatui::Frame;
use ratatui::widgets::Paragraph;

use crate::app::{Model, Overlay};
use theme::Theme;

/// Draws the whole screen for `model`, every cluster in a cell group of the width it was
/// laid out with (see [`cell_groups`]).
pub fn view(model: &Model, frame: &mut Frame) {
    draw(model, frame);
    cell_groups::settle(frame.buffer_mut());
}

fn draw(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let theme = Theme::new(model.no_color);
    if layout::too_small(area) {
        let msg = format!(
            "terminal too small ({}x{}); need {}x{}",
            area.width,
            area.height,
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT
        );
        let line = text::truncate(&msg, usize::from(area.width));
        frame.render_widget(Paragraph::new(line).style(theme.error), area);
        return;
    }
    let panes = layout::Panes::of(model.detail.focused, model.columns.wide);
    let areas = layout::areas(area, panes);
    if let Some(list) = areas.list {
        users_table::render(model, frame, list, &theme);
    }
    if let Some(detail) = areas.detail {
        detail_pane::render(model, frame, detail, &theme);
    }
    status_bar::render_status(model, frame, areas.status, &theme);
    match &model.overlay {
        Overlay::Search if model.help.is_none() => {
            prompt::render_search(model, frame, areas.hints, &theme);
        }
        _ => status_bar::render_hints(model, frame, areas.hints, &theme),
    }
    draw_overlay(model, frame, &theme);
    if let Some(scroll) = model.help {
        help::render(&model.keymap, scroll, frame, frame.area(), &theme);
    }
    if model.quit_asked {
        quit::render(model, frame, frame.area(), &theme);
    }
}

/// The confirmation button a left click at the mouse event's cell lands on, as the view
/// draws the dialog on a terminal of the model's size (the runtime turns such a click into
/// [`crate::app::Msg::PressButton`]).
pub(crate) fn clicked_button(
    model: &Model,
    ev: &crossterm::event::MouseEvent,
) -> Option<crate::app::state::confirm::Button> {
    use crossterm::event::{MouseButton, MouseEventKind};
    if ev.kind != MouseEventKind::Down(MouseButton::Left)
        || model.help.is_some()
        || model.quit_asked
    {
        return None;
    }
    let Overlay::Confirm(dialog) = &model.overlay else {
        return None;
    };
    let (w, h) = model.size;
    let area = ratatui::layout::Rect::new(0, 0, w, h);
    if layout::too_small(area) {
        return None;
    }
    confirm::button_at(area, dialog, &model.keymap, ev.column, ev.row)
}

/// Overlays drawn on top of everything.
fn draw_overlay(model: &Model, frame: &mut Frame, theme: &Theme) {
    let area = frame.area();
    match &model.overlay {
        Overlay::None | Overlay::Search => {}
        Overlay::Messages { scroll } => messages::render(model, *scroll, frame, area, theme),
        Overlay::Lookup(p) => prompt::render_lookup(model, p, frame, area, theme),
        Overlay::Filters(p) => filter_panel::render(model, p, frame, area, theme),
        Overlay::Form(f) => form::render(frame, area, f, &model.keymap, theme),
        Overlay::Confirm(d) => {
            confirm::render(frame, area, d, &model.keymap, theme);
            receiver_picker::render(frame, area, d, &model.keymap, theme);
        }
        Overlay::Job => {
            if let Some(job) = &model.job {
                progress::render(frame, area, job, &model.keymap, theme);
            }
        }
        Overlay::Palette(p) => palette::render(frame, area, p, &model.keymap, theme),
        Overlay::PasteReport(r) => paste_report::render(frame, area, r, &model.keymap, theme),
        Overlay::Export(p) => export_prompt::render(frame, area, p, &model.keymap, theme),
        Overlay::Admin(d) => admin_dialog::render(frame, area, d, &model.keymap, theme),
    }
}
