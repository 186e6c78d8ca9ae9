use super::*;

#[test]
fn the_journal_records_what_the_portal_says_of_a_type_change() {
    use WriteOutcome::{Done, NotDone, Unknown};
    let cases = [
        (TypeChangeEnd::Changed, Done),
        (TypeChangeEnd::NotChanged, NotDone),
        (TypeChangeEnd::Job(Ended::Failed("disk".into())), NotDone),
        (TypeChangeEnd::Job(Ended::Cancelled(40)), NotDone),
        // A job left running, or whose end could not be read, may still change the type.
        (TypeChangeEnd::Job(Ended::Left(40)), Unknown),
        (
            TypeChangeEnd::Job(Ended::Unknown("vanished".into())),
            Unknown,
        ),
        (
            TypeChangeEnd::Refused(ApiError::Forbidden {
                message: "no".into(),
            }),
            NotDone,
        ),
        (
            TypeChangeEnd::Refused(ApiError::Timeout {
                what: "the answer".into(),
            }),
            Unknown,
        ),
    ];
    for (end, want) in cases {
        let (got, why) = end.recorded();
        assert_eq!(got, want, "{end:?}: {why}");
        if want != Done {
            assert!(!why.is_empty(), "{end:?}");
        }
    }
}
