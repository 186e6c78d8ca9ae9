use uuid::Uuid;

use super::*;
use crate::api::admin::TaskStatus;

fn user(status: EmployeeStatus) -> Found {
    Found::User(Box::new(EmployeeFullDto {
        status: Some(status),
        ..EmployeeFullDto::bare(Uuid::from_u128(3))
    }))
}

fn create() -> Operation {
    Operation::Create {
        email: "a@example.com".into(),
        first_name: "A".into(),
        last_name: "B".into(),
        kind: "User".into(),
    }
}

#[test]
fn each_write_is_settled_by_what_is_true_now() {
    use EmployeeStatus::{Active, Pending, Terminated};
    use WriteOutcome::{Done, NotDone, Unknown};
    let cases = [
        (Operation::Terminate, user(Terminated), Done),
        (Operation::Terminate, user(Active), NotDone),
        (Operation::Terminate, Found::Gone, Done),
        (Operation::Activate, user(Active), Done),
        (Operation::Activate, user(Pending), Done),
        (Operation::Activate, user(Terminated), NotDone),
        (Operation::Activate, Found::Gone, NotDone),
        (Operation::Delete, Found::Gone, Done),
        (Operation::Delete, user(Terminated), NotDone),
        (create(), user(Active), Done),
        (create(), Found::Gone, NotDone),
        (Operation::Unknown, Found::Gone, Unknown),
    ];
    for (op, found, want) in cases {
        let (got, reason) = verdict(&op, &found);
        assert_eq!(got, want, "{op:?} {found:?}: {reason}");
        assert!(!reason.is_empty());
    }
    let (_, reason) = verdict(&Operation::Delete, &user(Terminated));
    assert_eq!(reason, "the user still exists (terminated)");
}

fn job(status: TaskStatus, error: Option<&str>) -> Found {
    Found::Job {
        progress: Some(TaskProgressDto {
            id: String::new(),
            error: error.map(str::to_string),
            percentage: 60,
            is_completed: matches!(
                status,
                TaskStatus::Completed | TaskStatus::Canceled | TaskStatus::Failed
            ),
            status,
        }),
        within_a_day: true,
    }
}

fn no_job(within_a_day: bool) -> Found {
    Found::Job {
        progress: None,
        within_a_day,
    }
}

#[test]
fn a_handover_is_settled_by_its_job() {
    use TaskStatus::{Canceled, Completed, Failed, Running};
    use WriteOutcome::{Done, NotDone, Unknown};
    let reassign = Operation::Reassign { to: Uuid::nil() };
    let cases = [
        (job(Completed, None), Done, "their latest handover finished"),
        (
            job(Running, None),
            Unknown,
            "the handover is still running (60%): check again later",
        ),
        (
            job(Canceled, None),
            NotDone,
            "the handover was stopped at 60%",
        ),
        (
            job(Failed, Some("disk full")),
            NotDone,
            "the handover failed: disk full",
        ),
        (
            no_job(true),
            NotDone,
            "the portal has no handover for this user: it never started (or was stopped)",
        ),
    ];
    for (found, outcome, words) in cases {
        assert_eq!(verdict(&reassign, &found), (outcome, words.to_string()));
    }
    let (outcome, words) = verdict(&reassign, &no_job(false));
    assert_eq!(outcome, Unknown, "an old job may be forgotten: {words}");
    assert!(words.contains("more than a day ago"), "{words}");
    // A user read says nothing about a handover.
    assert_eq!(
        verdict(&reassign, &user(EmployeeStatus::Terminated)).0,
        Unknown
    );
}

