//! Words of the writes started from the list: creating a user, and opening and confirming
//! a change (terminate, re-activate, delete). The read-only refusal is
//! `crate::people::read_only`, shared with the commands.

/// A write is refused while another is on its way (`what`: "creating a user", or the
/// running change's summary).
pub(crate) fn busy(what: &str) -> String {
    format!("wait until the current change is done ({what})")
}

/// The write on its way while a create is sent.
pub(crate) const CREATING: &str = "creating a user";

/// A change cannot be planned before the caller's own profile is read; `retry_key`
/// reloads.
pub(crate) fn me_not_loaded(retry_key: &str) -> String {
    format!(
        "your own profile is not loaded yet, so the users the portal would refuse cannot \
         be told apart; press {retry_key} to retry"
    )
}

/// Users (`names`, safe to show) changed on the portal while their confirmation was open;
/// `again_key` plans the change again.
pub(crate) fn changed_since_planned(names: &[String], again_key: &str) -> String {
    format!(
        "{} changed on the portal since this confirmation opened; nothing was sent: press \
         {again_key} again to see the change as it stands",
        names.join(", ")
    )
}

pub(crate) const NO_JOB_YET: &str = "no change has run yet";

/// `name` is safe to show; `notice` says more about the type it was created as.
pub(crate) fn created(name: &str, notice: Option<&str>) -> String {
    match notice {
        Some(notice) => format!("created {name} {notice}"),
        None => format!("created {name}"),
    }
}

pub(crate) const CREATE_NOT_A_USER: &str = "the portal's answer to the create was not a user";

/// The create failed after the form was closed.
pub(crate) fn create_failed(why: &str) -> String {
    format!("could not create the user: {why}")
}

/// 402: the portal's `message`.
pub(crate) fn no_free_seat(message: &str) -> String {
    format!("no free seat for this type (402): {message}")
}

/// 403: the portal's `message`.
pub(crate) fn create_not_allowed(message: &str) -> String {
    format!("not allowed (403): {message}; your role may not create this type")
}

/// The answer was lost (`error`): the user may exist now.
pub(crate) fn create_outcome_unknown(error: &str) -> String {
    format!(
        "{error}; the user may have been created anyway: look the email up before sending \
         again"
    )
}
