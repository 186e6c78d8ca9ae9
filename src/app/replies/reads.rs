//! Replies to reads: the caller's own profile, pages of the list, the shown user's whole
//! profile, look-ups, the groups.

use crate::api::ApiError;
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::keymap::Keymap;
use crate::app::msg::{ApiOutcome, ApiReply};
use crate::app::redraw::unchanged;
use crate::app::state::model::Model;
use crate::app::words::{lookup as lookup_words, reads as words, session as session_words};
use crate::app::{list_reads, pin};
use crate::people::lookup::LookupTarget;
use crate::sanitize::display_safe;
use uuid::Uuid;

/// The caller's own profile (`@self`).
pub(crate) fn on_me(model: &mut Model, reply: ApiReply) {
    match reply.result {
        Ok(ApiOutcome::User(me)) => model.me = Some(*me),
        Ok(other) => model.status.error(unexpected(&other)),
        Err(e) => model
            .status
            .error(error_words(words::OWN_PROFILE_FAILED, &e, &model.keymap)),
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
                model
                    .status
                    .error(words::failed(words::LIST_FAILED, &problem.to_string()));
                list_reads::drop_waiting_marks(model);
                return Vec::new();
            }
            // Rows read after a kept profile win over it (the shown one is read again).
            model.profiles.drop_outdated(&model.users);
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
            let said = unexpected(&other);
            model.users.page_failed(page, said.clone());
            model.status.error(said);
            list_reads::drop_waiting_marks(model);
            Vec::new()
        }
        Err(e) => {
            let said = error_words(words::LIST_FAILED, &e, &model.keymap);
            model.users.page_failed(page, e.to_string());
            model.status.error(said);
            list_reads::drop_waiting_marks(model);
            Vec::new()
        }
    }
}

/// The portal's groups, for the filter panel.
pub(crate) fn on_groups(model: &mut Model, reply: ApiReply) {
    match reply.result {
        Ok(ApiOutcome::Groups(groups)) => model.groups.replace(groups),
        Ok(other) => model.groups.error = Some(unexpected(&other)),
        Err(e) => {
            model.groups.error = Some(error_words(words::GROUPS_FAILED, &e, &model.keymap));
        }
    }
}

/// The whole profile of the user the detail pane shows.
pub(crate) fn on_profile(model: &mut Model, reply: ApiReply, id: Uuid) {
    if !model.profiles.answered(reply.id) {
        return;
    }
    match reply.result {
        Ok(ApiOutcome::User(user)) if user.id == id => model.profiles.keep(*user),
        Ok(ApiOutcome::User(_)) => model.profiles.fail(id, words::PROFILE_OF_ANOTHER.into()),
        Err(ApiError::NotFound { .. }) => pin::mark_gone(model, [id]),
        Ok(other) => model.profiles.fail(id, unexpected(&other)),
        Err(e) => model
            .profiles
            .fail(id, error_words(words::PROFILE_FAILED, &e, &model.keymap)),
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
            model.profiles.replace(&user);
            let name =
                display_safe(&crate::sanitize::html_decode(&user.name_for_people())).into_owned();
            model.status.notice(lookup_words::found(&name));
            model.status.error = None;
            model.detail.lookup = Some(user);
            model.detail.scroll = 0;
            // Where the layout has no detail pane beside the list, open it.
            if !crate::geometry::has_side_detail(model.size.0, model.size.1, model.columns.wide) {
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
                &lookup_words::failed(&target.describe()),
                &e,
                &model.keymap,
            ));
        }
    }
}

fn is_list_error(s: &str) -> bool {
    s.starts_with(words::LIST_FAILED)
}

/// "what failed: why", with a hint for a refused token.
fn error_words(what: &str, e: &ApiError, keys: &Keymap) -> String {
    match e {
        ApiError::Unauthorized => {
            words::failed(what, &session_words::held(&keys.first(Action::Refresh)))
        }
        _ => words::failed(what, &e.to_string()),
    }
}

pub(crate) fn unexpected(outcome: &ApiOutcome) -> String {
    let kind = match outcome {
        ApiOutcome::Page(_) => "a user list",
        ApiOutcome::User(_) => "a single user",
        ApiOutcome::Bulk(_) => "a bulk report",
        ApiOutcome::Groups(_) => "a group list",
        ApiOutcome::Ids(_) => "a list of user IDs",
        ApiOutcome::Found(_) => "the users of a list",
        ApiOutcome::Exported(_) => "an export",
        ApiOutcome::Impact(_) => "what users own",
        ApiOutcome::Offboard(_) => "an offboarding report",
        ApiOutcome::Admin(_) => "the answer to a change",
        ApiOutcome::NotSent(why) => return display_safe(why).into_owned(),
    };
    words::unexpected(kind)
}
