use super::*;
use uuid::Uuid;

#[test]
fn absent_fields_are_left_out_and_present_ones_shown() {
    let mut u = EmployeeFullDto::bare(Uuid::nil());
    assert_eq!(fields(&u), vec![("ID", Uuid::nil().to_string())]);
    u.display_name = Some("Ann &amp; Bob".into());
    u.notes = Some("line\u{1b}[2J".into());
    u.is_ldap = Some(false);
    u.registration_date = Some("2025-06-01T15:30:00.0000000+03:00".into());
    u.quota_limit = Some(-1);
    let f = fields(&u);
    let get = |l: &str| f.iter().find(|(k, _)| *k == l).map(|(_, v)| v.as_str());
    assert_eq!(get("Display name"), Some("Ann & Bob"));
    assert_eq!(get("Notes"), Some("line\\x1b[2J"));
    assert_eq!(get("LDAP"), Some("no"));
    assert_eq!(get("Registered"), Some("2025-06-01 15:30 +03:00"));
    assert_eq!(get("Quota"), Some("no limit"));
}

#[test]
fn sizes_in_words() {
    assert_eq!(bytes(512.0), "512 B");
    assert_eq!(bytes(1536.0), "1.5 KB");
    assert_eq!(bytes(3.0 * 1024.0 * 1024.0 * 1024.0), "3.0 GB");
}

#[test]
fn the_phone_activation_is_said_in_words() {
    let mut u = EmployeeFullDto::bare(Uuid::nil());
    let phone = |u: &EmployeeFullDto| {
        fields(u)
            .into_iter()
            .find(|(k, _)| *k == "Phone activation")
            .map(|(_, v)| v)
    };
    u.mobile_phone_activation_status = Some(0);
    assert_eq!(phone(&u).as_deref(), Some("not activated"));
    u.mobile_phone_activation_status = Some(1);
    assert_eq!(phone(&u).as_deref(), Some("activated"));
    u.mobile_phone_activation_status = Some(7);
    assert_eq!(phone(&u).as_deref(), Some("7"));
}
