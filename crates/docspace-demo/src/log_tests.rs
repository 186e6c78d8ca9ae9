use super::*;

#[test]
fn user_ids_are_read_from_any_key_case() {
    let id = Uuid::from_u128(7);
    let body = format!(
        r#"{{"resendAll":false,"UserIDs":["{id}","junk",7,null,[1],{{"a":"{id}"}},"{id}"]}}"#
    );
    assert_eq!(user_ids_in(body.as_bytes()), vec![id, id]);
    let escaped = format!(r#"{{"userIds":["\u0030{}"]}}"#, &id.to_string()[1..]);
    assert_eq!(user_ids_in(escaped.as_bytes()), vec![id]);
    for junk in [
        &b"not json"[..],
        b"[]",
        b"{\"userIds\":null}",
        b"{\"userIds\":\"x\"}",
        b"{\"userIds\":{\"a\":1}}",
        b"",
    ] {
        assert!(user_ids_in(junk).is_empty());
    }
}

#[test]
fn the_log_is_bounded() {
    let mut log = RequestLog::default();
    for i in 0..LOG_CAPACITY + 5 {
        log.push(LoggedRequest {
            method: "GET".into(),
            path: format!("/{i}"),
            query: None,
            status: 200,
            user_ids: vec![],
            fault: None,
        });
    }
    let e = log.entries();
    assert_eq!(e.len(), LOG_CAPACITY);
    assert_eq!(e[0].path, "/5");
}
