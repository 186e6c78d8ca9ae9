//! The answers to the lifecycle's writes: a create (the new user selected, or the refusal
//! kept in the form with the input), a job's progress and its report, and the re-read of
//! the looked-up user after a change.

use uuid::Uuid;

use crate::api::{ApiError, EmployeeType};
use crate::app::effect::{Effect, RequestId};
use crate::app::msg::ApiOutcome;
use crate::app::redraw::unchanged;
use crate::app::state::model::{Model, Overlay};
use crate::app::words::{job as job_words, writes as words};
use crate::app::{list_reads, pin};
use crate::bulk::{BulkAction, Outcome, Progress};
use crate::people::type_change::type_change_notice;
use crate::sanitize::{display_safe, display_safe_short, html_decode};

/// A progress message of job `id`.
pub(crate) fn on_progress(model: &mut Model, id: RequestId, progress: Progress) -> Vec<Effect> {
    match model.job.as_mut() {
        Some(job) if job.request() == id && job.is_running() => {
            job.on_progress(progress);
            let summary = job.summary();
            model.status.progress(summary);
            Vec::new()
        }
        _ => unchanged(model),
    }
}

/// The portal's answer to a create.
pub(crate) fn on_created(
    model: &mut Model,
    asked: EmployeeType,
    result: Result<ApiOutcome, ApiError>,
) -> Vec<Effect> {
    let form = match &mut model.overlay {
        Overlay::Form(form) => Some(form),
        _ => None,
    };
    match result {
        Ok(ApiOutcome::User(created)) => {
            let created = *created;
            let name = display_safe_short(&html_decode(&created.name_for_people()), 60);
            let notice = type_change_notice(asked, &created);
            model
                .status
                .notice(words::created(&name, notice.as_deref()));
            model.status.error = None;
            model.overlay = Overlay::None;
            let id = created.id;
            model.detail.lookup = Some(created);
            model.detail.scroll = 0;
            let fx = list_reads::reload(model, true);
            model.users.seek(id);
            fx
        }
        Ok(other) => {
            let said = match other {
                ApiOutcome::NotSent(why) => why,
                _ => words::CREATE_NOT_A_USER.to_string(),
            };
            match form {
                Some(f) => f.submit_failed(said, None),
                None => model.status.error(said),
            }
            Vec::new()
        }
        Err(e) => {
            let status = e.status();
            let said = refusal_words(&e);
            match form {
                Some(f) => f.submit_failed(said, status),
                None => model
                    .status
                    .error(words::create_failed(&display_safe(&said))),
            }
            Vec::new()
        }
    }
}

/// A create refusal in words: the portal's own message with what kind of refusal it was.
fn refusal_words(e: &ApiError) -> String {
    match e {
        ApiError::BadRequest { message } => message.clone(),
        ApiError::PaymentRequired { message } => words::no_free_seat(message),
        ApiError::Forbidden { message } => words::create_not_allowed(message),
        other if other.outcome_unknown() => words::create_outcome_unknown(&other.to_string()),
        other => other.to_string(),
    }
}

/// The end of a job: its report, then the list refreshed with the selection kept.
pub(crate) fn on_job_done(
    model: &mut Model,
    id: RequestId,
    result: Result<ApiOutcome, ApiError>,
) -> Vec<Effect> {
    let Some(job) = model.job.as_mut().filter(|j| j.request() == id) else {
        return unchanged(model);
    };
    let result = match result {
        Ok(ApiOutcome::Offboard(run)) => {
            job.set_data(run.data);
            Ok(ApiOutcome::Bulk(run.report))
        }
        other => other,
    };
    match result {
        Ok(ApiOutcome::Bulk(report)) => {
            let mut deleted: Vec<_> = match report.action {
                BulkAction::Delete { .. } => report
                    .results
                    .iter()
                    .filter(|r| r.outcome == Outcome::Done)
                    .map(|r| r.id)
                    .collect(),
                _ => Vec::new(),
            };
            let more: Vec<_> = job.deleted().filter(|id| !deleted.contains(id)).collect();
            deleted.extend(more);
            job.finish(report);
            let summary = job.summary();
            let show = job.wants_report();
            if matches!(model.overlay, Overlay::Job) && !show {
                model.overlay = Overlay::None;
            } else if show && matches!(model.overlay, Overlay::None) {
                model.overlay = Overlay::Job;
            }
            model.status.notice(summary);
            pin::mark_gone(model, deleted);
        }
        other => {
            let said = match other {
                Ok(ApiOutcome::NotSent(why)) => job_words::nothing_changed(&display_safe(&why)),
                Err(e) => job_words::broke_off(&e.to_string()),
                Ok(_) => job_words::BROKE_OFF_NO_REPORT.to_string(),
            };
            model.job = None;
            if matches!(model.overlay, Overlay::Job) {
                model.overlay = Overlay::None;
            }
            model.status.error(said);
        }
    }
    let mut fx = list_reads::reload(model, true);
    fx.extend(pin::reread_shown(model));
    fx
}

/// The user shown, read again by id after a change or a refresh that lost it: shown as
/// the portal now holds it, or as gone.
pub(crate) fn on_refetched(
    model: &mut Model,
    id: Uuid,
    result: Result<ApiOutcome, ApiError>,
) -> Vec<Effect> {
    match result {
        // Only the user asked for: an answer about anyone else changes nothing.
        Ok(ApiOutcome::User(user)) if user.id == id => pin::reread_done(model, *user),
        Err(ApiError::NotFound { .. }) => pin::mark_gone(model, [id]),
        Ok(_) | Err(_) => return unchanged(model),
    }
    Vec::new()
}
