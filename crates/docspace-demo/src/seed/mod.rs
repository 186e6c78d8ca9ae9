//! Deterministic seeding: the same seed and size always give the same portal.
//!
//! The owner comes first (`Demo Owner`, `owner@demo.docspace.local`, user name `owner`),
//! then a fixed head of every kind of user (so even a small portal shows each case), then
//! a random mix: DocSpace admins, room admins, users, guests, pending invitations and
//! terminated users, named from several scripts, some with very long names, invited by
//! the owner, admins or room admins. Then, each from a random stream of its own (so
//! adding one changes no user drawn before): LDAP and SSO accounts and custom quotas
//! (`accounts.rs`), users invited by room admins (`inviters.rs`), and the departments
//! with their members and managers (`groups.rs`).

mod accounts;
mod groups;
mod inviters;

use std::collections::HashMap;

use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use super::model::{Group, Role, User, from_unix};
use super::names::{self, Name, Script};
use docspace_api::dto::{ActivationStatus, Contact, EmployeeStatus};

/// The owner's email: the account the demo's main token acts as.
pub const OWNER_EMAIL: &str = "owner@demo.docspace.local";

/// A seeded portal.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Seeded {
    pub users: Vec<User>,
    pub groups: Vec<Group>,
    /// Index of the owner in `users`.
    pub owner: usize,
}

/// How many groups the user stream drew for before departments had a stream of their own.
const OLD_GROUPS: usize = 8;

const DOMAINS: [&str; 4] = [
    "example.com",
    "example.org",
    "mail.example.net",
    "corp.example.com",
];
const GUEST_DOMAINS: [&str; 2] = ["partner.example", "contractor.example"];
const CITIES: [&str; 8] = [
    "Riga",
    "Berlin",
    "São Paulo",
    "Tokyo",
    "Nairobi",
    "Montréal",
    "Αθήνα",
    "Москва",
];
const CULTURES: [&str; 9] = [
    "en-US", "de-DE", "fr-FR", "es-ES", "ru-RU", "ja-JP", "zh-CN", "ar-SA", "el-GR",
];

/// Per name and domain (`first.last@domain`), how many users have that address or a
/// numbered variant of it. The owner's domain is none of these.
type Addresses =
    HashMap<(&'static str, &'static str, &'static str), u32, foldhash::fast::RandomState>;

/// What a seeded user is, before names are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Active(Role),
    Pending(Role),
    Terminated(Role),
}

/// The fixed head: every kind at least once, in this order, after the owner.
const HEAD: [Kind; 12] = [
    Kind::Active(Role::Admin),
    Kind::Active(Role::Admin),
    Kind::Active(Role::RoomAdmin),
    Kind::Active(Role::RoomAdmin),
    Kind::Active(Role::User),
    Kind::Active(Role::User),
    Kind::Active(Role::Guest),
    Kind::Pending(Role::User),
    Kind::Pending(Role::RoomAdmin),
    Kind::Terminated(Role::User),
    Kind::Terminated(Role::RoomAdmin),
    Kind::Terminated(Role::Guest),
];

fn random_kind(rng: &mut ChaCha8Rng) -> Kind {
    let role = match rng.random_range(0..1000) {
        0..15 => Role::Admin,
        15..185 => Role::RoomAdmin,
        185..750 => Role::User,
        _ => Role::Guest,
    };
    match rng.random_range(0..100) {
        0..8 if role != Role::Admin => Kind::Pending(role),
        8..18 if role != Role::Admin => Kind::Terminated(role),
        _ => Kind::Active(role),
    }
}

