use super::*;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T12:00:00Z")
        .expect("time")
        .with_timezone(&Utc)
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("time")
        .with_timezone(&Utc)
}

#[test]
fn durations_count_back_from_now() {
    assert_eq!(parse_since("2h", now()), Ok(at("2026-12-01T10:00:00Z")));
    assert_eq!(parse_since("1h30m", now()), Ok(at("2026-12-01T10:30:00Z")));
    assert_eq!(parse_since("7d", now()), Ok(at("2026-11-24T12:00:00Z")));
    assert_eq!(parse_since("1w", now()), Ok(at("2026-11-24T12:00:00Z")));
    assert_eq!(parse_since("90s", now()), Ok(at("2026-12-01T11:58:30Z")));
    assert_eq!(parse_since(" 30M ", now()), Ok(at("2026-12-01T11:30:00Z")));
}

#[test]
fn dates_and_times_are_read_in_utc() {
    assert_eq!(
        parse_since("2026-11-30", now()),
        Ok(at("2026-11-30T00:00:00Z"))
    );
    assert_eq!(
        parse_since("2026-11-30T10:00:00Z", now()),
        Ok(at("2026-11-30T10:00:00Z"))
    );
    assert_eq!(
        parse_since("2026-11-30T12:00:00+02:00", now()),
        Ok(at("2026-11-30T10:00:00Z"))
    );
}

#[test]
fn nonsense_is_refused_in_words() {
    for bad in [
        "",
        "2",
        "h",
        "2x",
        "yesterday",
        "2026-13-01",
        "2026-11-30T10:00:00",
        "-2h",
    ] {
        let e = parse_since(bad, now()).expect_err(bad);
        assert!(e.to_string().contains("--since"), "{e}");
    }
    let e = parse_since("2026-11-30T10:00", now()).expect_err("no offset");
    assert!(e.reason.contains("offset"), "{e}");
    assert!(parse_since("99999999999w", now()).is_err());
}
