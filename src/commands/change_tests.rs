use super::*;
use crate::bulk::{Outcome, UserResult};

fn report(outcomes: Vec<Outcome>) -> Report {
    Report {
        action: BulkAction::Terminate,
        results: outcomes
            .into_iter()
            .enumerate()
            .map(|(i, outcome)| UserResult {
                id: Uuid::from_u128(i as u128),
                name: format!("u{i}"),
                outcome,
            })
            .collect(),
        requests: 1,
    }
}

#[test]
fn exit_codes_follow_the_outcomes() {
    let not_found = Exclusion::NotFound.outcome();
    assert_eq!(exit_of(&report(vec![Outcome::Done])), Exit::Ok);
    assert_eq!(
        exit_of(&report(vec![Outcome::Done, not_found.clone()])),
        Exit::NotFound
    );
    assert_eq!(
        exit_of(&report(vec![not_found, Outcome::Failed("x".into())])),
        Exit::Partial
    );
    assert_eq!(
        exit_of(&report(vec![Outcome::Skipped(
            Exclusion::Owner.reason().into()
        )])),
        Exit::Partial
    );
}

#[test]
fn the_question_names_the_first_users_and_the_count() {
    let me = crate::api::EmployeeFullDto {
        is_owner: Some(true),
        ..crate::api::EmployeeFullDto::bare(Uuid::from_u128(1))
    };
    let targets: Vec<_> = (10..18u128)
        .map(|n| crate::api::EmployeeFullDto {
            first_name: Some(format!("Name{n}")),
            ..crate::api::EmployeeFullDto::bare(Uuid::from_u128(n))
        })
        .collect();
    let plan = bulk::plan(
        BulkAction::Delete {
            terminate_first: true,
        },
        &targets,
        &me,
    );
    let q = question(&plan);
    assert!(q.starts_with("Terminate and delete 8 users"), "{q}");
    assert!(q.contains("Name10") && q.contains("Name14") && !q.contains("Name15"));
    assert!(q.contains("+3 more") && q.contains("permanent"), "{q}");
}
