use uuid::Uuid;

use super::*;
use crate::api::EmployeeFullDto;
use crate::fixtures;

fn holdings() -> Holdings {
    Holdings {
        rooms: ["Sales", "Design", "Board", "Archive"]
            .iter()
            .map(|t| RoomHeld {
                title: (*t).to_string(),
                bytes: 512 * 1024 * 1024,
            })
            .collect(),
        used_bytes: 300 * 1024 * 1024,
        must_reassign: true,
    }
}

#[test]
fn the_plan_names_every_step_with_the_rooms_and_sizes() {
    let h = holdings();
    let words = plan_words(Steps::of(false, &h), &h, "Ann Lee", str::to_string);
    assert_eq!(
        words,
        "terminate; hand 4 rooms (2.0 GB: Sales, Design, Board, +1 more) to Ann Lee; \
         delete; remove their files (300.0 MB)"
    );
}

#[test]
fn a_terminated_user_without_rooms_is_only_deleted() {
    let h = Holdings {
        used_bytes: 0,
        ..Holdings::default()
    };
    let steps = Steps::of(true, &h);
    assert_eq!(
        steps,
        Steps {
            terminate: false,
            reassign: false
        }
    );
    assert_eq!(
        plan_words(steps, &h, "Ann", str::to_string),
        "already terminated; no rooms to hand over; delete; remove their files (0 B)"
    );
}

#[test]
fn room_titles_go_through_the_caller_s_sanitiser() {
    let h = holdings();
    let w = h.rooms_words(|t| t.to_uppercase());
    assert!(w.contains("SALES, DESIGN"), "{w}");
}

#[test]
fn the_owner_self_the_heir_and_ldap_accounts_are_refused() {
    let me: EmployeeFullDto = fixtures::user(1).into();
    let owner: EmployeeFullDto = fixtures::user(2).owner().into();
    let plain: EmployeeFullDto = fixtures::user(3).into();
    assert_eq!(refusal(&owner, &me, Uuid::nil()), Some(Refused::Owner));
    assert_eq!(refusal(&me, &me, Uuid::nil()), Some(Refused::Yourself));
    assert_eq!(refusal(&plain, &me, plain.id), Some(Refused::Heir));
    assert_eq!(refusal(&plain, &me, Uuid::nil()), None);
    let mut ldap = plain.clone();
    ldap.is_ldap = Some(true);
    assert_eq!(refusal(&ldap, &me, Uuid::nil()), Some(Refused::Ldap));
}

#[test]
fn only_active_admins_and_room_admins_receive_rooms() {
    let mut room_admin: EmployeeFullDto = fixtures::user(4).into();
    room_admin.is_collaborator = None;
    room_admin.is_room_admin = Some(true);
    assert!(may_receive_rooms(&room_admin));
    assert!(!may_receive_rooms(&fixtures::user(5).into()));
    room_admin.status = Some(crate::api::EmployeeStatus::Terminated);
    assert!(!may_receive_rooms(&room_admin));
}
