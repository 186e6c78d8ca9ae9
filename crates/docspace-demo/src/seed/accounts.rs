//! How seeded users sign in and how much they may store: a few percent of LDAP accounts
//! (active people, with an LDAP SID) and of SSO accounts (with an SSO name id), and some
//! users with a storage quota of their own. At least one of each when the portal has a
//! candidate beyond the fixed head, so even a small portal can be filtered by them.

use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::HEAD;
use crate::model::{Role, User};
use docspace_api::dto::EmployeeStatus;

const GIB: i64 = 1024 * 1024 * 1024;

/// The quotas users get a quota of their own from; `-1` = no limit.
const CUSTOM_QUOTAS: [i64; 5] = [GIB, 5 * GIB, 20 * GIB, 50 * GIB, -1];

/// Percent of candidates that are LDAP accounts, SSO accounts, and have a custom quota.
const LDAP_PERCENT: u32 = 3;
const SSO_PERCENT: u32 = 3;
const QUOTA_PERCENT: u32 = 6;

/// LDAP accounts are people synchronised while active (not guests, not invitations).
fn may_be_ldap(u: &User) -> bool {
    u.status == EmployeeStatus::Active && !matches!(u.role, Role::Owner | Role::Guest)
}

/// SSO accounts and custom quotas: anyone who has signed in (no invitations), not the
/// owner.
fn may_be_sso(u: &User) -> bool {
    u.status != EmployeeStatus::Pending && u.role != Role::Owner
}

/// Sets `sid`, `sso_name_id` and `quota` on some of `users` (the owner first, then the
/// fixed head, which stay standard accounts with the default quota).
pub(super) fn assign(users: &mut [User], seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x6163_636f_756e_7473);
    let tail = HEAD.len() + 1;
    for (i, u) in users.iter_mut().enumerate().skip(tail) {
        let roll = rng.random_range(0..100);
        if roll < LDAP_PERCENT && may_be_ldap(u) {
            u.sid = Some(ldap_sid(i));
        } else if roll < LDAP_PERCENT + SSO_PERCENT && may_be_sso(u) {
            u.sso_name_id = Some(u.email.clone());
        }
        if may_be_sso(u) && rng.random_range(0..100) < QUOTA_PERCENT {
            u.quota = CUSTOM_QUOTAS.choose(&mut rng).copied();
        }
    }
    let tail = users.get_mut(tail..).unwrap_or_default();
    let standard = |u: &User| u.sid.is_none() && u.sso_name_id.is_none();
    if !tail.iter().any(|u| u.sid.is_some())
        && let Some((i, u)) = last(tail, |u| may_be_ldap(u) && standard(u))
    {
        u.sid = Some(ldap_sid(i));
    }
    if !tail.iter().any(|u| u.sso_name_id.is_some())
        && let Some((_, u)) = last(tail, |u| may_be_sso(u) && standard(u))
    {
        u.sso_name_id = Some(u.email.clone());
    }
    if !tail.iter().any(|u| u.quota.is_some())
        && let Some((_, u)) = last(tail, may_be_sso)
    {
        u.quota = Some(5 * GIB);
    }
}

/// The last user of `users` that `f` accepts, with its position.
fn last(users: &mut [User], f: impl Fn(&User) -> bool) -> Option<(usize, &mut User)> {
    users.iter_mut().enumerate().rev().find(|(_, u)| f(u))
}

/// An Active Directory style SID, unique per position.
fn ldap_sid(i: usize) -> String {
    format!("S-1-5-21-3623811015-3361044348-30300820-{}", 1100 + i)
}
