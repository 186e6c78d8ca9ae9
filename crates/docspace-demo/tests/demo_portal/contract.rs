//! The API contract: the demo portal's answers validate against the response schemas of
//! DocSpace's own OpenAPI document (`DOCSPACE_OPENAPI` = path to `api-docs.json`).
//!
//! Only the spec errors PEOPLE-API.md §9 lists are allowed, each patched below with its
//! reason. The spec declares no schema for error responses of these operations, so error
//! bodies are checked against the envelope of PEOPLE-API.md §3.2 instead (see
//! [`error_schema`]), and model-validation 400s against §3.3.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use reqwest::Method;
use serde_json::{Map, Value, json};

use crate::common::Demo;
use crate::contract_calls::Calls;
use crate::contract_required::Shape;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::{DEMO_PASSWORD, NewUser, OWNER_EMAIL};

/// The loaded spec with its patched component schemas.
pub(crate) struct Spec {
    doc: Value,
    schemas: Map<String, Value>,
}

pub(crate) fn load_spec() -> Option<Spec> {
    let Some(path) = std::env::var_os("DOCSPACE_OPENAPI") else {
        println!(
            "skipped: set DOCSPACE_OPENAPI=/path/to/docspace-api/api-docs.json to validate the demo portal against DocSpace's OpenAPI spec"
        );
        return None;
    };
    let path = spec_path(&path);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("DOCSPACE_OPENAPI={path:?} cannot be read: {e}"));
    let doc: Value = serde_json::from_str(&text).expect("the spec is JSON");
    let mut schemas = doc["components"]["schemas"]
        .as_object()
        .cloned()
        .expect("components.schemas");
    patch(&mut schemas);
    Some(Spec { doc, schemas })
}

/// Where `DOCSPACE_OPENAPI` points: a relative path is taken from the top of the workspace,
/// where `cargo test` is run, not from this crate's directory (the tests' working directory).
fn spec_path(raw: &OsStr) -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    workspace.join(raw)
}

#[test]
fn a_relative_spec_path_is_taken_from_the_top_of_the_workspace() {
    // README.md is at the top of the workspace; this crate has none.
    let readme = spec_path(OsStr::new("README.md"));
    assert!(readme.is_file(), "{readme:?} names the workspace's README");
    let absolute = std::env::temp_dir().join("api-docs.json");
    assert_eq!(spec_path(absolute.as_os_str()), absolute);
}

/// The allowed deviations (PEOPLE-API.md §9), applied to the spec's component schemas.
fn patch(schemas: &mut Map<String, Value>) {
    // §9.1: `ApiDateTime` is written as a string (`2025-06-01T15:30:00.0000000+03:00`),
    // not as the `{utcTime, timeZoneOffset}` object the spec models.
    schemas.insert(
        "ApiDateTime".into(),
        json!({
            "type": "string",
            "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}(Z|[+-]\d{2}:\d{2})$"
        }),
    );
    // §9.2: the wrapper schemas omit `total` (sent on paged lists) and describe `status`
    // as an HTTP code; it is 0 on success.
    for (name, schema) in schemas.iter_mut() {
        if !name.ends_with("Wrapper") {
            continue;
        }
        if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
            props.insert("total".into(), json!({"type": "integer"}));
            props.insert("status".into(), json!({"type": "integer", "enum": [0]}));
        }
    }
    // `EmployeeFullDto` is `allOf: [EmployeeDto, {its own fields}]` with
    // `additionalProperties: false` both inside `EmployeeDto` and beside the `allOf`. In
    // JSON Schema, `additionalProperties` only knows the properties declared next to it,
    // so read literally the spec forbids every field of the full profile (EmployeeDto
    // rejects `firstName`, the outer keyword rejects even `id`). The intended meaning --
    // exactly the fields of both parts -- is restored by merging the `allOf` into one
    // object schema that keeps `additionalProperties: false`.
    let merged = merge_all_of(schemas, "EmployeeFullDto");
    schemas.insert("EmployeeFullDto".into(), merged);
    // The rooms list has the same `allOf` problem, twice over: `FolderDtoInteger` is
    // `allOf [FileEntryDtoInteger, …]`, itself `allOf [FileEntryBaseDto, …]`. Its
    // `folders` are declared as the base type `FileEntryBaseDto` (`additionalProperties:
    // false`), but the server writes each entry as its runtime type, `FolderDto`
    // (`FolderContentDto.cs` line 51), so the folders are checked as `FolderDtoInteger`.
    let folder = merge_all_of(schemas, "FolderDtoInteger");
    schemas.insert("FolderDtoInteger".into(), folder);
    if let Some(folders) = schemas
        .get_mut("FolderContentDtoInteger")
        .and_then(|s| s.pointer_mut("/properties/folders/items"))
    {
        *folders = json!({"$ref": "#/components/schemas/FolderDtoInteger"});
    }
    // `DarkThemeSettings.LastModified` is a non-nullable `DateTime` that
    // `PUT /people/theme` never sets (UserController.cs lines 1570-1577,
    // DarkThemeSettings.cs line 64), so the server writes .NET's minimum value
    // `0001-01-01T00:00:00`, without an offset: not the `date-time` the spec declares.
    if let Some(p) = schemas
        .get_mut("DarkThemeSettings")
        .and_then(|s| s.get_mut("properties"))
        .and_then(Value::as_object_mut)
    {
        p.insert(
            "lastModified".into(),
            json!({"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}"}),
        );
    }
}

