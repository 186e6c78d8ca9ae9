use super::*;

#[test]
fn a_create_keeps_no_password_and_unknown_kinds_still_read() {
    let body = MemberRequestDto {
        email: Some(" ann@example.com ".into()),
        first_name: Some("Ann".into()),
        last_name: Some("Lee".into()),
        kind: Some(EmployeeType::RoomAdmin),
        password: Some("s3cret-Pass!".into()),
        ..MemberRequestDto::default()
    };
    let op = Operation::create(&body);
    let json = serde_json::to_string(&op).expect("json");
    assert_eq!(
        json,
        r#"{"op":"create","email":"ann@example.com","firstName":"Ann","lastName":"Lee","type":"RoomAdmin"}"#
    );
    assert!(!json.contains("s3cret"));
    assert_eq!(op.new_user_name(), "Ann Lee");
    let later: Operation =
        serde_json::from_str(r#"{"op":"changeType","to":"Guest"}"#).expect("read");
    assert_eq!(later, Operation::Unknown);
    let del: Operation = serde_json::from_str(r#"{"op":"delete"}"#).expect("read");
    assert_eq!(del, Operation::Delete);
}