/// Seeds `n` users (at least the owner) from `seed`.
pub(crate) fn seed(n: usize, seed: u64) -> Seeded {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let scripts = names::scripts();
    let long = names::long_names();
    let id = |rng: &mut ChaCha8Rng| uuid::Builder::from_random_bytes(rng.random()).into_uuid();
    // The ids of the groups this stream once drew: still drawn, so every seed keeps the
    // users it had (departments come from a stream of their own).
    for _ in 0..OLD_GROUPS {
        id(&mut rng);
    }

    let mut emails = Addresses::with_capacity_and_hasher(n, Default::default());
    let mut users = Vec::with_capacity(n.max(1));
    let owner_id = id(&mut rng);
    let mut owner = User::new(owner_id, "Demo", "Owner", OWNER_EMAIL, Role::Owner);
    owner.user_name = "owner".to_string();
    owner.registered = from_unix(1_609_459_200);
    owner.culture = Some("en-US".to_string());
    owner.location = "Riga".to_string();
    users.push(owner);

    let mut admins = vec![owner_id];
    let mut room_admins: Vec<Uuid> = Vec::new();
    for i in 1..n.max(1) {
        let kind = HEAD
            .get(i - 1)
            .copied()
            .unwrap_or_else(|| random_kind(&mut rng));
        let long_name = i == 13 || (i > 13 && rng.random_ratio(1, 150));
        let script = if long_name {
            &long
        } else {
            pick_script(&mut rng, &scripts)
        };
        let (first, last) = pick_names(&mut rng, script);
        let role = match kind {
            Kind::Active(r) | Kind::Pending(r) | Kind::Terminated(r) => r,
        };
        let domains: &[&str] = if role == Role::Guest {
            &GUEST_DOMAINS
        } else {
            &DOMAINS
        };
        let domain = domains.choose(&mut rng).copied().unwrap_or("example.com");
        let email = unique_email(&mut emails, first.ascii, last.ascii, domain);
        let mut u = User::unkeyed(id(&mut rng), first.text, last.text, &email, role);
        u.registered = from_unix(rng.random_range(1_609_545_600..1_748_736_000));
        u.created_by = if role == Role::Guest && !room_admins.is_empty() && rng.random_bool(0.6) {
            room_admins.choose(&mut rng).copied()
        } else {
            admins.choose(&mut rng).copied()
        };
        match kind {
            Kind::Active(_) => {
                if rng.random_ratio(1, 12) {
                    u.activation = ActivationStatus::Pending;
                }
            }
            Kind::Pending(_) => {
                u.first_name.clear();
                u.last_name.clear();
                u.status = EmployeeStatus::Pending;
                u.activation = ActivationStatus::Pending;
                u.invited = true;
            }
            Kind::Terminated(_) => {
                u.status = EmployeeStatus::Terminated;
                if rng.random_bool(0.5) {
                    let days = rng.random_range(1..300) * 86_400;
                    u.terminated = Some(from_unix(u.registered.timestamp() + days));
                }
            }
        }
        if !matches!(kind, Kind::Pending(_)) {
            decorate(&mut rng, &mut u);
        }
        match role {
            Role::Admin => admins.push(u.id),
            Role::RoomAdmin => room_admins.push(u.id),
            _ => {}
        }
        users.push(u);
    }
    accounts::assign(&mut users, seed);
    inviters::assign(&mut users, seed);
    let groups = groups::assign(&mut users, seed);
    Seeded {
        users,
        groups,
        owner: 0,
    }
}

fn pick_script<'a>(rng: &mut ChaCha8Rng, scripts: &'a [Script]) -> &'a Script {
    // Latin first and most common; then the others evenly.
    let i = if rng.random_ratio(11, 20) || scripts.len() < 2 {
        0
    } else {
        rng.random_range(1..scripts.len())
    };
    &scripts[i.min(scripts.len().saturating_sub(1))]
}

fn pick_names(rng: &mut ChaCha8Rng, script: &Script) -> (Name, Name) {
    let fallback = Name {
        text: "Alex",
        ascii: "alex",
    };
    let first = script.first.choose(rng).copied().unwrap_or(fallback);
    let last = script.last.choose(rng).copied().unwrap_or(fallback);
    (first, last)
}

/// `first.last@domain`, or with the first free number from 2 on when that is taken. The
/// numbers of a name and domain are given in order and none is ever freed while seeding, so
/// the next number is counted, not searched for (a search costs a hundred thousand users
/// seconds); names hold no digits, so no numbered address is another name's plain one.
fn unique_email(
    taken: &mut Addresses,
    first: &'static str,
    last: &'static str,
    domain: &'static str,
) -> String {
    let used = taken.entry((first, last, domain)).or_insert(0);
    *used += 1;
    if *used == 1 {
        format!("{first}.{last}@{domain}")
    } else {
        format!("{first}.{last}{used}@{domain}")
    }
}

fn decorate(rng: &mut ChaCha8Rng, u: &mut User) {
    if rng.random_ratio(3, 10) {
        u.location = CITIES.choose(rng).copied().unwrap_or("").to_string();
    }
    if rng.random_ratio(1, 10) {
        u.notes = "Joined through the partner programme".to_string();
    }
    if rng.random_ratio(1, 5) {
        u.mobile_phone = format!("+1 555 01{:02}", rng.random_range(0..100));
    }
    if rng.random_ratio(3, 5) {
        u.culture = CULTURES.choose(rng).map(|c| (*c).to_string());
    }
    if rng.random_ratio(3, 20) {
        u.contacts = vec![Contact {
            kind: Some("skype".to_string()),
            value: Some(u.email.split('@').next().unwrap_or("").to_string()),
        }];
    }
    u.has_avatar = rng.random_ratio(2, 5);
    u.used_space = (rng.random_range(0..5_000_000_000u64) / 1024 * 1024) as f64;
    // The draws that once put users in groups: still drawn, so every seed keeps the
    // users it had.
    if rng.random_ratio(9, 20) {
        rng.random_range(0..OLD_GROUPS);
    }
    if rng.random_ratio(1, 10) {
        rng.random_range(0..OLD_GROUPS);
    }
}

#[cfg(test)]
mod tests;
