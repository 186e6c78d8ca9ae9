//! Look-up by ID or email: the prompt's keys and starting the read (the parsing is
//! [`crate::people::lookup`]).

use crossterm::event::KeyEvent;

use super::effect::{ApiOp, Effect, RequestId};
use super::input::{Edit, PromptKey};
use super::model::{Model, Overlay, Pending};
use super::update::{quit, unchanged};
use crate::people::lookup::{LookupTarget, parse_lookup};

/// Keys in the look-up prompt: text, Enter to look up, Esc to close.
pub fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let spec = match PromptKey::of(&model.keymap, key) {
        PromptKey::Quit => return quit(model),
        PromptKey::Close => {
            model.overlay = Overlay::None;
            return Vec::new();
        }
        PromptKey::Enter => return submit(model),
        PromptKey::Other(spec) => spec,
    };
    let Overlay::Lookup(prompt) = &mut model.overlay else {
        return unchanged(model);
    };
    match prompt.input.key(&spec) {
        Edit::Changed => {
            prompt.error = None;
            Vec::new()
        }
        Edit::Moved => Vec::new(),
        Edit::Ignored => unchanged(model),
    }
}

/// Enter: a GUID or an email starts a request; anything else is explained, nothing sent.
fn submit(model: &mut Model) -> Vec<Effect> {
    let Overlay::Lookup(prompt) = &mut model.overlay else {
        return unchanged(model);
    };
    match parse_lookup(prompt.input.value()) {
        Err(why) => {
            prompt.error = Some(why);
            Vec::new()
        }
        Ok(target) => {
            model.overlay = Overlay::None;
            model
                .status
                .notice(format!("looking up {}…", target.describe()));
            start(model, target)
        }
    }
}

/// Starts look-up of `target`, superseding any look-up in flight.
pub fn start(model: &mut Model, target: LookupTarget) -> Vec<Effect> {
    let mut fx = Vec::new();
    let stale: Vec<RequestId> = model
        .requests
        .in_flight
        .iter()
        .filter(|(_, p)| matches!(p, Pending::Lookup { .. }))
        .map(|(id, _)| *id)
        .collect();
    for id in stale {
        model.requests.finish(id);
        fx.push(Effect::Cancel(id));
    }
    model.detail.lookup_seq += 1;
    let op = match &target {
        LookupTarget::Id(id) => ApiOp::GetUser(*id),
        LookupTarget::Email(e) => ApiOp::GetUserByEmail(e.clone()),
    };
    let pending = Pending::Lookup {
        target,
        seq: model.detail.lookup_seq,
    };
    let (_, effect) = model.requests.start(pending, op);
    fx.push(effect);
    fx
}

/// On refresh: reads the looked-up user again, if one is shown.
pub fn refresh(model: &mut Model) -> Vec<Effect> {
    match model.detail.lookup.as_ref().map(|u| u.id) {
        Some(id) => start(model, LookupTarget::Id(id)),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::EmployeeFullDto;
    use uuid::Uuid;

    /// Through `update`: a reply about another user is an error, and that user is
    /// neither shown nor put into the list.
    #[test]
    fn a_lookup_answered_with_another_user_is_an_error() {
        use crate::app::msg::{ApiOutcome, ApiReply, Msg};
        use crate::app::testing::{press, type_text};
        use crate::app::{ModelOptions, update};

        for (asked, answered) in [
            ("00000000-0000-0000-0000-000000000abc", 0xdefu128),
            ("ann@example.org", 0xabc),
        ] {
            let mut m = Model::new(ModelOptions::default());
            update(&mut m, Msg::Input(crossterm::event::Event::Resize(120, 30)));
            press(&mut m, "i");
            type_text(&mut m, asked);
            let fx = press(&mut m, "enter");
            let req = fx.iter().find_map(Effect::request).expect("a request");
            let mut other = EmployeeFullDto::bare(Uuid::from_u128(answered));
            other.email = Some("bob@example.org".into());
            other.first_name = Some("Bob".into());
            update(
                &mut m,
                Msg::Api(ApiReply {
                    id: req.id,
                    result: Ok(ApiOutcome::User(Box::new(other))),
                }),
            );
            assert!(m.detail.lookup.is_none(), "{asked}: not shown");
            let error = m.status.error.clone().unwrap_or_default();
            assert!(error.contains("another user"), "{asked}: {error}");
            assert!(m.status.notice.is_none(), "{asked}: no \"found\" notice");
        }
    }
}
