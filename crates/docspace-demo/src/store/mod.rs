//! The demo portal's state and business rules, with no HTTP in sight: every rule of
//! PEOPLE-API.md §6 that the demo implements lives here and is unit-testable.
//!
//! Users live in slots (`None` once deleted) indexed by id, email and user name. Lists are
//! served from cached sort orders so a page costs work proportional to the page, not to
//! the directory; any change clears the caches.

mod admin;
mod create;
mod delete;
mod downgrade;
mod email_rule;
mod filter;
mod groups;
mod holdings;
mod invite;
mod jobs;
mod kind;
mod list;
mod literal;
mod login;
mod members;
mod outbox;
mod password;
mod profile;
mod quota;
mod reassign;
mod refusal;
mod removal;
mod rooms;
mod sort;
mod status;
mod tfa;
mod throttle;
mod ties;
mod view;

use std::collections::{HashMap, HashSet};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use super::model::{Group, Role, User, fold};
use docspace_api::dto::EmployeeStatus;

pub use admin::Admin;
pub use create::{valid_email, valid_name};
pub(crate) use email_rule::email_attribute_ok;
pub use filter::Narrowing;
pub use groups::{GROUP_NOT_FOUND, GroupPage, GroupQuery, GroupSort, GroupView};
pub use holdings::{Holdings, Personal, Room};
pub use jobs::{JobKind, JobPace};
pub use list::{ListPage, ListQuery, StatusFilter};
pub use literal::THEMES;
pub use login::DEMO_PASSWORD;
pub use outbox::{MailKind, SentMail};
pub use password::{Asker, MAX_PASSWORD, MIN_PASSWORD};
pub use quota::{DEFAULT_USER_QUOTA, PORTAL_STORAGE};
pub use refusal::{Refusal, USER_NOT_FOUND};
pub use rooms::{RoomQuery, SearchArea};
pub use tfa::DEMO_TFA_CODE;
pub use throttle::{SENSITIVE_LIMIT, SENSITIVE_WINDOW};
pub use view::{Detail, Want, display_name};

/// Free paid seats the seeded portal starts with (above the seeded admins and room admins).
pub const SPARE_PAID_SEATS: usize = 5;
/// Free user seats the seeded portal starts with (above the seeded users and guests).
pub const SPARE_USER_SEATS: usize = 100;

/// Seat limits: paid seats (DocSpace admins, the owner included, and room admins) and user
/// seats (users and guests). Terminated users hold no seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeatUsage {
    pub paid_limit: usize,
    pub paid_used: usize,
    pub user_limit: usize,
    pub user_used: usize,
}

impl SeatUsage {
    /// Checks that one more holder of `role` fits: 402 with the server's text otherwise.
    fn check(&self, role: Role) -> Result<(), Refusal> {
        if role.is_paid() {
            if self.paid_used >= self.paid_limit {
                return Err(Refusal::Quota(format!(
                    "The number of admins should not exceed {}",
                    self.paid_limit
                )));
            }
        } else if self.user_used >= self.user_limit {
            return Err(Refusal::Quota(format!(
                "The number of users should not exceed {}",
                self.user_limit
            )));
        }
        Ok(())
    }

    /// Counts one more holder of `role` (a request changing many users keeps its own
    /// count instead of recounting the directory for each one).
    fn take(&mut self, role: Role) {
        if role.is_paid() {
            self.paid_used += 1;
        } else {
            self.user_used += 1;
        }
    }

    /// Counts one holder of `role` less.
    fn release(&mut self, role: Role) {
        if role.is_paid() {
            self.paid_used = self.paid_used.saturating_sub(1);
        } else {
            self.user_used = self.user_used.saturating_sub(1);
        }
    }
}

/// The caller of a request, resolved from its token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewer {
    pub idx: usize,
    pub id: Uuid,
    pub role: Role,
}

impl Viewer {
    pub fn is_admin(&self) -> bool {
        self.role.is_docspace_admin()
    }

    pub fn is_owner(&self) -> bool {
        self.role == Role::Owner
    }
}

