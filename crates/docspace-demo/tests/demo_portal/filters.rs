//! The narrowing parameters of `/people/filter` (PEOPLE-API.md §6.1): each selects
//! exactly the users the server's rule picks, computed here from the portal's own state.
//!
//! Rules from DocSpace-server `products/ASC.People/Server/Api/UserController.cs`
//! (`GetByFilterAsync`, lines 2583-2710) and `common/ASC.Core.Common/Data/DbUserService.cs`
//! (`GetUserQueryForFilter`, lines 767-975), cited per test.

use std::collections::BTreeSet;

use uuid::Uuid;

use crate::common::Demo;
use docspace_api::dto::{EmployeeDto, EmployeeFullDto, EmployeeStatus, EmployeeType};

type Ids = BTreeSet<Uuid>;

/// The ids `/people/filter?{query}` lists for the owner, every page.
async fn listed(d: &Demo, query: &str) -> Ids {
    d.all_pages(query).await.0.iter().map(|u| u.id).collect()
}

async fn listed_as(d: &Demo, token: &str, query: &str) -> Ids {
    d.all_pages_as(token, query)
        .await
        .0
        .iter()
        .map(|u| u.id)
        .collect()
}

/// The users (admin view) `f` accepts.
fn expected(d: &Demo, f: impl Fn(&EmployeeFullDto) -> bool) -> Ids {
    d.find(f).iter().map(|u| u.id).collect()
}

fn is(kind: EmployeeType) -> impl Fn(&EmployeeFullDto) -> bool {
    move |u| u.user_type() == Some(kind)
}

fn in_group(u: &EmployeeFullDto, group: Uuid) -> bool {
    u.groups.iter().flatten().any(|g| g.id == group)
}

fn creator(u: &EmployeeFullDto) -> Option<Uuid> {
    u.created_by.as_ref().map(|c| c.id)
}

/// A department with members and people outside it.
fn some_department(d: &Demo) -> Uuid {
    let groups = d.portal().groups();
    let g = groups
        .iter()
        .find(|g| g.members_count.is_some_and(|n| n > 1))
        .expect("the seeded portal has a department with members");
    g.id
}

#[tokio::test]
async fn each_type_selects_exactly_its_users() {
    // UserController.cs lines 2690-2708: DocSpaceAdmin = the admin group (the owner is in
    // it), RoomAdmin = none of the type groups, User and Guest = their group.
    let d = Demo::start().await;
    for kind in EmployeeType::ALL_TYPES {
        let want = expected(&d, is(kind));
        assert!(!want.is_empty(), "{kind:?}");
        for value in [kind.code().to_string(), kind.name().to_uppercase()] {
            let got = listed(&d, &format!("employeeType={value}")).await;
            assert_eq!(got, want, "employeeType={value}");
        }
    }
}

#[tokio::test]
async fn employee_types_are_alternatives_and_employee_type_wins() {
    // UserController.cs lines 2610-2623.
    let d = Demo::start().await;
    let guests_and_users = expected(&d, |u| {
        is(EmployeeType::Guest)(u) || is(EmployeeType::User)(u)
    });
    assert_eq!(
        listed(&d, "employeeTypes=2&employeeTypes=User").await,
        guests_and_users
    );
    let admins = expected(&d, is(EmployeeType::DocSpaceAdmin));
    assert_eq!(
        listed(&d, "employeeType=3&employeeTypes=2&employeeTypes=4").await,
        admins
    );
    // All (0) and combinations of flags (5 = RoomAdmin, User) have no case in the switch:
    // they narrow nothing, and employeeType still silences employeeTypes.
    let everyone = expected(&d, |_| true);
    for q in [
        "employeeType=0&employeeTypes=2",
        "employeeType=5",
        "employeeTypes=2&employeeTypes=0",
    ] {
        assert_eq!(listed(&d, q).await, everyone, "{q}");
    }
}

#[tokio::test]
async fn employee_types_are_ignored_beside_other_group_conditions() {
    // DbUserService.cs lines 791-837: the employeeTypes alternatives only apply when no
    // include or exclude group exists, so a group or payments filter drops them.
    let d = Demo::start().await;
    let g = some_department(&d);
    let members = expected(&d, |u| in_group(u, g));
    assert!(members.iter().any(|id| {
        d.portal()
            .user(*id)
            .is_some_and(|u| u.user_type() != Some(EmployeeType::User))
    }));
    assert_eq!(
        listed(&d, &format!("groupId={g}&employeeTypes=4")).await,
        members
    );
    // With employeeType (single) the type does apply.
    let member_users = expected(&d, |u| in_group(u, g) && is(EmployeeType::User)(u));
    assert_eq!(
        listed(&d, &format!("groupId={g}&employeeType=4")).await,
        member_users
    );
}

