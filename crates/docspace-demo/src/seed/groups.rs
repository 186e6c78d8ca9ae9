//! The seeded departments: a dozen, one synchronised from LDAP (holding the LDAP
//! accounts), one named with markup to exercise sanitising. About a quarter of the
//! people are in none, most in one, some in two or three; guests and pending invitations
//! are in none (the server refuses to put guests in groups). Each department's manager is
//! its first active admin or room admin, and is a member; one department has none.

use rand::seq::index::sample;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::model::{Group, Role, User};
use docspace_api::dto::EmployeeStatus;

const DEPARTMENTS: [&str; 12] = [
    "Engineering",
    "Sales & Marketing",
    "Customer Support",
    "Finance",
    "Legal",
    "R&D",
    "Design",
    "Operations",
    "Human Resources",
    "Product",
    "IT Infrastructure",
    "Interns <2025>",
];

/// The department synchronised from LDAP.
const LDAP_DEPARTMENT: usize = 10;
/// The department left without a manager.
const UNMANAGED: usize = 11;

/// Creates the departments and puts `users` in them.
pub(super) fn assign(users: &mut [User], seed: u64) -> Vec<Group> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x6772_6f75_7073);
    let mut groups: Vec<Group> = DEPARTMENTS
        .iter()
        .map(|name| {
            let id = uuid::Builder::from_random_bytes(rng.random()).into_uuid();
            Group::new(id, name)
        })
        .collect();
    if let Some(g) = groups.get_mut(LDAP_DEPARTMENT) {
        g.sid = Some("S-1-5-21-3623811015-3361044348-30300820-1013".to_string());
    }
    // The departments people outside LDAP are put in.
    let open: Vec<usize> = (0..DEPARTMENTS.len())
        .filter(|&g| g != LDAP_DEPARTMENT)
        .collect();
    for u in users.iter_mut() {
        if matches!(u.role, Role::Owner | Role::Guest) || u.status == EmployeeStatus::Pending {
            continue;
        }
        if u.is_ldap() {
            u.groups.push(LDAP_DEPARTMENT);
        }
        let how_many = match rng.random_range(0..100) {
            0..25 => 0,
            25..75 => 1,
            75..93 => 2,
            _ => 3,
        };
        let how_many = if u.is_ldap() {
            how_many.min(1)
        } else {
            how_many
        };
        for pick in sample(&mut rng, open.len(), how_many) {
            u.groups.push(open[pick]);
        }
    }
    for (gi, g) in groups.iter_mut().enumerate() {
        if gi == UNMANAGED {
            continue;
        }
        g.manager = users
            .iter()
            .find(|u| {
                u.groups.contains(&gi) && u.role.is_paid() && u.status == EmployeeStatus::Active
            })
            .map(|u| u.id);
    }
    groups
}
