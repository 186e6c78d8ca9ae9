//! The rate limit: a sliding window of requests a minute for each caller.
//!
//! As the server does it: the sliding-window limiter is partitioned by the authenticated
//! user's id, falling back to the remote address when there is none
//! (ONLYOFFICE/DocSpace-server common/ASC.Api.Core/Core/BaseStartup.cs lines 228-247, key
//! `sw_{userId}`), and runs after authentication (same file: `UseAuthentication` line 618,
//! `UseRateLimiter` line 625), so a request whose token fails never uses up a user's budget.
//! The default of 1,500 a minute: common/ASC.Common/Utils/RateLimiterSettings.cs line 38.

use crate::common::Demo;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::{DEFAULT_PER_MINUTE, DemoOptions};

const ME: &str = "/api/2.0/people/@self";

async fn limited(per_minute: u32) -> Demo {
    Demo::with(DemoOptions {
        rate_limit: Some(per_minute),
        ..DemoOptions::default()
    })
    .await
}

#[tokio::test]
async fn the_default_is_the_servers_1500_a_minute() {
    assert_eq!(DEFAULT_PER_MINUTE, 1500);
    let d = Demo::with(DemoOptions::default()).await;
    let r = d.get(ME).await;
    assert_eq!(r.header("x-ratelimit-limit").as_deref(), Some("1500"));
}

#[tokio::test]
async fn one_user_using_up_its_budget_does_not_limit_another() {
    let d = limited(3).await;
    let other = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let other_token = d.portal().token_for(other.id);
    for _ in 0..3 {
        assert_eq!(d.get(ME).await.status, 200);
    }
    assert_eq!(d.get(ME).await.status, 429, "the owner's budget is used up");

    let r = d.get_as(&other_token, ME).await;
    assert_eq!(r.status, 200, "another user has a budget of its own");
    assert_eq!(r.user().id, other.id);
    assert_eq!(r.header("x-ratelimit-remaining").as_deref(), Some("2"));
    assert_eq!(d.get(ME).await.status, 429, "the owner is still limited");
}

#[tokio::test]
async fn requests_that_fail_authentication_use_up_no_users_budget() {
    let d = limited(3).await;
    let terminated = d.one_of(EmployeeType::User, EmployeeStatus::Terminated);
    let terminated_token = d.portal().token_for(terminated.id);
    let mut refused = Vec::new();
    for _ in 0..3 {
        refused.push(d.get_as("sk-not-a-token", ME).await.status);
        refused.push(d.get_as(&terminated_token, ME).await.status);
    }
    assert!(refused.iter().all(|&s| s == 401 || s == 429), "{refused:?}");

    let r = d.get(ME).await;
    assert_eq!(r.status, 200, "the owner's budget is untouched");
    assert_eq!(r.header("x-ratelimit-remaining").as_deref(), Some("2"));
}

#[tokio::test]
async fn requests_without_a_user_share_the_budget_of_their_address() {
    let d = limited(3).await;
    let statuses: Vec<u16> = {
        let mut v = Vec::new();
        for _ in 0..4 {
            v.push(d.raw(reqwest::Method::GET, ME, None, None).await.status);
        }
        v
    };
    assert_eq!(statuses, [401, 401, 401, 429]);
    assert_eq!(d.get(ME).await.status, 200, "the owner is not limited");
}

#[tokio::test]
async fn switched_off_it_never_answers_429() {
    let d = Demo::start().await; // rate_limit: None
    for _ in 0..(DEFAULT_PER_MINUTE + 20) {
        let r = d.get(ME).await;
        assert_eq!(r.status, 200);
        assert!(r.header("x-ratelimit-limit").is_none());
    }
}
