//! A refused token stops the traffic: after one 401 every new request is answered at once
//! with [`ApiOutcome::NotSent`] instead of being sent, so prefetches, look-ups and
//! refreshes cannot turn into a stream of 401s. `r` lifts the stop for one more try.

use super::action::Action;
use super::effect::Effect;
use super::msg::{ApiOutcome, ApiReply, Msg};
use super::state::model::Model;
use super::words;
use crate::api::ApiError;

/// Rounds of held-back replies answered within one message (a failure may start a
/// refresh, whose failure starts nothing).
const MAX_ROUNDS: usize = 4;

/// Notes a 401 in a reply: from now on requests are held back.
pub(crate) fn note_reply(model: &mut Model, reply: &ApiReply) {
    if matches!(reply.result, Err(ApiError::Unauthorized)) {
        model.token_refused = true;
    }
}

/// Passes `fx` through, except that while the token is refused each request is answered
/// at once (through `apply`) instead of being sent. Other effects pass unchanged.
pub(crate) fn hold_back(
    model: &mut Model,
    mut fx: Vec<Effect>,
    apply: fn(&mut Model, Msg) -> Vec<Effect>,
) -> Vec<Effect> {
    let dirty = model.dirty;
    let mut rounds = 0;
    while model.token_refused && fx.iter().any(|e| matches!(e, Effect::Api(_))) {
        let (held, pass): (Vec<Effect>, Vec<Effect>) =
            fx.into_iter().partition(|e| matches!(e, Effect::Api(_)));
        fx = pass;
        rounds += 1;
        for e in held {
            let Effect::Api(request) = e else { continue };
            if rounds > MAX_ROUNDS {
                // Give up answering; just forget the request so nothing waits for it.
                model.requests.finish(request.id);
                continue;
            }
            fx.extend(apply(
                model,
                Msg::Api(ApiReply {
                    id: request.id,
                    result: Ok(ApiOutcome::NotSent(words::session::held(
                        &model.keymap.first(Action::Refresh),
                    ))),
                }),
            ));
        }
    }
    model.dirty |= dirty;
    fx
}
