use super::*;

const ALICE: Partition = Partition::User(Uuid::from_u128(1));
const BOB: Partition = Partition::User(Uuid::from_u128(2));

#[test]
fn limits_within_the_window_and_recovers_after_it() {
    let mut r = RateLimiter::new(Some(2));
    let t0 = Instant::now();
    assert!(matches!(
        r.check(ALICE, t0),
        Verdict::Allowed { remaining: 1, .. }
    ));
    assert!(matches!(
        r.check(ALICE, t0 + Duration::from_secs(10)),
        Verdict::Allowed { remaining: 0, .. }
    ));
    assert_eq!(
        r.check(ALICE, t0 + Duration::from_secs(20)),
        Verdict::Limited {
            limit: 2,
            retry_after_secs: 40
        }
    );
    assert!(matches!(
        r.check(ALICE, t0 + Duration::from_secs(61)),
        Verdict::Allowed { .. }
    ));
}

#[test]
fn each_partition_has_its_own_window() {
    let mut r = RateLimiter::new(Some(1));
    let t0 = Instant::now();
    let anonymous = Partition::Address(Some(IpAddr::from([127, 0, 0, 1])));
    assert!(matches!(r.check(ALICE, t0), Verdict::Allowed { .. }));
    assert!(matches!(r.check(ALICE, t0), Verdict::Limited { .. }));
    assert!(matches!(
        r.check(BOB, t0),
        Verdict::Allowed { remaining: 0, .. }
    ));
    assert!(matches!(r.check(anonymous, t0), Verdict::Allowed { .. }));
    assert!(matches!(r.check(anonymous, t0), Verdict::Limited { .. }));
    r.set_limit(Some(1));
    assert!(
        matches!(r.check(ALICE, t0), Verdict::Allowed { .. }),
        "a new limit starts afresh"
    );
}

#[test]
fn idle_windows_are_dropped_once_many_are_kept() {
    let mut r = RateLimiter::new(Some(5));
    let t0 = Instant::now();
    for n in 0..(PRUNE_AT - 1) as u128 {
        r.check(Partition::User(Uuid::from_u128(n + 10)), t0);
    }
    r.check(ALICE, t0 + Duration::from_secs(30));
    assert_eq!(r.windows(), PRUNE_AT);
    r.check(BOB, t0 + Duration::from_secs(61));
    assert_eq!(
        r.windows(),
        2,
        "only ALICE and BOB were seen within the minute"
    );
    assert!(
        matches!(
            r.check(ALICE, t0 + Duration::from_secs(62)),
            Verdict::Allowed { remaining: 3, .. }
        ),
        "a kept window still counts"
    );
}

#[test]
fn disabled_limit_allows_everything() {
    let mut r = RateLimiter::new(None);
    assert!(r.is_off());
    assert_eq!(r.check(ALICE, Instant::now()), Verdict::Unlimited);
}
