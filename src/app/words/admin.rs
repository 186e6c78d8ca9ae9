//! Words of the administration actions: invitations, resends, type changes and quotas.
//! Names and addresses passed in are safe to show already.

/// No target of a resend is pending.
pub(crate) const NONE_PENDING: &str =
    "nobody to resend to: only pending users (invited, not joined yet) get an invitation again";

/// The caller's role gives no types.
pub(crate) const NO_TYPES: &str = "your role may not change the type of users";

/// The caller's role invites nobody.
pub(crate) const NO_INVITES: &str = "your role may not invite people";

/// The portal shows no quotas.
pub(crate) const NO_QUOTAS: &str =
    "this portal shows no per-user storage quotas (quota management is off)";

/// What the resend confirmation says.
pub(crate) const RESEND_WARNING: &str =
    "A new invitation makes the links sent before stop working.";

/// What the type change says when rooms change hands.
pub(crate) const ROOMS_TO_YOU: &str =
    "Room admins made users or guests hand the rooms they own to you first (or to whom you name).";

/// What the quota prompt explains.
pub(crate) const QUOTA_HELP: &str = "Type a size (10GB, 500MB), none (no limit) or default.";

/// What the profile form says on someone else's profile.
pub(crate) const NAMES_ARE_THEIR_OWN: &str =
    "Names are each user's own to change; an admin changes the email.";

/// What the profile form says about the address.
pub(crate) const EMAIL_CONFIRMED_BY_MAIL: &str =
    "A new email is mailed to the address for confirmation.";

/// Submitting a form with nothing changed.
pub(crate) const NOTHING_CHANGED: &str = "nothing changed";

/// The shown user has no address to mail.
pub(crate) const NO_EMAIL: &str = "this user has no email address to mail";

/// What the password-link question says.
pub(crate) const PASSWORD_LINK_WARNING: &str =
    "The link lets whoever reads the mail set a new password.";

/// The profile saved; `names_kept`: the portal kept the names; `email`: its words about
/// a new address (safe).
pub(crate) fn edited(names_kept: bool, email: Option<&str>) -> String {
    let mut out = String::from("profile saved");
    if names_kept {
        out.push_str("; the portal kept the names (each user changes their own)");
    }
    if let Some(said) = email {
        out.push_str(&format!("; email: {said}"));
    }
    out
}

/// A mail sent; the portal's words (safe).
pub(crate) fn mailed(said: &str) -> String {
    format!("mail sent: {said}")
}

/// The portal's groups are not read yet; `key` opens the picker again.
pub(crate) fn reading_groups(key: &str) -> String {
    format!("reading the portal's groups: press {key} again in a moment")
}

/// No group to pick.
pub(crate) const NO_GROUPS: &str = "no group to pick: the portal has none";

/// The user shown is in no group.
pub(crate) const IN_NO_GROUP: &str = "this user is in no group";

/// What the group pickers say.
pub(crate) const ADD_TO_GROUP: &str = "Add to the group picked:";
pub(crate) const REMOVE_FROM_GROUP: &str = "Remove from the group picked:";

/// A write of this kind is on its way.
pub(crate) const SENDING: &str = "sending the change";

/// The per-address answer of an invitation: each `(address, pending)`.
pub(crate) fn invited(results: &[(String, bool)]) -> String {
    let ok = results.iter().filter(|(_, p)| *p).count();
    let each: Vec<String> = results
        .iter()
        .map(|(email, pending)| match pending {
            true => format!("{email}: invited, pending"),
            false => format!("{email}: not listed as pending (already a member?)"),
        })
        .collect();
    format!("invited {ok} of {}: {}", results.len(), each.join("; "))
}

pub(crate) fn resent(n: usize) -> String {
    format!(
        "invitation mailed again to {}; the links sent before no longer work",
        super::users(n)
    )
}

/// Too many resends (429); `wait` in words ("try again in 840 s") if the portal said.
pub(crate) fn throttled(wait: Option<u64>) -> String {
    let when = match wait {
        Some(s) => format!("try again in {} min", s.div_ceil(60)),
        None => "try again later".to_string(),
    };
    format!("the portal limits how often invitations are resent: {when}")
}

/// `what` ("type change", "quota"): done for `done`; `refused` (names and the portal's
/// words, safe); `not_sent` left out after a refusal for want of seats.
pub(crate) fn changed(
    what: &str,
    done: usize,
    refused: &[String],
    not_sent: usize,
    stopped: bool,
) -> String {
    let mut out = format!("{what}: {} changed", super::users(done));
    if !refused.is_empty() {
        out.push_str(&format!("; refused: {}", refused.join("; ")));
    }
    if not_sent > 0 {
        let why = if stopped { "stopped" } else { "no free seat" };
        out.push_str(&format!("; {} not sent ({why})", super::users(not_sent)));
    } else if stopped {
        out.push_str("; stopped");
    }
    out
}

/// A type change under way: `done` of `total` users, the current job's percentage;
/// `stop_key` stops it.
pub(crate) fn type_progress(
    done: usize,
    total: usize,
    job_percent: Option<u8>,
    stop_key: &str,
) -> String {
    let job = job_percent.map_or_else(String::new, |p| format!(", rooms handed over {p}%"));
    format!("changing types: {done} of {total} done{job}… ({stop_key} stops)")
}

/// Stopping a type change.
pub(crate) const STOPPING: &str =
    "stopping the type change: the user under way finishes or their job is stopped";

/// `what` failed with the portal's words `why` (safe).
pub(crate) fn failed(what: &str, why: &str) -> String {
    format!("{what} failed: {why}")
}
