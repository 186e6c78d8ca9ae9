//! Planning a bulk action: which users the portal would accept, and why the others are
//! left out. Pure: no I/O.

use std::collections::HashSet;

use uuid::Uuid;

use super::{BulkAction, CHUNK, Step};
use crate::api::{EmployeeFullDto, EmployeeStatus, EmployeeType};

/// Who is acting: the portal refuses some changes depending on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caller {
    pub id: Uuid,
    pub is_owner: bool,
    /// A DocSpace admin (the owner counts as one too).
    pub is_admin: bool,
}

impl Caller {
    pub fn of(me: &EmployeeFullDto) -> Self {
        Self {
            id: me.id,
            is_owner: me.is_owner(),
            is_admin: me.is_owner() || me.is_admin(),
        }
    }
}

/// Why a user is left out of a bulk action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exclusion {
    Owner,
    Yourself,
    Ldap,
    /// A DocSpace admin, and the caller is not the owner.
    AdminNeedsOwner,
    /// A room admin to delete, and the caller is not a DocSpace admin.
    RoomAdminNeedsAdmin,
    AlreadyTerminated,
    /// Re-activation applies to terminated users only.
    NotTerminatedForActivate,
    /// Deletion applies to terminated users only.
    NotTerminatedForDelete,
    /// No such user on the portal.
    NotFound,
    /// Not among the portal's terminated users: either unknown or not terminated (used
    /// when many ids were matched against the list of terminated users only).
    NotTerminatedOrUnknown,
}

impl Exclusion {
    pub fn reason(self) -> &'static str {
        match self {
            Self::Owner => "the portal owner: the owner cannot be changed or deleted",
            Self::Yourself => "this is you: you cannot change or delete your own account here",
            Self::Ldap => "an LDAP account: change it in the directory it comes from",
            Self::AdminNeedsOwner => "a DocSpace admin: only the portal owner may change admins",
            Self::RoomAdminNeedsAdmin => {
                "a room admin: only DocSpace admins may delete room admins"
            }
            Self::AlreadyTerminated => "already terminated",
            Self::NotTerminatedForActivate => {
                "not terminated: only terminated users can be re-activated"
            }
            Self::NotTerminatedForDelete => "not terminated: terminate the user first",
            Self::NotFound => "not on the portal (no user with this ID)",
            Self::NotTerminatedOrUnknown => {
                "not a terminated user of this portal: terminate the user first, or check the ID"
            }
        }
    }
}

impl std::fmt::Display for Exclusion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.reason())
    }
}

/// A user as the plan knows it. `status` is `None` when the user was not read (the
/// engine then relies on the portal's own checks and bisects a refused chunk).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: Uuid,
    /// Raw name (sanitise before showing).
    pub name: String,
    pub email: Option<String>,
    pub status: Option<EmployeeStatus>,
}

impl Target {
    pub fn of(u: &EmployeeFullDto) -> Self {
        Self {
            id: u.id,
            name: u.name_for_people(),
            email: u.email.clone(),
            status: u.status,
        }
    }
}

/// The classified targets of a bulk action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub action: BulkAction,
    pub caller: Caller,
    /// In the order given, without duplicates.
    pub eligible: Vec<Target>,
    pub excluded: Vec<(Target, Exclusion)>,
}

/// One request the plan will send (for `--dry-run` and confirmations).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedRequest {
    pub step: Step,
    pub method: &'static str,
    pub path: &'static str,
    pub ids: Vec<Uuid>,
    /// True for a delete that follows a terminate: only the ids whose terminate the
    /// portal confirmed are sent.
    pub after_terminate: bool,
}

pub const PATH_TERMINATE: &str = "/api/2.0/people/status/Terminated";
pub const PATH_ACTIVATE: &str = "/api/2.0/people/status/Active";
pub const PATH_DELETE: &str = "/api/2.0/people/delete";

/// Why the portal would refuse `action` on `user` for `caller`, if it would.
pub fn classify(action: BulkAction, user: &EmployeeFullDto, caller: &Caller) -> Option<Exclusion> {
    if user.is_owner() {
        return Some(Exclusion::Owner);
    }
    if user.id == caller.id {
        return Some(Exclusion::Yourself);
    }
    if user.is_ldap == Some(true) {
        return Some(Exclusion::Ldap);
    }
    if user.is_admin() && !caller.is_owner {
        return Some(Exclusion::AdminNeedsOwner);
    }
    let is_delete = matches!(action, BulkAction::Delete { .. });
    if is_delete && !caller.is_admin && user.user_type() == Some(EmployeeType::RoomAdmin) {
        return Some(Exclusion::RoomAdminNeedsAdmin);
    }
    let terminated = user.status.map(|s| s == EmployeeStatus::Terminated);
    match (action, terminated) {
        (BulkAction::Terminate, Some(true)) => Some(Exclusion::AlreadyTerminated),
        (BulkAction::Activate, Some(false)) => Some(Exclusion::NotTerminatedForActivate),
        (
            BulkAction::Delete {
                terminate_first: false,
            },
            Some(false),
        ) => Some(Exclusion::NotTerminatedForDelete),
        _ => None,
    }
}

