use super::super::test_support::*;
use super::*;

fn req(first: &str, last: &str, email: &str, kind: Option<EmployeeType>) -> MemberRequestDto {
    MemberRequestDto {
        email: Some(email.into()),
        first_name: Some(first.into()),
        last_name: Some(last.into()),
        kind,
        ..MemberRequestDto::default()
    }
}

#[test]
fn name_rule_matches_the_server_regex() {
    for ok in [
        "Anna",
        "Jean-Luc",
        "O'Brien",
        "Mary Ann",
        "Zoë",
        "प्रिया",
        "王",
        "Ёлка",
    ] {
        assert!(valid_name(ok), "{ok}");
    }
    for bad in ["", "R2D2", "a.b", "Anna!", "x\u{1b}", "_", "a,b"] {
        assert!(!valid_name(bad), "{bad}");
    }
}

#[test]
fn email_shapes() {
    assert!(valid_email("a.b+c@mail.example.com"));
    for bad in [
        "", "a", "a@", "@b.c", "a@b", "a@@b.c", "a b@c.d", "a@b..c", "a@-b.c",
    ] {
        assert!(!valid_email(bad), "{bad}");
    }
}

#[test]
fn creates_active_pending_activation_user() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let idx = s
        .create(
            &owner,
            &req("Nina", "", "nina@x.test", Some(EmployeeType::User)),
        )
        .expect("created");
    let u = s.user(idx).expect("user");
    assert_eq!(
        (u.status, u.activation),
        (EmployeeStatus::Active, ActivationStatus::Pending)
    );
    assert_eq!(u.user_name, "nina");
    assert_eq!(u.created_by, Some(owner.id));
    let again = s.create(&owner, &req("Nina", "", "NINA@x.test", None));
    assert_eq!(
        again,
        Err(Refusal::Argument(
            "User with this email is already registered".into()
        ))
    );
}

#[test]
fn refusals_for_names_types_and_callers() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let admin = viewer(&s, 2);
    let ra = viewer(&s, 3);
    let user = viewer(&s, 4);
    let bad = Refusal::Argument("Incorrect firstname or lastname".into());
    assert_eq!(
        s.create(&owner, &req("R2", "", "r@x.test", None)),
        Err(bad.clone())
    );
    assert_eq!(
        s.create(&owner, &req("Ann", "B4", "r@x.test", None)),
        Err(bad)
    );
    let guest = Some(EmployeeType::Guest);
    assert_eq!(
        s.create(&owner, &req("A", "", "g@x.test", guest)),
        Err(Refusal::AccessDenied)
    );
    let dsa = Some(EmployeeType::DocSpaceAdmin);
    assert_eq!(
        s.create(&admin, &req("A", "", "d@x.test", dsa)),
        Err(Refusal::AccessDenied)
    );
    assert!(s.create(&owner, &req("A", "", "d@x.test", dsa)).is_ok());
    let ram = Some(EmployeeType::RoomAdmin);
    assert_eq!(
        s.create(&ra, &req("A", "", "e@x.test", ram)),
        Err(Refusal::AccessDenied)
    );
    assert!(
        s.create(&ra, &req("A", "", "e@x.test", Some(EmployeeType::User)))
            .is_ok()
    );
    assert_eq!(
        s.create(&user, &req("A", "", "f@x.test", Some(EmployeeType::User))),
        Err(Refusal::AccessDenied)
    );
    let mut no_email = req("A", "", "x@x.test", None);
    no_email.email = None;
    assert_eq!(
        s.create(&owner, &no_email),
        Err(Refusal::NullArgument("email"))
    );
    assert!(
        s.create(&owner, &req("A", "", "not-an-email", None))
            .is_err_and(|e| e.is_validation())
    );
    let long = format!("{}@x.test", "a".repeat(300));
    assert!(
        s.create(&owner, &req("A", "", &long, None))
            .is_err_and(|e| e.is_validation())
    );
}

#[test]
fn omitted_type_is_room_admin_and_full_seats_downgrade_to_user() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let idx = s
        .create(&owner, &req("Ra", "", "ra2@x.test", None))
        .expect("ok");
    assert_eq!(s.user(idx).map(|u| u.role), Some(Role::RoomAdmin));
    let used = s.seat_usage().paid_used;
    s.set_seat_limits(Some(used), None);
    let idx = s
        .create(
            &owner,
            &req("Ra", "", "ra3@x.test", Some(EmployeeType::DocSpaceAdmin)),
        )
        .expect("ok");
    assert_eq!(s.user(idx).map(|u| u.role), Some(Role::User));
    let users = s.seat_usage().user_used;
    s.set_seat_limits(None, Some(users));
    assert_eq!(
        s.create(&owner, &req("Ra", "", "ra4@x.test", None)),
        Err(Refusal::Quota(format!(
            "The number of users should not exceed {users}"
        )))
    );
}
