use super::*;

#[test]
fn a_job_ends_as_done_only_when_completed_without_error() {
    let p = |status, error: Option<&str>| TaskProgressDto {
        id: String::new(),
        error: error.map(str::to_string),
        percentage: 40,
        is_completed: true,
        status,
    };
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
