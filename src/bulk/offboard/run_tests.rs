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
fn a_job_ends_as_done_only_when_completed_without_error() {
    let p = |status, error: Option<&str>| TaskProgressDto {
        id: String::new(),
        error: error.map(str::to_string),
        percentage: 40,
        is_completed: true,
        status,
    };
    use crate::api::admin::TaskStatus;
    assert!(matches!(
        ended(&p(TaskStatus::Completed, None)),
        Ended::Done
    ));
    assert!(matches!(
        ended(&p(TaskStatus::Canceled, None)),
        Ended::Stopped(40)
    ));
    assert!(matches!(ended(&p(TaskStatus::Failed, Some("disk"))), Ended::Failed(w) if w == "disk"));
    assert!(matches!(
        ended(&p(TaskStatus::Completed, Some("half"))),
        Ended::Failed(_)
    ));
}
