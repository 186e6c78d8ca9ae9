//! The answers to the administration writes (invite, resend, type, quota): what came of
//! them in the status line (kept in the messages view), then the list read again.

use uuid::Uuid;

use crate::api::ApiError;
use crate::app::action::Action;
use crate::app::effect::{ApiOp, Effect, RequestId};
use crate::app::list_reads;
use crate::app::msg::{AdminDone, AdminProgress, ApiOutcome};
use crate::app::redraw::unchanged;
use crate::app::state::admin::AdminKind;
use crate::app::state::model::{Model, Pending};
use crate::app::words::admin as words;
use crate::sanitize::{display_safe, display_safe_short, html_decode};

fn what(kind: AdminKind) -> &'static str {
    match kind {
        AdminKind::Invite => "invitation",
        AdminKind::Resend => "resend",
        AdminKind::ChangeType => "type change",
        AdminKind::Quota => "quota",
        AdminKind::Profile => "profile edit",
        AdminKind::PasswordLink => "password link",
        AdminKind::AddToGroup => "added to the group",
        AdminKind::RemoveFromGroup => "removed from the group",
    }
}

pub(crate) fn on_done(
    model: &mut Model,
    kind: AdminKind,
    result: Result<ApiOutcome, ApiError>,
) -> Vec<Effect> {
    let said = match result {
        Ok(ApiOutcome::Admin(done)) => {
            let said = done_words(model, kind, done);
            model.status.notice(said);
            let mut fx = list_reads::reload(model, true);
            // The looked-up user is read again without a notice of its own.
            if let Some(id) = model.detail.lookup.as_ref().map(|u| u.id) {
                let (_, read) = model
                    .requests
                    .start(Pending::Refetch { id }, ApiOp::GetUser(id));
                fx.push(read);
            }
            return fx;
        }
        Ok(ApiOutcome::NotSent(why)) => why,
        Ok(_) => words::failed(what(kind), "the portal's answer was not understood"),
        Err(ApiError::RateLimited { retry_after }) => {
            words::throttled(retry_after.map(|d| d.as_secs()))
        }
        Err(e) => words::failed(what(kind), &display_safe(&e.to_string())),
    };
    model.status.error(said);
    Vec::new()
}

fn done_words(model: &Model, kind: AdminKind, done: AdminDone) -> String {
    match done {
        AdminDone::Invited { asked, pending } => {
            let results: Vec<(String, bool)> = asked
                .iter()
                .map(|email| {
                    let listed = pending.iter().any(|p| p.trim().eq_ignore_ascii_case(email));
                    (display_safe_short(email, 80), listed)
                })
                .collect();
            words::invited(&results)
        }
        AdminDone::Resent(n) => words::resent(n),
        AdminDone::Changed {
            done,
            refused,
            not_sent,
            stopped,
        } => {
            let refused: Vec<String> = refused
                .iter()
                .map(|(id, why)| format!("{}: {}", name_of(model, *id), display_safe(why)))
                .collect();
            words::changed(what(kind), done, &refused, not_sent, stopped)
        }
        AdminDone::Edited { names_kept, email } => words::edited(
            names_kept,
            email.map(|e| display_safe(&e).into_owned()).as_deref(),
        ),
        AdminDone::Mailed(said) => words::mailed(&display_safe(&said)),
    }
}

/// A type change's progress, on the status line while it is the one running.
pub(crate) fn on_progress(model: &mut Model, id: RequestId, p: AdminProgress) -> Vec<Effect> {
    if model.requests.in_flight.get(&id) != Some(&Pending::Admin(AdminKind::ChangeType)) {
        return unchanged(model);
    }
    let stop = model.keymap.first(Action::Back);
    model
        .status
        .progress(words::type_progress(p.done, p.total, p.job_percent, &stop));
    Vec::new()
}

fn name_of(model: &Model, id: Uuid) -> String {
    match model.users.by_id(id) {
        Some(u) => display_safe_short(&html_decode(&u.name_for_people()), 60),
        None => id.to_string(),
    }
}
