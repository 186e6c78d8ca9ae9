use super::*;
use crate::fixtures;

#[test]
fn the_least_recently_shown_profile_goes_first() {
    let mut p = Profiles::default();
    for n in 0..PROFILES_KEPT as u128 {
        p.keep(fixtures::user(n).into());
    }
    assert!(p.touch(Uuid::from_u128(0)), "the first one, shown again");
    p.keep(fixtures::user(100).into());
    assert_eq!(p.len(), PROFILES_KEPT);
    assert!(p.get(Uuid::from_u128(0)).is_some(), "shown lately: kept");
    assert!(
        p.get(Uuid::from_u128(1)).is_none(),
        "least recently shown: dropped"
    );
    assert!(p.get(Uuid::from_u128(100)).is_some());
}

#[test]
fn only_the_read_on_its_way_is_answered() {
    let mut p = Profiles::default();
    let id = Uuid::from_u128(3);
    p.start(id, RequestId(1));
    p.start(Uuid::from_u128(4), RequestId(2));
    assert!(!p.answered(RequestId(1)), "superseded");
    assert!(p.is_reading(Uuid::from_u128(4)));
    assert!(p.answered(RequestId(2)));
    assert_eq!(p.reading(), None);
}

#[test]
fn a_failure_is_said_for_its_user_until_another_read_starts() {
    let mut p = Profiles::default();
    let id = Uuid::from_u128(3);
    p.fail(id, "the portal is down".into());
    assert_eq!(p.failed(id), Some("the portal is down"));
    assert_eq!(p.failed(Uuid::from_u128(4)), None);
    p.start(Uuid::from_u128(4), RequestId(9));
    assert_eq!(p.failed(id), None);
}

#[test]
fn clearing_forgets_the_profiles_and_returns_the_read_to_cancel() {
    let mut p = Profiles::default();
    p.keep(fixtures::user(1).into());
    p.start(Uuid::from_u128(2), RequestId(5));
    assert_eq!(p.clear(), Some(RequestId(5)));
    assert!(p.is_empty());
    assert_eq!(p.reading(), None);
}
