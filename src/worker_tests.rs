use super::*;

/// A task that panicked is an internal error in words, never a network one, and
/// leaves what reached the portal unknown.
#[test]
fn a_panicked_task_is_an_internal_error() {
    for e in [internal(), stopped()] {
        assert!(matches!(e, ApiError::Internal(_)), "{e:?}");
        let words = e.to_string();
        assert!(
            words.starts_with("internal error in this program"),
            "{words}"
        );
        assert!(!words.contains("network"), "{words}");
        assert!(e.outcome_unknown());
    }
}
