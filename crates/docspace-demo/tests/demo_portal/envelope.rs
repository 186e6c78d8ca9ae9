//! §10.1–10.4: envelopes, error bodies, validation errors, encodings.

use reqwest::Method;
use serde_json::{Value, json};

use crate::common::Demo;
use docspace_api::dto::{EmployeeStatus, EmployeeType};

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
    k.sort();
    k
}

#[tokio::test]
async fn paged_list_envelope_has_count_total_links_and_no_nulls() {
    let d = Demo::start().await;
    let r = d.get("/api/2.0/people/filter?count=7&startIndex=3").await;
    assert_eq!(r.status, 200);
    assert!(
        r.header("content-type")
            .is_some_and(|c| c.starts_with("application/json"))
    );
    let j = r.json();
    assert_eq!(
        keys(&j),
        [
            "count",
            "links",
            "response",
            "status",
            "statusCode",
            "total"
        ]
    );
    assert_eq!(j["status"], 0);
    assert_eq!(j["statusCode"], 200);
    assert_eq!(j["count"], 7);
    assert_eq!(j["total"], d.portal().user_count());
    assert_eq!(j["response"].as_array().map(Vec::len), Some(7));
    assert_eq!(
        j["links"],
        json!([{ "href": format!("{}/api/2.0/people/filter?count=7&startIndex=3", d.url), "action": "GET" }])
    );
    assert!(!r.text.contains("null"), "nulls are omitted: {}", r.text);
}

#[tokio::test]
async fn single_object_envelope_has_count_one_and_no_total() {
    let d = Demo::start().await;
    let r = d.get("/api/2.0/people/@self").await;
    let j = r.json();
    assert_eq!(
        keys(&j),
        ["count", "links", "response", "status", "statusCode"]
    );
    assert_eq!(j["count"], 1);
    assert_eq!(j["links"][0]["action"], "GET");
}

#[tokio::test]
async fn error_envelope_writes_nulls_and_maps_statuses() {
    let d = Demo::start().await;
    let r = d
        .get(&format!("/api/2.0/people/{}", uuid::Uuid::from_u128(99)))
        .await;
    assert_eq!(r.status, 404);
    let j = r.json();
    assert_eq!(keys(&j), ["error", "status", "statusCode"]);
    assert_eq!(keys(&j["error"]), ["hresult", "message", "stack", "type"]);
    assert_eq!(j["error"]["message"], "The user could not be found");
    assert_eq!(j["error"]["type"], "ASC.Common.Web.ItemNotFoundException");
    assert_eq!(
        (j["status"].clone(), j["statusCode"].clone()),
        (json!(1), json!(404))
    );

    // Login failure: 401 JSON with type and stack suppressed (written as null).
    let r = d
        .raw(
            Method::POST,
            "/api/2.0/authentication",
            None,
            Some(json!({"userName": "owner@demo.docspace.local", "password": "wrong"})),
        )
        .await;
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json(),
        json!({"error": {"message": "User authentication failed", "type": null, "stack": null, "hresult": 0}, "status": 1, "statusCode": 401})
    );
}

#[tokio::test]
async fn validation_errors_use_the_success_shaped_envelope() {
    let d = Demo::start().await;
    for q in [
        "count=0",
        "count=101",
        "count=abc",
        "sortOrder=sideways",
        "employeeStatus=9",
    ] {
        let r = d.get(&format!("/api/2.0/people/filter?{q}")).await;
        assert_eq!(r.status, 400, "{q}");
        let j = r.json();
        assert_eq!(
            keys(&j),
            ["count", "links", "response", "status", "statusCode"],
            "{q}"
        );
        assert_eq!(
            (j["status"].clone(), j["statusCode"].clone()),
            (json!(1), json!(400))
        );
        assert_eq!(j["response"]["status"], 400);
        assert!(
            j["response"]["errors"]
                .as_object()
                .is_some_and(|e| !e.is_empty()),
            "{q}"
        );
        assert!(j.get("error").is_none());
    }
    let r = d.get("/api/2.0/people/filter?count=101").await;
    assert_eq!(
        r.json()["response"]["errors"]["Count"],
        json!(["The field Count must be between 1 and 100."])
    );
}

