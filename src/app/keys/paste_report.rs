//! Keys on the report of a pasted list: scroll, close.

use crossterm::event::KeyEvent;

use crate::app::action::{Action, Context};
use crate::app::effect::Effect;
use crate::app::leave;
use crate::app::redraw::unchanged;
use crate::app::state::job::ReportEvent;
use crate::app::state::model::{Model, Overlay};

pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    if model.keymap.action(Context::Global, key) == Some(Action::Quit) {
        return leave::ask(model);
    }
    let Overlay::PasteReport(report) = &mut model.overlay else {
        return unchanged(model);
    };
    match report.handle_key(*key, &model.keymap) {
        ReportEvent::Close => model.overlay = Overlay::None,
        ReportEvent::Nothing => {}
    }
    Vec::new()
}
