//! `users list` filters, sort and `--fields`: what the CLI asks the portal for, and what it
//! prints. Filters the demo portal does not apply yet are checked on the request the CLI
//! sends; the rows they should give are checked by tests marked ignored until it does.

use docspace_people::api::{EmployeeFullDto, EmployeeType};
use docspace_people::commands::csv;
use uuid::Uuid;

use crate::support::{Demo, Run, demo};

const FILTER: &str = "/api/2.0/people/filter";

fn assert_ok(r: &Run) {
    assert_eq!(r.code, 0, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
}

/// The query pairs of every list request the CLI sent since the log was cleared.
fn list_queries(d: &Demo) -> Vec<Vec<(String, String)>> {
    d.portal
        .request_log()
        .into_iter()
        .filter(|r| r.method == "GET" && r.path == FILTER)
        .map(|r| {
            url::form_urlencoded::parse(r.query.unwrap_or_default().as_bytes())
                .into_owned()
                .collect()
        })
        .collect()
}

/// The values of `key` in the first list request.
fn sent(d: &Demo, key: &str) -> Vec<String> {
    let queries = list_queries(d);
    let first = queries.first().expect("a list request was sent");
    first
        .iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
        .collect()
}

async fn list(d: &Demo, args: &[&str]) -> Run {
    d.portal.clear_request_log();
    let mut all = vec!["users", "list"];
    all.extend(args);
    d.run(&all, None).await
}

fn json_ids(r: &Run) -> Vec<Uuid> {
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    v.as_array()
        .expect("array")
        .iter()
        .map(|u| u["id"].as_str().expect("id").parse().expect("uuid"))
        .collect()
}

fn ids_where(d: &Demo, keep: impl Fn(&EmployeeFullDto) -> bool) -> Vec<Uuid> {
    let mut ids: Vec<Uuid> = d
        .portal
        .users()
        .into_iter()
        .filter(keep)
        .map(|u| u.id)
        .collect();
    ids.sort();
    ids
}

fn sorted(mut ids: Vec<Uuid>) -> Vec<Uuid> {
    ids.sort();
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_filter_flag_is_sent_as_the_portal_names_it() {
    let d = demo(30).await;
    for (args, key, want) in [
        (vec!["--login-type", "sso"], "accountLoginType", vec!["0"]),
        (vec!["--login-type", "ldap"], "accountLoginType", vec!["1"]),
        (
            vec!["--login-type", "standard"],
            "accountLoginType",
            vec!["2"],
        ),
        (vec!["--payments", "paid"], "payments", vec!["0"]),
        (vec!["--payments", "free"], "payments", vec!["1"]),
        (vec!["--quota", "default"], "quotaFilter", vec!["1"]),
        (vec!["--quota", "custom"], "quotaFilter", vec!["2"]),
        (vec!["--without-group"], "withoutGroup", vec!["true"]),
        (vec!["--type", "guest"], "employeeType", vec!["2"]),
        (
            vec!["--type", "guest", "--type", "room-admin"],
            "employeeTypes",
            vec!["2", "1"],
        ),
        (
            vec!["--sort", "registration-date"],
            "sortBy",
            vec!["registrationdate"],
        ),
        (vec!["--sort", "used-space"], "sortBy", vec!["usedspace"]),
        (vec!["--sort", "name"], "sortBy", vec!["firstname"]),
        (
            vec!["--sort", "email", "--order", "desc"],
            "sortOrder",
            vec!["descending"],
        ),
    ] {
        let r = list(&d, &args).await;
        assert_ok(&r);
        assert_eq!(sent(&d, key), want, "{args:?}");
    }
    // A group given by ID is sent as it is, without looking it up.
    let group = Uuid::from_u128(0x5a1e5);
    let r = list(&d, &["--group", &group.to_string()]).await;
    assert_ok(&r);
    assert_eq!(sent(&d, "groupId"), [group.to_string()]);
    assert!(
        d.portal
            .request_log()
            .iter()
            .all(|q| !q.path.starts_with("/api/2.0/group")),
        "no group look-up for an ID"
    );
    // Nothing is narrowed unless asked.
    let r = list(&d, &[]).await;
    assert_ok(&r);
    for key in [
        "employeeTypes",
        "payments",
        "accountLoginType",
        "quotaFilter",
        "groupId",
    ] {
        assert!(sent(&d, key).is_empty(), "{key} sent unasked");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_filter_values_are_refused_naming_the_good_ones_and_nothing_is_sent() {
    let d = demo(5).await;
    for (args, words) in [
        (vec!["--login-type", "kerberos"], "standard"),
        (vec!["--payments", "maybe"], "free"),
        (vec!["--quota", "huge"], "custom"),
        (vec!["--order", "up"], "desc"),
        (vec!["--sort", "shoe-size"], "registration-date"),
        (
            vec!["--type", "boss"],
            "docspace-admin, room-admin, user or guest",
        ),
        (vec!["--fields", "id,shoeSize"], "registrationDate"),
    ] {
        let r = list(&d, &args).await;
        assert_eq!(r.code, 2, "{args:?}: {r:?}");
        assert!(r.stderr.contains(words), "{args:?}: {}", r.stderr);
        assert!(list_queries(&d).is_empty(), "{args:?}: sent anyway");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fields_pick_the_output_in_every_format_and_the_portal_sends_only_those() {
    let d = demo(25).await;
    let fields = "email,id,type";

    let r = list(&d, &["--fields", fields, "--format", "json"]).await;
    assert_ok(&r);
    let asked = sent(&d, "fields");
    assert_eq!(asked.len(), 1);
    let mut asked: Vec<&str> = asked[0].split(',').collect();
    asked.sort_unstable();
    assert_eq!(
        asked,
        [
            "email",
            "id",
            "isAdmin",
            "isCollaborator",
            "isOwner",
            "isRoomAdmin",
            "isVisitor"
        ]
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let users = v.as_array().expect("array");
    assert_eq!(users.len(), d.portal.user_count());
    for u in users {
        let keys: Vec<&str> = u
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["email", "id", "type"], "in the order asked");
        let id: Uuid = u["id"].as_str().expect("id").parse().expect("uuid");
        let p = d.portal.user(id).expect("exists");
        assert_eq!(u["email"].as_str(), p.email.as_deref());
        let machine = match p.user_type().expect("a type") {
            EmployeeType::DocSpaceAdmin => "docspace-admin",
            EmployeeType::RoomAdmin => "room-admin",
            EmployeeType::User => "user",
            EmployeeType::Guest => "guest",
            EmployeeType::All => "all",
        };
        assert_eq!(u["type"], machine);
    }

    let r = list(&d, &["--fields", fields, "--format", "csv"]).await;
    assert_ok(&r);
    let rows = csv::parse(&r.stdout);
    assert_eq!(rows[0], ["email", "id", "type"]);
    assert_eq!(rows.len() - 1, d.portal.user_count());
    for row in &rows[1..] {
        let p = d
            .portal
            .user(row[1].parse().expect("uuid"))
            .expect("exists");
        assert_eq!(Some(row[0].as_str()), p.email.as_deref());
    }

    let r = list(&d, &["--fields", fields]).await;
    assert_ok(&r);
    let lines: Vec<&str> = r.stdout.lines().collect();
    let header: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(header, ["EMAIL", "ID", "TYPE"]);
    assert_eq!(lines.len() - 1, d.portal.user_count());
    let owner = d.owner();
    let row = lines
        .iter()
        .find(|l| l.contains(&owner.id.to_string()))
        .expect("the owner's row");
    assert!(
        row.trim_end().ends_with("Owner"),
        "people read the label: {row}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_types_list_users_of_any_of_them() {
    // The one-type filter (`employeeType`) the demo portal applies already.
    let d = demo(60).await;
    let r = list(&d, &["--type", "room-admin", "--format", "json"]).await;
    assert_ok(&r);
    let want = ids_where(&d, |u| u.user_type() == Some(EmployeeType::RoomAdmin));
    assert!(!want.is_empty());
    assert_eq!(sorted(json_ids(&r)), want);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rows_match_the_filters() {
    let d = demo(120).await;
    let r = list(
        &d,
        &[
            "--type",
            "guest",
            "--type",
            "room-admin",
            "--format",
            "json",
        ],
    )
    .await;
    assert_ok(&r);
    let want = ids_where(&d, |u| {
        matches!(
            u.user_type(),
            Some(EmployeeType::Guest | EmployeeType::RoomAdmin)
        )
    });
    assert_eq!(sorted(json_ids(&r)), want);

    let r = list(&d, &["--payments", "free", "--format", "json"]).await;
    assert_ok(&r);
    let want = ids_where(&d, |u| {
        matches!(
            u.user_type(),
            Some(EmployeeType::Guest | EmployeeType::User)
        )
    });
    assert_eq!(sorted(json_ids(&r)), want);

    let r = list(&d, &["--login-type", "standard", "--format", "json"]).await;
    assert_ok(&r);
    let want = ids_where(&d, |u| u.is_ldap != Some(true) && u.is_sso != Some(true));
    assert_eq!(sorted(json_ids(&r)), want);

    let r = list(&d, &["--without-group", "--format", "json"]).await;
    assert_ok(&r);
    let want = ids_where(&d, |u| u.groups.as_ref().is_none_or(Vec::is_empty));
    assert_eq!(sorted(json_ids(&r)), want);

    let r = list(
        &d,
        &[
            "--sort",
            "registration-date",
            "--order",
            "desc",
            "--format",
            "json",
        ],
    )
    .await;
    assert_ok(&r);
    let got = json_ids(&r);
    let dates: Vec<String> = got
        .iter()
        .map(|id| {
            d.portal
                .user(*id)
                .and_then(|u| u.registration_date)
                .unwrap_or_default()
        })
        .collect();
    let mut want = dates.clone();
    want.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, want, "newest first");
}

/// A group the seeded portal has, by name: one of the groups its users are in.
fn a_group(d: &Demo) -> (Uuid, String) {
    d.portal
        .users()
        .into_iter()
        .find_map(|u| u.groups.and_then(|g| g.into_iter().next()))
        .map(|g| (g.id, g.name.unwrap_or_default()))
        .expect("a user in a group")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_is_found_by_name_and_unknown_names_are_refused() {
    let d = demo(60).await;
    let (id, name) = a_group(&d);
    let decoded = docspace_people::sanitize::html_decode(&name).into_owned();
    let r = list(
        &d,
        &["--group", &decoded.to_uppercase(), "--format", "json"],
    )
    .await;
    assert_ok(&r);
    assert_eq!(sent(&d, "groupId"), [id.to_string()]);
    let want = ids_where(&d, |u| {
        u.groups
            .as_ref()
            .is_some_and(|g| g.iter().any(|g| g.id == id))
    });
    assert_eq!(sorted(json_ids(&r)), want);

    let typo = format!("{decoded}x");
    let r = list(&d, &["--group", &typo]).await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("no group named"), "{}", r.stderr);
    assert!(
        r.stderr.contains(&decoded),
        "the close match is named: {}",
        r.stderr
    );
    assert!(list_queries(&d).is_empty(), "no list sent");
}

/// Without `--fields`, each format still asks the portal only for what it prints, and
/// prints what full profiles would give.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_output_asks_only_for_the_columns_printed() {
    use docspace_people::commands::output::UserRecord;
    let d = demo(120).await;
    let r = list(&d, &["--format", "json"]).await;
    assert_ok(&r);
    let asked = sent(&d, "fields");
    assert_eq!(asked.len(), 1, "fields= is sent");
    assert!(!asked[0].contains("contacts") && !asked[0].contains("avatar"));
    let records: Vec<UserRecord> = serde_json::from_str(&r.stdout).expect("records");
    assert_eq!(records.len(), d.portal.user_count());
    for rec in &records {
        let full = d.portal.user(rec.id).expect("exists");
        assert_eq!(rec, &UserRecord::of(&full));
    }
    let r = list(&d, &[]).await;
    assert_ok(&r);
    let asked = sent(&d, "fields");
    assert_eq!(asked.len(), 1, "the table sends fields= too");
    assert!(!asked[0].contains("registrationDate"), "{asked:?}");
}
