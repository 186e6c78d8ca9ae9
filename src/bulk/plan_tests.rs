use super::*;

fn user(n: u128, status: EmployeeStatus) -> EmployeeFullDto {
    crate::fixtures::user(n)
        .without_email()
        .status(status)
        .into()
}

fn owner() -> EmployeeFullDto {
    crate::fixtures::user(1).without_email().owner().into()
}

fn admin(n: u128) -> EmployeeFullDto {
    crate::fixtures::user(n).without_email().admin().into()
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