#[tokio::test]
async fn group_membership_exclusion_and_users_in_no_group() {
    // UserController.cs lines 2598-2608 and DbUserService.cs lines 851-860.
    let d = Demo::start().await;
    let g = some_department(&d);
    let members = expected(&d, |u| in_group(u, g));
    assert_eq!(listed(&d, &format!("groupId={g}")).await, members);
    assert_eq!(
        listed(&d, &format!("groupId={g}&excludeGroup=true")).await,
        expected(&d, |u| !in_group(u, g))
    );
    assert_eq!(
        listed(&d, &format!("groupId={g}&excludeGroup=false")).await,
        members
    );
    let no_group = expected(&d, |u| u.groups.is_none());
    assert!(!no_group.is_empty());
    assert_eq!(listed(&d, "withoutGroup=true").await, no_group);
    // withoutGroup makes groupId irrelevant, even with excludeGroup.
    assert_eq!(
        listed(&d, &format!("withoutGroup=true&groupId={g}")).await,
        no_group
    );
    assert_eq!(
        listed(
            &d,
            &format!("withoutGroup=TRUE&groupId={g}&excludeGroup=true")
        )
        .await,
        no_group
    );
    assert_eq!(
        listed(&d, "withoutGroup=false").await,
        expected(&d, |_| true)
    );
    // An id that is no group holds nobody; the admin group's id holds the admins, whose
    // membership rows the filter reads (the owner's from registration,
    // common/ASC.Core.Common/HostedSolution.cs line 153).
    assert!(
        listed(
            &d,
            &format!(
                "groupId={}",
                Uuid::from_u128(0x5eed_0000_4000_8000_0000_0000_0000_0042)
            )
        )
        .await
        .is_empty()
    );
    assert_eq!(
        listed(&d, "groupId=cd84e66b-b803-40fc-99f9-b2969a54a1de").await,
        expected(&d, is(EmployeeType::DocSpaceAdmin))
    );
}

#[tokio::test]
async fn area_keeps_people_or_guests_and_drops_the_other_type_filters() {
    // DbUserService.cs lines 771-789; UserController.cs lines 2694-2706 skip the types
    // the area rules out.
    let d = Demo::start().await;
    let guests = expected(&d, is(EmployeeType::Guest));
    let people = expected(&d, |u| !is(EmployeeType::Guest)(u));
    assert_eq!(listed(&d, "area=2").await, guests);
    assert_eq!(listed(&d, "area=Guests&employeeType=1").await, guests);
    assert_eq!(
        listed(&d, "area=guests&employeeTypes=3&employeeTypes=4").await,
        guests
    );
    assert_eq!(listed(&d, "area=1").await, people);
    assert_eq!(listed(&d, "area=People&employeeType=2").await, people);
    assert_eq!(
        listed(&d, "area=people&employeeTypes=1&employeeTypes=4").await,
        expected(&d, |u| is(EmployeeType::RoomAdmin)(u)
            || is(EmployeeType::User)(u))
    );
    assert_eq!(listed(&d, "area=0").await, expected(&d, |_| true));
}

#[tokio::test]
async fn payments_split_paid_and_free_seats() {
    // UserController.cs lines 2625-2637: Paid = in neither the guest nor the user group.
    let d = Demo::start().await;
    let free = |u: &EmployeeFullDto| is(EmployeeType::Guest)(u) || is(EmployeeType::User)(u);
    assert_eq!(listed(&d, "payments=0").await, expected(&d, |u| !free(u)));
    assert_eq!(listed(&d, "payments=Free").await, expected(&d, free));
}

#[tokio::test]
async fn administrators_only() {
    // UserController.cs lines 2639-2650 (the demo portal has no module admins).
    let d = Demo::start().await;
    let admins = expected(&d, is(EmployeeType::DocSpaceAdmin));
    assert_eq!(listed(&d, "isAdministrator=true").await, admins);
    assert_eq!(
        listed(&d, "isAdministrator=false").await,
        expected(&d, |_| true)
    );
}

#[tokio::test]
async fn login_type_selects_ldap_sso_or_standard_accounts() {
    // DbUserService.cs lines 968-974: LDAP = has an LDAP SID, SSO = has an SSO name id.
    let d = Demo::start().await;
    let ldap = expected(&d, |u| u.is_ldap == Some(true));
    let sso = expected(&d, |u| u.is_sso == Some(true));
    assert!(!ldap.is_empty() && !sso.is_empty());
    assert_eq!(listed(&d, "accountLoginType=1").await, ldap);
    assert_eq!(listed(&d, "accountLoginType=SSO").await, sso);
    assert_eq!(
        listed(&d, "accountLoginType=standart").await,
        expected(&d, |u| u.is_ldap == Some(false) && u.is_sso == Some(false))
    );
}

