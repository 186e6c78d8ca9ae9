use super::*;

#[test]
fn unknown_status_is_kept_not_fatal() {
    let s: EmployeeStatus = serde_json::from_str("9").expect("number");
    assert_eq!(s, EmployeeStatus::Other(9));
    assert_eq!(
        serde_json::to_string(&EmployeeStatus::Terminated).ok(),
        Some("2".into())
    );
}

#[test]
fn type_accepts_name_any_case_and_number() {
    let t: EmployeeType = serde_json::from_str("\"roomadmin\"").expect("name");
    assert_eq!(t, EmployeeType::RoomAdmin);
    let t: EmployeeType = serde_json::from_str("3").expect("number");
    assert_eq!(t, EmployeeType::DocSpaceAdmin);
    assert!(serde_json::from_str::<EmployeeType>("\"Boss\"").is_err());
}

#[test]
fn full_dto_omits_absent_fields_and_tolerates_unknown_ones() {
    let id = Uuid::nil();
    let mut u = EmployeeFullDto::bare(id);
    u.is_ldap = Some(false);
    let json = serde_json::to_value(&u).expect("serialise");
    assert_eq!(json, serde_json::json!({"id": id, "isLDAP": false}));
    let back: EmployeeFullDto = serde_json::from_value(serde_json::json!({
        "id": id, "isSSO": true, "somethingNew": [1, 2]
    }))
    .expect("tolerant");
    assert_eq!(back.is_sso, Some(true));
}

#[test]
fn type_is_derived_from_flags() {
    let mut u = EmployeeFullDto::bare(Uuid::nil());
    assert_eq!(u.user_type(), None);
    u.is_room_admin = Some(true);
    assert_eq!(u.user_type(), Some(EmployeeType::RoomAdmin));
    u.is_owner = Some(true);
    assert_eq!(u.user_type(), Some(EmployeeType::DocSpaceAdmin));
}

#[test]
fn a_login_answer_never_shows_its_token_in_debug() {
    let dto = AuthenticationTokenDto {
        token: Some("sess-canary-42".into()),
        tfa_key: Some("KEY-canary".into()),
        confirm_url: Some("https://p/confirm?key=canary".into()),
        ..AuthenticationTokenDto::default()
    };
    let shown = format!("{dto:?}");
    assert!(!shown.contains("canary"), "{shown}");
}
