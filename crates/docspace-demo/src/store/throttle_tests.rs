use super::*;

#[test]
fn five_in_fifteen_minutes_per_user_and_route() {
    let mut t = Throttle::default();
    let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
    let t0 = Instant::now();
    for _ in 0..5 {
        assert!(t.check(a, "/invite", t0).is_ok());
    }
    let wait = t
        .check(a, "/invite", t0 + Duration::from_secs(60))
        .expect_err("sixth");
    assert_eq!(wait, Duration::from_secs(14 * 60));
    assert!(t.check(b, "/invite", t0).is_ok(), "another user");
    assert!(t.check(a, "/password", t0).is_ok(), "another route");
    assert!(
        t.check(a, "/invite", t0 + SENSITIVE_WINDOW).is_ok(),
        "the window slid"
    );
    t.set_limit(None);
    for _ in 0..10 {
        assert!(t.check(a, "/invite", t0).is_ok());
    }
}
