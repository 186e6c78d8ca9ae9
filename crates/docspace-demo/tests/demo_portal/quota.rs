//! Per-user quotas over HTTP (`products/ASC.People/Server/Api/UserController.cs` lines
//! 2416-2525, `common/ASC.Api.Core/Model/EmployeeFullDto.cs` lines 383-396).

use reqwest::Method;
use serde_json::json;

use crate::client_admin::client;
use crate::common::Demo;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_api::{ApiError, QuotaLimit};
use docspace_demo::{DEFAULT_USER_QUOTA, DemoOptions};

#[tokio::test]
async fn a_set_limit_is_custom_until_reset() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active).id;
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/userquota",
            json!({"userIds": [u], "quota": 2048}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let users = r.users();
    assert_eq!(
        (users[0].quota_limit, users[0].is_custom_quota),
        (Some(2048), Some(true))
    );
    assert_eq!(r.json()["count"], json!(1), "a streamed list");
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/resetquota",
            json!({"userIds": [u]}),
        )
        .await;
    let users = r.users();
    assert_eq!(
        (users[0].quota_limit, users[0].is_custom_quota),
        (Some(DEFAULT_USER_QUOTA), Some(false))
    );
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/userquota",
            json!({"userIds": [u], "quota": "2048"}),
        )
        .await;
    assert_eq!(
        r.status, 403,
        "TryGetInt64 on a string throws InvalidOperationException"
    );
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/userquota",
            json!({"userIds": [u], "quota": 1i64 << 50}),
        )
        .await;
    assert_eq!(
        (r.status, r.message()),
        (400, "Failed to set quota per user. The entered value is greater than the total DocSpace storage.".to_string())
    );
}

#[tokio::test]
async fn a_portal_without_quotas_shows_none_and_refuses_reset_with_402() {
    let d = Demo::with(DemoOptions {
        rate_limit: None,
        user_quotas: false,
        ..DemoOptions::default()
    })
    .await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let r = d.get(&format!("/api/2.0/people/{}", u.id)).await.json();
    for field in ["usedSpace", "quotaLimit", "isCustomQuota"] {
        assert!(r["response"].get(field).is_none(), "{field}");
    }
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/resetquota",
            json!({"userIds": [u.id]}),
        )
        .await;
    assert_eq!(
        (r.status, r.message()),
        (
            402,
            "Your pricing plan does not support this option".to_string()
        )
    );
}

#[tokio::test]
async fn the_client_sets_and_resets_quotas() {
    let d = Demo::start().await;
    let c = client(&d);
    let ids: Vec<_> = d
        .find(|u| {
            u.user_type() == Some(EmployeeType::User) && u.status == Some(EmployeeStatus::Active)
        })
        .into_iter()
        .take(2)
        .map(|u| u.id)
        .collect();
    let set = c.set_quota(&ids, QuotaLimit::Unlimited).await.expect("set");
    assert!(
        set.iter()
            .all(|u| u.quota_limit == Some(-1) && u.is_custom_quota == Some(true))
    );
    let reset = c.reset_quota(&ids).await.expect("reset");
    assert!(reset.iter().all(|u| u.is_custom_quota == Some(false)));
    let ra = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id;
    let as_ra = docspace_api::PortalClient::new(&docspace_api::ClientOptions::new(
        d.url.clone(),
        secrecy::SecretString::from(d.portal().token_for(ra)),
    ))
    .expect("client");
    assert!(matches!(
        as_ra.set_quota(&ids, QuotaLimit::Bytes(1)).await,
        Err(ApiError::Forbidden { .. })
    ));
}
