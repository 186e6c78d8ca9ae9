use super::*;
use crate::api::EmployeeFullDto;
use crate::api::EmployeeType::{DocSpaceAdmin, Guest, RoomAdmin, User};
use crate::fixtures;

#[test]
fn only_the_owner_makes_docspace_admins_and_only_admins_make_room_admins() {
    let owner: EmployeeFullDto = fixtures::user(1).owner().into();
    let admin: EmployeeFullDto = fixtures::user(2).admin().into();
    let user: EmployeeFullDto = fixtures::user(3).into();
    assert_eq!(refusal(&owner, EmployeeType::DocSpaceAdmin), None);
    assert!(refusal(&admin, EmployeeType::DocSpaceAdmin).is_some());
    assert_eq!(refusal(&admin, EmployeeType::RoomAdmin), None);
    assert!(refusal(&user, EmployeeType::RoomAdmin).is_some());
    assert!(refusal(&user, EmployeeType::User).is_some());
}

#[test]
fn guests_are_never_invited_to_the_portal() {
    let owner: EmployeeFullDto = fixtures::user(1).owner().into();
    assert!(invite_refusal(&owner, EmployeeType::Guest).is_some());
    assert_eq!(invite_refusal(&owner, EmployeeType::User), None);
}

#[test]
fn downgrades_to_user_or_guest_run_the_job_and_the_rest_is_direct() {
    use EmployeeType::*;
    assert_eq!(type_change(RoomAdmin, User), TypeChange::Job);
    assert_eq!(type_change(DocSpaceAdmin, Guest), TypeChange::Job);
    assert_eq!(type_change(User, RoomAdmin), TypeChange::Direct);
    assert_eq!(type_change(DocSpaceAdmin, RoomAdmin), TypeChange::Direct);
    assert_eq!(type_change(User, User), TypeChange::Same);
}

#[test]
fn the_owner_gives_every_type_an_admin_all_but_admin_a_user_none() {
    let owner: EmployeeFullDto = fixtures::user(1).owner().into();
    let admin: EmployeeFullDto = fixtures::user(2).admin().into();
    let user: EmployeeFullDto = fixtures::user(3).into();
    assert_eq!(
        types_caller_may_give(Some(&owner)),
        vec![DocSpaceAdmin, RoomAdmin, User, Guest]
    );
    assert_eq!(
        types_caller_may_give(Some(&admin)),
        vec![RoomAdmin, User, Guest]
    );
    assert!(types_caller_may_give(Some(&user)).is_empty());
    assert!(types_caller_may_give(None).is_empty());
    assert_eq!(
        invite_types(Some(&owner)),
        vec![User, RoomAdmin, DocSpaceAdmin]
    );
    assert_eq!(invite_types(Some(&admin)), vec![User, RoomAdmin]);
    assert!(invite_types(Some(&user)).is_empty());
}

#[test]
fn downgrades_and_room_handovers() {
    use super::{TypeChange, type_change};
    assert_eq!(type_change(RoomAdmin, User), TypeChange::Job);
    assert_eq!(type_change(User, Guest), TypeChange::Job);
    assert_eq!(type_change(Guest, User), TypeChange::Direct);
    assert_eq!(type_change(User, User), TypeChange::Same);
    // An admin made a room admin is no job: the portal's PUT does it.
    assert_eq!(type_change(DocSpaceAdmin, RoomAdmin), TypeChange::Direct);
    assert!(hands_rooms_over(RoomAdmin, User));
    assert!(hands_rooms_over(DocSpaceAdmin, Guest));
    assert!(!hands_rooms_over(User, Guest));
    assert!(!hands_rooms_over(DocSpaceAdmin, RoomAdmin));
}