/// Classifies every target. Duplicates (same id) are dropped; order is kept.
pub fn plan(action: BulkAction, targets: &[EmployeeFullDto], me: &EmployeeFullDto) -> Plan {
    let caller = Caller::of(me);
    let mut seen = HashSet::new();
    let mut eligible = Vec::new();
    let mut excluded = Vec::new();
    for u in targets {
        if !seen.insert(u.id) {
            continue;
        }
        match classify(action, u, &caller) {
            None => eligible.push(Target::of(u)),
            Some(why) => excluded.push((Target::of(u), why)),
        }
    }
    Plan {
        action,
        caller,
        eligible,
        excluded,
    }
}

impl Plan {
    pub fn eligible_ids(&self) -> Vec<Uuid> {
        self.eligible.iter().map(|t| t.id).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.eligible.is_empty()
    }

    /// Records an id (or email) that matched no user. `label` is what was asked for.
    pub fn add_not_found(&mut self, id: Uuid, label: impl Into<String>) {
        let target = Target {
            id,
            name: label.into(),
            email: None,
            status: None,
        };
        self.excluded.push((target, Exclusion::NotFound));
    }

    /// The requests [`super::execute`] will send when nothing goes wrong.
    pub fn requests(&self) -> Vec<PlannedRequest> {
        let mut out = Vec::new();
        for chunk in self.eligible.chunks(CHUNK) {
            let ids: Vec<Uuid> = chunk.iter().map(|t| t.id).collect();
            let req = |step, path, ids, after_terminate| PlannedRequest {
                step,
                method: "PUT",
                path,
                ids,
                after_terminate,
            };
            match self.action {
                BulkAction::Terminate => {
                    out.push(req(Step::Terminating, PATH_TERMINATE, ids, false))
                }
                BulkAction::Activate => out.push(req(Step::Activating, PATH_ACTIVATE, ids, false)),
                BulkAction::Delete {
                    terminate_first: false,
                } => out.push(req(Step::Deleting, PATH_DELETE, ids, false)),
                BulkAction::Delete {
                    terminate_first: true,
                } => {
                    let to_terminate = needs_terminate(chunk);
                    let after = !to_terminate.is_empty();
                    if after {
                        out.push(req(Step::Terminating, PATH_TERMINATE, to_terminate, false));
                    }
                    out.push(req(Step::Deleting, PATH_DELETE, ids, after));
                }
            }
        }
        out
    }
}

