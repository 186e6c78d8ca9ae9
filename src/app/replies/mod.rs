//! Worker replies: each finds the request it answers; stale ones are dropped. Replies to
//! reads are handled in [`reads`], replies to writes in [`writes`], those to the long
//! reads (mark all, a pasted list, an export) in [`tasks`], those of a delete's
//! confirmation (impact, receivers) in [`offboard`].

pub(crate) mod admin;
pub(crate) mod offboard;
pub(crate) mod reads;
pub(crate) mod tasks;
pub(crate) mod writes;

use super::auth;
use super::effect::Effect;
use super::list_commands;
use super::msg::ApiReply;
use super::redraw::unchanged;
use super::state::model::{Model, Pending};

pub(crate) fn on_reply(model: &mut Model, reply: ApiReply) -> Vec<Effect> {
    auth::note_reply(model, &reply);
    // Unknown ids were cancelled or superseded: ignore them.
    let Some(pending) = model.requests.finish(reply.id) else {
        return unchanged(model);
    };
    match pending {
        Pending::Me => {
            reads::on_me(model, reply);
            Vec::new()
        }
        Pending::Page { generation, page } => reads::on_page(model, reply, generation, page),
        Pending::Create { asked } => writes::on_created(model, asked, reply.result),
        Pending::Bulk => writes::on_job_done(model, reply.id, reply.result),
        Pending::Refetch { id } => writes::on_refetched(model, id, reply.result),
        Pending::Profile { id } => {
            reads::on_profile(model, reply, id);
            Vec::new()
        }
        Pending::Groups => {
            reads::on_groups(model, reply);
            list_commands::on_groups_read(model)
        }
        Pending::Task => tasks::on_done(model, reply.id, reply.result),
        Pending::Impact => offboard::on_impact(model, reply.id, reply.result),
        Pending::Receivers => offboard::on_receivers(model, reply.id, reply.result),
        Pending::Admin(kind) => admin::on_done(model, kind, reply.result),
        Pending::Lookup { target, seq } => {
            if seq != model.detail.lookup_seq {
                return unchanged(model);
            }
            reads::on_lookup(model, reply, &target);
            Vec::new()
        }
    }
}
