use uuid::Uuid;

use super::*;
use crate::api::dto::{EmployeeDto, GroupSummaryDto};

fn group(n: u128, name: &str) -> GroupSummaryDto {
    GroupSummaryDto {
        id: Uuid::from_u128(n),
        name: Some(name.into()),
        manager: None,
        is_system: None,
    }
}

#[test]
fn every_column_of_a_full_profile() {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(1));
    u.first_name = Some("Ann".into());
    u.last_name = Some("Lee".into());
    u.email = Some("ann@example.org".into());
    u.is_room_admin = Some(true);
    u.status = Some(crate::api::EmployeeStatus::Pending);
    u.department = Some("R&amp;D".into());
    u.groups = Some(vec![group(2, "Sales"), group(3, "Q&amp;A")]);
    u.registration_date = Some("2024-03-05T23:15:00.0000000+01:00".into());
    u.used_space = Some(1_610_612_736.0);
    u.quota_limit = Some(-1);
    u.is_sso = Some(false);
    u.is_ldap = Some(true);
    u.created_by = Some(EmployeeDto {
        id: Uuid::from_u128(9),
        display_name: Some("Portal &amp; Owner".into()),
        avatar: None,
        avatar_original: None,
        avatar_max: None,
        avatar_medium: None,
        avatar_small: None,
        profile_url: None,
        has_avatar: None,
        is_anonim: None,
    });
    let cells: Vec<String> = Column::ALL.iter().map(|c| cell(&u, *c)).collect();
    assert_eq!(
        cells,
        [
            "Ann Lee",
            "ann@example.org",
            "Room admin",
            "pending",
            "R&D",
            "Sales, Q&A",
            "2024-03-05",
            "1.5 GB / no limit",
            "LDAP",
            "Portal & Owner",
        ]
    );
}

#[test]
fn an_absent_field_is_an_empty_cell_and_server_text_is_sanitised() {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(1));
    for c in [
        Column::Department,
        Column::Groups,
        Column::Registered,
        Column::Space,
        Column::LoginType,
        Column::Inviter,
    ] {
        assert_eq!(cell(&u, c), "", "{c:?}");
    }
    u.department = Some("Evil\u{1b}[31m".into());
    u.groups = Some(vec![group(2, "Bad\u{202e}")]);
    u.registration_date = Some("not a date\u{7}".into());
    for c in [Column::Department, Column::Groups, Column::Registered] {
        let text = cell(&u, c);
        assert!(
            !text.chars().any(|ch| ch.is_control() || ch == '\u{202e}'),
            "{c:?}: {text:?}"
        );
    }
    u.is_sso = Some(false);
    assert_eq!(cell(&u, Column::LoginType), "standard");
    u.is_sso = Some(true);
    assert_eq!(cell(&u, Column::LoginType), "SSO");
}
