use super::super::test_support::*;
use super::*;

#[test]
fn single_delete_needs_a_terminated_user_then_404() {
    let mut s = small();
    let owner = viewer(&s, 1);
    assert_eq!(
        s.delete_one(&owner, &id(4).to_string()),
        Err(Refusal::InvalidOperation(
            "The user is not suspended".into()
        ))
    );
    let d = s.delete_one(&owner, &id(6).to_string()).expect("deleted");
    assert_eq!(d.id, id(6));
    assert_eq!(s.index_of(id(6)), None);
    assert_eq!(
        s.delete_one(&owner, &id(6).to_string()),
        Err(Refusal::user_not_found())
    );
    assert_eq!(s.delete_one(&owner, "owner"), Err(Refusal::AccessDenied));
    let ra = viewer(&s, 3);
    assert_eq!(
        s.delete_one(&ra, &id(7).to_string()),
        Err(Refusal::AccessDenied)
    );
}

#[test]
fn admins_are_deleted_by_the_owner_only() {
    let mut s = small();
    let owner = viewer(&s, 1);
    s.set_status(&owner, EmployeeStatus::Terminated, &[id(2)])
        .expect("terminated");
    s.insert(crate::model::User::new(
        id(20),
        "Al",
        "",
        "al@x.test",
        Role::Admin,
    ));
    let other_admin = viewer(&s, 20);
    assert_eq!(
        s.delete_one(&other_admin, &id(2).to_string()),
        Err(Refusal::AccessDenied)
    );
    assert!(s.delete_one(&owner, &id(2).to_string()).is_ok());
}

#[test]
fn bulk_drops_unknown_refuses_active_and_echoes_skipped() {
    let mut s = small();
    let owner = viewer(&s, 1);
    assert_eq!(
        s.delete_many(&owner, &[id(6), id(4)]),
        Err(Refusal::InvalidOperation("Users are not suspended".into()))
    );
    assert!(s.index_of(id(6)).is_some(), "nothing deleted");
    s.insert(crate::model::User::new(
        id(21),
        "Ra",
        "",
        "ra@x.test",
        Role::RoomAdmin,
    ));
    let ra = viewer(&s, 21);
    let out = s.delete_many(&ra, &[id(6), id(7), id(404)]).expect("ok");
    let got: Vec<Uuid> = out.iter().map(|u| u.id).collect();
    assert_eq!(got, vec![id(6), id(7)]);
    assert_eq!(s.index_of(id(6)), None, "user deleted");
    assert!(
        s.index_of(id(7)).is_some(),
        "room admin skipped for a room-admin caller"
    );
}