/// One object schema with the properties of every `allOf` part of `name`.
fn merge_all_of(schemas: &Map<String, Value>, name: &str) -> Value {
    let mut props = Map::new();
    let mut required: Vec<Value> = Vec::new();
    collect_parts(schemas, &schemas[name], &mut props, &mut required, 0);
    let mut out = json!({"type": "object", "properties": props, "additionalProperties": false});
    if !required.is_empty() {
        out["required"] = Value::Array(required);
    }
    out
}

/// The properties and required names of `schema` and of every `allOf` part, however deep.
fn collect_parts(
    schemas: &Map<String, Value>,
    schema: &Value,
    props: &mut Map<String, Value>,
    required: &mut Vec<Value>,
    depth: usize,
) {
    assert!(depth < 8, "allOf nested too deep");
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => &schemas[r.trim_start_matches("#/components/schemas/")],
        None => schema,
    };
    for part in schema["allOf"].as_array().into_iter().flatten() {
        collect_parts(schemas, part, props, required, depth + 1);
    }
    if let Some(p) = schema.get("properties").and_then(Value::as_object) {
        props.extend(p.clone());
    }
    if let Some(r) = schema.get("required").and_then(Value::as_array) {
        required.extend(r.iter().cloned());
    }
}

impl Spec {
    /// The schema the spec declares for `status` of `method path`, if any, with every
    /// `$ref` inlined.
    pub(crate) fn response_schema(&self, path: &str, method: &str, status: u16) -> Option<Value> {
        let op = &self.doc["paths"][path][method.to_lowercase()];
        assert!(op.is_object(), "the spec has {method} {path}");
        let schema =
            op["responses"][status.to_string()]["content"]["application/json"]["schema"].clone();
        (!schema.is_null()).then(|| self.inline(&schema, 0))
    }

    pub(crate) fn inline(&self, v: &Value, depth: usize) -> Value {
        assert!(depth < 32, "schema nesting too deep (a cycle?)");
        match v {
            Value::Object(m) => {
                if let Some(r) = m.get("$ref").and_then(Value::as_str) {
                    let name = r.trim_start_matches("#/components/schemas/");
                    let target = self
                        .schemas
                        .get(name)
                        .unwrap_or_else(|| panic!("unknown {r}"));
                    return self.inline(target, depth + 1);
                }
                Value::Object(
                    m.iter()
                        .map(|(k, v)| (k.clone(), self.inline(v, depth + 1)))
                        .collect(),
                )
            }
            Value::Array(a) => Value::Array(a.iter().map(|v| self.inline(v, depth + 1)).collect()),
            other => other.clone(),
        }
    }
}

/// The error envelope of PEOPLE-API.md §3.2 (nulls written).
pub(crate) fn error_schema() -> Value {
    json!({
        "type": "object",
        "required": ["error", "status", "statusCode"],
        "additionalProperties": false,
        "properties": {
            "error": {
                "type": "object",
                "required": ["message", "type", "stack", "hresult"],
                "additionalProperties": false,
                "properties": {
                    "message": {"type": "string"},
                    "type": {"type": ["string", "null"]},
                    "stack": {"type": ["string", "null"]},
                    "hresult": {"type": "integer"}
                }
            },
            "status": {"enum": [1]},
            "statusCode": {"type": "integer"}
        }
    })
}

