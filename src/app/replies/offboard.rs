//! The answers to the reads of a delete's confirmation: what its users own (the impact)
//! and who may receive their data (the receiver picker's candidates). An answer for a
//! dialog that has closed, or was asked again, changes nothing.

use crate::api::ApiError;
use crate::app::effect::{Effect, RequestId};
use crate::app::msg::ApiOutcome;
use crate::app::redraw::unchanged;
use crate::app::state::model::{Model, Overlay};
use crate::app::state::receiver_picker::Candidate;
use crate::bulk::offboard::may_receive;

/// The impact read `id` answered.
pub(crate) fn on_impact(
    model: &mut Model,
    id: RequestId,
    result: Result<ApiOutcome, ApiError>,
) -> Vec<Effect> {
    let Overlay::Confirm(dialog) = &mut model.overlay else {
        return unchanged(model);
    };
    let read = match result {
        Ok(ApiOutcome::Impact(all)) => Ok(all),
        Ok(_) => Err("the answer was not what was asked".to_string()),
        Err(e) => Err(e.to_string()),
    };
    dialog.impact_answered(id, read);
    Vec::new()
}

/// The candidates read `id` answered (one page of active admins and room admins).
pub(crate) fn on_receivers(
    model: &mut Model,
    id: RequestId,
    result: Result<ApiOutcome, ApiError>,
) -> Vec<Effect> {
    let Overlay::Confirm(dialog) = &mut model.overlay else {
        return unchanged(model);
    };
    let Some(picker) = dialog.picker_reading(id) else {
        return unchanged(model);
    };
    let read = match result {
        Ok(ApiOutcome::Page(page)) => Ok(page
            .users
            .iter()
            .filter(|u| may_receive(u))
            .map(Candidate::of)
            .collect()),
        Ok(_) => Err("the answer was not a list of users".to_string()),
        Err(e) => Err(e.to_string()),
    };
    picker.answered(read);
    Vec::new()
}