#[test]
fn a_jobs_stop_is_done_when_the_job_no_longer_runs() {
    use TaskStatus::{Canceled, Completed, Running};
    use WriteOutcome::{Done, NotDone};
    let stop = Operation::stop_job(JobKind::Remove);
    assert_eq!(
        verdict(&stop, &job(Running, None)),
        (NotDone, "the data removal is still running (60%)".into())
    );
    assert_eq!(
        verdict(&stop, &job(Canceled, None)),
        (
            Done,
            "the data removal is not running now (it ended cancelled)".into()
        )
    );
    assert_eq!(verdict(&stop, &job(Completed, None)).0, Done);
    assert_eq!(
        verdict(&stop, &no_job(false)),
        (Done, "no data removal is running for this user now".into())
    );
}

#[test]
fn an_invitation_is_settled_by_its_address_and_a_group_change_by_the_users_groups() {
    use WriteOutcome::{Done, NotDone, Unknown};
    let invite = Operation::Invite {
        kind: "User".into(),
    };
    assert_eq!(verdict(&invite, &user(EmployeeStatus::Pending)).0, Done);
    assert_eq!(verdict(&invite, &Found::Gone).0, NotDone);

    let group = Uuid::from_u128(77);
    let in_groups = |ids: Option<Vec<u128>>| {
        Found::User(Box::new(EmployeeFullDto {
            groups: ids.map(|ids| {
                ids.into_iter()
                    .map(|n| crate::api::dto::GroupSummaryDto {
                        id: Uuid::from_u128(n),
                        name: None,
                        manager: None,
                        is_system: None,
                    })
                    .collect()
            }),
            ..EmployeeFullDto::bare(Uuid::from_u128(3))
        }))
    };
    let add = Operation::GroupMembers { group, add: true };
    let remove = Operation::GroupMembers { group, add: false };
    assert_eq!(verdict(&add, &in_groups(Some(vec![5, 77]))).0, Done);
    assert_eq!(verdict(&add, &in_groups(Some(vec![5]))).0, NotDone);
    assert_eq!(verdict(&remove, &in_groups(Some(vec![5]))).0, Done);
    assert_eq!(verdict(&remove, &in_groups(Some(vec![77]))).0, NotDone);
    assert_eq!(verdict(&add, &in_groups(None)).0, Unknown);
    assert_eq!(verdict(&add, &Found::Gone).0, NotDone);
}

#[test]
fn what_is_read_back_depends_on_the_write() {
    let id = Uuid::from_u128(9);
    let reads = |op: &Operation, id: Option<Uuid>, name: &str| ReadBack::of(op, id, name);
    assert_eq!(
        reads(&Operation::Reassign { to: Uuid::nil() }, Some(id), "x"),
        Ok(ReadBack::Job(JobKind::Reassign, id))
    );
    for kind in JobKind::ALL {
        assert_eq!(
            reads(&Operation::stop_job(kind), Some(id), "x"),
            Ok(ReadBack::Job(kind, id))
        );
    }
    let invite = Operation::Invite {
        kind: "User".into(),
    };
    assert_eq!(
        reads(&invite, None, " a@example.org "),
        Ok(ReadBack::Email("a@example.org".into()))
    );
    assert_eq!(
        reads(&invite, Some(id), "a@example.org"),
        Ok(ReadBack::User(id))
    );
    assert_eq!(
        reads(&create(), None, "A B"),
        Ok(ReadBack::Email("a@example.com".into()))
    );
    assert_eq!(
        reads(&Operation::Terminate, Some(id), "x"),
        Ok(ReadBack::User(id))
    );
    for (op, words) in [
        (Operation::Resend, "mailed link"),
        (Operation::PasswordLink, "mailed link"),
        (
            Operation::Edit {
                fields: vec!["lastName".into()],
            },
            "not their values",
        ),
        (Operation::Unknown, "cannot check"),
        (
            Operation::StopJob {
                job: "later".into(),
            },
            "does not know",
        ),
    ] {
        let why = reads(&op, Some(id), "x").expect_err("nothing to read");
        assert!(why.contains(words), "{op:?}: {why}");
    }
    assert!(reads(&Operation::Terminate, None, "x").is_err());
}
