use super::super::outbox::{MailKind, SentMail};
use super::super::test_support::*;
use super::*;
use docspace_api::admin::UserInvitation;

fn req(list: &[(&str, EmployeeType)]) -> InviteUsersRequestDto {
    InviteUsersRequestDto {
        invitations: Some(
            list.iter()
                .map(|(e, k)| UserInvitation::new(*e, *k))
                .collect(),
        ),
        culture: Some("de-DE".into()),
    }
}

#[test]
fn an_invitation_creates_a_pending_nameless_user_and_mails_it() {
    // UserManagerWrapper.cs lines 121-131.
    let mut s = small();
    let ra = viewer(&s, 3);
    let shown = s
        .invite(&ra, &req(&[("New.Person@Example.com", EmployeeType::User)]))
        .expect("invited");
    let idx = s.index_of_email("new.person@example.com").expect("created");
    let u = s.user(idx).expect("user");
    assert_eq!(
        (u.status, u.activation),
        (EmployeeStatus::Pending, ActivationStatus::Pending)
    );
    assert!(u.is_nameless());
    assert_eq!(
        (u.role, u.created_by, u.culture.as_deref()),
        (Role::User, Some(id(3)), Some("de-DE"))
    );
    assert_eq!(
        s.outbox(),
        [SentMail {
            to: "New.Person@Example.com".into(),
            kind: MailKind::Invitation(EmployeeType::User)
        }]
    );
    // UserController.cs lines 512-524: every pending user the caller sees, not only this batch.
    assert!(shown.contains(&idx));
    let invitee = s.index_of(id(8)).expect("seeded invitee");
    assert!(shown.contains(&invitee));
}

#[test]
fn callers_may_give_only_the_types_the_server_lets_them() {
    // UserController.cs lines 444-447 and 470-476.
    let mut s = small();
    let user = viewer(&s, 4);
    assert_eq!(
        s.invite(&user, &req(&[("x@example.com", EmployeeType::User)])),
        Err(Refusal::AccessDenied)
    );
    let ra = viewer(&s, 3);
    for kind in [
        EmployeeType::Guest,
        EmployeeType::RoomAdmin,
        EmployeeType::DocSpaceAdmin,
    ] {
        assert_eq!(
            s.invite(&ra, &req(&[("x@example.com", kind)])),
            Err(Refusal::AccessDenied),
            "{kind:?}"
        );
    }
    let admin = viewer(&s, 2);
    assert_eq!(
        s.invite(
            &admin,
            &req(&[("x@example.com", EmployeeType::DocSpaceAdmin)])
        ),
        Err(Refusal::AccessDenied)
    );
    assert!(
        s.invite(&admin, &req(&[("x@example.com", EmployeeType::RoomAdmin)]))
            .is_ok()
    );
}

#[test]
fn addresses_are_checked_twice_and_processing_stops_at_the_first_refusal() {
    let mut s = small();
    let owner = viewer(&s, 1);
    let invalid = s.invite(&owner, &req(&[("no-at-sign", EmployeeType::User)]));
    assert_eq!(
        invalid,
        Err(Refusal::validation(
            "Invitations[0].Email",
            "The Email field is not a valid e-mail address."
        ))
    );
    // Passes [EmailAddress], fails the strict pattern (StringExtension.cs line 38):
    // the first address is already invited when the second is refused.
    let partial = s.invite(
        &owner,
        &req(&[
            ("first@example.com", EmployeeType::User),
            ("a@b", EmployeeType::User),
        ]),
    );
    assert_eq!(partial, Err(Refusal::Argument("Incorrect email".into())));
    assert!(s.index_of_email("first@example.com").is_some());
    assert_eq!(
        s.invite(
            &owner,
            &req(&[("a@xn--80ak6aa92e.com", EmployeeType::User)])
        ),
        Err(Refusal::Argument("Incorrect email".into()))
    );
    assert_eq!(
        s.invite(&owner, &InviteUsersRequestDto::default()),
        Err(Refusal::validation(
            "Invitations",
            "The Invitations field is required."
        ))
    );
}

#[test]
fn existing_addresses_are_refused_when_terminated_and_raised_otherwise() {
    // UserController.cs lines 478-499.
    let mut s = small();
    let owner = viewer(&s, 1);
    assert_eq!(
        s.invite(
            &owner,
            &req(&[("Terminated@demo.test", EmployeeType::User)])
        ),
        Err(Refusal::Argument(
            "User disabled: Terminated@demo.test".into()
        ))
    );
    s.invite(
        &owner,
        &req(&[("guest@demo.test", EmployeeType::RoomAdmin)]),
    )
    .expect("raised");
    let guest = s.index_of(id(5)).expect("guest");
    assert_eq!(s.user(guest).map(|u| u.role), Some(Role::RoomAdmin));
    s.invite(&owner, &req(&[("admin@demo.test", EmployeeType::User)]))
        .expect("never lowered");
    let admin = s.index_of(id(2)).expect("admin");
    assert_eq!(s.user(admin).map(|u| u.role), Some(Role::Admin));
    assert!(s.outbox().is_empty(), "no mail to registered addresses");
}

#[test]
fn paid_invitations_are_counted_against_the_seats_first() {
    // UserController.cs lines 449-461 and Resource.resx TariffsFeature_usersQuotaExceeds_exception.
    let mut s = small();
    let owner = viewer(&s, 1);
    let used = s.seat_usage().paid_used;
    s.set_seat_limits(Some(used + 1), None);
    let r = s.invite(
        &owner,
        &req(&[
            ("a@example.com", EmployeeType::RoomAdmin),
            ("b@example.com", EmployeeType::DocSpaceAdmin),
        ]),
    );
    assert_eq!(
        r,
        Err(Refusal::Quota(
            "The number of admins exceeds the limit: 2/1.".into()
        ))
    );
    assert!(
        s.index_of_email("a@example.com").is_none(),
        "checked before any is created"
    );
}

#[test]
fn resend_skips_active_and_terminated_users_but_lists_them() {
    // UserController.cs lines 1448-1453 and 1501-1507.
    let mut s = small();
    let admin = viewer(&s, 2);
    let ids = [id(8), id(4), id(6)];
    let listed = s
        .resend_invites(
            &admin,
            &UpdateMembersRequestDto {
                user_ids: Some(ids.to_vec()),
                resend_all: false,
            },
        )
        .expect("resent");
    assert_eq!(listed.len(), 3);
    assert_eq!(
        s.outbox(),
        [SentMail {
            to: "invitee@demo.test".into(),
            kind: MailKind::Invitation(EmployeeType::User)
        }]
    );
}

#[test]
fn users_and_guests_may_resend_only_their_own() {
    // UserController.cs lines 1422-1438.
    let mut s = small();
    let user = viewer(&s, 4);
    let all = UpdateMembersRequestDto {
        user_ids: None,
        resend_all: true,
    };
    assert_eq!(s.resend_invites(&user, &all), Err(Refusal::AccessDenied));
    let other = UpdateMembersRequestDto {
        user_ids: Some(vec![id(8)]),
        resend_all: false,
    };
    assert_eq!(s.resend_invites(&user, &other), Err(Refusal::AccessDenied));
    let own = UpdateMembersRequestDto {
        user_ids: Some(vec![id(4)]),
        resend_all: false,
    };
    assert_eq!(s.resend_invites(&user, &own).map(|v| v.len()), Ok(1));
    let owner = viewer(&s, 1);
    let everyone = s.resend_invites(&owner, &all).expect("all");
    assert!(everyone.contains(&s.index_of(id(8)).expect("invitee")));
}
