use super::*;

#[test]
fn unlimited_is_minus_one_on_the_wire() {
    assert_eq!(QuotaLimit::Unlimited.wire(), -1);
    assert_eq!(QuotaLimit::Bytes(1 << 30).wire(), 1 << 30);
    assert_eq!(
        QuotaLimit::Bytes(u64::MAX).wire(),
        i64::MAX,
        "clamped, never negative"
    );
}
