//! `DemoPortal`: a cloneable handle on a running demo portal's state, for tests, fixtures
//! and demos. Reads see users as a DocSpace admin caller would.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use uuid::Uuid;

use super::faults::FaultRule;
use super::log::LoggedRequest;
use super::model::{Role, User, now};
use super::new_user::NewUser;
use super::state::{Shared, lock};
use super::store::{Detail, JobPace, Personal, Room, SeatUsage, SentMail};
use super::tokens::random_token;
use docspace_api::dto::{EmployeeFullDto, EmployeeStatus, GroupDto};
use docspace_api::filters::LoginType;

/// The handle. Cheap to clone; every clone sees the same portal.
#[derive(Debug, Clone)]
pub struct DemoPortal {
    shared: Arc<Shared>,
}

impl DemoPortal {
    pub(super) fn new(shared: Arc<Shared>) -> Self {
        Self { shared }
    }

    /// The owner: `Demo Owner`, `owner@demo.docspace.local`, user name `owner`.
    pub fn owner_id(&self) -> Uuid {
        lock(&self.shared.store).owner_id()
    }

    /// A user as a DocSpace admin sees it; `None` when unknown or deleted.
    pub fn user(&self, id: Uuid) -> Option<EmployeeFullDto> {
        let store = lock(&self.shared.store);
        let idx = store.index_of(id)?;
        store.full_dto(idx, None, Detail::Normal)
    }

    pub fn user_by_email(&self, email: &str) -> Option<EmployeeFullDto> {
        let store = lock(&self.shared.store);
        let idx = store.index_of_email(email)?;
        store.full_dto(idx, None, Detail::Normal)
    }

    /// Users that exist (not deleted), every status.
    pub fn user_count(&self) -> usize {
        lock(&self.shared.store).live_count()
    }

    /// Every user, as a DocSpace admin sees them, in creation order.
    pub fn users(&self) -> Vec<EmployeeFullDto> {
        let store = lock(&self.shared.store);
        store
            .live()
            .filter_map(|(i, _)| store.full_dto(i, None, Detail::Normal))
            .collect()
    }

    /// Requests answered so far, oldest first (method, path, query, status, body ids).
    pub fn request_log(&self) -> Vec<LoggedRequest> {
        lock(&self.shared.log).entries()
    }

    pub fn clear_request_log(&self) {
        lock(&self.shared.log).clear();
    }

    /// Sets the seat limits (`None` leaves one unchanged): paid seats are held by DocSpace
    /// admins (the owner included) and room admins, user seats by users and guests;
    /// terminated users hold none.
    pub fn set_seats(&self, paid: Option<usize>, users: Option<usize>) {
        lock(&self.shared.store).set_seat_limits(paid, users);
    }

    /// Leaves exactly `free` paid seats free.
    pub fn set_free_paid_seats(&self, free: usize) {
        let mut store = lock(&self.shared.store);
        let used = store.seat_usage().paid_used;
        store.set_seat_limits(Some(used + free), None);
    }

    /// Leaves exactly `free` user seats free.
    pub fn set_free_user_seats(&self, free: usize) {
        let mut store = lock(&self.shared.store);
        let used = store.seat_usage().user_used;
        store.set_seat_limits(None, Some(used + free));
    }

    pub fn seats(&self) -> SeatUsage {
        lock(&self.shared.store).seat_usage()
    }

    /// Adds a fault rule (see [`FaultRule`]).
    pub fn inject(&self, rule: FaultRule) {
        lock(&self.shared.faults).add(rule);
    }

    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// Fault rules still active (`Next` rules disappear once used up).
    pub fn pending_faults(&self) -> usize {
        lock(&self.shared.faults).len()
    }

    /// Whether `fields=` trims success responses (the default). Off, the portal answers
    /// every request in full, like a server that does not implement trimming.
    pub fn set_honour_fields(&self, honour: bool) {
        self.shared.honour_fields.store(honour, Ordering::Relaxed);
    }

    /// Requests a minute for each caller before 429; `None` disables the limit. Each
    /// authenticated user has a sliding window of its own; requests without valid
    /// credentials share one per remote address, as on the server.
    pub fn set_rate_limit(&self, per_minute: Option<u32>) {
        lock(&self.shared.limiter).set_limit(per_minute);
    }

    /// A new API token (`sk-…`, send as `Bearer`) acting as user `id`: to test non-owner
    /// callers. Tokens of terminated or deleted users are refused with 401.
    pub fn token_for(&self, id: Uuid) -> String {
        let token = random_token();
        lock(&self.shared.tokens).insert(token.clone(), id);
        token
    }

    /// Withdraws a token minted with [`token_for`](Self::token_for) (later requests: 401).
    pub fn revoke_token(&self, token: &str) {
        lock(&self.shared.tokens).remove(token);
    }

    /// Makes the main token act as user `id` instead of the owner.
    pub fn set_caller(&self, id: Uuid) {
        lock(&self.shared.tokens).insert(self.shared.main_token.clone(), id);
    }

    /// Inserts a user directly, without the API's checks (any names, any status); returns
    /// its id.
    pub fn insert_user(&self, new: NewUser) -> Uuid {
        let mut store = lock(&self.shared.store);
        let id = store.new_id();
        let role = Role::from_type(new.kind);
        let mut u = User::new(id, &new.first_name, &new.last_name, &new.email, role);
        u.status = new.status;
        u.activation = new.activation;
        u.invited = new.invited;
        u.created_by = Some(new.created_by.unwrap_or_else(|| store.owner_id()));
        u.registered = now();
        u.quota = new.quota;
        u.used_space = new.used_space;
        match new.login_type {
            LoginType::Ldap => u.sid = Some(format!("S-1-5-21-1-2-3-{}", id.as_u128() % 100_000)),
            LoginType::Sso => u.sso_name_id = Some(new.email.clone()),
            LoginType::Standard => {}
        }
        store.insert(u);
        for group in new.groups {
            store.add_to_group(id, group);
        }
        id
    }

