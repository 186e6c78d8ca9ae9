use super::{hands_rooms_over, invite_types, is_downgrade, types_caller_may_give};
use crate::api::EmployeeFullDto;
use crate::api::EmployeeType::{DocSpaceAdmin, Guest, RoomAdmin, User};
use crate::fixtures;

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
    assert!(is_downgrade(RoomAdmin, User));
    assert!(is_downgrade(User, Guest));
    assert!(!is_downgrade(Guest, User));
    assert!(!is_downgrade(User, User));
    assert!(hands_rooms_over(RoomAdmin, User));
    assert!(hands_rooms_over(DocSpaceAdmin, Guest));
    assert!(!hands_rooms_over(User, Guest));
    assert!(!hands_rooms_over(DocSpaceAdmin, RoomAdmin));
}
