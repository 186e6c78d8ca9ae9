//! The API contract of the administration operations: every route the demo portal added
//! for them, its successes and its refusals, each with the exact status, validated like
//! the rest (see `contract.rs` and `contract_calls.rs`).

use reqwest::Method;
use serde_json::json;
use uuid::Uuid;

use crate::common::{Demo, Resp};
use crate::contract::load_spec;
use crate::contract_calls::Calls;
use crate::contract_required::Shape::{self, *};
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::{DEMO_PASSWORD, DEMO_TFA_CODE, MailKind, OWNER_EMAIL};

fn leaver(d: &Demo) -> Uuid {
    d.find(|u| {
        u.user_type() == Some(EmployeeType::RoomAdmin)
            && u.status == Some(EmployeeStatus::Terminated)
    })
    .into_iter()
    .map(|u| u.id)
    .find(|id| !d.portal().rooms_of(*id).is_empty())
    .expect("a terminated room admin with rooms")
}

struct Run<'a> {
    d: &'a Demo,
    calls: Calls,
}

impl Run<'_> {
    async fn call(
        &mut self,
        spec_path: &'static str,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
        expect: u16,
        shape: Shape,
    ) -> Resp {
        let m: &'static str = match method.as_str() {
            "GET" => "GET",
            "POST" => "POST",
            "PUT" => "PUT",
            _ => "DELETE",
        };
        let r = self.d.raw(method, path, Some(&self.d.token), body).await;
        let kept = Resp {
            status: r.status,
            headers: r.headers.clone(),
            text: r.text.clone(),
        };
        self.calls.push(spec_path, m, expect, shape, r);
        kept
    }
}

