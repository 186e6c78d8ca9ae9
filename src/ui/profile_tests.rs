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
