use super::super::test_support::*;
use super::*;
use docspace_api::dto::Contact;

fn upd() -> UpdateMemberRequestDto {
    UpdateMemberRequestDto::default()
}

#[test]
fn on_someone_else_only_disable_and_is_user_apply() {
    // UserController.cs lines 1926-2033.
    let mut s = small();
    let admin = viewer(&s, 2);
    let req = UpdateMemberRequestDto {
        first_name: Some("Renamed".into()),
        location: Some("Oslo".into()),
        disable: Some(true),
        ..upd()
    };
    let idx = s
        .update_member(&admin, "user", &req)
        .expect("updated by user name");
    let u = s.user(idx).expect("user");
    assert_eq!(u.first_name, "Ursula", "names are the user's own to change");
    assert_eq!(u.location, "");
    assert_eq!(u.status, EmployeeStatus::Terminated);
    assert!(u.terminated.is_some(), "disable records the date");
    s.update_member(
        &admin,
        &id(4).to_string(),
        &UpdateMemberRequestDto {
            disable: Some(false),
            ..upd()
        },
    )
    .expect("re-enabled");
    let u = s.user(idx).expect("user");
    assert_eq!((u.status, u.terminated), (EmployeeStatus::Active, None));
}

#[test]
fn own_profile_changes_names_by_the_rule_and_other_fields() {
    let mut s = small();
    let me = viewer(&s, 4);
    let req = UpdateMemberRequestDto {
        first_name: Some("Ursel".into()),
        comment: Some("Back in May".into()),
        contacts: Some(vec![Contact {
            kind: Some("phone".into()),
            value: Some("+1".into()),
        }]),
        disable: Some(true),
        ..upd()
    };
    let idx = s
        .update_member(&me, "me-ignored", &req)
        .map_err(|e| e.to_string());
    assert_eq!(idx, Err("The user could not be found".into()));
    let idx = s
        .update_member(&me, &id(4).to_string(), &req)
        .expect("updated");
    let u = s.user(idx).expect("me");
    assert_eq!(
        (u.first_name.as_str(), u.notes.as_str()),
        ("Ursel", "Back in May")
    );
    assert_eq!(u.contacts.len(), 1);
    assert_eq!(
        u.status,
        EmployeeStatus::Active,
        "disable is ignored on oneself"
    );
    let bad = UpdateMemberRequestDto {
        last_name: Some("N0".into()),
        ..upd()
    };
    assert_eq!(
        s.update_member(&me, &id(4).to_string(), &bad),
        Err(Refusal::Argument("Incorrect firstname or lastname".into()))
    );
}

#[test]
fn the_owner_and_admins_are_protected() {
    let mut s = small();
    let admin = viewer(&s, 2);
    let owner = viewer(&s, 1);
    let ra = viewer(&s, 3);
    let off = UpdateMemberRequestDto {
        disable: Some(true),
        ..upd()
    };
    assert_eq!(
        s.update_member(&admin, &id(1).to_string(), &off),
        Err(Refusal::AccessDenied)
    );
    s.insert(crate::model::User::new(
        id(20),
        "Al",
        "Two",
        "al@demo.test",
        Role::Admin,
    ));
    assert_eq!(
        s.update_member(&admin, &id(20).to_string(), &off),
        Err(Refusal::AccessDenied)
    );
    assert!(s.update_member(&owner, &id(20).to_string(), &off).is_ok());
    assert_eq!(
        s.update_member(&ra, &id(4).to_string(), &off),
        Err(Refusal::AccessDenied)
    );
}

#[test]
fn is_user_moves_between_guest_and_room_admin_with_seat_checks() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let to_guest = UpdateMemberRequestDto {
        is_user: Some(true),
        ..upd()
    };
    let idx = s
        .update_member(&owner, &id(4).to_string(), &to_guest)
        .expect("guest");
    assert_eq!(s.user(idx).map(|u| u.role), Some(Role::Guest));
    let paid = s.seat_usage().paid_used;
    s.set_seat_limits(Some(paid), None);
    let back = UpdateMemberRequestDto {
        is_user: Some(false),
        ..upd()
    };
    let r = s.update_member(&owner, &id(4).to_string(), &back);
    assert!(matches!(r, Err(Refusal::Quota(_))), "{r:?}");
    s.set_seat_limits(Some(paid + 1), None);
    s.update_member(&owner, &id(4).to_string(), &back)
        .expect("room admin");
    assert_eq!(s.user(idx).map(|u| u.role), Some(Role::RoomAdmin));
    assert!(
        s.update_member(&owner, &id(2).to_string(), &to_guest)
            .is_ok()
    );
    assert_eq!(
        s.user(s.index_of(id(2)).expect("admin")).map(|u| u.role),
        Some(Role::Admin),
        "admins never become guests"
    );
}

#[test]
fn an_admin_changes_an_email_at_once_a_user_only_gets_instructions() {
    // UserController.cs lines 1640-1719.
    let mut s = small();
    let admin = viewer(&s, 2);
    let req = |user: u128, email: &str| EmailChangeRequestDto {
        user_id: Some(id(user).to_string()),
        email: Some(email.into()),
    };
    let msg = s
        .change_email(&admin, &req(4, "ursula.new@demo.test"))
        .expect("changed");
    assert_eq!(
        msg,
        "The email change instructions have been successfully sent"
    );
    let idx = s
        .index_of_email("ursula.new@demo.test")
        .expect("re-indexed");
    assert_eq!(
        s.user(idx).map(|u| u.activation),
        Some(ActivationStatus::NotActivated)
    );
    assert!(s.index_of_email("user@demo.test").is_none());
    let me = viewer(&s, 3);
    s.change_email(&me, &req(3, "rita.new@demo.test"))
        .expect("instructions");
    assert!(
        s.index_of_email("rita.new@demo.test").is_none(),
        "only mailed"
    );
    assert_eq!(s.outbox().len(), 2);
}

#[test]
fn email_change_refusals_come_in_the_server_order() {
    let mut s = small();
    let admin = viewer(&s, 2);
    let user = viewer(&s, 4);
    let req = |user: Option<&str>, email: &str| EmailChangeRequestDto {
        user_id: user.map(str::to_string),
        email: Some(email.into()),
    };
    let four = id(4).to_string();
    assert_eq!(
        s.change_email(&admin, &req(None, "x@demo.test")),
        Err(Refusal::NullArgument("UserId"))
    );
    assert_eq!(
        s.change_email(&admin, &req(Some(&four), "")),
        Err(Refusal::Argument("Email field is empty".into()))
    );
    assert_eq!(
        s.change_email(&admin, &req(Some(&four), "a@b")),
        Err(Refusal::Argument("Incorrect email".into()))
    );
    assert!(matches!(
        s.change_email(&admin, &req(Some(&four), "no-at")),
        Err(Refusal::Validation { .. })
    ));
    assert_eq!(
        s.change_email(&admin, &req(Some(&id(6).to_string()), "t@demo.test")),
        Err(Refusal::user_not_found()),
        "terminated users are not found"
    );
    assert_eq!(
        s.change_email(&user, &req(Some(&id(3).to_string()), "t@demo.test")),
        Err(Refusal::AccessDenied)
    );
    assert_eq!(
        s.change_email(&admin, &req(Some(&id(1).to_string()), "t@demo.test")),
        Err(Refusal::AccessDenied)
    );
    assert_eq!(
        s.change_email(&admin, &req(Some(&four), "USER@demo.test")),
        Err(Refusal::Argument(
            "User with this email is already registered".into()
        )),
        "even the user's own address"
    );
}
