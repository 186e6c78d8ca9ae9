use super::*;
use crate::api::{EmployeeFullDto, EmployeeStatus};
use crate::bulk::{BulkAction, NoLog, plan};

fn user(n: u128) -> EmployeeFullDto {
    crate::fixtures::bare(n)
        .status(EmployeeStatus::Active)
        .into()
}

fn done(n: u128) -> UserResult {
    UserResult {
        id: Uuid::from_u128(n),
        name: String::new(),
        outcome: Outcome::Done,
    }
}

/// Left part-way through a terminate-then-delete: a delete on the wire is unknown, a
/// user terminated whose delete was never sent stopped part-way, a user never sent
/// was not attempted.
#[test]
fn the_partial_report_says_how_far_each_user_got() {
    let me = EmployeeFullDto {
        is_owner: Some(true),
        ..EmployeeFullDto::bare(Uuid::from_u128(1))
    };
    let p = plan(
        BulkAction::Delete {
            terminate_first: true,
        },
        &[user(2), user(3), user(4)],
        &me,
    );
    let tally = Tally::new(&NoLog);
    let id = Uuid::from_u128;
    tally
        .sending(Step::Terminating, &[(id(2), "a"), (id(3), "b")])
        .expect("recorded");
    tally.answered(Step::Terminating, &[done(2), done(3)]);
    tally
        .sending(Step::Deleting, &[(id(2), "a")])
        .expect("recorded");
    let r = tally.partial_report(&p);
    assert!(
        matches!(r.outcome(id(2)), Some(Outcome::Unknown(_))),
        "{r:?}"
    );
    assert_eq!(
        r.outcome(id(3)),
        Some(&Outcome::Stopped(TERMINATED_NOT_DELETED_STOPPED.into()))
    );
    assert_eq!(
        r.outcome(id(4)),
        Some(&Outcome::Stopped(NOT_ATTEMPTED_STOPPED.into()))
    );
    assert_eq!(r.requests, 2);
}

/// The offboarding run records a handover with its receiver: through the tally the
/// journal must still get it with the receiver (it used to get a plain step, which
/// the journal does not record at all).
#[test]
fn a_handover_reaches_the_inner_log_with_its_receiver() {
    struct Receivers(std::sync::Mutex<Vec<Uuid>>);
    impl WriteLog for Receivers {
        fn sending(&self, _: Step, _: &[(Uuid, &str)]) -> Result<(), LogError> {
            Ok(())
        }
        fn reassigning(&self, _: &[(Uuid, &str)], to: Uuid) -> Result<(), LogError> {
            self.0.lock().expect("lock").push(to);
            Ok(())
        }
        fn answered(&self, _: Step, _: &[UserResult]) {}
        fn settled(&self, _: &[UserResult]) {}
    }
    let inner = Receivers(std::sync::Mutex::new(Vec::new()));
    let tally = Tally::new(&inner);
    tally
        .reassigning(&[(Uuid::from_u128(2), "a")], Uuid::from_u128(9))
        .expect("recorded");
    assert_eq!(*inner.0.lock().expect("lock"), [Uuid::from_u128(9)]);
}
