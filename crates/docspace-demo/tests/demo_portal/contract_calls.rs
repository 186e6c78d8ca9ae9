//! The calls of the contract tests and what each must answer: the exact status, the
//! envelope, the spec's schema, the properties the server always writes, the
//! model-validation problem and `fields=` trimming.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::common::Resp;
use crate::contract::{Spec, check, error_schema};
use crate::contract_required::{ROOM, Shape, required};

/// One call and its answer.
pub(crate) struct Call {
    pub path: &'static str,
    pub method: &'static str,
    pub shape: Shape,
    /// A schema to use instead of the spec's (an allowed deviation, with its reason).
    pub schema: Option<Value>,
    pub resp: Resp,
}

/// The calls made so far.
#[derive(Default)]
pub(crate) struct Calls(pub Vec<Call>);

impl Calls {
    /// Records an answer that must have status `expect`.
    pub(crate) fn push(
        &mut self,
        path: &'static str,
        method: &'static str,
        expect: u16,
        shape: Shape,
        resp: Resp,
    ) {
        assert_eq!(resp.status, expect, "{method} {path}: {}", resp.text);
        self.0.push(Call {
            path,
            method,
            shape,
            schema: None,
            resp,
        });
    }

    /// [`push`](Self::push) validating `response` against `schema` instead of the spec.
    pub(crate) fn push_with(
        &mut self,
        path: &'static str,
        method: &'static str,
        expect: u16,
        shape: Shape,
        schema: Value,
        resp: Resp,
    ) {
        self.push(path, method, expect, shape, resp);
        if let Some(last) = self.0.last_mut() {
            last.schema = Some(schema);
        }
    }

    /// Every check of every call; the failures by call.
    pub(crate) fn failures(&self, spec: &Spec) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for c in &self.0 {
            let errors = c.problems(spec);
            if !errors.is_empty() {
                out.entry(format!("{} {} -> {}", c.method, c.path, c.resp.status))
                    .or_default()
                    .extend(errors);
            }
        }
        out
    }

    pub(crate) fn statuses(&self) -> Vec<u16> {
        self.0.iter().map(|c| c.resp.status).collect()
    }
}

impl Call {
    fn problems(&self, spec: &Spec) -> Vec<String> {
        let body = self.resp.json();
        let mut errors = match self.shape {
            Shape::Error => check(&error_schema(), &body),
            Shape::Problem => check(&problem_schema(), &body),
            _ => self.envelope_problems(&body),
        };
        if matches!(self.shape, Shape::Error | Shape::Problem) {
            return errors;
        }
        let schema = match &self.schema {
            Some(s) => Some(json!({"type": "object", "properties": {"response": s}})),
            None => spec.response_schema(self.path, self.method, self.resp.status),
        };
        match schema {
            Some(s) => errors.extend(check(&s, &body)),
            None if self.shape == Shape::Void => {}
            None => errors.push("the spec declares no schema for this answer".into()),
        }
        errors.extend(self.field_problems(&body));
        errors
    }

    /// The success envelope: `status` 0, `statusCode` 200, one link naming this request.
    fn envelope_problems(&self, body: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        if body["status"] != json!(0) || body["statusCode"] != json!(200) {
            errors.push(format!(
                "envelope status {} / {}",
                body["status"], body["statusCode"]
            ));
        }
        let links = body["links"].as_array().map(Vec::len);
        if links != Some(1) || body["links"][0]["action"] != json!(self.method) {
            errors.push(format!("links {}", body["links"]));
        }
        let has_response = body.get("response").is_some();
        match self.shape {
            Shape::Void if has_response || body["count"] != json!(0) => {
                errors.push("a void answer has no response and count 0".into());
            }
            Shape::MaybeProgress if !has_response && body["count"] != json!(0) => {
                errors.push("no response: count 0".into());
            }
            Shape::Void | Shape::MaybeProgress => {}
            _ if !has_response => errors.push("no `response`".into()),
            _ => {}
        }
        errors
    }

