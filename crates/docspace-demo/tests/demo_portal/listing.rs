//! §10.11 and §6.1: paging, sorting, filters of the user lists; `/people` and
//! `/people/status/{status}`.

use std::collections::HashSet;

use crate::common::{Demo, collation_key};
use docspace_api::dto::{EmployeeFullDto, EmployeeStatus, EmployeeType};
use docspace_demo::NewUser;

async fn all_pages(d: &Demo, query: &str) -> (Vec<EmployeeFullDto>, i64) {
    d.all_pages(query).await
}

fn group(s: Option<EmployeeStatus>) -> u8 {
    match s {
        Some(EmployeeStatus::Active) => 0,
        Some(EmployeeStatus::Pending) => 1,
        _ => 2,
    }
}

#[tokio::test]
async fn pages_cover_every_user_once() {
    let d = Demo::start().await;
    let (users, total) = all_pages(&d, "").await;
    assert_eq!(total as usize, d.portal().user_count());
    assert_eq!(users.len(), total as usize);
    let unique: HashSet<_> = users.iter().map(|u| u.id).collect();
    assert_eq!(unique.len(), users.len());
    // count defaults to 100.
    let r = d.get("/api/2.0/people/filter").await;
    assert_eq!(r.json()["count"], 100);
    // Past the end: an empty page, total unchanged.
    let r = d.get("/api/2.0/people/filter?startIndex=100000").await;
    assert_eq!(
        (r.json()["count"].clone(), r.json()["total"].as_i64()),
        (serde_json::json!(0), Some(total))
    );
}

#[tokio::test]
async fn default_sort_groups_by_status_and_ignores_the_direction_for_groups() {
    let d = Demo::start().await;
    for order in ["", "sortOrder=descending", "sortOrder=1&sortBy=LASTNAME"] {
        let (users, _) = all_pages(&d, order).await;
        let groups: Vec<u8> = users.iter().map(|u| group(u.status)).collect();
        let mut sorted = groups.clone();
        sorted.sort();
        assert_eq!(
            groups, sorted,
            "Active, then Pending, then Terminated ({order})"
        );
    }
    // Within the active group, first names ascend or descend, ignoring case and accents
    // as the portal's collation does ("Émile" among the E's, not after "Zoë").
    let (asc, _) = all_pages(&d, "sortBy=firstname&employeeStatus=1").await;
    let firsts: Vec<String> = asc
        .iter()
        .map(|u| collation_key(u.first_name.as_deref().unwrap_or_default()))
        .collect();
    assert!(
        firsts.iter().any(|f| f.starts_with('e'))
            && asc
                .iter()
                .any(|u| u.first_name.as_deref().is_some_and(|f| f.starts_with('É'))),
        "the seed has accented initials to check"
    );
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "ascending");
    let (desc, _) = all_pages(&d, "sortBy=FirstName&sortOrder=descending&employeeStatus=1").await;
    let firsts: Vec<String> = desc
        .iter()
        .map(|u| collation_key(u.first_name.as_deref().unwrap_or_default()))
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] >= w[1]), "descending");
    // Pending users sort by email within their group.
    let (pending, _) = all_pages(&d, "employeeStatus=4").await;
    let emails: Vec<String> = pending
        .iter()
        .map(|u| u.email.clone().unwrap_or_default().to_lowercase())
        .collect();
    assert!(emails.len() > 1 && emails.windows(2).all(|w| w[0] <= w[1]));
}