/// The indexes' map: a fast hasher, as their keys come from the portal's own users.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// The portal's users, groups and seat limits.
#[derive(Debug)]
pub struct Store {
    slots: Vec<Option<User>>,
    by_id: FastMap<Uuid, usize>,
    by_email: FastMap<String, usize>,
    by_user_name: FastMap<String, usize>,
    /// Per user-name base (lower case), a number below which every numbered name is taken:
    /// where the search for a free one starts. Cleared when a user goes (a name is freed).
    name_hints: FastMap<String, u32>,
    groups: Vec<Group>,
    owner: usize,
    paid_limit: usize,
    user_limit: usize,
    base_url: String,
    ids: ChaCha8Rng,
    login_events: i64,
    cache: list::Cache,
    ties: ties::Ties,
    admin: Admin,
}

impl Store {
    /// A store holding `users` (the owner at `owner`) and `groups`. Seat limits default to
    /// the seeded usage plus [`SPARE_PAID_SEATS`] / [`SPARE_USER_SEATS`].
    pub fn new(users: Vec<User>, groups: Vec<Group>, owner: usize, seed: u64) -> Self {
        let mut store = Self {
            slots: Vec::new(),
            by_id: FastMap::with_capacity_and_hasher(users.len(), Default::default()),
            by_email: FastMap::with_capacity_and_hasher(users.len(), Default::default()),
            by_user_name: FastMap::with_capacity_and_hasher(users.len(), Default::default()),
            name_hints: FastMap::default(),
            groups,
            owner,
            paid_limit: 0,
            user_limit: 0,
            base_url: "http://127.0.0.1".to_string(),
            ids: ChaCha8Rng::seed_from_u64(seed ^ 0x05ee_d1d5),
            login_events: 1000,
            cache: list::Cache::default(),
            ties: ties::Ties::default(),
            admin: Admin::default(),
        };
        // Names repeat across a seeded portal: each is folded once.
        let mut folded: FastMap<String, String> = FastMap::default();
        let mut fold_once = |name: &str| -> String {
            if let Some(f) = folded.get(name) {
                return f.clone();
            }
            let f = fold(name);
            folded.insert(name.to_string(), f.clone());
            f
        };
        // The users stay where they are (a slot is a user's size): indexed in place.
        store.slots = users.into_iter().map(Some).collect();
        let Store {
            slots,
            by_id,
            by_email,
            by_user_name,
            name_hints,
            ..
        } = &mut store;
        for (idx, user) in slots.iter_mut().enumerate() {
            if let Some(u) = user {
                u.refresh_keys_with(&mut fold_once);
                index_user(by_id, by_email, (by_user_name, name_hints), idx, u);
            }
        }
        store.admin.holdings = Holdings::seeded(store.slots.iter().map(Option::as_ref), seed);
        let usage = store.seat_usage();
        store.paid_limit = usage.paid_used + SPARE_PAID_SEATS;
        store.user_limit = usage.user_used + SPARE_USER_SEATS;
        store
    }

