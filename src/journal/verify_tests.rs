use uuid::Uuid;

use super::*;

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