#[tokio::test]
async fn other_sort_keys() {
    let d = Demo::start().await;
    let (by_type, _) = all_pages(&d, "sortBy=type").await;
    assert!(by_type[0].is_owner());
    let rank = |u: &EmployeeFullDto| match (u.is_owner(), u.user_type()) {
        (true, _) => 0,
        (_, Some(EmployeeType::DocSpaceAdmin)) => 1,
        (_, Some(EmployeeType::RoomAdmin)) => 2,
        (_, Some(EmployeeType::User)) => 3,
        _ => 4,
    };
    assert!(by_type.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])));
    let (by_email, _) = all_pages(&d, "sortBy=email&sortOrder=descending").await;
    let emails: Vec<String> = by_email
        .iter()
        .map(|u| u.email.clone().unwrap_or_default().to_lowercase())
        .collect();
    assert!(emails.windows(2).all(|w| w[0] >= w[1]));
    let (by_date, _) = all_pages(&d, "sortBy=registrationDate").await;
    let dates: Vec<String> = by_date
        .iter()
        .map(|u| u.registration_date.clone().unwrap_or_default())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] <= w[1]),
        "same offset, so text order is time order"
    );
    // Unknown sort keys fall back to first name, not an error.
    assert_eq!(
        d.get("/api/2.0/people/filter?sortBy=shoeSize").await.status,
        200
    );
}

#[tokio::test]
async fn text_filter_every_term_or_any_term_with_a_separator() {
    let d = Demo::start().await;
    let owner = d.get("/api/2.0/people/@self").await.user();
    let (hits, total) = all_pages(&d, "filterValue=%20DEMO%20owner%20").await;
    assert_eq!(total, 1);
    assert_eq!(hits[0].id, owner.id);
    let (none, _) = all_pages(&d, "filterValue=demo%20zzzznotaname").await;
    assert!(none.is_empty(), "every term must match");
    let (any, total) = all_pages(&d, "filterValue=demo,zzzznotaname&filterSeparator=,").await;
    assert_eq!(total, 1, "any term may match with a separator");
    assert_eq!(any[0].id, owner.id);
    // Email substrings match too.
    let (by_mail, _) = all_pages(&d, "filterValue=partner.example").await;
    assert!(!by_mail.is_empty());
    assert!(by_mail.iter().all(|u| {
        u.email
            .as_deref()
            .is_some_and(|e| e.contains("partner.example"))
    }));
    // Names match without regard to accents: "zoelie" finds "Zoélie" (whose email does
    // not contain it).
    let id = d.portal().insert_user(NewUser::new(
        "Zoélie",
        "Ångström",
        "zz1@example.org",
        EmployeeType::User,
    ));
    let (found, _) = all_pages(&d, "filterValue=zoelie%20angstrom").await;
    assert_eq!(found.iter().map(|u| u.id).collect::<Vec<_>>(), vec![id]);
}

#[tokio::test]
async fn status_type_and_activation_filters() {
    let d = Demo::start().await;
    let all = d.portal().users();
    let count = |f: &dyn Fn(&EmployeeFullDto) -> bool| all.iter().filter(|u| f(u)).count() as i64;
    for (q, expect) in [
        (
            "employeeStatus=2",
            count(&|u| u.status == Some(EmployeeStatus::Terminated)),
        ),
        (
            "employeeStatus=Terminated",
            count(&|u| u.status == Some(EmployeeStatus::Terminated)),
        ),
        (
            "employeeStatus=4",
            count(&|u| u.status == Some(EmployeeStatus::Pending)),
        ),
        (
            "employeeStatus=5",
            count(&|u| u.status == Some(EmployeeStatus::Active)),
        ),
        ("employeeStatus=7", all.len() as i64),
        (
            "employeeType=2",
            count(&|u| u.user_type() == Some(EmployeeType::Guest)),
        ),
        (
            "employeeType=DocSpaceAdmin",
            count(&|u| u.user_type() == Some(EmployeeType::DocSpaceAdmin)),
        ),
        (
            "employeeType=1&employeeStatus=1",
            count(&|u| {
                u.user_type() == Some(EmployeeType::RoomAdmin)
                    && u.status == Some(EmployeeStatus::Active)
            }),
        ),
        (
            "activationStatus=2",
            count(&|u| u.activation_status.map(|a| a.code()) == Some(2)),
        ),
    ] {
        let r = d.get(&format!("/api/2.0/people/filter?{q}")).await;
        assert_eq!(r.json()["total"].as_i64(), Some(expect), "{q}");
        assert!(expect > 0, "the seeded portal has users for {q}");
    }
}