    /// The address used in `profileUrl` (the portal's own URL).
    pub fn set_base_url(&mut self, url: &str) {
        self.base_url = url.trim_end_matches('/').to_string();
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    pub fn owner_id(&self) -> Uuid {
        self.user(self.owner).map(|u| u.id).unwrap_or_default()
    }

    /// The user in slot `idx`, unless deleted.
    pub fn user(&self, idx: usize) -> Option<&User> {
        self.slots.get(idx).and_then(Option::as_ref)
    }

    fn user_mut(&mut self, idx: usize) -> Option<&mut User> {
        self.slots.get_mut(idx).and_then(Option::as_mut)
    }

    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Live (not deleted) users, in slot order.
    pub fn live(&self) -> impl Iterator<Item = (usize, &User)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, u)| u.as_ref().map(|u| (i, u)))
    }

    pub fn live_count(&self) -> usize {
        self.by_id.len()
    }

    pub fn index_of(&self, id: Uuid) -> Option<usize> {
        self.by_id.get(&id).copied()
    }

    /// Resolves a `{userid}` route value: a user name first, then a GUID.
    pub fn resolve(&self, key: &str) -> Option<usize> {
        let key = key.trim();
        if let Some(&i) = self.by_user_name.get(&key.to_lowercase()) {
            return Some(i);
        }
        Uuid::parse_str(key).ok().and_then(|id| self.index_of(id))
    }

    pub fn index_of_email(&self, email: &str) -> Option<usize> {
        self.by_email.get(&email.trim().to_lowercase()).copied()
    }

    /// The caller behind user `id`, if that user exists.
    pub fn viewer(&self, id: Uuid) -> Option<Viewer> {
        let idx = self.index_of(id)?;
        let u = self.user(idx)?;
        Some(Viewer {
            idx,
            id,
            role: u.role,
        })
    }

    /// A new random user id.
    pub fn new_id(&mut self) -> Uuid {
        loop {
            let id = uuid::Builder::from_random_bytes(self.ids.random()).into_uuid();
            if !self.by_id.contains_key(&id) {
                return id;
            }
        }
    }

    /// Stores `user`, giving it a unique user name derived from its email when it has none
    /// (or a taken one). Returns its slot.
    pub fn insert(&mut self, mut user: User) -> usize {
        user.refresh_keys();
        self.insert_keyed(user)
    }

    /// [`Store::insert`] of a user whose keys are up to date.
    fn insert_keyed(&mut self, mut user: User) -> usize {
        let idx = self.slots.len();
        index_user(
            &mut self.by_id,
            &mut self.by_email,
            (&mut self.by_user_name, &mut self.name_hints),
            idx,
            &mut user,
        );
        self.slots.push(Some(user));
        self.touch();
        idx
    }

    /// Deletes the user in slot `idx`; returns it.
    fn remove(&mut self, idx: usize) -> Option<User> {
        let user = self.slots.get_mut(idx)?.take()?;
        self.by_id.remove(&user.id);
        if self.by_email.get(&user.email_key) == Some(&idx) {
            self.by_email.remove(&user.email_key);
        }
        self.by_user_name.remove(&user.user_name.to_lowercase());
        self.name_hints.clear();
        self.touch();
        Some(user)
    }

    /// Call after any change that can alter a list.
    fn touch(&mut self) {
        self.cache.clear();
    }

    /// Changes a user's status directly (fixtures and the rules below).
    pub fn put_status(&mut self, idx: usize, status: EmployeeStatus) -> bool {
        let Some(u) = self.user_mut(idx) else {
            return false;
        };
        u.status = status;
        self.touch();
        true
    }

    /// Sets a user's own quota (`None` = the default); `false` if the user does not exist.
    pub fn put_quota(&mut self, id: Uuid, quota: Option<i64>) -> bool {
        let Some(u) = self.index_of(id).and_then(|i| self.user_mut(i)) else {
            return false;
        };
        u.quota = quota;
        self.touch();
        true
    }

    fn put_role(&mut self, idx: usize, role: Role) {
        if let Some(u) = self.user_mut(idx) {
            u.role = role;
        }
        self.touch();
    }

    pub fn seat_usage(&self) -> SeatUsage {
        let mut usage = SeatUsage {
            paid_limit: self.paid_limit,
            paid_used: 0,
            user_limit: self.user_limit,
            user_used: 0,
        };
        for (_, u) in self.live() {
            if u.status == EmployeeStatus::Terminated {
                continue;
            }
            if u.role.is_paid() {
                usage.paid_used += 1;
            } else {
                usage.user_used += 1;
            }
        }
        usage
    }

    pub fn set_seat_limits(&mut self, paid: Option<usize>, users: Option<usize>) {
        if let Some(p) = paid {
            self.paid_limit = p;
        }
        if let Some(u) = users {
            self.user_limit = u;
        }
    }

    /// Checks that one more holder of `role` fits: 402 with the server's text otherwise.
    fn check_seat(&self, role: Role) -> Result<(), Refusal> {
        self.seat_usage().check(role)
    }

    /// Whether `viewer` may read `target`'s profile (PEOPLE-API.md §6.2): self always;
    /// DocSpace admins everybody; users and guests nobody else; room admins everybody but
    /// guests they are not related to.
    pub fn can_view(&self, viewer: &Viewer, target: usize) -> bool {
        if viewer.idx == target || viewer.is_admin() {
            return true;
        }
        let Some(u) = self.user(target) else {
            return false;
        };
        match viewer.role {
            Role::RoomAdmin => u.role != Role::Guest || u.created_by == Some(viewer.id),
            _ => false,
        }
    }

    /// The next login event number (for `@self`).
    pub fn next_login_event(&mut self) -> i64 {
        self.login_events += 1;
        self.login_events
    }

    /// Ids of the given slots, unknown ones dropped, first occurrence kept.
    fn dedup(ids: &[Uuid]) -> Vec<Uuid> {
        let mut seen = HashSet::new();
        ids.iter().copied().filter(|id| seen.insert(*id)).collect()
    }
}

