//! Room admins invite users too (they invite most guests already, in the user stream):
//! a quarter of the users are re-attributed to a room admin seeded before them, so
//! `inviterId` and `invitedByMe` select room admins' users as well as the admins'.

use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use crate::model::{Role, User};

pub(super) fn assign(users: &mut [User], seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x696e_7669_7465_7273);
    let mut room_admins: Vec<Uuid> = Vec::new();
    for u in users.iter_mut() {
        match u.role {
            Role::RoomAdmin => room_admins.push(u.id),
            Role::User if rng.random_ratio(1, 4) => {
                if let Some(by) = room_admins.choose(&mut rng) {
                    u.created_by = Some(*by);
                }
            }
            _ => {}
        }
    }
}