#[tokio::test]
async fn quota_filter_counts_for_docspace_admins_only() {
    // DbUserService.cs lines 839-849.
    let d = Demo::start().await;
    let custom = expected(&d, |u| u.is_custom_quota == Some(true));
    assert!(!custom.is_empty());
    assert_eq!(listed(&d, "quotaFilter=2").await, custom);
    assert_eq!(
        listed(&d, "quotaFilter=Default").await,
        expected(&d, |u| u.is_custom_quota == Some(false))
    );
    assert_eq!(listed(&d, "quotaFilter=All").await, expected(&d, |_| true));
    let ra = d
        .portal()
        .token_for(d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id);
    assert_eq!(
        listed_as(&d, &ra, "quotaFilter=2").await,
        listed_as(&d, &ra, "").await
    );
}

#[tokio::test]
async fn inviter_and_invited_by_me() {
    // UserQueryHelper.FilterByInviter (common/ASC.Core.Common/Users/UserQueryHelper.cs
    // lines 38-51): invitedByMe=true wins, false narrows nothing, else inviterId.
    let d = Demo::start().await;
    let owner = d.portal().owner_id();
    let by_owner = expected(&d, |u| creator(u) == Some(owner));
    assert!(!by_owner.is_empty());
    assert_eq!(listed(&d, "invitedByMe=true").await, by_owner);
    assert_eq!(
        listed(&d, "invitedByMe=false").await,
        expected(&d, |_| true)
    );
    let ra = d
        .find(|u| u.status == Some(EmployeeStatus::Active) && is(EmployeeType::RoomAdmin)(u))
        .into_iter()
        .find(|ra| !expected(&d, |u| creator(u) == Some(ra.id)).is_empty())
        .expect("a room admin who invited someone");
    let by_ra = expected(&d, |u| creator(u) == Some(ra.id));
    assert_eq!(listed(&d, &format!("inviterId={}", ra.id)).await, by_ra);
    assert_eq!(
        listed(&d, &format!("invitedByMe=false&inviterId={}", ra.id)).await,
        by_ra
    );
    assert_eq!(
        listed(&d, &format!("invitedByMe=true&inviterId={}", ra.id)).await,
        by_owner
    );
    // The room admin's own token: what they invited (and may see).
    let token = d.portal().token_for(ra.id);
    let visible_by_ra = expected(&d, |u| {
        creator(u) == Some(ra.id) && u.status != Some(EmployeeStatus::Terminated)
    });
    assert_eq!(
        listed_as(&d, &token, "invitedByMe=true").await,
        visible_by_ra
    );
}

#[tokio::test]
async fn room_admins_keep_their_visibility() {
    // DbUserService.cs lines 862-889 (no terminated users unless the status has no case)
    // and 898-964 (guests only when related: invited by the caller).
    let d = Demo::start().await;
    let ra = d
        .find(|u| u.status == Some(EmployeeStatus::Active) && is(EmployeeType::RoomAdmin)(u))
        .into_iter()
        .find(|ra| {
            !d.find(|g| is(EmployeeType::Guest)(g) && creator(g) == Some(ra.id))
                .is_empty()
        })
        .expect("a room admin who invited a guest");
    let token = d.portal().token_for(ra.id);
    let related_or_not_guest =
        |u: &EmployeeFullDto| !is(EmployeeType::Guest)(u) || creator(u) == Some(ra.id);
    let not_terminated = |u: &EmployeeFullDto| u.status != Some(EmployeeStatus::Terminated);
    assert_eq!(
        listed_as(&d, &token, "").await,
        expected(&d, |u| not_terminated(u) && related_or_not_guest(u))
    );
    assert!(listed_as(&d, &token, "employeeStatus=2").await.is_empty());
    assert_eq!(
        listed_as(&d, &token, "employeeStatus=3").await,
        expected(&d, related_or_not_guest),
        "Active|Terminated has no case: terminated users show"
    );
    assert_eq!(
        listed_as(&d, &token, "area=guests").await,
        expected(&d, |u| {
            not_terminated(u) && is(EmployeeType::Guest)(u) && creator(u) == Some(ra.id)
        })
    );
    // area=People applies no relation rule: guests are excluded anyway.
    assert_eq!(
        listed_as(&d, &token, "area=people").await,
        expected(&d, |u| not_terminated(u) && !is(EmployeeType::Guest)(u))
    );
}

