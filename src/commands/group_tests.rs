use super::*;

fn group(n: u128, name: &str) -> GroupDto {
    GroupDto {
        id: Uuid::from_u128(n),
        name: Some(name.into()),
        parent: None,
        category: None,
        is_ldap: None,
        is_system: None,
        manager: None,
        members_count: None,
    }
}

fn portal() -> Vec<GroupDto> {
    vec![
        group(1, "Sales"),
        group(2, "R&amp;D"),
        group(3, "Marketing"),
        group(4, "Support"),
        group(5, "support"),
    ]
}

#[test]
fn a_name_finds_its_one_group_without_regard_to_case_or_entities() {
    assert_eq!(by_name("sales", &portal()), Ok(Uuid::from_u128(1)));
    assert_eq!(by_name(" R&D ", &portal()), Ok(Uuid::from_u128(2)));
}

#[test]
fn an_unknown_name_is_refused_with_close_matches() {
    let err = by_name("Marketting", &portal()).expect_err("unknown");
    assert!(err.contains("no group named \"Marketting\""), "{err}");
    assert!(err.contains("\"Marketing\""), "{err}");
    assert!(!err.contains("Sales"), "{err}");
    let err = by_name("Finance", &portal()).expect_err("unknown");
    assert!(err.contains("none of the portal's 5 groups"), "{err}");
}

#[test]
fn an_ambiguous_name_is_refused_listing_the_groups() {
    let err = by_name("SUPPORT", &portal()).expect_err("two of them");
    assert!(err.starts_with("2 groups are named"), "{err}");
    assert!(err.contains(&Uuid::from_u128(4).to_string()), "{err}");
    assert!(err.contains(&Uuid::from_u128(5).to_string()), "{err}");
}

#[test]
fn server_text_in_a_refusal_is_sanitised() {
    let groups = vec![group(9, "Evil\u{1b}group")];
    let err = by_name("Evil group", &groups).expect_err("no exact match");
    assert!(err.contains("close matches: \"Evil\\x1bgroup\""), "{err}");
    assert!(!err.contains('\u{1b}'), "{err}");
}
