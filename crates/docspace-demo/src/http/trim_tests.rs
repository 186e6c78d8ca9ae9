use proptest::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use super::super::fields::Fields;
use super::Trimmed;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Group {
    id: u32,
    name: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Person {
    id: u32,
    status: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    created_by: Group,
    groups: Vec<Group>,
    tags: Vec<String>,
}

fn person(id: u32) -> Person {
    Person {
        id,
        status: 2,
        email: None,
        created_by: Group {
            id: 9,
            name: "Owner".into(),
        },
        groups: vec![Group {
            id: 5,
            name: "Sales".into(),
        }],
        tags: vec!["a".into()],
    }
}

fn trimmed<T: Serialize + ?Sized>(value: &T, names: &[&str]) -> Value {
    let fields = Fields::of(names.iter().copied());
    serde_json::to_value(Trimmed::response(value, &fields)).expect("serialises")
}

#[test]
fn plain_names_keep_whole_top_level_properties() {
    assert_eq!(
        trimmed(&person(1), &["id", "groups"]),
        json!({"id": 1, "groups": [{"id": 5, "name": "Sales"}]})
    );
    // Lists: every element is trimmed.
    assert_eq!(
        trimmed(&vec![person(1), person(2)], &["status"]),
        json!([{"status": 2}, {"status": 2}])
    );
    // No implicit id; unknown names and other cases keep nothing.
    assert_eq!(trimmed(&person(1), &["Status", "nope"]), json!({}));
    // Absent (null) properties stay absent.
    assert_eq!(trimmed(&person(1), &["email", "id"]), json!({"id": 1}));
}

#[test]
fn dotted_names_reach_into_objects_and_lists() {
    assert_eq!(
        trimmed(&person(1), &["createdBy.name", "groups.id", "tags"]),
        json!({"createdBy": {"name": "Owner"}, "groups": [{"id": 5}], "tags": ["a"]})
    );
}

#[test]
fn values_that_are_not_objects_are_written_whole() {
    assert_eq!(trimmed(&true, &["id"]), json!(true));
    assert_eq!(trimmed(&vec!["x", "y"], &["id"]), json!(["x", "y"]));
    assert_eq!(trimmed(&Some(3), &["id"]), json!(3));
}

#[test]
fn maps_are_trimmed_like_structs() {
    let v = serde_json::to_value(person(1)).expect("value");
    assert_eq!(
        trimmed(&v, &["id", "createdBy.id"]),
        json!({"id": 1, "createdBy": {"id": 9}})
    );
}

#[test]
fn a_dotted_name_keeps_only_the_direct_contents_of_the_named_object() {
    let v = json!({"a": {"b": {"x": {"y": 1}, "z": 2}, "c": 3}});
    assert_eq!(
        trimmed(&v, &["a.b"]),
        json!({"a": {"b": {"x": {}, "z": 2}}})
    );
    assert_eq!(
        trimmed(&v, &["a"]),
        json!({"a": {"b": {"x": {"y": 1}, "z": 2}, "c": 3}})
    );
}

/// The selection applied to a `Value` the plain way, following the server's converter
/// step by step (a second, independent reading of the rules).
fn reference(v: &Value, fields: &Fields, depth: usize, full: &str) -> Value {
    match v {
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|i| reference(i, fields, depth, full))
                .collect(),
        ),
        Value::Object(map) => {
            let mut out = serde_json::Map::new();
            for (name, value) in map {
                let check = if depth == 1 {
                    name.clone()
                } else {
                    format!("{full}.{name}")
                };
                let mut next_full = None;
                for r in fields.names() {
                    let hit = if r.contains('.') {
                        let hit = *r == check || r == full || r.starts_with(&format!("{check}."));
                        if hit {
                            next_full = Some(check.clone());
                        }
                        hit
                    } else {
                        let hit = if depth == 1 { r == name } else { r == full };
                        if hit {
                            next_full = Some(if depth == 1 {
                                name.clone()
                            } else {
                                full.to_string()
                            });
                        }
                        hit
                    };
                    if hit {
                        break;
                    }
                }
                if let Some(nf) = next_full {
                    out.insert(name.clone(), reference(value, fields, depth + 1, &nf));
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["id", "a", "b", "c", "x", "status", ""]).prop_map(String::from)
}

fn path() -> impl Strategy<Value = String> {
    prop::collection::vec(name(), 1..5).prop_map(|parts| parts.join("."))
}

fn leaf() -> BoxedStrategy<Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        "[a-z]{0,3}".prop_map(Value::from),
        Just(Value::Bool(true)),
        prop::collection::vec(any::<u8>().prop_map(Value::from), 0..3).prop_map(Value::Array),
    ]
    .boxed()
}

