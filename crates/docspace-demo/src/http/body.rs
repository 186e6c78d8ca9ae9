//! JSON request bodies: property names match in any case; unreadable bodies are
//! model-validation errors.

use std::borrow::Cow;

use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use crate::store::Refusal;

/// Parses `bytes` as `T`, renaming top-level keys that match one of `fields` in another
/// case to that spelling first.
pub(super) fn json_body<T: DeserializeOwned>(bytes: &[u8], fields: &[&str]) -> Result<T, Refusal> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Refusal::validation(
            "",
            "A non-empty request body is required.",
        ));
    }
    // Most bodies spell every property as declared: read those directly.
    if keys_as_declared(bytes, fields)
        && let Ok(direct) = serde_json::from_slice::<T>(bytes)
    {
        return Ok(direct);
    }
    let mut value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| Refusal::validation("$", format!("The JSON value could not be read: {e}")))?;
    if let serde_json::Value::Object(map) = &mut value {
        let keys: Vec<String> = map.keys().cloned().collect();
        for k in keys {
            if let Some(canon) = fields
                .iter()
                .find(|f| f.eq_ignore_ascii_case(&k) && **f != k)
                && let Some(v) = map.remove(&k)
            {
                map.insert((*canon).to_string(), v);
            }
        }
    }
    serde_json::from_value(value).map_err(|e| {
        Refusal::validation("$", format!("The JSON value could not be converted: {e}"))
    })
}

/// Whether `bytes` is a JSON object none of whose keys is one of `fields` in another
/// case (read without building the document).
fn keys_as_declared(bytes: &[u8], fields: &[&str]) -> bool {
    struct Keys<'f>(&'f [&'f str]);
    impl<'de> DeserializeSeed<'de> for Keys<'_> {
        type Value = bool;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
            d.deserialize_map(self)
        }
    }
    impl<'de> Visitor<'de> for Keys<'_> {
        type Value = bool;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
            let mut declared = true;
            while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                map.next_value::<IgnoredAny>()?;
                declared &= !self
                    .0
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(&key) && **f != *key);
            }
            Ok(declared)
        }
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    Keys(fields).deserialize(&mut de).unwrap_or(false)
}

#[cfg(test)]
#[path = "body_tests.rs"]
mod tests;
