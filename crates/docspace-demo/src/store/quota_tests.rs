use serde_json::json;

use super::super::test_support::*;
use super::super::{Detail, Want};
use super::*;

fn req(ids: &[u128], quota: serde_json::Value) -> UpdateMembersQuotaRequestDto {
    UpdateMembersQuotaRequestDto {
        user_ids: Some(ids.iter().map(|n| id(*n)).collect()),
        quota: Some(quota),
    }
}

#[test]
fn a_limit_shows_on_the_profile_as_custom_and_reset_brings_the_default_back() {
    let mut s = small();
    let admin = viewer(&s, 2);
    let slots = s
        .set_user_quota(&admin, &req(&[4, 99], json!(1_000_000)))
        .expect("set");
    assert_eq!(slots.len(), 1, "unknown ids are skipped");
    let p = s
        .profile(slots[0], Some(&admin), Detail::Normal, Want::ALL)
        .expect("profile");
    assert_eq!(
        (p.quota_limit, p.is_custom_quota),
        (Some(1_000_000), Some(true))
    );
    s.set_user_quota(&admin, &req(&[4], json!(-1)))
        .expect("no limit");
    assert_eq!(s.custom_quota(id(4)), Some(-1));
    s.reset_user_quota(&admin, &req(&[4], json!(0)))
        .expect("reset");
    let p = s
        .profile(slots[0], Some(&admin), Detail::Normal, Want::ALL)
        .expect("profile");
    assert_eq!(
        (p.quota_limit, p.is_custom_quota),
        (Some(DEFAULT_USER_QUOTA), Some(false))
    );
}

#[test]
fn quota_fields_follow_the_portal_option_and_the_caller() {
    // EmployeeFullDto.cs lines 383-396.
    let mut s = small();
    let user = viewer(&s, 4);
    let ra = viewer(&s, 3);
    let four = s.index_of(id(4)).expect("user");
    let own = s
        .profile(four, Some(&user), Detail::Normal, Want::ALL)
        .expect("own");
    assert!(
        own.quota_limit.is_some() && own.used_space.is_some(),
        "the user sees their own"
    );
    let other = s
        .profile(four, Some(&ra), Detail::Normal, Want::ALL)
        .expect("other");
    assert!(
        other.quota_limit.is_none() && other.used_space.is_none(),
        "not a room admin"
    );
    s.set_user_quotas(false);
    let off = s
        .profile(four, None, Detail::Normal, Want::ALL)
        .expect("admin view");
    assert!(off.quota_limit.is_none() && off.is_custom_quota.is_none() && off.used_space.is_none());
}

#[test]
fn refusals_follow_the_server() {
    // UserController.cs lines 2419-2438 and 2491-2496.
    let mut s = small();
    let admin = viewer(&s, 2);
    let ra = viewer(&s, 3);
    assert_eq!(
        s.set_user_quota(&ra, &req(&[4], json!(5))),
        Err(Refusal::AccessDenied)
    );
    assert!(matches!(
        s.set_user_quota(&admin, &req(&[4], json!(1.5))),
        Err(Refusal::Argument(_))
    ));
    assert!(matches!(
        s.set_user_quota(&admin, &req(&[4], json!(PORTAL_STORAGE + 1))),
        Err(Refusal::Argument(_))
    ));
    assert_eq!(
        s.set_user_quota(&admin, &req(&[4], json!("5"))),
        Err(Refusal::InvalidOperation(
            "The requested operation requires an element of type 'Number', but the target element has type 'String'.".into()
        ))
    );
    s.set_user_quotas(false);
    assert_eq!(
        s.reset_user_quota(&admin, &req(&[4], json!(0))),
        Err(Refusal::Billing(
            "Your pricing plan does not support this option".into()
        ))
    );
    assert!(
        s.set_user_quota(&admin, &req(&[4], json!(5))).is_ok(),
        "setting does not look at the option"
    );
}
