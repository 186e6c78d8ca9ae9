//! Whether a message changed what the screen shows.

use super::effect::Effect;
use super::state::model::Model;

/// Nothing changed: no redraw needed, nothing to run.
pub(crate) fn unchanged(model: &mut Model) -> Vec<Effect> {
    model.dirty = false;
    Vec::new()
}
