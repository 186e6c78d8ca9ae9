use super::*;

#[test]
fn bodies_use_the_server_property_names() {
    let id = Uuid::from_u128(1);
    let start = StartReassignRequestDto {
        from_user_id: id,
        to_user_id: id,
        delete_profile: true,
    };
    assert_eq!(
        serde_json::to_value(&start).expect("json"),
        serde_json::json!({"fromUserId": id, "toUserId": id, "deleteProfile": true})
    );
    let downgrade = StartUpdateUserTypeDto {
        kind: Some(EmployeeType::User),
        user_id: id,
        reassign_user_id: None,
    };
    assert_eq!(
        serde_json::to_value(&downgrade).expect("json"),
        serde_json::json!({"type": "User", "userId": id})
    );
    let invite = InviteUsersRequestDto {
        invitations: Some(vec![UserInvitation::new(
            "a@example.com",
            EmployeeType::RoomAdmin,
        )]),
        culture: None,
    };
    assert_eq!(
        serde_json::to_value(&invite).expect("json"),
        serde_json::json!({"invitations": [{"email": "a@example.com", "type": "RoomAdmin"}]})
    );
}

#[test]
fn absent_properties_stay_absent() {
    let update = UpdateMemberRequestDto {
        disable: Some(true),
        ..UpdateMemberRequestDto::default()
    };
    assert_eq!(
        serde_json::to_value(&update).expect("json"),
        serde_json::json!({"disable": true})
    );
    let invite: InviteUsersRequestDto = serde_json::from_str("{}").expect("empty");
    assert_eq!(invite.invitations, None);
}

#[test]
fn a_missing_type_is_read_as_absent() {
    let inv: UserInvitation = serde_json::from_str(r#"{"email":"x@example.com"}"#).expect("inv");
    assert_eq!(inv.kind, None);
    let inv: UserInvitation =
        serde_json::from_str(r#"{"email":"x@example.com","type":4}"#).expect("inv");
    assert_eq!(inv.kind, Some(EmployeeType::User));
}