#[tokio::test]
async fn filters_combine_with_text_status_activation_paging_and_sorting() {
    let d = Demo::start().await;
    let g = some_department(&d);
    let q = format!("groupId={g}&employeeStatus=1&activationStatus=1&payments=1&filterValue=a");
    let want = expected(&d, |u| {
        in_group(u, g)
            && u.status == Some(EmployeeStatus::Active)
            && u.activation_status.map(|a| a.code()) == Some(1)
            && (is(EmployeeType::User)(u) || is(EmployeeType::Guest)(u))
            && [&u.first_name, &u.last_name, &u.email]
                .iter()
                .any(|t| t.as_deref().unwrap_or("").to_lowercase().contains('a'))
    });
    assert!(!want.is_empty());
    for sort in [
        "",
        "&sortBy=email&sortOrder=descending",
        "&sortBy=department",
    ] {
        let (users, total) = d.all_pages(&format!("{q}{sort}")).await;
        assert_eq!(total as usize, want.len());
        assert_eq!(users.iter().map(|u| u.id).collect::<Ids>(), want, "{sort}");
    }
    // The sort of a filtered list is the sort of the whole list, restricted.
    let (sorted, _) = d.all_pages("sortBy=email").await;
    let (filtered, _) = d.all_pages(&format!("{q}&sortBy=email")).await;
    let restricted: Vec<Uuid> = sorted
        .iter()
        .map(|u| u.id)
        .filter(|id| want.contains(id))
        .collect();
    assert_eq!(
        filtered.iter().map(|u| u.id).collect::<Vec<_>>(),
        restricted
    );
}

#[tokio::test]
async fn bad_values_are_refused_as_validation_problems() {
    // A value the model binder cannot bind fails the request with the validation problem
    // inside the success-shaped envelope (PEOPLE-API.md §3.3).
    let d = Demo::start().await;
    for (q, key, message) in [
        ("payments=7", "Payments", "The value '7' is invalid."),
        (
            "area=banana",
            "Area",
            "The value 'banana' is not valid for Area.",
        ),
        (
            "groupId=abc",
            "GroupId",
            "The value 'abc' is not valid for GroupId.",
        ),
        (
            "inviterId=12",
            "InviterId",
            "The value '12' is not valid for InviterId.",
        ),
        (
            "employeeType=8",
            "EmployeeType",
            "The value '8' is invalid.",
        ),
        (
            "employeeTypes=1&employeeTypes=x",
            "EmployeeTypes",
            "The value 'x' is not valid for EmployeeTypes.",
        ),
        (
            "accountLoginType=3",
            "AccountLoginType",
            "The value '3' is invalid.",
        ),
        ("quotaFilter=9", "QuotaFilter", "The value '9' is invalid."),
        (
            "withoutGroup=yes",
            "WithoutGroup",
            "The value 'yes' is not valid for WithoutGroup.",
        ),
        (
            "isAdministrator=1",
            "IsAdministrator",
            "The value '1' is not valid for IsAdministrator.",
        ),
        (
            "employeeStatus=0",
            "EmployeeStatus",
            "The value '0' is invalid.",
        ),
    ] {
        for route in ["filter", "simple/filter"] {
            let r = d.get(&format!("/api/2.0/people/{route}?{q}")).await;
            assert_eq!(r.status, 400, "{q}");
            let j = r.json();
            assert_eq!(
                (j["status"].clone(), j["statusCode"].clone()),
                (1.into(), 400.into())
            );
            assert_eq!(
                j["response"]["errors"][key],
                serde_json::json!([message]),
                "{q}"
            );
        }
    }
}

#[tokio::test]
async fn simple_filter_selects_the_same_users_in_short_form() {
    // UserController.cs lines 1287-1322: the same filter, EmployeeDto for each user.
    let d = Demo::start().await;
    let g = some_department(&d);
    let q = format!("groupId={g}&sortBy=email&count=100");
    let full = d.get(&format!("/api/2.0/people/filter?{q}")).await;
    let short = d.get(&format!("/api/2.0/people/simple/filter?{q}")).await;
    assert_eq!(short.status, 200, "{}", short.text);
    assert_eq!(short.json()["total"], full.json()["total"]);
    let users: Vec<EmployeeDto> = serde_json::from_value(short.response()).expect("short users");
    let full_ids: Vec<Uuid> = full.users().iter().map(|u| u.id).collect();
    assert_eq!(users.iter().map(|u| u.id).collect::<Vec<_>>(), full_ids);
    let first = &short.response()[0];
    assert!(first["displayName"].is_string() && first["email"].is_null());
    // Users and guests may not list here either.
    let user = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let token = d.portal().token_for(user.id);
    let r = d.get_as(&token, "/api/2.0/people/simple/filter").await;
    assert_eq!((r.status, r.message()), (403, "Access denied".to_string()));
}