#[tokio::test]
async fn people_route_lists_active_users_and_status_route_by_name_or_number() {
    let d = Demo::start().await;
    let active = d.find(|u| u.status == Some(EmployeeStatus::Active)).len() as i64;
    let r = d.get("/api/2.0/people?count=10").await;
    assert_eq!(r.json()["total"].as_i64(), Some(active));
    assert!(
        r.users()
            .iter()
            .all(|u| u.status == Some(EmployeeStatus::Active))
    );
    let terminated = d
        .find(|u| u.status == Some(EmployeeStatus::Terminated))
        .len() as i64;
    for s in ["Terminated", "terminated", "2"] {
        let r = d.get(&format!("/api/2.0/people/status/{s}")).await;
        assert_eq!(r.json()["total"].as_i64(), Some(terminated), "{s}");
    }
    assert_eq!(
        d.get("/api/2.0/people/status/Default").await.json()["total"].as_i64(),
        Some(active)
    );
    assert_eq!(
        d.get("/api/2.0/people/status/All").await.json()["total"].as_i64(),
        Some(d.portal().user_count() as i64)
    );
    assert_eq!(d.get("/api/2.0/people/status/Gone").await.status, 400);
    assert_eq!(d.get("/api/2.0/people?count=0").await.status, 400);
}

#[tokio::test]
async fn department_created_by_and_numbered_sort_keys() {
    // DbUserService.cs lines 402-416: the number of departments, then the first name,
    // both in the direction asked for.
    let d = Demo::start().await;
    let key = |u: &EmployeeFullDto| {
        (
            u.groups.as_ref().map_or(0, Vec::len),
            collation_key(u.first_name.as_deref().unwrap_or_default()),
        )
    };
    let (asc, _) = all_pages(&d, "sortBy=department").await;
    assert!(asc.windows(2).all(|w| key(&w[0]) <= key(&w[1])));
    assert!(
        asc.iter()
            .any(|u| u.groups.as_ref().is_some_and(|g| g.len() > 1))
    );
    let (desc, _) = all_pages(&d, "sortBy=department&sortOrder=1").await;
    assert!(desc.windows(2).all(|w| key(&w[0]) >= key(&w[1])));
    // Lines 329-362: the creator's first name, no creator first.
    let creator = |u: &EmployeeFullDto| {
        u.created_by
            .as_ref()
            .and_then(|c| d.portal().user(c.id))
            .map(|c| collation_key(c.first_name.as_deref().unwrap_or_default()))
            .unwrap_or_default()
    };
    let (by_creator, _) = all_pages(&d, "sortBy=createdBy").await;
    assert_eq!(creator(&by_creator[0]), "", "the owner has no creator");
    assert!(
        by_creator
            .windows(2)
            .all(|w| creator(&w[0]) <= creator(&w[1]))
    );
    // sortBy binds numbers too (UserSortType: 3 = Type, 6 = UsedSpace), and DisplayName
    // sorts as FirstName (common/ASC.Core.Common/Users/UserQueryFilter.cs lines 102-110).
    for (number, name) in [("3", "type"), ("6", "usedspace"), ("2", "firstname")] {
        let (a, _) = all_pages(&d, &format!("sortBy={number}")).await;
        let (b, _) = all_pages(&d, &format!("sortBy={name}")).await;
        let ids = |v: &[EmployeeFullDto]| v.iter().map(|u| u.id).collect::<Vec<_>>();
        assert_eq!(ids(&a), ids(&b), "sortBy={number}");
    }
    let (display, _) = all_pages(&d, "sortBy=DisplayName&sortOrder=1").await;
    let (first, _) = all_pages(&d, "sortBy=firstname&sortOrder=1").await;
    assert_eq!(
        display.iter().map(|u| u.id).collect::<Vec<_>>(),
        first.iter().map(|u| u.id).collect::<Vec<_>>()
    );
}