    /// The departments, by name, as a DocSpace admin lists them (`GET /api/2.0/group`):
    /// `manager` and `membersCount` as the portal writes them.
    pub fn groups(&self) -> Vec<GroupDto> {
        let store = lock(&self.shared.store);
        let owner = store.owner_id();
        let Some(viewer) = store.viewer(owner) else {
            return Vec::new();
        };
        let mut all = Vec::new();
        let mut start = 0;
        loop {
            let q = crate::store::GroupQuery {
                start,
                ..crate::store::GroupQuery::default()
            };
            let Ok(page) = store.list_groups(&viewer, &q) else {
                return all;
            };
            let got = page.groups.len();
            all.extend(page.groups.into_iter().filter_map(|g| {
                serde_json::to_value(g)
                    .ok()
                    .and_then(|v| serde_json::from_value::<GroupDto>(v).ok())
            }));
            start += got as i64;
            if got == 0 || all.len() >= page.total {
                return all;
            }
        }
    }

    /// Adds a department named `name` (any text), managed by `manager` (who becomes a
    /// member); returns its id.
    pub fn add_group(&self, name: &str, manager: Option<Uuid>) -> Uuid {
        let mut store = lock(&self.shared.store);
        let id = store.new_id();
        store.add_group(id, name, manager)
    }

    /// Puts user `id` in department `group`. `false` if either does not exist.
    pub fn add_to_group(&self, id: Uuid, group: Uuid) -> bool {
        lock(&self.shared.store).add_to_group(id, group)
    }

    /// Gives user `id` a storage quota of its own (`Some(bytes)`, `-1` = no limit) or the
    /// portal's default (`None`, see [`DEFAULT_USER_QUOTA`](crate::DEFAULT_USER_QUOTA)).
    /// `false` if the user does not exist.
    pub fn set_custom_quota(&self, id: Uuid, quota: Option<i64>) -> bool {
        lock(&self.shared.store).put_quota(id, quota)
    }

    /// Sets a user's status directly (fixtures). `false` if the user does not exist.
    pub fn set_user_status(&self, id: Uuid, status: EmployeeStatus) -> bool {
        let mut store = lock(&self.shared.store);
        match store.index_of(id) {
            Some(idx) => store.put_status(idx, status),
            None => false,
        }
    }

    /// How background jobs advance from now on (see [`JobPace`]).
    pub fn set_job_pace(&self, pace: JobPace) {
        lock(&self.shared.store).set_job_pace(pace);
    }

    /// Data removals queued from now on fail half-way with `message` (after the personal
    /// files are deleted, before the rooms move).
    pub fn fail_removals(&self, message: &str) {
        lock(&self.shared.store).fail_removals(message);
    }

    /// Runs every queued job (reassignment, data removal, type change) to its end.
    pub fn finish_jobs(&self) {
        lock(&self.shared.store).finish_jobs(Instant::now());
    }

    /// Jobs queued that have not finished.
    pub fn running_jobs(&self) -> usize {
        lock(&self.shared.store).running_jobs()
    }

    /// The rooms `owner` owns (archived ones included), in id order.
    pub fn rooms_of(&self, owner: Uuid) -> Vec<Room> {
        lock(&self.shared.store).rooms_of(owner)
    }

    /// Gives `owner` a room of `files` files taking `bytes`; returns its id.
    pub fn add_room(&self, owner: Uuid, title: &'static str, files: u32, bytes: u64) -> i64 {
        lock(&self.shared.store).add_room(owner, title, files, bytes)
    }

    /// The personal folder of user `id` (`None` when the user is unknown or deleted).
    pub fn personal_files(&self, id: Uuid) -> Option<Personal> {
        lock(&self.shared.store).personal_files(id)
    }

    /// Mail the portal sent (invitations, activation instructions, links), oldest first.
    pub fn outbox(&self) -> Vec<SentMail> {
        lock(&self.shared.store).outbox()
    }

    /// Requests a sensitive route (resending invitations, password and email links) takes
    /// from one user in 15 minutes before 429; `None` lifts the limit. Five by default,
    /// as on the server.
    pub fn set_sensitive_limit(&self, limit: Option<u32>) {
        lock(&self.shared.store).set_sensitive_limit(limit);
    }

    /// Lets ties in the sort order (users with the same sort key) move between list
    /// requests, as the server's database may (see [`DemoOptions::shuffle_ties`]).
    ///
    /// [`DemoOptions::shuffle_ties`]: crate::DemoOptions::shuffle_ties
    pub fn set_shuffle_ties(&self, on: bool) {
        lock(&self.shared.store).set_shuffle_ties(on);
    }

    /// Switches storage statistics and per-user quotas on or off.
    pub fn set_user_quotas(&self, on: bool) {
        lock(&self.shared.store).set_user_quotas(on);
    }

    /// The address the portal gives as its own in links (`profileUrl`, a second factor's
    /// `confirmUrl`), instead of the one it listens on: a portal behind a proxy, or one
    /// whose answers must not depend on the port it happened to get.
    pub fn set_public_url(&self, url: &str) {
        lock(&self.shared.store).set_base_url(url);
    }

    /// Turns the authenticator-app second factor on or off for user `id`: a login then
    /// needs the code [`DEMO_TFA_CODE`](crate::DEMO_TFA_CODE).
    pub fn set_tfa(&self, id: Uuid, on: bool) {
        lock(&self.shared.store).set_tfa(id, on);
    }
}