/// An object nested up to `levels` deep, with lists of objects on the way.
fn object(levels: u32) -> BoxedStrategy<Value> {
    let value = if levels == 0 {
        leaf()
    } else {
        prop_oneof![
            2 => leaf(),
            2 => object(levels - 1),
            1 => prop::collection::vec(object(levels - 1), 0..3).prop_map(Value::Array),
        ]
        .boxed()
    };
    prop::collection::btree_map(name(), value, 1..5)
        .prop_map(|m| Value::Object(m.into_iter().collect()))
        .boxed()
}

/// A `response`: an object, a list of objects, or a plain value.
fn doc() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => object(4),
        2 => prop::collection::vec(object(3), 0..3).prop_map(Value::Array),
        1 => leaf(),
    ]
}

/// Every dotted path of object keys in `v` (through lists too), as selections name them.
fn paths(v: &Value, prefix: &str, out: &mut Vec<String>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| paths(i, prefix, out)),
        Value::Object(map) => {
            for (k, inner) in map {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.push(p.clone());
                paths(inner, &p, out);
            }
        }
        _ => {}
    }
}

/// A document and a selection naming some of its own paths (and some random ones).
fn doc_and_selection() -> impl Strategy<Value = (Value, Vec<String>)> {
    doc().prop_flat_map(|v| {
        let mut own = vec![String::new(), "id".to_string()];
        paths(&v, "", &mut own);
        let pick = prop_oneof![3 => prop::sample::select(own), 1 => path()];
        (Just(v), prop::collection::vec(pick, 0..4))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn streaming_trim_matches_the_plain_reading((v, names) in doc_and_selection()) {
        let fields = Fields::of(names.iter().map(String::as_str));
        let got = serde_json::to_value(Trimmed::response(&v, &fields)).expect("serialises");
        prop_assert_eq!(got, reference(&v, &fields, 1, ""));
    }
}

/// Building only the wanted parts of a profile never changes a trimmed answer.
#[test]
fn profiles_built_in_part_trim_to_the_same_answer() {
    use crate::store::test_support::{small, viewer};
    use crate::store::{Detail, Want};

    let store = small();
    let admin = viewer(&store, 2);
    let full = |idx| {
        store
            .full_dto(idx, Some(&admin), Detail::Normal)
            .expect("profile")
    };
    let every_name: Vec<String> = match serde_json::to_value(full(4)).expect("json") {
        Value::Object(m) => m.keys().cloned().collect(),
        _ => unreachable!("a profile is an object"),
    };
    let mut selections: Vec<Vec<String>> = every_name.iter().map(|n| vec![n.clone()]).collect();
    selections.push(vec![
        "id".into(),
        "status".into(),
        "firstName".into(),
        "email".into(),
    ]);
    selections.push(vec!["createdBy.displayName".into(), "groups.name".into()]);
    selections.push(vec![String::new()]);
    for names in selections {
        let fields = Fields::of(names.iter().map(String::as_str));
        let want = Want::only(|n| fields.keeps_top(n));
        for idx in 0..8 {
            let part = store
                .profile(idx, Some(&admin), Detail::Normal, want)
                .expect("profile");
            assert_eq!(
                serde_json::to_value(Trimmed::response(&part, &fields)).expect("json"),
                serde_json::to_value(Trimmed::response(&full(idx), &fields)).expect("json"),
                "{names:?} user {idx}"
            );
        }
    }
}