#[tokio::test]
async fn unauthorized_is_401_with_an_empty_body() {
    let d = Demo::start().await;
    for token in [None, Some("sk-0000"), Some("garbage")] {
        let r = d
            .raw(Method::GET, "/api/2.0/people/filter", token, None)
            .await;
        assert_eq!(r.status, 401, "{token:?}");
        assert_eq!(r.text, "", "{token:?}");
    }
}

#[tokio::test]
async fn encodings_types_statuses_dates_ids() {
    let d = Demo::start().await;
    let r = d
        .get("/api/2.0/people/filter?count=100&employeeStatus=7")
        .await;
    let list = r.response();
    let date =
        regex::Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}(Z|[+-]\d{2}:\d{2})$")
            .expect("regex");
    for u in list.as_array().expect("array") {
        assert!(u.get("type").is_none(), "no type field");
        let id = u["id"].as_str().expect("id");
        assert_eq!(id, id.to_lowercase());
        assert!(uuid::Uuid::parse_str(id).is_ok());
        assert!(matches!(u["status"].as_i64(), Some(1 | 2 | 4)), "{u}");
        assert!(matches!(u["activationStatus"].as_i64(), Some(0..=2)), "{u}");
        assert!(
            date.is_match(u["registrationDate"].as_str().expect("date")),
            "{u}"
        );
        let flags = [
            "isOwner",
            "isAdmin",
            "isRoomAdmin",
            "isCollaborator",
            "isVisitor",
        ];
        let set = flags.iter().filter(|f| u[**f] == json!(true)).count();
        assert_eq!(set, 1, "exactly one type flag: {u}");
        assert!(u["department"].is_string(), "department always for admins");
        if u["groups"].is_array() {
            assert!(!u["groups"].as_array().expect("groups").is_empty());
        }
        if u["contacts"].is_array() {
            assert!(!u["contacts"].as_array().expect("contacts").is_empty());
        }
    }
}

#[tokio::test]
async fn display_name_is_html_encoded_with_email_fallback() {
    let d = Demo::start().await;
    let p = d.portal();
    let id = p.insert_user(docspace_demo::NewUser::new(
        "Zoë",
        "O'Brien & <Sons>",
        "zoe.obrien@example.test",
        EmployeeType::User,
    ));
    let r = d.get(&format!("/api/2.0/people/{id}")).await;
    let j = r.response();
    assert_eq!(j["displayName"], "Zoë O&#39;Brien &amp; &lt;Sons&gt;");
    assert_eq!(j["lastName"], "O'Brien & <Sons>");

    let pending = d.one_of(EmployeeType::User, EmployeeStatus::Pending);
    let r = d.get(&format!("/api/2.0/people/{}", pending.id)).await;
    let j = r.response();
    assert_eq!(j["firstName"], "");
    assert_eq!(j["displayName"], j["email"]);
    assert_eq!(j["status"], 4);
    assert_eq!(j["activationStatus"], 2);
}

#[tokio::test]
async fn self_only_fields_appear_on_self_only() {
    let d = Demo::start().await;
    let me = d.get("/api/2.0/people/@self").await.response();
    assert_eq!(me["theme"], "System");
    assert!(me["loginEventId"].is_i64());
    assert!(me["hasPersonalFolder"].is_boolean());
    assert_eq!(me["isOwner"], true);
    assert_eq!(me["isAdmin"], false, "the owner is not flagged isAdmin");
    let other = d
        .get(&format!(
            "/api/2.0/people/{}",
            me["id"].as_str().expect("id")
        ))
        .await
        .response();
    assert!(other.get("theme").is_none() && other.get("loginEventId").is_none());
}
