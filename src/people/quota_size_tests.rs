use super::{QuotaChange, parse_quota};
use crate::api::client::QuotaLimit;

#[test]
fn sizes_with_units() {
    assert_eq!(
        parse_quota("10GB"),
        Ok(QuotaChange::Set(QuotaLimit::Bytes(10 * (1 << 30))))
    );
    assert_eq!(
        parse_quota(" 500 mb "),
        Ok(QuotaChange::Set(QuotaLimit::Bytes(500 * (1 << 20))))
    );
    assert_eq!(
        parse_quota("1.5TB"),
        Ok(QuotaChange::Set(QuotaLimit::Bytes(3 * (1 << 39))))
    );
    assert_eq!(
        parse_quota("2048"),
        Ok(QuotaChange::Set(QuotaLimit::Bytes(2048)))
    );
}

#[test]
fn none_and_default() {
    assert_eq!(
        parse_quota("none"),
        Ok(QuotaChange::Set(QuotaLimit::Unlimited))
    );
    assert_eq!(parse_quota("Default"), Ok(QuotaChange::Reset));
}

#[test]
fn other_text_is_refused_in_words() {
    for bad in ["", "ten GB", "-1GB", "GB"] {
        let err = parse_quota(bad).expect_err(bad);
        assert!(err.contains("not a size"), "{err}");
    }
}