#[tokio::test]
async fn the_administration_routes_keep_the_contract() {
    let Some(spec) = load_spec() else {
        return;
    };
    let d = Demo::start().await;
    let p = d.portal();
    let mut run = Run {
        d: &d,
        calls: Calls::default(),
    };
    let from = leaver(&d);
    let ra = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id;
    let user = d.one_of(EmployeeType::User, EmployeeStatus::Active).id;

    // Offboarding.
    run.call(
        "/api/2.0/people/reassign/necessary",
        Method::GET,
        &format!("/api/2.0/people/reassign/necessary?UserId={from}&Type=User"),
        None,
        200,
        Plain,
    )
    .await;
    run.call(
        "/api/2.0/people/reassign/progress/{userid}",
        Method::GET,
        &format!("/api/2.0/people/reassign/progress/{from}"),
        None,
        200,
        MaybeProgress,
    )
    .await;
    run.call(
        "/api/2.0/people/reassign/start",
        Method::POST,
        "/api/2.0/people/reassign/start",
        Some(json!({"fromUserId": from, "toUserId": user})),
        400,
        Error,
    )
    .await;
    run.call(
        "/api/2.0/people/reassign/start",
        Method::POST,
        "/api/2.0/people/reassign/start",
        Some(json!({"toUserId": ra})),
        400,
        Problem,
    )
    .await;
    run.call(
        "/api/2.0/people/reassign/start",
        Method::POST,
        "/api/2.0/people/reassign/start",
        Some(json!({"fromUserId": from, "toUserId": ra})),
        200,
        Progress,
    )
    .await;
    run.call(
        "/api/2.0/people/reassign/progress/{userid}",
        Method::GET,
        &format!("/api/2.0/people/reassign/progress/{from}"),
        None,
        200,
        Progress,
    )
    .await;
    run.call(
        "/api/2.0/people/{userid}",
        Method::DELETE,
        &format!("/api/2.0/people/{from}"),
        None,
        500,
        Error,
    )
    .await;
    run.call(
        "/api/2.0/people/reassign/terminate",
        Method::PUT,
        "/api/2.0/people/reassign/terminate",
        Some(json!({"userId": from})),
        200,
        Progress,
    )
    .await;
    run.call(
        "/api/2.0/files/rooms",
        Method::GET,
        &format!("/api/2.0/files/rooms?subjectOwnerId={from}&searchArea=Any"),
        None,
        200,
        Rooms,
    )
    .await;
    run.call(
        "/api/2.0/people/remove/start",
        Method::POST,
        "/api/2.0/people/remove/start",
        Some(json!({"userId": user})),
        400,
        Error,
    )
    .await;
    run.call(
        "/api/2.0/people/remove/start",
        Method::POST,
        "/api/2.0/people/remove/start",
        Some(json!({"userId": from})),
        200,
        Progress,
    )
    .await;
    run.call(
        "/api/2.0/people/remove/progress/{userid}",
        Method::GET,
        &format!("/api/2.0/people/remove/progress/{from}"),
        None,
        200,
        Progress,
    )
    .await;
    run.call(
        "/api/2.0/people/remove/terminate",
        Method::PUT,
        "/api/2.0/people/remove/terminate",
        Some(json!({"userId": from})),
        200,
        Void,
    )
    .await;

    // The type change that hands rooms over.
    run.call(
        "/api/2.0/people/type",
        Method::POST,
        "/api/2.0/people/type",
        Some(json!({"type": "RoomAdmin", "userId": ra})),
        400,
        Error,
    )
    .await;
    run.call(
        "/api/2.0/people/type",
        Method::POST,
        "/api/2.0/people/type",
        Some(json!({"type": "User", "userId": ra})),
        200,
        Progress,
    )
    .await;
    run.call(
        "/api/2.0/people/type/progress/{userid}",
        Method::GET,
        &format!("/api/2.0/people/type/progress/{ra}"),
        None,
        200,
        Progress,
    )
    .await;
    run.call(
        "/api/2.0/people/type/terminate",
        Method::PUT,
        "/api/2.0/people/type/terminate",
        Some(json!({"userId": ra})),
        200,
        Progress,
    )
    .await;

    // Invitations.
    run.call(
        "/api/2.0/people/invite",
        Method::POST,
        "/api/2.0/people/invite",
        Some(json!({"invitations": [{"email": "c.one@example.com", "type": "User"}]})),
        200,
        Shorts,
    )
    .await;
    run.call(
        "/api/2.0/people/invite",
        Method::POST,
        "/api/2.0/people/invite",
        Some(json!({"invitations": [{"email": "nope", "type": "User"}]})),
        400,
        Problem,
    )
    .await;
    run.call(
        "/api/2.0/people/invite",
        Method::POST,
        "/api/2.0/people/invite",
        Some(json!({"invitations": [{"email": "a@b", "type": "User"}]})),
        400,
        Error,
    )
    .await;
    run.call(
        "/api/2.0/people/invite",
        Method::POST,
        "/api/2.0/people/invite",
        Some(json!({"invitations": [{"email": "g@example.com", "type": "Guest"}]})),
        403,
        Error,
    )
    .await;
    let invited = p.user_by_email("c.one@example.com").expect("invited").id;
    run.call(
        "/api/2.0/people/invite",
        Method::PUT,
        "/api/2.0/people/invite",
        Some(json!({"userIds": [invited, user]})),
        200,
        Profiles,
    )
    .await;

    // Profiles, emails, passwords.
    run.call(
        "/api/2.0/people/{userid}",
        Method::PUT,
        &format!("/api/2.0/people/{user}"),
        Some(json!({"disable": true})),
        200,
        Profile,
    )
    .await;
    run.call(
        "/api/2.0/people/{userid}",
        Method::PUT,
        &format!("/api/2.0/people/{}", p.owner_id()),
        Some(json!({"firstName": "B4d"})),
        400,
        Error,
    )
    .await;
    run.call(
        "/api/2.0/people/{userid}",
        Method::PUT,
        &format!("/api/2.0/people/{}", Uuid::from_u128(3)),
        Some(json!({})),
        404,
        Error,
    )
    .await;
    run.call(
        "/api/2.0/people/email",
        Method::POST,
        "/api/2.0/people/email",
        Some(json!({"userId": ra, "email": "ra.new@example.com"})),
        200,
        Plain,
    )
    .await;
    run.call(
        "/api/2.0/people/email",
        Method::POST,
        "/api/2.0/people/email",
        Some(json!({"userId": ra, "email": ""})),
        400,
        Error,
    )
    .await;
    run.call(
        "/api/2.0/people/password",
        Method::POST,
        "/api/2.0/people/password",
        Some(json!({"email": "ra.new@example.com"})),
        200,
        Plain,
    )
    .await;
    run.call(
        "/api/2.0/people/password",
        Method::POST,
        "/api/2.0/people/password",
        Some(json!({"email": OWNER_EMAIL.replace("owner", "nobody")})),
        403,
        Error,
    )
    .await;
    let key = p
        .outbox()
        .into_iter()
        .find_map(|m| match m.kind {
            MailKind::PasswordChange { user, key } if user == ra => Some(key),
            _ => None,
        })
        .expect("a link");
    let set = d
        .http
        .put(format!("{}/api/2.0/people/{ra}/password", d.url))
        .header("confirm", format!("type=PasswordChange&key={key}&uid={ra}"))
        .json(&json!({"password": "brand-new-pass"}))
        .send()
        .await
        .expect("sent");
    let resp = Resp {
        status: set.status().as_u16(),
        headers: set.headers().clone(),
        text: set.text().await.expect("body"),
    };
    run.calls.push(
        "/api/2.0/people/{userid}/password",
        "PUT",
        200,
        Profile,
        resp,
    );

    // Quotas.
    let member = d
        .one_of(EmployeeType::DocSpaceAdmin, EmployeeStatus::Active)
        .id;
    run.call(
        "/api/2.0/people/userquota",
        Method::PUT,
        "/api/2.0/people/userquota",
        Some(json!({"userIds": [member], "quota": 4096})),
        200,
        Profiles,
    )
    .await;
    run.call(
        "/api/2.0/people/userquota",
        Method::PUT,
        "/api/2.0/people/userquota",
        Some(json!({"userIds": [member], "quota": 1i64 << 60})),
        400,
        Error,
    )
    .await;
    run.call(
        "/api/2.0/people/resetquota",
        Method::PUT,
        "/api/2.0/people/resetquota",
        Some(json!({"userIds": [member]})),
        200,
        Profiles,
    )
    .await;

    // Group membership.
    let group = p
        .users()
        .into_iter()
        .find_map(|u| u.groups.and_then(|g| g.first().map(|g| g.id)))
        .expect("a group");
    run.call(
        "/api/2.0/group/{id}/members",
        Method::PUT,
        &format!("/api/2.0/group/{group}/members"),
        Some(json!({"members": [member]})),
        200,
        Group,
    )
    .await;
    run.call(
        "/api/2.0/group/{id}/members",
        Method::DELETE,
        &format!("/api/2.0/group/{group}/members"),
        Some(json!({"members": [member]})),
        200,
        Group,
    )
    .await;
    run.call(
        "/api/2.0/group/{id}/members",
        Method::PUT,
        &format!("/api/2.0/group/{}/members", Uuid::from_u128(9)),
        Some(json!({"members": []})),
        404,
        Error,
    )
    .await;

    // Literal routes.
    let full = spec.inline(&json!({"$ref": "#/components/schemas/EmployeeFullDto"}), 0);
    let search = d.get("/api/2.0/people/search?query=demo").await;
    // PEOPLE-API.md §9.3: the spec declares short profiles; the server sends full ones.
    run.calls.push_with(
        "/api/2.0/people/search",
        "GET",
        200,
        Profiles,
        json!({"type": "array", "items": full}),
        search,
    );
    run.call(
        "/api/2.0/people/exists",
        Method::GET,
        &format!("/api/2.0/people/exists?email={OWNER_EMAIL}"),
        None,
        200,
        Exists,
    )
    .await;
    run.call(
        "/api/2.0/people/theme",
        Method::PUT,
        "/api/2.0/people/theme",
        Some(json!({"theme": "Dark"})),
        200,
        Plain,
    )
    .await;
    run.call(
        "/api/2.0/people/theme",
        Method::GET,
        "/api/2.0/people/theme",
        None,
        200,
        Plain,
    )
    .await;
    run.call(
        "/api/2.0/people/tokendiagnostics",
        Method::GET,
        "/api/2.0/people/tokendiagnostics",
        None,
        200,
        Plain,
    )
    .await;
    run.call(
        "/api/2.0/people/guests",
        Method::DELETE,
        "/api/2.0/people/guests",
        Some(json!({"userIds": []})),
        200,
        Void,
    )
    .await;

    // Second factor.
    p.set_tfa(p.owner_id(), true);
    let creds = json!({"userName": OWNER_EMAIL, "password": DEMO_PASSWORD});
    let ask = d
        .raw(
            Method::POST,
            "/api/2.0/authentication",
            None,
            Some(creds.clone()),
        )
        .await;
    run.calls
        .push("/api/2.0/authentication", "POST", 200, Plain, ask);
    let wrong = d
        .raw(
            Method::POST,
            "/api/2.0/authentication/000000",
            None,
            Some(creds.clone()),
        )
        .await;
    run.calls
        .push("/api/2.0/authentication/{code}", "POST", 401, Error, wrong);
    let ok = d
        .raw(
            Method::POST,
            &format!("/api/2.0/authentication/{DEMO_TFA_CODE}"),
            None,
            Some(creds),
        )
        .await;
    run.calls
        .push("/api/2.0/authentication/{code}", "POST", 200, Plain, ok);

    let failures = run.calls.failures(&spec);
    assert!(
        failures.is_empty(),
        "responses that break the contract:\n{failures:#?}"
    );
    let statuses = run.calls.statuses();
    for s in [200, 400, 401, 403, 404, 500] {
        assert!(
            statuses.contains(&s),
            "no {s} answer was validated: {statuses:?}"
        );
    }
}