/// The ids of a chunk not known to be terminated already.
pub(super) fn needs_terminate(chunk: &[Target]) -> Vec<Uuid> {
    chunk
        .iter()
        .filter(|t| t.status != Some(EmployeeStatus::Terminated))
        .map(|t| t.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(n: u128, status: EmployeeStatus) -> EmployeeFullDto {
        let mut u = EmployeeFullDto::bare(Uuid::from_u128(n));
        u.first_name = Some(format!("First{n}"));
        u.last_name = Some("Last".into());
        u.status = Some(status);
        u.is_collaborator = Some(true);
        u
    }

    fn owner() -> EmployeeFullDto {
        let mut u = user(1, EmployeeStatus::Active);
        u.is_owner = Some(true);
        u.is_collaborator = None;
        u
    }

    fn admin(n: u128) -> EmployeeFullDto {
        let mut u = user(n, EmployeeStatus::Active);
        u.is_admin = Some(true);
        u.is_collaborator = None;
        u
    }

    fn reasons(p: &Plan) -> Vec<(u128, Exclusion)> {
        p.excluded
            .iter()
            .map(|(t, e)| (t.id.as_u128(), *e))
            .collect()
    }

    const DELETE: BulkAction = BulkAction::Delete {
        terminate_first: false,
    };
    const OFFBOARD: BulkAction = BulkAction::Delete {
        terminate_first: true,
    };

    #[test]
    fn owner_self_and_admins_are_excluded_for_an_admin_caller() {
        let me = admin(2);
        let targets = vec![
            owner(),
            me.clone(),
            admin(3),
            user(10, EmployeeStatus::Active),
        ];
        let p = plan(BulkAction::Terminate, &targets, &me);
        assert_eq!(p.eligible_ids(), vec![Uuid::from_u128(10)]);
        assert_eq!(
            reasons(&p),
            vec![
                (1, Exclusion::Owner),
                (2, Exclusion::Yourself),
                (3, Exclusion::AdminNeedsOwner)
            ]
        );
    }

    #[test]
    fn the_owner_may_change_admins() {
        let me = owner();
        let p = plan(BulkAction::Terminate, &[admin(3), me.clone()], &me);
        assert_eq!(p.eligible_ids(), vec![Uuid::from_u128(3)]);
        assert_eq!(reasons(&p), vec![(1, Exclusion::Owner)]);
    }

    #[test]
    fn status_rules_depend_on_the_action() {
        let me = owner();
        let targets = vec![
            user(10, EmployeeStatus::Active),
            user(11, EmployeeStatus::Terminated),
            user(12, EmployeeStatus::Pending),
        ];
        let ids = |p: &Plan| -> Vec<u128> { p.eligible.iter().map(|t| t.id.as_u128()).collect() };

        let t = plan(BulkAction::Terminate, &targets, &me);
        assert_eq!(ids(&t), vec![10, 12]);
        assert_eq!(reasons(&t), vec![(11, Exclusion::AlreadyTerminated)]);

        let a = plan(BulkAction::Activate, &targets, &me);
        assert_eq!(ids(&a), vec![11]);
        assert_eq!(
            reasons(&a),
            vec![
                (10, Exclusion::NotTerminatedForActivate),
                (12, Exclusion::NotTerminatedForActivate)
            ]
        );

        let d = plan(DELETE, &targets, &me);
        assert_eq!(ids(&d), vec![11]);
        assert_eq!(d.excluded.len(), 2);
        assert!(
            d.excluded
                .iter()
                .all(|(_, e)| *e == Exclusion::NotTerminatedForDelete)
        );
        assert!(
            Exclusion::NotTerminatedForDelete
                .reason()
                .contains("terminate")
        );

        let o = plan(OFFBOARD, &targets, &me);
        assert_eq!(ids(&o), vec![10, 11, 12]);
        assert!(o.excluded.is_empty());
    }

    #[test]
    fn ldap_accounts_and_room_admins_for_non_admins() {
        let mut ldap = user(20, EmployeeStatus::Terminated);
        ldap.is_ldap = Some(true);
        let mut room_admin = user(21, EmployeeStatus::Terminated);
        room_admin.is_collaborator = None;
        room_admin.is_room_admin = Some(true);
        let mut me = user(5, EmployeeStatus::Active);
        me.is_collaborator = None;
        me.is_room_admin = Some(true);

        let p = plan(DELETE, &[ldap.clone(), room_admin.clone()], &me);
        assert!(p.is_empty());
        assert_eq!(
            reasons(&p),
            vec![(20, Exclusion::Ldap), (21, Exclusion::RoomAdminNeedsAdmin)]
        );
        // An admin may delete the room admin, never the LDAP account.
        let p = plan(DELETE, &[ldap, room_admin], &admin(2));
        assert_eq!(p.eligible_ids(), vec![Uuid::from_u128(21)]);
        assert_eq!(reasons(&p), vec![(20, Exclusion::Ldap)]);
    }

    #[test]
    fn duplicates_are_dropped_and_order_is_kept() {
        let me = owner();
        let targets = vec![
            user(30, EmployeeStatus::Active),
            user(29, EmployeeStatus::Active),
            user(30, EmployeeStatus::Active),
        ];
        let p = plan(BulkAction::Terminate, &targets, &me);
        assert_eq!(
            p.eligible_ids(),
            vec![Uuid::from_u128(30), Uuid::from_u128(29)]
        );
    }

    #[test]
    fn unread_targets_are_left_to_the_portal() {
        let me = owner();
        let bare = EmployeeFullDto::bare(Uuid::from_u128(40));
        for action in [
            BulkAction::Terminate,
            BulkAction::Activate,
            DELETE,
            OFFBOARD,
        ] {
            let p = plan(action, std::slice::from_ref(&bare), &me);
            assert_eq!(p.eligible.len(), 1, "{action:?}");
        }
    }

    #[test]
    fn requests_are_chunked_and_offboarding_terminates_only_whom_it_must() {
        let me = owner();
        let mut targets: Vec<EmployeeFullDto> = (100..350)
            .map(|n| user(n, EmployeeStatus::Active))
            .collect();
        targets.push(user(999, EmployeeStatus::Terminated));
        let reqs = plan(BulkAction::Terminate, &targets, &me).requests();
        assert_eq!(
            reqs.iter().map(|r| r.ids.len()).collect::<Vec<_>>(),
            vec![100, 100, 50]
        );
        assert!(reqs.iter().all(|r| r.path == PATH_TERMINATE));

        let reqs = plan(OFFBOARD, &targets, &me).requests();
        let shape: Vec<(Step, usize, bool)> = reqs
            .iter()
            .map(|r| (r.step, r.ids.len(), r.after_terminate))
            .collect();
        assert_eq!(
            shape,
            vec![
                (Step::Terminating, 100, false),
                (Step::Deleting, 100, true),
                (Step::Terminating, 100, false),
                (Step::Deleting, 100, true),
                (Step::Terminating, 50, false),
                (Step::Deleting, 51, true),
            ]
        );
        let only_terminated = vec![user(7, EmployeeStatus::Terminated)];
        let reqs = plan(OFFBOARD, &only_terminated, &me).requests();
        assert_eq!(reqs.len(), 1);
        assert_eq!(
            (reqs[0].step, reqs[0].after_terminate),
            (Step::Deleting, false)
        );
    }

    #[test]
    fn not_found_ids_are_recorded() {
        let me = owner();
        let mut p = plan(BulkAction::Terminate, &[], &me);
        p.add_not_found(Uuid::from_u128(77), "ghost@example.com");
        assert_eq!(reasons(&p), vec![(77, Exclusion::NotFound)]);
        assert_eq!(p.excluded[0].0.name, "ghost@example.com");
    }
}
