use super::*;

#[test]
fn rate_limit_is_retried_for_writes_too() {
    let d = decide(false, Outcome::RateLimited(Some(Duration::from_secs(2))), 0);
    assert_eq!(d, Decision::RetryAfter(Duration::from_secs(2)));
}

#[test]
fn long_retry_after_is_not_waited_out() {
    let d = decide(
        true,
        Outcome::RateLimited(Some(Duration::from_secs(3600))),
        0,
    );
    assert_eq!(d, Decision::GiveUp);
}

#[test]
fn unavailable_is_retried_only_for_reads() {
    assert!(matches!(
        decide(true, Outcome::Unavailable, 0),
        Decision::RetryAfter(_)
    ));
    assert_eq!(decide(false, Outcome::Unavailable, 0), Decision::GiveUp);
}

#[test]
fn attempts_are_bounded_and_backoff_grows() {
    let mut last = Duration::ZERO;
    for attempt in 0..MAX_RETRIES {
        match decide(true, Outcome::Unavailable, attempt) {
            Decision::RetryAfter(d) => {
                assert!(d > last);
                last = d;
            }
            Decision::GiveUp => panic!("gave up early at {attempt}"),
        }
    }
    assert_eq!(
        decide(true, Outcome::Unavailable, MAX_RETRIES),
        Decision::GiveUp
    );
}

#[test]
fn retry_after_seconds_parse() {
    assert_eq!(parse_retry_after(" 7 "), Some(Duration::from_secs(7)));
    assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
}
