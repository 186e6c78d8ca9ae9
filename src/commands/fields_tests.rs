use uuid::Uuid;

use super::*;
use crate::api::EmployeeStatus;
use crate::api::dto::GroupSummaryDto;
use crate::commands::output::UserRecord;

fn owner() -> EmployeeFullDto {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(1));
    u.first_name = Some("Olga".into());
    u.last_name = Some("Owner".into());
    u.display_name = Some("Olga &amp; Co".into());
    u.email = Some("olga@example.com".into());
    u.status = Some(EmployeeStatus::Active);
    u.is_owner = Some(true);
    u.is_admin = Some(false);
    u.department = Some("R&amp;D".into());
    u.groups = Some(vec![GroupSummaryDto {
        id: Uuid::from_u128(9),
        name: Some("R&amp;D".into()),
        manager: None,
        is_system: None,
    }]);
    u.is_ldap = Some(false);
    u
}

#[test]
fn the_default_fields_are_the_documented_record() {
    let u = owner();
    let from_fields: serde_json::Map<String, Value> = data_default()
        .iter()
        .map(|f| (f.name.to_string(), f.data(&u)))
        .collect();
    let record = serde_json::to_value(UserRecord::of(&u)).expect("record");
    assert_eq!(Value::Object(from_fields), record);
}

#[test]
fn server_entities_are_decoded_for_scripts_and_people() {
    let u = owner();
    let f = |n: &str| find(n).expect("a field");
    assert_eq!(f("department").data(&u), json!("R&D"));
    assert_eq!(f("displayName").csv(&u), "Olga & Co");
    assert_eq!(f("groups").data(&u), json!(["R&D"]));
    assert_eq!(f("groups").people(&u).as_deref(), Some("R&D"));
}

#[test]
fn people_read_labels_and_scripts_read_machine_names() {
    let u = owner();
    let f = |n: &str| find(n).expect("a field");
    assert_eq!(f("type").data(&u), json!("docspace-admin"));
    assert_eq!(f("type").people(&u).as_deref(), Some("Owner"));
    assert_eq!(f("isAdmin").people(&u).as_deref(), Some("yes"));
    assert_eq!(f("isLDAP").csv(&u), "false");
    assert_eq!(f("status").people(&u).as_deref(), Some("active"));
    assert_eq!(f("notes").people(&u), None);
    assert_eq!(f("notes").data(&u), Value::Null);
}

#[test]
fn fields_parse_in_order_and_ask_the_portal_for_what_they_need() {
    let picked = parse("Email, id,type,email").expect("known");
    let names: Vec<&str> = picked.iter().map(|f| f.name).collect();
    assert_eq!(names, ["email", "id", "type"]);
    assert_eq!(
        wire(&picked),
        [
            "email",
            "isOwner",
            "isAdmin",
            "isRoomAdmin",
            "isVisitor",
            "isCollaborator"
        ]
    );
    let err = parse("id,shoeSize").expect_err("unknown");
    assert!(
        err.contains("\"shoeSize\"") && err.contains("registrationDate"),
        "{err}"
    );
    assert!(parse(" , ").is_err());
}