/// Indexes `user`, to be held in slot `idx`, by id, email and user name, giving it a unique
/// user name derived from its email when it has none (or a taken one).
fn index_user(
    by_id: &mut FastMap<Uuid, usize>,
    by_email: &mut FastMap<String, usize>,
    (by_user_name, name_hints): (&mut FastMap<String, usize>, &mut FastMap<String, u32>),
    idx: usize,
    user: &mut User,
) {
    let mut key = user.user_name.to_lowercase();
    if key.is_empty() || by_user_name.contains_key(&key) {
        (user.user_name, key) = unique_user_name(by_user_name, name_hints, &user.email);
    }
    by_id.insert(user.id, idx);
    if !user.email_key.is_empty() {
        by_email.entry(user.email_key.clone()).or_insert(idx);
    }
    by_user_name.insert(key, idx);
}

/// A user name from `email`'s local part not in `taken`, and its key (lower case): the part
/// itself, or with the smallest free number. `hints` holds, per base (lower case), where the
/// last search ended (every number below it is still taken; cleared when a user goes).
fn unique_user_name(
    taken: &FastMap<String, usize>,
    hints: &mut FastMap<String, u32>,
    email: &str,
) -> (String, String) {
    let local = email.split('@').next().unwrap_or("").trim();
    let base: String = local
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect();
    let base = if base.is_empty() {
        "user".to_string()
    } else {
        base
    };
    let key = base.to_lowercase();
    if !taken.contains_key(&key) {
        return (base, key);
    }
    let from = hints.get(&key).copied().unwrap_or(1);
    let Some(n) = (from..u32::MAX).find(|n| !taken.contains_key(&format!("{key}{n}"))) else {
        return (base, key);
    };
    let numbered = (format!("{base}{n}"), format!("{key}{n}"));
    hints.insert(key, n + 1);
    numbered
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use docspace_api::dto::ActivationStatus;

    /// A small portal: owner, admin, room admin, user, guest (created by the room admin),
    /// a terminated user, a terminated room admin, a pending invitee.
    pub(crate) fn small() -> Store {
        let mk = |n: u128, first: &str, email: &str, role: Role| {
            User::new(Uuid::from_u128(n), first, "Tester", email, role)
        };
        let mut users = vec![
            mk(1, "Olga", "owner@demo.test", Role::Owner),
            mk(2, "Adam", "admin@demo.test", Role::Admin),
            mk(3, "Rita", "roomadmin@demo.test", Role::RoomAdmin),
            mk(4, "Ursula", "user@demo.test", Role::User),
            mk(5, "Gustav", "guest@demo.test", Role::Guest),
            mk(6, "Tom", "terminated@demo.test", Role::User),
            mk(7, "Tara", "terminated.ra@demo.test", Role::RoomAdmin),
            mk(8, "", "invitee@demo.test", Role::User),
        ];
        users[4].created_by = Some(Uuid::from_u128(3));
        users[5].status = EmployeeStatus::Terminated;
        users[6].status = EmployeeStatus::Terminated;
        users[7].last_name.clear();
        users[7].status = EmployeeStatus::Pending;
        users[7].activation = ActivationStatus::Pending;
        users[7].invited = true;
        Store::new(users, Vec::new(), 0, 7)
    }

    pub(crate) fn viewer(store: &Store, n: u128) -> Viewer {
        store.viewer(Uuid::from_u128(n)).expect("fixture user")
    }

    pub(crate) fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }
}

#[cfg(test)]
mod tests;
