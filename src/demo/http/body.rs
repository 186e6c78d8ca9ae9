//! JSON request bodies: property names match in any case; unreadable bodies are
//! model-validation errors.

use serde::de::DeserializeOwned;

use crate::demo::store::Refusal;

/// Parses `bytes` as `T`, renaming top-level keys that match one of `fields` in another
/// case to that spelling first.
pub fn json_body<T: DeserializeOwned>(bytes: &[u8], fields: &[&str]) -> Result<T, Refusal> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Refusal::validation(
            "",
            "A non-empty request body is required.",
        ));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::dto::UpdateMembersRequestDto;

    #[test]
    fn keys_match_in_any_case_and_bad_bodies_are_validation_errors() {
        let b: UpdateMembersRequestDto = json_body(
            br#"{"USERIDS":["00000000-0000-0000-0000-000000000001"]}"#,
            &["userIds", "resendAll"],
        )
        .expect("parsed");
        assert_eq!(b.user_ids.map(|v| v.len()), Some(1));
        let bad = json_body::<UpdateMembersRequestDto>(br#"{"userIds":["nope"]}"#, &["userIds"]);
        assert!(bad.is_err_and(|e| e.is_validation()));
        assert!(json_body::<UpdateMembersRequestDto>(b"", &[]).is_err_and(|e| e.is_validation()));
        assert!(json_body::<UpdateMembersRequestDto>(b"{", &[]).is_err_and(|e| e.is_validation()));
    }
}
