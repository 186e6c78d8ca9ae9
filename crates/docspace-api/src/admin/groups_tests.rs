use super::*;

#[test]
fn members_sit_beside_the_group_fields() {
    let g: GroupMembersDto = serde_json::from_value(serde_json::json!({
        "id": "00000000-0000-0000-0000-000000000007", "name": "Design",
        "category": "00000000-0000-0000-0000-000000000000", "isLDAP": false,
        "manager": {"id": "00000000-0000-0000-0000-000000000002", "displayName": "Ann", "email": "a@x.org"},
        "members": [{"id": "00000000-0000-0000-0000-000000000002"}],
        "membersCount": 1
    }))
    .expect("group");
    assert_eq!(g.group.name.as_deref(), Some("Design"));
    assert_eq!(g.group.members_count, Some(1));
    assert_eq!(g.members.map(|m| m.len()), Some(1));
}
