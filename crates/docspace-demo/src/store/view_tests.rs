use super::super::test_support::*;
use super::*;
use docspace_api::dto::EmployeeType;

#[test]
fn nameless_invitee_shows_the_email_and_names_are_encoded() {
    let mut s = small();
    let idx = s.index_of(id(8)).expect("invitee");
    let d = s.full_dto(idx, None, Detail::Normal).expect("dto");
    assert_eq!(d.display_name.as_deref(), Some("invitee@demo.test"));
    assert_eq!(d.first_name.as_deref(), Some(""));
    let o = s.insert(User::new(
        id(60),
        "Seán",
        "O'Brien <x>",
        "sean@x.test",
        Role::User,
    ));
    let d = s.full_dto(o, None, Detail::Normal).expect("dto");
    assert_eq!(
        d.display_name.as_deref(),
        Some("Seán O&#39;Brien &lt;x&gt;")
    );
}

#[test]
fn omission_rules_depend_on_the_caller() {
    let s = small();
    let guest = s.index_of(id(5)).expect("guest");
    let admin = viewer(&s, 2);
    let d = s
        .full_dto(guest, Some(&admin), Detail::Normal)
        .expect("dto");
    assert_eq!(d.user_type(), Some(EmployeeType::Guest));
    assert!(d.created_by.is_some(), "admins see createdBy");
    assert_eq!(d.department.as_deref(), Some(""));
    assert!(d.groups.is_none() && d.contacts.is_none() && d.theme.is_none());
    assert!(d.used_space.is_some());
    let ra = viewer(&s, 3);
    let d = s.full_dto(guest, Some(&ra), Detail::Normal).expect("dto");
    assert!(d.created_by.is_none() && d.used_space.is_none());
    let me = viewer(&s, 4);
    let d = s
        .full_dto(me.idx, Some(&me), Detail::OwnProfile { login_event_id: 5 })
        .expect("dto");
    assert_eq!(d.theme.as_deref(), Some("System"));
    assert_eq!(d.login_event_id, Some(5));
    assert_eq!(d.department.as_deref(), Some(""));
    let owner = s.full_dto(0, None, Detail::Normal).expect("dto");
    assert_eq!(owner.is_owner, Some(true));
    assert_eq!(owner.is_admin, Some(false));
    assert_eq!(owner.user_type(), Some(EmployeeType::DocSpaceAdmin));
}
