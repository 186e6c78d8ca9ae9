use super::*;

#[test]
fn status_is_a_number_and_unknown_values_are_kept() {
    let s: TaskStatus = serde_json::from_str("4").expect("number");
    assert_eq!(s, TaskStatus::Failed);
    assert_eq!(
        serde_json::from_str::<TaskStatus>("9").ok(),
        Some(TaskStatus::Other(9))
    );
    assert_eq!(
        serde_json::to_string(&TaskStatus::Canceled).ok(),
        Some("3".into())
    );
}

#[test]
fn progress_reads_the_server_shape_and_omits_a_missing_error() {
    let p: TaskProgressDto = serde_json::from_value(serde_json::json!({
        "id": "1_00000000-0000-0000-0000-000000000001_ReassignProgressItem",
        "percentage": 30, "isCompleted": false, "status": 1
    }))
    .expect("progress");
    assert_eq!(p.status, TaskStatus::Running);
    assert!(!p.is_finished());
    let json = serde_json::to_value(&p).expect("serialise");
    assert!(json.get("error").is_none(), "{json}");
}

#[test]
fn finished_and_succeeded_tell_cancelled_and_failed_jobs_apart() {
    let mut p = TaskProgressDto {
        id: "x".into(),
        error: None,
        percentage: 100,
        is_completed: true,
        status: TaskStatus::Completed,
    };
    assert!(p.succeeded());
    p.status = TaskStatus::Canceled;
    assert!(p.is_finished() && !p.succeeded());
    p.status = TaskStatus::Failed;
    p.error = Some("boom".into());
    assert!(p.is_finished() && !p.succeeded());
    p.is_completed = false;
    assert!(
        p.is_finished(),
        "a failed status ends the job even without isCompleted"
    );
}

#[test]
fn percent_is_clamped() {
    let mut p: TaskProgressDto = serde_json::from_str(r#"{"id":"x","percentage":250}"#).expect("p");
    assert_eq!(p.percent(), 100);
    p.percentage = -3;
    assert_eq!(p.percent(), 0);
}
