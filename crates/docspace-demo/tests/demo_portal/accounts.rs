//! LDAP and SSO accounts and per-user quotas: how profiles show them, and the server's
//! refusals for LDAP accounts.

use reqwest::Method;
use serde_json::json;

use crate::common::{Demo, ids};
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_api::filters::LoginType;
use docspace_demo::{DEFAULT_USER_QUOTA, NewUser};

#[tokio::test]
async fn quota_fields_show_to_admins_and_the_user_himself() {
    // EmployeeFullDto.cs lines 383-397: usedSpace, and with per-user quotas enabled
    // quotaLimit and isCustomQuota, for DocSpace admins and the user himself.
    let d = Demo::start().await;
    let custom = d.find(|u| u.is_custom_quota == Some(true));
    assert!(!custom.is_empty());
    for u in d.portal().users() {
        match u.is_custom_quota {
            Some(false) => assert_eq!(u.quota_limit, Some(DEFAULT_USER_QUOTA)),
            Some(true) => assert!(u.quota_limit.is_some()),
            None => panic!("an admin sees isCustomQuota of {}", u.id),
        }
    }
    let ra = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active);
    let token = d.portal().token_for(ra.id);
    let r = d
        .get_as(&token, &format!("/api/2.0/people/{}", custom[0].id))
        .await;
    let other = r.user();
    assert!(other.quota_limit.is_none() && other.is_custom_quota.is_none());
    let me = d.get_as(&token, "/api/2.0/people/@self").await.user();
    assert_eq!(me.quota_limit, Some(DEFAULT_USER_QUOTA));
}

#[tokio::test]
async fn ldap_accounts_cannot_be_suspended_or_deleted() {
    // UserController.cs lines 2092-2099 (status: the whole call 403), 692-700 (delete
    // one: 403 before the status check) and 1343-1348 (delete many: dropped).
    let d = Demo::start().await;
    let p = d.portal();
    let ldap = d.find(|u| u.is_ldap == Some(true) && u.status == Some(EmployeeStatus::Active));
    assert!(!ldap.is_empty());
    let plain = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let r = d
        .set_status(&d.token, "Terminated", &[plain.id, ldap[0].id])
        .await;
    assert_eq!((r.status, r.message()), (403, "Access denied".to_string()));
    assert_eq!(
        d.status_of(plain.id),
        Some(EmployeeStatus::Active),
        "nothing changed"
    );
    let gone = p.insert_user(
        NewUser::new("Lena", "Dap", "lena.dap@example.org", EmployeeType::User)
            .login_type(LoginType::Ldap)
            .terminated(),
    );
    let r = d
        .raw(
            Method::DELETE,
            &format!("/api/2.0/people/{gone}"),
            Some(&d.token),
            None,
        )
        .await;
    assert_eq!((r.status, r.message()), (403, "Access denied".to_string()));
    let other = p.insert_user(
        NewUser::new("Tim", "Plain", "tim.plain@example.org", EmployeeType::User).terminated(),
    );
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/delete",
            json!({"userIds": [gone, other]}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(ids(&r.users()), vec![other]);
    assert!(p.user(gone).is_some() && p.user(other).is_none());
    // SSO accounts have no such rule.
    let sso = d.find(|u| {
        u.is_sso == Some(true)
            && u.status == Some(EmployeeStatus::Active)
            && !u.is_admin()
            && !u.is_owner()
    });
    let r = d.set_status(&d.token, "Terminated", &[sso[0].id]).await;
    assert_eq!(r.status, 200, "{}", r.text);
}
