use super::*;

fn fate() -> DataFate {
    DataFate {
        terminated: true,
        handover_begun: true,
        handed_to: Some("Ann".into()),
        deleted: true,
        removal: Some(Ended::Done),
        ..DataFate::untouched(Uuid::nil())
    }
}

#[test]
fn the_steps_done_are_said_in_order() {
    assert_eq!(
        fate().steps_words(None, &str::to_string),
        "terminated; rooms and shared files handed to Ann; deleted; their files removed"
    );
    assert_eq!(
        fate().words(None, &str::to_string),
        "rooms and shared files handed to Ann; their files removed"
    );
    let mut stopped = DataFate::untouched(Uuid::nil());
    stopped.handover_begun = true;
    assert_eq!(
        stopped.words(None, &str::to_string),
        "not (fully) handed over; nothing deleted"
    );
}

#[test]
fn a_removal_that_failed_or_was_cancelled_is_told_beside_the_delete() {
    let mut f = fate();
    assert!(!f.removal_failed());
    f.removal = Some(Ended::Cancelled(60));
    assert!(f.removal_failed());
    f.removal = Some(Ended::Failed("disk".into()));
    assert!(f.removal_failed());
    assert_eq!(
        f.steps_words(None, &str::to_string),
        "terminated; rooms and shared files handed to Ann; deleted; the data removal failed: disk"
    );
    f.removal = Some(Ended::Left(60));
    assert!(!f.removal_failed());
    f.removal = Some(Ended::Unknown("gone".into()));
    assert!(!f.removal_failed());
}
