//! The project's own client against the demo portal: every call it makes works.

use docspace_api::dto::{EmployeeStatus, EmployeeType, MemberRequestDto};
use docspace_api::{ApiError, ClientOptions, PortalClient, SortBy, SortOrder, UserQuery};
use secrecy::SecretString;

use crate::common::Demo;

fn client(d: &Demo) -> PortalClient {
    PortalClient::new(&ClientOptions::new(
        d.url.clone(),
        SecretString::from(d.token.clone()),
    ))
    .expect("client")
}

#[tokio::test]
async fn the_client_reads_pages_and_single_users() {
    let d = Demo::start().await;
    let c = client(&d);
    let all = c
        .list_all(&UserQuery::default(), None, |_, _| {})
        .await
        .expect("all pages");
    assert_eq!(all.len(), d.portal().user_count());
    let q = UserQuery {
        count: 10,
        sort_by: Some(SortBy::Email),
        sort_order: SortOrder::Descending,
        status: Some(EmployeeStatus::Terminated),
        ..UserQuery::default()
    };
    let page = c.list_users(&q).await.expect("page");
    assert!(
        page.users
            .iter()
            .all(|u| u.status == Some(EmployeeStatus::Terminated))
    );
    assert_eq!(
        page.total,
        Some(
            d.find(|u| u.status == Some(EmployeeStatus::Terminated))
                .len() as u64
        )
    );
    let me = c.me().await.expect("me");
    assert!(me.is_owner());
    let u = &all[3];
    assert_eq!(c.get_user(u.id).await.expect("by id").id, u.id);
    let email = u.email.clone().expect("email");
    assert_eq!(
        c.get_user_by_email(&email).await.expect("by email").id,
        u.id
    );
    assert!(matches!(
        c.get_user(uuid::Uuid::from_u128(5)).await,
        Err(ApiError::NotFound { .. })
    ));
}

#[tokio::test]
async fn the_client_runs_the_lifecycle() {
    let d = Demo::start().await;
    let c = client(&d);
    let created = c
        .create_user(&MemberRequestDto {
            email: Some("life.cycle@example.com".into()),
            first_name: Some("Life".into()),
            last_name: Some("Cycle".into()),
            kind: Some(EmployeeType::User),
            ..MemberRequestDto::default()
        })
        .await
        .expect("created");
    let id = created.id;
    let err = c
        .delete_user(id)
        .await
        .expect_err("active users cannot be deleted");
    assert!(
        matches!(&err, ApiError::Forbidden { message } if message == "The user is not suspended"),
        "{err:?}"
    );
    let changed = c
        .set_type(&[id], EmployeeType::RoomAdmin)
        .await
        .expect("upgraded");
    assert_eq!(changed[0].user_type(), Some(EmployeeType::RoomAdmin));
    let t = c
        .set_status(&[id], EmployeeStatus::Terminated)
        .await
        .expect("terminated");
    assert_eq!(t[0].status, Some(EmployeeStatus::Terminated));
    let deleted = c.delete_users(&[id]).await.expect("deleted");
    assert_eq!(deleted.len(), 1);
    assert!(matches!(
        c.get_user(id).await,
        Err(ApiError::NotFound { .. })
    ));
    let bad = PortalClient::new(&ClientOptions::new(
        d.url.clone(),
        SecretString::from("sk-wrong".to_string()),
    ))
    .expect("client");
    assert!(matches!(bad.me().await, Err(ApiError::Unauthorized)));
}

#[tokio::test]
async fn bulk_writes_can_ask_for_trimmed_answers() {
    let d = Demo::start().await;
    let c = client(&d);
    let users: Vec<_> = d
        .find(|u| {
            u.user_type() == Some(EmployeeType::User) && u.status == Some(EmployeeStatus::Active)
        })
        .into_iter()
        .take(3)
        .collect();
    let ids: Vec<_> = users.iter().map(|u| u.id).collect();
    let answer = c
        .set_status_fields(&ids, EmployeeStatus::Terminated, &["status", "email"])
        .await
        .expect("terminated");
    assert_eq!(answer.len(), 3);
    for (a, u) in answer.iter().zip(&users) {
        assert_eq!(a.id, u.id, "the id always comes");
        assert_eq!(a.status, Some(EmployeeStatus::Terminated));
        assert_eq!(a.email, u.email);
        assert!(a.first_name.is_none() && a.display_name.is_none() && a.is_admin.is_none());
    }
    let query = d
        .portal()
        .request_log()
        .last()
        .and_then(|r| r.query.clone());
    assert_eq!(query.as_deref(), Some("fields=id%2Cstatus%2Cemail"));
    // A portal that ignores `fields` sends whole profiles, which parse just as well.
    d.portal().set_honour_fields(false);
    let gone = c
        .delete_users_fields(&ids[..1], &[])
        .await
        .expect("deleted");
    assert_eq!(gone.len(), 1);
    assert_eq!(gone[0].id, ids[0]);
    assert_eq!(gone[0].first_name, users[0].first_name);
    d.portal().set_honour_fields(true);
    let gone = c
        .delete_users_fields(&ids[1..], &[])
        .await
        .expect("deleted");
    assert_eq!(gone.iter().map(|u| u.id).collect::<Vec<_>>(), ids[1..]);
    assert!(gone.iter().all(|u| u.status.is_none() && u.email.is_none()));
    assert!(ids.iter().all(|id| d.portal().user(*id).is_none()));
}
