//! §1: response trimming with `fields=a,b,c` (nested names with dots), on every success
//! answer; errors and the envelope's other properties are never trimmed.

use std::collections::BTreeSet;

use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Demo, ids};
use docspace_api::dto::{EmployeeStatus, EmployeeType};

/// The property names of a JSON object.
fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object()
        .unwrap_or_else(|| panic!("an object: {v}"))
        .keys()
        .cloned()
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| n.to_string()).collect()
}

#[tokio::test]
async fn a_list_keeps_only_the_named_properties_and_the_whole_envelope() {
    let d = Demo::start().await;
    let full = d.get("/api/2.0/people/filter?count=5&startIndex=3").await;
    let r = d
        .get("/api/2.0/people/filter?count=5&startIndex=3&fields=id,status,email")
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let env = r.json();
    let users = env["response"].as_array().expect("a list");
    assert_eq!(users.len(), 5);
    for u in users {
        assert_eq!(keys(u), set(&["id", "status", "email"]), "{u}");
    }
    // The same users, the same values, in the same order.
    let whole = full.response();
    for (t, f) in users.iter().zip(whole.as_array().expect("a list")) {
        for k in ["id", "status", "email"] {
            assert_eq!(t[k], f[k]);
        }
    }
    // count, total, links, status and statusCode are never trimmed.
    for k in ["count", "total", "status", "statusCode"] {
        assert_eq!(env[k], full.json()[k], "{k}");
    }
    assert_eq!(keys(&env["links"][0]), set(&["href", "action"]));
    assert!(
        env["links"][0]["href"]
            .as_str()
            .is_some_and(|h| h.ends_with("fields=id,status,email"))
    );
}

#[tokio::test]
async fn nothing_is_kept_implicitly_and_names_match_exactly() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let r = d
        .get(&format!("/api/2.0/people/{}?fields=displayName", u.id))
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(keys(&r.response()), set(&["displayName"]), "no implicit id");
    // camelCase exactly; spaces are part of the name; the parameter name in any case.
    let r = d
        .get(&format!("/api/2.0/people/{}?FIELDS=ID,Email,+status", u.id))
        .await;
    assert_eq!(r.response(), json!({}));
    // An empty list keeps nothing at all.
    let r = d.get(&format!("/api/2.0/people/{}?fields=", u.id)).await;
    assert_eq!(r.response(), json!({}));
}

#[tokio::test]
async fn repeated_and_bracketed_parameters_are_read_as_the_server_does() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let path = format!("/api/2.0/people/{}", u.id);
    // Several `fields` values are taken whole, not split on commas.
    let r = d
        .get(&format!("{path}?fields=id&fields=email,status"))
        .await;
    assert_eq!(keys(&r.response()), set(&["id"]));
    let r = d.get(&format!("{path}?fields=id&fields=email")).await;
    assert_eq!(keys(&r.response()), set(&["id", "email"]));
    // `fields[]` wins over `fields`.
    let r = d
        .get(&format!(
            "{path}?fields=id&fields%5B%5D=status&fields[]=email"
        ))
        .await;
    assert_eq!(keys(&r.response()), set(&["status", "email"]));
}

#[tokio::test]
async fn dotted_names_trim_nested_objects_and_lists() {
    let d = Demo::start().await;
    let grouped = d
        .find(|u| u.groups.as_ref().is_some_and(|g| !g.is_empty()) && u.created_by.is_some())
        .into_iter()
        .next()
        .expect("the seeded portal has a user in a group, created by someone");
    let r = d
        .get(&format!(
            "/api/2.0/people/{}?fields=id,createdBy.displayName,groups.name",
            grouped.id
        ))
        .await;
    let v = r.response();
    assert_eq!(keys(&v), set(&["id", "createdBy", "groups"]));
    assert_eq!(keys(&v["createdBy"]), set(&["displayName"]));
    let groups = v["groups"].as_array().expect("a list");
    assert_eq!(groups.len(), grouped.groups.as_ref().map_or(0, Vec::len));
    assert!(groups.iter().all(|g| keys(g) == set(&["name"])));
    // A plain name keeps the whole nested object.
    let r = d
        .get(&format!("/api/2.0/people/{}?fields=createdBy", grouped.id))
        .await;
    let creator = grouped.created_by.expect("creator");
    assert_eq!(r.response()["createdBy"]["id"], json!(creator.id));
    assert_eq!(
        r.response()["createdBy"]["avatarSmall"],
        json!(creator.avatar_small)
    );
}

#[tokio::test]
async fn bulk_writes_answer_trimmed_and_still_do_the_whole_job() {
    let d = Demo::start().await;
    let users: Vec<_> = d
        .find(|u| {
            u.user_type() == Some(EmployeeType::User) && u.status == Some(EmployeeStatus::Active)
        })
        .into_iter()
        .take(4)
        .collect();
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/status/Terminated?fields=id,status",
            json!({ "userIds": ids(&users) }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let answer = r.response();
    let answer = answer.as_array().expect("a list");
    assert_eq!(answer.len(), users.len());
    for (a, u) in answer.iter().zip(&users) {
        assert_eq!(a, &json!({"id": u.id, "status": 2}));
        assert_eq!(d.status_of(u.id), Some(EmployeeStatus::Terminated));
    }
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/delete?fields=id",
            json!({ "userIds": ids(&users) }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let expected: Vec<Value> = users.iter().map(|u| json!({"id": u.id})).collect();
    assert_eq!(r.response(), Value::Array(expected));
    assert!(users.iter().all(|u| d.portal().user(u.id).is_none()));
}

#[tokio::test]
async fn errors_and_plain_answers_are_never_trimmed() {
    let d = Demo::start().await;
    let owner = d.portal().owner_id();
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/status/Terminated?fields=id",
            json!({ "userIds": [owner] }),
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(
        keys(&r.json()["error"]),
        set(&["message", "type", "stack", "hresult"])
    );
    let r = d.get("/api/2.0/people/filter?count=500&fields=id").await;
    assert_eq!(r.status, 400);
    assert!(r.json()["response"]["errors"].is_object(), "{}", r.text);
    let r = d.get("/api/2.0/authentication?fields=id").await;
    assert_eq!(r.response(), json!(true));
}

#[tokio::test]
async fn a_portal_that_ignores_fields_answers_in_full() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let path = format!("/api/2.0/people/{}?fields=id", u.id);
    d.portal().set_honour_fields(false);
    let full = d.get(&path).await.response();
    assert!(keys(&full).len() > 10, "{full}");
    assert_eq!(full["email"], json!(u.email));
    d.portal().set_honour_fields(true);
    assert_eq!(keys(&d.get(&path).await.response()), set(&["id"]));
}