pub(crate) fn check(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles");
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[tokio::test]
async fn demo_answers_validate_against_the_openapi_spec() {
    let Some(spec) = load_spec() else {
        return;
    };
    let d = Demo::start().await;
    let p = d.portal();
    let mut calls = Calls::default();
    use Shape::*;

    // Lists: every seeded user, as an admin and as a room admin; trimmed by `fields=`.
    for start in [0, 100, 200] {
        let r = d
            .get(&format!(
                "/api/2.0/people/filter?startIndex={start}&sortBy=type"
            ))
            .await;
        calls.push("/api/2.0/people/filter", "GET", 200, Profiles, r);
    }
    let ra = p.token_for(d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id);
    calls.push(
        "/api/2.0/people/filter",
        "GET",
        200,
        Profiles,
        d.get_as(&ra, "/api/2.0/people/filter").await,
    );
    calls.push(
        "/api/2.0/people/filter",
        "GET",
        200,
        Trimmed(&["id", "status", "email"]),
        d.get("/api/2.0/people/filter?count=25&fields=id,status,email")
            .await,
    );
    calls.push(
        "/api/2.0/people",
        "GET",
        200,
        Profiles,
        d.get("/api/2.0/people?count=50").await,
    );
    calls.push(
        "/api/2.0/people/status/{status}",
        "GET",
        200,
        Profiles,
        d.get("/api/2.0/people/status/Terminated").await,
    );
    calls.push(
        "/api/2.0/people/filter",
        "GET",
        400,
        Problem,
        d.get("/api/2.0/people/filter?count=0").await,
    );

    // Narrowed lists, and the short form.
    calls.push(
        "/api/2.0/people/filter",
        "GET", 200, Profiles,
        d.get("/api/2.0/people/filter?area=people&employeeTypes=1&employeeTypes=4&accountLoginType=2&quotaFilter=1&sortBy=department")
            .await);
    calls.push(
        "/api/2.0/people/simple/filter",
        "GET",
        200,
        Shorts,
        d.get("/api/2.0/people/simple/filter?payments=free&sortBy=email")
            .await,
    );

    // Groups: the list, one group with its members and manager, a user's groups.
    let groups = p.groups();
    calls.push(
        "/api/2.0/group",
        "GET",
        200,
        Plain,
        d.get("/api/2.0/group").await,
    );
    calls.push(
        "/api/2.0/group",
        "GET",
        200,
        Plain,
        d.get_as(&ra, "/api/2.0/group?count=3&startIndex=2&sortBy=manager")
            .await,
    );
    let managed = groups
        .iter()
        .find(|g| g.manager.is_some())
        .expect("a managed group");
    calls.push(
        "/api/2.0/group/{id}",
        "GET",
        200,
        Group,
        d.get(&format!("/api/2.0/group/{}", managed.id)).await,
    );
    calls.push(
        "/api/2.0/group/{id}",
        "GET",
        200,
        Plain,
        d.get("/api/2.0/group/cd84e66b-b803-40fc-99f9-b2969a54a1de?includeMembers=false")
            .await,
    );
    let member = d.find(|u| u.groups.is_some())[0].id;
    calls.push(
        "/api/2.0/group/user/{userid}",
        "GET",
        200,
        Plain,
        d.get(&format!("/api/2.0/group/user/{member}")).await,
    );

    // Single users.
    let grouped = d.find(|u| u.groups.is_some() && u.contacts.is_some());
    let pending = d.one_of(EmployeeType::User, EmployeeStatus::Pending);
    for u in grouped.iter().take(1).chain([&pending]) {
        calls.push(
            "/api/2.0/people/{userid}",
            "GET",
            200,
            Profile,
            d.get(&format!("/api/2.0/people/{}", u.id)).await,
        );
    }
    let email = grouped
        .first()
        .and_then(|u| u.email.clone())
        .expect("a grouped user");
    calls.push(
        "/api/2.0/people/email",
        "GET",
        200,
        Profile,
        d.get(&format!("/api/2.0/people/email?email={email}")).await,
    );
    calls.push(
        "/api/2.0/people/@self",
        "GET",
        200,
        Profile,
        d.get("/api/2.0/people/@self").await,
    );

    // Writes.
    let created = d
        .send(Method::POST, "/api/2.0/people", json!({"firstName": "Spec", "lastName": "Check", "email": "spec.check@example.com", "type": "User"}))
        .await;
    let new_id = created.user().id;
    calls.push("/api/2.0/people", "POST", 200, Profile, created);
    calls.push(
        "/api/2.0/people",
        "POST",
        400,
        Problem,
        d.send(
            Method::POST,
            "/api/2.0/people",
            json!({"firstName": "Bad", "email": "not-an-address"}),
        )
        .await,
    );
    calls.push(
        "/api/2.0/people/type/{type}",
        "PUT",
        200,
        Profiles,
        d.send(
            Method::PUT,
            "/api/2.0/people/type/RoomAdmin",
            json!({"userIds": [new_id]}),
        )
        .await,
    );
    calls.push(
        "/api/2.0/people/status/{status}",
        "PUT",
        200,
        Trimmed(&["id", "status"]),
        d.send(
            Method::PUT,
            "/api/2.0/people/status/Terminated?fields=id,status",
            json!({"userIds": [new_id]}),
        )
        .await,
    );
    calls.push(
        "/api/2.0/people/{userid}",
        "DELETE",
        200,
        Profile,
        d.raw(
            Method::DELETE,
            &format!("/api/2.0/people/{new_id}"),
            Some(&d.token),
            None,
        )
        .await,
    );
    let old = p.insert_user(
        NewUser::new("Old", "Timer", "old.timer@example.com", EmployeeType::User).terminated(),
    );
    calls.push(
        "/api/2.0/people/delete",
        "PUT",
        200,
        Profiles,
        d.send(
            Method::PUT,
            "/api/2.0/people/delete",
            json!({"userIds": [old]}),
        )
        .await,
    );
    calls.push(
        "/api/2.0/authentication",
        "POST",
        200,
        Plain,
        d.raw(
            Method::POST,
            "/api/2.0/authentication",
            None,
            Some(json!({"userName": OWNER_EMAIL, "password": DEMO_PASSWORD})),
        )
        .await,
    );
    calls.push(
        "/api/2.0/authentication",
        "GET",
        200,
        Plain,
        d.get("/api/2.0/authentication").await,
    );

    // Errors.
    calls.push(
        "/api/2.0/people/{userid}",
        "GET",
        404,
        Error,
        d.get(&format!("/api/2.0/people/{new_id}")).await,
    );
    calls.push(
        "/api/2.0/people/status/{status}",
        "PUT",
        403,
        Error,
        d.set_status(&d.token, "Terminated", &[p.owner_id()]).await,
    );
    calls.push(
        "/api/2.0/people/status/{status}",
        "PUT",
        400,
        Error,
        d.set_status(&d.token, "Pending", &[old]).await,
    );
    let active = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    calls.push(
        "/api/2.0/people/{userid}",
        "DELETE",
        403,
        Error,
        d.raw(
            Method::DELETE,
            &format!("/api/2.0/people/{}", active.id),
            Some(&d.token),
            None,
        )
        .await,
    );
    p.set_free_paid_seats(0);
    calls.push(
        "/api/2.0/people/type/{type}",
        "PUT",
        402,
        Error,
        d.send(
            Method::PUT,
            "/api/2.0/people/type/RoomAdmin",
            json!({"userIds": [active.id]}),
        )
        .await,
    );
    calls.push(
        "/api/2.0/authentication",
        "POST",
        401,
        Error,
        d.raw(
            Method::POST,
            "/api/2.0/authentication",
            None,
            Some(json!({"userName": OWNER_EMAIL, "password": "wrong"})),
        )
        .await,
    );

    calls.push(
        "/api/2.0/group/{id}",
        "GET",
        404,
        Error,
        d.get(&format!("/api/2.0/group/{new_id}")).await,
    );
    let user = p.token_for(d.one_of(EmployeeType::User, EmployeeStatus::Active).id);
    calls.push(
        "/api/2.0/group",
        "GET",
        403,
        Error,
        d.get_as(&user, "/api/2.0/group").await,
    );
    calls.push(
        "/api/2.0/people/filter",
        "GET",
        400,
        Problem,
        d.get("/api/2.0/people/filter?payments=7").await,
    );

    let failures = calls.failures(&spec);
    assert!(
        failures.is_empty(),
        "responses that break the contract:\n{failures:#?}"
    );
    // The run covered successes and every error status it meant to.
    let statuses = calls.statuses();
    for s in [200, 400, 401, 402, 403, 404] {
        assert!(
            statuses.contains(&s),
            "no {s} answer was validated: {statuses:?}"
        );
    }
}

#[test]
fn the_patches_are_needed_and_sufficient() {
    let Some(spec) = load_spec() else {
        return;
    };
    let raw = spec.doc["components"]["schemas"].clone();
    let user = json!({"id": "3f2a1b7c-0000-4000-8000-000000000001", "firstName": "A", "registrationDate": "2025-06-01T15:30:00.0000000+03:00"});
    // Unpatched, the spec rejects a real profile (the allOf problem and the date string).
    let unpatched = Spec {
        schemas: raw.as_object().cloned().expect("schemas"),
        doc: spec.doc.clone(),
    };
    let schema = unpatched.inline(&json!({"$ref": "#/components/schemas/EmployeeFullDto"}), 0);
    assert!(!check(&schema, &user).is_empty());
    // Patched, it accepts it and still rejects unknown fields and wrong types.
    let schema = spec.inline(&json!({"$ref": "#/components/schemas/EmployeeFullDto"}), 0);
    assert_eq!(check(&schema, &user), Vec::<String>::new());
    let mut extra = user.clone();
    extra["type"] = json!("User");
    assert!(
        !check(&schema, &extra).is_empty(),
        "no `type` field on the wire"
    );
    let mut wrong = user;
    wrong["status"] = json!("Active");
    assert!(!check(&schema, &wrong).is_empty(), "status is a number");
}
