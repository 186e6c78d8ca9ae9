use super::*;

fn target(status: EmployeeStatus) -> Target {
    Target {
        id: Uuid::from_u128(7),
        name: "Ann".into(),
        email: None,
        status: Some(status),
    }
}

#[test]
fn an_active_user_is_terminated_first_and_always_handed_over_before_the_delete() {
    assert_eq!(
        stages(&target(EmployeeStatus::Active)),
        [
            Stage::Terminate,
            Stage::Reassign,
            Stage::Delete,
            Stage::FollowRemoval
        ]
    );
    assert_eq!(
        stages(&target(EmployeeStatus::Terminated)),
        [Stage::Reassign, Stage::Delete, Stage::FollowRemoval]
    );
}

#[test]
fn the_receiver_is_left_out_of_the_users_offboarded() {
    let ann = target(EmployeeStatus::Active);
    let bea = Target {
        id: Uuid::from_u128(8),
        name: "Bea".into(),
        ..ann.clone()
    };
    let plan = Plan {
        action: BulkAction::Delete {
            terminate_first: true,
        },
        caller: crate::bulk::Caller {
            id: Uuid::from_u128(1),
            is_owner: true,
            is_admin: true,
        },
        eligible: vec![ann.clone(), bea.clone()],
        excluded: Vec::new(),
    };
    let run = OffboardPlan::of(
        &plan,
        Receiver {
            id: bea.id,
            name: "Bea".into(),
        },
    );
    assert_eq!(run.targets, [ann]);
    assert_eq!(run.excluded, [(bea, Exclusion::Receiver)]);
}
