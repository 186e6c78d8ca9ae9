//! Switching to another profile of the configuration (`:profile NAME`): asking for it
//! (refused while a change is being sent) and, once the runtime has a worker for the new
//! portal, starting afresh there. The keymap, the columns and the histories stay; what
//! belonged to the old portal (the list, marks, the detail pane, groups, the caller, the
//! last change and any long read) goes.

use super::effect::Effect;
use super::msg::Switched;
use super::state::filter_panel::Groups;
use super::state::marks::Marks;
use super::state::model::{Detail, Model, Overlay, Search};
use super::state::users::UserList;
use crate::sanitize::display_safe_short;

/// Asks the runtime to switch to profile `name`, unless a change is on its way.
pub(crate) fn ask(model: &mut Model, name: String) -> Vec<Effect> {
    let shown = display_safe_short(&name, 40);
    if let Some(what) = model.write_in_progress() {
        model.status.error(format!(
            "not switching to profile {shown} while {what}: wait for it or stop it first"
        ));
        return Vec::new();
    }
    model
        .status
        .notice(format!("switching to profile {shown}…"));
    vec![Effect::SwitchProfile(name)]
}

/// The runtime now talks to the new portal: forget the old one's data and read the new
/// one's caller and list.
pub(crate) fn on_switched(model: &mut Model, to: Switched) -> Vec<Effect> {
    // Replies of the old worker never arrive (its channel is gone); forget its requests.
    model.requests.in_flight.clear();
    model.portal_label = to.portal_label;
    model.read_only = to.read_only;
    model.users = UserList::for_columns(model.columns.chosen());
    model.marks = Marks::default();
    model.detail = Detail::default();
    model.search = Search::default();
    model.groups = Groups::default();
    model.waiting_filter = None;
    model.overlay = Overlay::None;
    model.me = None;
    model.job = None;
    model.task = None;
    model.token_refused = false;
    model.status.notice(format!(
        "switched to profile {}",
        display_safe_short(&to.profile, 40)
    ));
    super::list_reads::init(model)
}

#[cfg(test)]
#[path = "switch_tests.rs"]
mod tests;
