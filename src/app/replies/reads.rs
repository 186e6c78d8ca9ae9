//! Replies to reads: the caller's own profile, pages of the list, look-ups.

use crate::api::ApiError;
use crate::app::effect::Effect;
use crate::app::msg::{ApiOutcome, ApiReply};
use crate::app::redraw::unchanged;
use crate::app::state::model::Model;
use crate::app::{auth, list_reads, pin};
use crate::people::lookup::LookupTarget;
use crate::sanitize::display_safe;

/// The caller's own profile (`@self`).
pub(crate) fn on_me(model: &mut Model, reply: ApiReply) {
    match reply.result {
        Ok(ApiOutcome::User(me)) => model.me = Some(*me),
        Ok(other) => model.status.error(unexpected(&other)),
        Err(e) => model
            .status
            .error(error_words("could not read your own profile", &e)),
    }
}

pub(crate) fn on_page(
    model: &mut Model,
    reply: ApiReply,
    generation: u64,
    page: u64,
) -> Vec<Effect> {
    if generation != model.users.generation || !model.users.awaits(page, reply.id) {
        return unchanged(model);
    }
    match reply.result {
        Ok(ApiOutcome::Page(users)) => {
            let vp = model.viewport();
            if let Some(problem) = model.users.apply_page(page, users, vp) {
                model.status.error(format!("{LIST_ERROR}: {problem}"));
                list_reads::drop_waiting_marks(model);
                return Vec::new();
            }
            if model.status.error.as_deref().is_some_and(is_list_error) {
                model.status.error = None;
            }
            if model.marks.resolve_waiting(&model.users) > 0 {
                let words = model.marks.summary();
                model.status.notice(words);
            }
            let mut fx = list_reads::prefetch(model);
            fx.extend(pin::recheck(model));
            fx
        }
        Ok(other) => {
            let words = unexpected(&other);
            model.users.page_failed(page, words.clone());
            model.status.error(words);
            list_reads::drop_waiting_marks(model);
            Vec::new()
        }
        Err(e) => {
            let words = error_words(LIST_ERROR, &e);
            model.users.page_failed(page, e.to_string());
            model.status.error(words);
            list_reads::drop_waiting_marks(model);
            Vec::new()
        }
    }
}

pub(crate) fn on_lookup(model: &mut Model, reply: ApiReply, target: &LookupTarget) {
    match reply.result {
        Ok(ApiOutcome::User(user)) if !target.is_answered_by(&user) => {
            model.status.notice = None;
            model.status.error(target.answered_by_another());
        }
        Err(ApiError::WrongUser { .. }) => {
            model.status.notice = None;
            model.status.error(target.answered_by_another());
        }
        Ok(ApiOutcome::User(user)) => {
            let user = *user;
            model.users.replace_user(&user);
            model.status.notice(format!(
                "found {}",
                display_safe(&crate::sanitize::html_decode(&user.name_for_people()))
            ));
            model.status.error = None;
            model.detail.lookup = Some(user);
            model.detail.scroll = 0;
            // Where the layout has no detail pane beside the list, open it.
            if !crate::geometry::has_side_detail(model.size.0, model.size.1) {
                model.detail.focused = true;
            }
        }
        Ok(other) => model.status.error(unexpected(&other)),
        Err(ApiError::NotFound { .. }) => {
            model.status.notice = None;
            model.status.error(target.not_found());
            if let LookupTarget::Id(id) = target {
                pin::mark_gone(model, [*id]);
            }
        }
        Err(e) => {
            model.status.notice = None;
            model.status.error(error_words(
                &format!("could not look up {}", target.describe()),
                &e,
            ));
        }
    }
}

const LIST_ERROR: &str = "could not load users";

fn is_list_error(s: &str) -> bool {
    s.starts_with(LIST_ERROR)
}

/// "what failed: why", with a hint for a refused token.
fn error_words(what: &str, e: &ApiError) -> String {
    match e {
        ApiError::Unauthorized => format!("{what}: {}", auth::HELD),
        _ => format!("{what}: {e}"),
    }
}

pub(crate) fn unexpected(outcome: &ApiOutcome) -> String {
    let kind = match outcome {
        ApiOutcome::Page(_) => "a user list",
        ApiOutcome::User(_) => "a single user",
        ApiOutcome::Bulk(_) => "a bulk report",
        ApiOutcome::Ids(_) => "a list of user IDs",
        ApiOutcome::Found(_) => "the users of a list",
        ApiOutcome::Exported(_) => "an export",
        ApiOutcome::NotSent(why) => return display_safe(why).into_owned(),
    };
    format!("internal error: the worker answered with {kind} where something else was expected")
}
