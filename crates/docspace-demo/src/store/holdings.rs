//! What users own: rooms (with files, folders and bytes) and personal files, seeded
//! deterministically, so offboarding has something to hand over and a preview has
//! numbers.
//!
//! The server keeps these in the Files module; the People API sees them only through
//! `GET /people/reassign/necessary` (does the user own rooms, or, for a guest, shared
//! files) and the jobs that move them (`common/ASC.Data.Reassigns/*ProgressItem.cs`). The
//! Files API lists a user's rooms (`GET /api/2.0/files/rooms?subjectOwnerId=`). A user's
//! personal storage is the profile's `usedSpace`; rooms count their own `usedSpace`.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use crate::model::{Role, User};
use chrono::{DateTime, FixedOffset};
use docspace_api::dto::EmployeeStatus;

/// The first room id (the server's folder ids are integers).
const FIRST_ROOM_ID: i64 = 10_001;

/// Room titles the seed draws from.
const TITLES: [&str; 16] = [
    "Contracts",
    "Marketing assets",
    "Board meetings",
    "Onboarding",
    "Product specs",
    "Partner portal",
    "Quarterly reports",
    "Design reviews",
    "Legal archive",
    "Recruiting",
    "Support playbooks",
    "Research notes",
    "Événements 2025",
    "Проекты",
    "営業資料",
    "Public downloads",
];

/// `RoomType` codes the seed draws from: form filling, collaboration, custom, public,
/// virtual data.
const ROOM_TYPES: [i64; 5] = [1, 2, 5, 6, 8];

/// One room. `owner` is kept after the owner is deleted, until a job hands the room on.
#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    pub id: i64,
    pub title: &'static str,
    pub owner: Uuid,
    /// `RoomType` code.
    pub room_type: i64,
    pub files: u32,
    pub folders: u32,
    pub bytes: u64,
    pub archived: bool,
    pub created: DateTime<FixedOffset>,
}

/// A user's personal folder: files in it, and files the user shared with others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Personal {
    pub files: u32,
    pub shared: u32,
}

/// Every room, and the personal folders by user slot.
#[derive(Debug, Clone, Default)]
pub struct Holdings {
    rooms: Vec<Room>,
    personal: Vec<Personal>,
    next_room: i64,
}

impl Holdings {
    /// Holdings for `users` (by slot) drawn from `seed`: the owner, admins and room admins
    /// own rooms (room admins most often one or two; terminated ones keep theirs), every
    /// user but guests has personal files in proportion to their used space, and some
    /// users shared files. Pending invitees own nothing.
    pub fn seeded<'a>(users: impl Iterator<Item = Option<&'a User>>, seed: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x0005_ea7e_d0c5);
        let mut h = Self {
            next_room: FIRST_ROOM_ID,
            ..Self::default()
        };
        for u in users {
            let Some(u) = u.filter(|u| u.status != EmployeeStatus::Pending) else {
                h.personal.push(Personal::default());
                continue;
            };
            let rooms = match u.role {
                Role::Owner => 3,
                Role::Admin => rng.random_range(0..=3),
                Role::RoomAdmin => [0, 1, 1, 2, 2, 3, 4][rng.random_range(0..7)],
                Role::User | Role::Guest => 0,
            };
            for _ in 0..rooms {
                let files = rng.random_range(0..200u32);
                let avg = rng.random_range(20_000..5_000_000u64);
                let days = rng.random_range(1..400i64);
                let room = Room {
                    id: 0,
                    title: TITLES[rng.random_range(0..TITLES.len())],
                    owner: u.id,
                    room_type: ROOM_TYPES[rng.random_range(0..ROOM_TYPES.len())],
                    files,
                    folders: rng.random_range(0..12),
                    bytes: u64::from(files) * avg,
                    archived: rng.random_ratio(1, 8),
                    created: u.registered + chrono::Duration::days(days),
                };
                h.add_room(room);
            }
            let personal = if u.role == Role::Guest {
                Personal {
                    files: 0,
                    shared: rng.random_range(0..3),
                }
            } else {
                let bytes = u.used_space.max(0.0) as u64;
                Personal {
                    files: u32::try_from(bytes / 4_000_000)
                        .unwrap_or(u32::MAX)
                        .min(5_000)
                        + u32::from(bytes > 0),
                    shared: rng.random_range(0..6),
                }
            };
            h.personal.push(personal);
        }
        h
    }

    /// Adds `room` with the next id; returns the id.
    pub fn add_room(&mut self, mut room: Room) -> i64 {
        if self.next_room < FIRST_ROOM_ID {
            self.next_room = FIRST_ROOM_ID;
        }
        room.id = self.next_room;
        self.next_room += 1;
        self.rooms.push(room);
        room_id_of(self.rooms.last())
    }

    /// Rooms owned by `owner`, in id order.
    pub fn rooms_of(&self, owner: Uuid) -> impl Iterator<Item = &Room> {
        self.rooms.iter().filter(move |r| r.owner == owner)
    }

    pub fn rooms(&self) -> &[Room] {
        &self.rooms
    }

    /// Whether `owner` owns any room, archived ones included (`AnyRoomsAsync`).
    pub fn any_rooms(&self, owner: Uuid) -> bool {
        self.rooms.iter().any(|r| r.owner == owner)
    }

    /// The personal folder of the user in `slot`.
    pub fn personal(&self, slot: usize) -> Personal {
        self.personal.get(slot).copied().unwrap_or_default()
    }

    pub fn set_personal(&mut self, slot: usize, p: Personal) {
        if self.personal.len() <= slot {
            self.personal.resize(slot + 1, Personal::default());
        }
        self.personal[slot] = p;
    }

    /// Hands every room of `from` to `to`; returns how many moved.
    pub fn move_rooms(&mut self, from: Uuid, to: Uuid) -> usize {
        let mut moved = 0;
        for r in self.rooms.iter_mut().filter(|r| r.owner == from) {
            r.owner = to;
            moved += 1;
        }
        moved
    }

    /// The files `from` shared go to `to` (`MoveSharedEntriesAsync`).
    pub fn move_shared(&mut self, from: usize, to: usize) {
        let shared = self.personal(from).shared;
        if shared == 0 {
            return;
        }
        let mut src = self.personal(from);
        src.shared = 0;
        self.set_personal(from, src);
        let mut dst = self.personal(to);
        dst.shared = dst.shared.saturating_add(shared);
        self.set_personal(to, dst);
    }

    /// Deletes the personal folder of the user in `slot` (`DeletePersonalDataAsync`).
    pub fn delete_personal(&mut self, slot: usize) {
        let mut p = self.personal(slot);
        p.files = 0;
        self.set_personal(slot, p);
    }
}

fn room_id_of(room: Option<&Room>) -> i64 {
    room.map(|r| r.id).unwrap_or_default()
}

/// A room of `owner` with `files` files of 1,000 bytes each (unit tests).
#[cfg(test)]
pub(crate) fn room(owner: Uuid, files: u32) -> Room {
    Room {
        id: 0,
        title: "Test room",
        owner,
        room_type: 5,
        files,
        folders: 1,
        bytes: u64::from(files) * 1_000,
        archived: false,
        created: crate::model::from_unix(1_700_000_000),
    }
}

#[cfg(test)]
#[path = "holdings_tests.rs"]
mod tests;