    /// The properties the server always writes, and `fields=` trimming.
    fn field_problems(&self, body: &Value) -> Vec<String> {
        let response = &body["response"];
        let profile = required(Shape::Profile);
        let mut objects: Vec<(&Value, Vec<&str>)> = match (self.shape, response) {
            (_, Value::Null) => Vec::new(),
            (Shape::Profiles | Shape::Shorts | Shape::Trimmed(_), Value::Array(a)) => {
                a.iter().map(|o| (o, required(self.shape))).collect()
            }
            (Shape::Group, r) => std::iter::once((r, required(Shape::Group)))
                .chain(
                    r["members"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|m| (m, profile.clone())),
                )
                .collect(),
            (Shape::Rooms, r) => std::iter::once((r, required(Shape::Rooms)))
                .chain(
                    r["folders"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|f| (f, ROOM.to_vec())),
                )
                .collect(),
            (_, r) => vec![(r, required(self.shape))],
        };
        let mut errors = Vec::new();
        for (o, fields) in objects.drain(..) {
            let name = o
                .get("id")
                .map_or_else(|| "the answer".to_string(), ToString::to_string);
            for f in fields {
                if o.get(f).is_none() {
                    errors.push(format!("{f} missing from {name}"));
                }
            }
            if let Shape::Trimmed(keep) = self.shape
                && let Some(map) = o.as_object()
            {
                for k in map.keys().filter(|k| !keep.contains(&k.as_str())) {
                    errors.push(format!("{k} was not asked for ({name})"));
                }
            }
        }
        errors
    }
}

/// A model-validation 400 (PEOPLE-API.md §3.3): ASP.NET's problem inside the
/// success-shaped envelope, `status` 1.
pub(crate) fn problem_schema() -> Value {
    json!({
        "type": "object",
        "required": ["response", "count", "links", "status", "statusCode"],
        "additionalProperties": false,
        "properties": {
            "response": {
                "type": "object",
                "required": ["type", "title", "status", "errors", "traceId"],
                "additionalProperties": false,
                "properties": {
                    "type": {"type": "string"},
                    "title": {"enum": ["One or more validation errors occurred."]},
                    "status": {"enum": [400]},
                    "errors": {
                        "type": "object",
                        "minProperties": 1,
                        "additionalProperties": {
                            "type": "array", "minItems": 1, "items": {"type": "string"}
                        }
                    },
                    "traceId": {"type": "string", "pattern": "^00-[0-9a-f]{32}-[0-9a-f]{16}-00$"}
                }
            },
            "count": {"enum": [1]},
            "links": {"type": "array", "minItems": 1, "maxItems": 1},
            "status": {"enum": [1]},
            "statusCode": {"enum": [400]}
        }
    })
}

#[cfg(test)]
mod checks {
    use super::*;

    fn call(shape: Shape, body: Value) -> Call {
        Call {
            path: "/api/2.0/people/x",
            method: "GET",
            shape,
            schema: None,
            resp: Resp {
                status: 200,
                headers: Default::default(),
                text: body.to_string(),
            },
        }
    }

    #[test]
    fn the_checks_catch_what_they_look_for() {
        let c = call(
            Shape::Profile,
            json!({"response": {"id": "u", "displayName": "A"}}),
        );
        let missing = c.field_problems(&c.resp.json());
        assert!(
            missing.iter().any(|e| e.starts_with("isOwner missing")),
            "{missing:?}"
        );
        let c = call(
            Shape::Trimmed(&["id"]),
            json!({"response": [{"id": "u", "email": "e"}]}),
        );
        assert_eq!(
            c.field_problems(&c.resp.json()),
            ["email was not asked for (\"u\")"]
        );
        let c = call(
            Shape::Void,
            json!({"response": 1, "count": 1, "links": [{"href": "h", "action": "GET"}], "status": 0, "statusCode": 200}),
        );
        assert!(!c.envelope_problems(&c.resp.json()).is_empty());
        let c = call(
            Shape::Progress,
            json!({"count": 0, "links": [{"href": "h", "action": "PUT"}], "status": 0, "statusCode": 200}),
        );
        let env = c.envelope_problems(&c.resp.json());
        assert!(
            env.iter().any(|e| e.contains("links"))
                && env.iter().any(|e| e.contains("no `response`"))
        );
        let not_a_problem = json!({"error": {"message": "x"}, "status": 1, "statusCode": 400});
        assert!(!check(&problem_schema(), &not_a_problem).is_empty());
    }
}
