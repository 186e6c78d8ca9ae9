use super::*;

fn p(status: TaskStatus, error: Option<&str>) -> TaskProgressDto {
    TaskProgressDto {
        id: String::new(),
        error: error.map(str::to_string),
        percentage: 40,
        is_completed: true,
        status,
    }
}

#[test]
fn a_job_ends_as_done_only_when_completed_without_error() {
    assert_eq!(ended(&p(TaskStatus::Completed, None)), Ended::Done);
    assert_eq!(ended(&p(TaskStatus::Canceled, None)), Ended::Cancelled(40));
    assert_eq!(
        ended(&p(TaskStatus::Failed, Some("disk"))),
        Ended::Failed("disk".into())
    );
    assert!(matches!(
        ended(&p(TaskStatus::Completed, Some("half"))),
        Ended::Failed(_)
    ));
}

/// `users set-type` used to call a cancelled job that carried a message failed, where the
/// offboarding run called it cancelled: the status decides (see [`ended`]).
#[test]
fn a_cancelled_job_is_cancelled_whatever_message_it_carries() {
    assert_eq!(
        ended(&p(TaskStatus::Canceled, Some("A task was canceled."))),
        Ended::Cancelled(40)
    );
}

#[test]
fn a_job_left_running_says_where_and_that_its_stop_was_not_sent() {
    let said = left_words(JobKind::TypeChange, 40);
    assert!(said.starts_with("left at 40%"), "{said}");
    assert!(
        said.contains("stop could not be recorded, so it was not sent"),
        "{said}"
    );
    assert!(
        said.ends_with("the type change goes on on the portal"),
        "{said}"
    );
}
