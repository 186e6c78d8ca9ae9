//! The selected user's ID or email to the clipboard (`c`, `C`: the runtime writes an
//! OSC 52 sequence to the terminal, which works over ssh too), and the user's profile
//! page in the browser (`o`: only an http or https address is opened).

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::redraw::unchanged;
use crate::app::state::model::Model;
use crate::redact::url_for_display;
use crate::sanitize::display_safe_short;

pub(crate) fn on_action(model: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::CopyId => copy(model, false),
        Action::CopyEmail => copy(model, true),
        Action::OpenProfile => open_profile(model),
        _ => unchanged(model),
    }
}

fn copy(model: &mut Model, email: bool) -> Vec<Effect> {
    let Some(user) = model.detail_user() else {
        model.status.notice("no user selected: nothing to copy");
        return Vec::new();
    };
    let (what, text) = if email {
        match user.email.as_deref().map(str::trim) {
            Some(e) if !e.is_empty() => ("email", e.to_string()),
            _ => {
                model
                    .status
                    .notice("this user has no email: nothing copied");
                return Vec::new();
            }
        }
    } else {
        ("ID", user.id.to_string())
    };
    // What is pasted later should be what is shown: nothing invisible or controlling.
    if text.chars().any(|c| c.is_control()) {
        model.status.error(format!(
            "the {what} holds control characters: nothing copied"
        ));
        return Vec::new();
    }
    model.status.error = None;
    model.status.notice(format!(
        "copied {what} {} to the clipboard",
        display_safe_short(&text, 60)
    ));
    vec![Effect::Clipboard(text)]
}

fn open_profile(model: &mut Model) -> Vec<Effect> {
    let Some(user) = model.detail_user() else {
        model.status.notice("no user selected: nothing to open");
        return Vec::new();
    };
    let Some(raw) = user
        .profile_url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    else {
        model
            .status
            .notice("the portal gave no profile address for this user");
        return Vec::new();
    };
    match web_address(raw) {
        Some(url) => {
            model.status.error = None;
            model.status.notice(format!(
                "opening {} in the browser",
                display_safe_short(&url_for_display(&url), 80)
            ));
            vec![Effect::OpenUrl(url)]
        }
        None => {
            model.status.error(format!(
                "the profile address {} is not an http or https address: not opened",
                display_safe_short(raw, 60)
            ));
            Vec::new()
        }
    }
}

/// `raw` as a normalised http(s) address, if it is one.
pub(crate) fn web_address(raw: &str) -> Option<String> {
    let url = url::Url::parse(raw).ok()?;
    (matches!(url.scheme(), "http" | "https") && url.host().is_some()).then(|| url.to_string())
}

#[cfg(test)]
#[path = "copy_open_tests.rs"]
mod tests;
