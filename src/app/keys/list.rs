//! Actions on the user list (no overlay open): moving, paging, sorting, clearing the
//! filters, the wide list, refresh, opening the detail, the help and the look-up. (Writes
//! and marks: [`super::writes`]; the search box: [`super::search`]; the filter panel:
//! [`super::filters`].)

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::list_reads::{
    clear_filters, cycle_sort, prefetch, refresh_lookup, reload, reverse_sort,
};
use crate::app::redraw::unchanged;
use crate::app::state::model::{LookupPrompt, Model, Overlay};
use crate::app::{leave, words};

pub(crate) fn on_action(model: &mut Model, action: Action) -> Vec<Effect> {
    let vp = model.viewport();
    if model.detail.focused && scrolls_detail(model, action) {
        return Vec::new();
    }
    match action {
        Action::Quit => return leave::ask(model),
        Action::Back => return back(model),
        Action::Help => model.help = Some(0),
        Action::Up => model.users.move_by(-1, vp),
        Action::Down => model.users.move_by(1, vp),
        Action::PageUp => model.users.move_by(-(vp.max(1) as isize), vp),
        Action::PageDown => model.users.move_by(vp.max(1) as isize, vp),
        Action::Top => model.users.move_to(0, vp),
        Action::Bottom => model.users.move_to(usize::MAX, vp),
        Action::Open => {
            if model.detail_user().is_none() {
                return unchanged(model);
            }
            model.detail.focused = true;
            model.detail.scroll = 0;
        }
        Action::ClearFilters => return clear_filters(model),
        Action::CycleSort => return cycle_sort(model),
        Action::ReverseSort => return reverse_sort(model),
        Action::ToggleWide => {
            model.columns.wide = !model.columns.wide;
            // The list changes height: keep the cursor on screen, read rows now in view.
            let vp = model.viewport();
            model.users.keep_cursor_visible(vp);
            return prefetch(model);
        }
        Action::Lookup => model.overlay = Overlay::Lookup(LookupPrompt::default()),
        Action::Refresh => {
            // One more try after a refused token (the person may have fixed it).
            model.token_refused = false;
            let mut fx = reload(model, true);
            fx.extend(refresh_lookup(model));
            return fx;
        }
        // Routed elsewhere by `update` (writes, marks, the prompts, copy and open).
        Action::ReopenJob
        | Action::Invite
        | Action::ResendInvite
        | Action::ChangeType
        | Action::SetQuota
        | Action::EditProfile
        | Action::PasswordLink
        | Action::AddToGroup
        | Action::RemoveFromGroup
        | Action::NewUser
        | Action::ToggleMark
        | Action::MarkAll
        | Action::Palette
        | Action::CopyId
        | Action::CopyEmail
        | Action::OpenProfile
        | Action::Export
        | Action::HistoryPrev
        | Action::HistoryNext
        | Action::Terminate
        | Action::Activate
        | Action::Delete
        | Action::Search
        | Action::FilterPanel
        | Action::Messages
        | Action::NextField
        | Action::PrevField
        | Action::Submit
        | Action::Confirm
        | Action::Cancel
        | Action::StopJob
        | Action::ReassignTo
        | Action::Accept
        | Action::Press
        | Action::SwitchButton
        | Action::CursorLeft
        | Action::CursorRight
        | Action::LineStart
        | Action::LineEnd
        | Action::DeleteBack
        | Action::DeleteForward
        | Action::DeleteToStart
        | Action::DeleteWord
        // Handled before any overlay (update::on_key).
        | Action::Suspend => return unchanged(model),
    }
    if matches!(
        action,
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
    ) {
        model.detail.lookup = None;
        return prefetch(model);
    }
    Vec::new()
}

/// In the focused detail pane the movement keys scroll it.
fn scrolls_detail(model: &mut Model, action: Action) -> bool {
    let d = &mut model.detail;
    match action {
        Action::Up => d.scroll = d.scroll.saturating_sub(1),
        Action::Down => d.scroll = d.scroll.saturating_add(1),
        Action::PageUp => d.scroll = d.scroll.saturating_sub(10),
        Action::PageDown => d.scroll = d.scroll.saturating_add(10),
        Action::Top => d.scroll = 0,
        Action::Open => {}
        _ => return false,
    }
    true
}

/// Esc: closes what is open, innermost first.
fn back(model: &mut Model) -> Vec<Effect> {
    if model.detail.focused {
        model.detail.focused = false;
        let vp = model.viewport();
        model.users.keep_cursor_visible(vp);
    } else if model.detail.lookup.is_some() {
        model.detail.lookup = None;
    } else if !model.users.filter_text.is_empty() {
        model.search.input.clear();
        model.users.filter_text.clear();
        return reload(model, false);
    } else if !model.marks.is_empty() {
        model.marks.clear();
        model.status.notice(words::list::MARKS_CLEARED);
    } else if model.status.error.is_some() || model.status.notice.is_some() {
        model.status.error = None;
        model.status.notice = None;
    } else {
        return unchanged(model);
    }
    Vec::new()
}
