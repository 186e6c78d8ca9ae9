use uuid::Uuid;

use super::*;
use crate::api::admin::{JobEnd, TaskStatus};

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

fn job(status: TaskStatus) -> Found {
    Found::Job(Some(TaskProgressDto {
        id: String::new(),
        error: None,
        percentage: 60,
        is_completed: matches!(
            status,
            TaskStatus::Completed | TaskStatus::Canceled | TaskStatus::Failed
        ),
        status,
    }))
}

#[test]
fn a_lost_handover_start_is_settled_by_what_the_user_still_owns() {
    use WriteOutcome::{Done, NotDone, Unknown};
    let reassign = Operation::Reassign { to: Uuid::nil() };
    let (outcome, words) = verdict(&reassign, &Found::Running(JobKind::Reassign, 60));
    assert_eq!(outcome, Unknown, "{words}");
    assert!(words.contains("still running (60%)"), "{words}");
    let (outcome, words) = verdict(&reassign, &Found::HoldsData(false));
    assert_eq!(outcome, Done, "{words}");
    assert!(
        words.starts_with("no rooms or shared files of theirs are left"),
        "{words}"
    );
    assert!(words.contains("not deleted"), "{words}");
    let (outcome, words) = verdict(&reassign, &Found::HoldsData(true));
    assert_eq!(outcome, NotDone, "{words}");
    assert!(
        words.starts_with("they still hold rooms or shared files"),
        "{words}"
    );
    let failed = Found::EndedShort(JobKind::Reassign, JobEnd::Failed("disk full".into()));
    assert_eq!(
        verdict(&reassign, &failed),
        (
            NotDone,
            "their latest data reassignment failed: disk full".into()
        )
    );
    let stopped = Found::EndedShort(JobKind::Reassign, JobEnd::Cancelled(70));
    assert_eq!(verdict(&reassign, &stopped).0, NotDone);
    // A user read says nothing about a handover; a deleted user's rooms cannot be read.
    assert_eq!(
        verdict(&reassign, &user(EmployeeStatus::Terminated)).0,
        Unknown
    );
    assert_eq!(verdict(&reassign, &Found::Gone).0, Unknown);
}

#[test]
fn a_jobs_stop_is_done_when_no_such_job_runs() {
    use TaskStatus::{Canceled, Completed, Running};
    use WriteOutcome::{Done, NotDone};
    let stop = Operation::stop_job(JobKind::Remove);
    assert_eq!(
        verdict(&stop, &job(Running)),
        (
            NotDone,
            "a data removal is running for this user now (60%)".into()
        )
    );
    let none_runs = (
        Done,
        "no data removal is running for this user now".to_string(),
    );
    assert_eq!(verdict(&stop, &job(Canceled)), none_runs);
    assert_eq!(verdict(&stop, &job(Completed)), none_runs);
    assert_eq!(verdict(&stop, &Found::Job(None)), none_runs);
}

#[test]
fn an_invitation_is_settled_by_its_address_and_a_group_change_by_the_users_groups() {
    use WriteOutcome::{Done, NotDone, Unknown};
    let invite = Operation::Invite {
        kind: "User".into(),
    };
    let of_type = |status, collaborator| {
        Found::User(Box::new(EmployeeFullDto {
            status: Some(status),
            is_collaborator: Some(collaborator),
            is_room_admin: Some(!collaborator),
            ..EmployeeFullDto::bare(Uuid::from_u128(3))
        }))
    };
    assert_eq!(
        verdict(&invite, &of_type(EmployeeStatus::Pending, true)).0,
        Done
    );
    assert_eq!(verdict(&invite, &Found::Gone).0, NotDone);
    // A pending room admin: an earlier invitation of another type, not this one.
    let (outcome, words) = verdict(&invite, &of_type(EmployeeStatus::Pending, false));
    assert_eq!(outcome, Unknown, "{words}");
    // Someone there before: the portal changed their type and sent nothing.
    let (outcome, words) = verdict(&invite, &of_type(EmployeeStatus::Active, true));
    assert_eq!(outcome, Unknown, "{words}");
    // A terminated user's address is refused.
    let (outcome, words) = verdict(&invite, &of_type(EmployeeStatus::Terminated, true));
    assert_eq!(outcome, NotDone, "{words}");

    let group = Uuid::from_u128(77);
    let in_groups = |ids: Option<Vec<u128>>| {
        Found::User(Box::new(EmployeeFullDto {
            department: Some(String::new()),
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
    // The server leaves `groups` out for a user in none (and writes an empty department).
    assert_eq!(verdict(&add, &in_groups(None)).0, NotDone);
    assert_eq!(verdict(&remove, &in_groups(None)).0, Done);
    // ...and for a reader who may not see them (without a department).
    let unseen = Found::User(Box::new(EmployeeFullDto::bare(Uuid::from_u128(3))));
    assert_eq!(verdict(&remove, &unseen).0, Unknown);
    assert_eq!(verdict(&add, &Found::Gone).0, NotDone);
    assert_eq!(verdict(&remove, &Found::Gone).0, Done);
}

#[test]
fn what_is_read_back_depends_on_the_write() {
    let id = Uuid::from_u128(9);
    let reads = |op: &Operation, id: Option<Uuid>, name: &str| ReadBack::of(op, id, name);
    assert_eq!(
        reads(&Operation::Reassign { to: Uuid::nil() }, Some(id), "x"),
        Ok(ReadBack::AfterJob(JobKind::Reassign, id))
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
            "not on record",
        ),
        (Operation::Unknown, "cannot check"),
        (
            Operation::StopJob {
                job: "later".into(),
            },
            "does not know",
        ),
    ] {
        let why = ReadBack::beyond_reading(&op).expect("nothing to read");
        assert!(why.contains(words), "{op:?}: {why}");
    }
    for op in [
        Operation::Terminate,
        Operation::Reassign { to: id },
        invite.clone(),
    ] {
        assert_eq!(ReadBack::beyond_reading(&op), None, "{op:?}");
    }
    assert!(reads(&Operation::Terminate, None, "x").is_err());
}

#[test]
fn a_type_change_is_not_settled_while_its_job_runs() {
    let set = Operation::SetType {
        kind: "User".into(),
    };
    let id = Uuid::from_u128(9);
    assert_eq!(
        ReadBack::of(&set, Some(id), "x"),
        Ok(ReadBack::AfterJob(JobKind::TypeChange, id))
    );
    let (outcome, words) = verdict(&set, &Found::Running(JobKind::TypeChange, 30));
    assert_eq!(outcome, WriteOutcome::Unknown, "{words}");
    assert_eq!(
        words,
        "a type change of theirs is still running (30%): check again later"
    );
}
