//! Marks by key, by query and by paste: pure update tests.

use crossterm::event::Event;
use uuid::Uuid;

use crate::api::{EmployeeFullDto, EmployeeStatus, UserPage};
use crate::app::effect::{ApiOp, Effect, RequestId};
use crate::app::msg::{ApiOutcome, ApiReply, FindAnswer, IdList, Msg, ReadProgress};
use crate::app::state::model::{Model, ModelOptions, Overlay};
use crate::app::testing::press;
use crate::app::{init, update};
use crate::people::lookup::LookupTarget;

fn user(n: u128) -> EmployeeFullDto {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(n));
    u.first_name = Some(format!("First{n}"));
    u.email = Some(format!("u{n}@example.org"));
    u.status = Some(EmployeeStatus::Active);
    u
}

fn reply(id: RequestId, result: ApiOutcome) -> Msg {
    Msg::Api(ApiReply {
        id,
        result: Ok(result),
    })
}

/// The pages asked for among `fx`: (request, page number).
fn page_requests(fx: &[Effect]) -> Vec<(RequestId, u64)> {
    fx.iter()
        .filter_map(Effect::request)
        .filter_map(|r| match &r.op {
            ApiOp::ListUsers(q) => Some((r.id, q.start_index / 100)),
            _ => None,
        })
        .collect()
}

fn page(page: u64, total: u64) -> ApiOutcome {
    let first = 1000 + u128::from(page) * 100;
    let last = (1000 + u128::from(total)).min(first + 100);
    ApiOutcome::Page(UserPage {
        users: (first..last).map(user).collect(),
        total: Some(total),
        start_index: page * 100,
    })
}

/// 250 users on the portal, the first page loaded, `@self` answered.
fn ready() -> Model {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    for r in init(&mut m).iter().filter_map(Effect::request) {
        let outcome = match r.op {
            ApiOp::Me => ApiOutcome::User(Box::new(user(1))),
            ApiOp::ListUsers(_) => page(0, 250),
            _ => continue,
        };
        update(&mut m, reply(r.id, outcome));
    }
    assert_eq!(m.users.loaded_count(), 100);
    m
}

fn the_request(fx: &[Effect]) -> (RequestId, ApiOp) {
    let rs: Vec<_> = fx.iter().filter_map(Effect::request).collect();
    assert_eq!(rs.len(), 1, "one request expected in {fx:?}");
    (rs[0].id, rs[0].op.clone())
}

#[test]
fn mark_all_reads_the_ids_of_the_list_query_and_marks_them() {
    let mut m = ready();
    press(&mut m, "/");
    for c in "ann".chars() {
        press(&mut m, &c.to_string());
    }
    press(&mut m, "enter");
    let fx = press(&mut m, "*");
    let (id, op) = the_request(&fx);
    let ApiOp::ListIds(q) = op else {
        panic!("{op:?}")
    };
    assert_eq!(q.filter_value.as_deref(), Some("ann"), "the list's query");
    assert_eq!(q.fields, ["id"], "ids only");
    assert_eq!((q.start_index, q.count), (0, 100));
    assert!(m.task.is_some());

    update(
        &mut m,
        Msg::ReadProgress(
            id,
            ReadProgress {
                done: 100,
                total: Some(300),
            },
        ),
    );
    let shown = m.task.as_ref().map(|t| t.summary()).unwrap_or_default();
    assert_eq!(shown, "marking every user of the list: 100/300 users…");

    m.marks.mark_ids([Uuid::from_u128(7)]);
    let ids: Vec<Uuid> = (0..300).map(Uuid::from_u128).collect();
    update(
        &mut m,
        reply(
            id,
            ApiOutcome::Ids(IdList {
                ids,
                total: Some(300),
                incomplete: None,
            }),
        ),
    );
    assert!(m.task.is_none());
    assert_eq!(m.marks.len(), 300);
    let shown = m.status.notice.clone().unwrap_or_default();
    assert!(
        shown.contains("marked 300 users of the list (1 were marked already)"),
        "{shown}"
    );
}

#[test]
fn esc_stops_a_mark_all_and_its_late_answer_marks_nobody() {
    let mut m = ready();
    let (id, _) = the_request(&press(&mut m, "*"));
    // One long read at a time.
    assert!(press(&mut m, "*").is_empty());
    assert!(
        m.status
            .notice
            .as_deref()
            .unwrap_or("")
            .starts_with("wait until")
    );
    // Acting on the marks while they are being added would miss some.
    press(&mut m, "t");
    assert!(matches!(m.overlay, Overlay::None), "no confirmation opens");
    let fx = press(&mut m, "esc");
    assert_eq!(fx, vec![Effect::Cancel(id)]);
    assert!(m.task.is_none());
    update(
        &mut m,
        reply(
            id,
            ApiOutcome::Ids(IdList {
                ids: vec![Uuid::from_u128(5)],
                total: Some(1),
                incomplete: None,
            }),
        ),
    );
    assert!(m.marks.is_empty());
}

#[test]
fn c_stops_a_mark_all_too() {
    let mut m = ready();
    let (id, _) = the_request(&press(&mut m, "*"));
    assert_eq!(press(&mut m, "c"), vec![Effect::Cancel(id)]);
}

#[test]
fn an_incomplete_mark_all_says_so() {
    let mut m = ready();
    let (id, _) = the_request(&press(&mut m, "*"));
    let incomplete = crate::api::Incomplete {
        got: 1,
        total: Some(3),
        problem: None,
    };
    update(
        &mut m,
        reply(
            id,
            ApiOutcome::Ids(IdList {
                ids: vec![Uuid::from_u128(5)],
                total: Some(3),
                incomplete: Some(incomplete),
            }),
        ),
    );
    assert_eq!(m.marks.len(), 1);
    let err = m.status.error.clone().unwrap_or_default();
    assert_eq!(
        err,
        "marked 1 user of the list, not all: the portal counts 3 users but listed 1"
    );
}

/// Regression: `space` on a row still loading used to mark nobody, silently.
#[test]
fn a_row_marked_while_loading_is_marked_when_it_arrives() {
    let mut m = ready();
    let fx = press(&mut m, "G");
    let asked = page_requests(&fx);
    let (last_id, _) = *asked.iter().find(|(_, p)| *p == 2).expect("the last page");
    assert_eq!(m.users.cursor, 249);
    assert!(m.users.current().is_none());
    press(&mut m, "k");
    press(&mut m, "space");
    assert!(m.marks.is_empty());
    assert_eq!(m.marks.waiting(), 1);
    let notice = m.status.notice.clone().unwrap_or_default();
    assert!(notice.contains("row 249 is still loading"), "{notice}");
    update(&mut m, reply(last_id, page(2, 250)));
    assert_eq!(m.marks.waiting(), 0);
    assert_eq!(
        m.marks.ids().collect::<Vec<_>>(),
        [Uuid::from_u128(1000 + 248)]
    );
}

#[test]
fn rows_waiting_when_the_list_changes_are_not_marked_and_the_person_is_told() {
    let mut m = ready();
    press(&mut m, "G");
    press(&mut m, "space");
    assert_eq!(m.marks.waiting(), 1);
    // Another order: the rows are other users now.
    press(&mut m, "s");
    assert_eq!(m.marks.waiting(), 0);
    assert!(m.marks.is_empty());
    let err = m.status.error.clone().unwrap_or_default();
    assert!(
        err.contains("1 row marked while loading could not be marked"),
        "{err}"
    );
}

#[test]
fn a_pasted_list_finds_its_users_then_marks_them_and_reports_the_others() {
    let mut m = ready();
    let a = Uuid::from_u128(0xa);
    let fx = update(
        &mut m,
        Msg::Input(Event::Paste(format!(
            "{a}\nann@example.org\nnobody@example.org\nJohn Smith\n"
        ))),
    );
    let (id, op) = the_request(&fx);
    assert_eq!(
        op,
        ApiOp::FindUsers(vec![
            LookupTarget::Id(a),
            LookupTarget::Email("ann@example.org".into()),
            LookupTarget::Email("nobody@example.org".into()),
        ])
    );
    let ann = Uuid::from_u128(0xb);
    update(
        &mut m,
        reply(
            id,
            ApiOutcome::Found(vec![
                FindAnswer::Found(a),
                FindAnswer::Found(ann),
                FindAnswer::Missing,
            ]),
        ),
    );
    assert_eq!(m.marks.ids().collect::<Vec<_>>(), [a, ann]);
    let Overlay::PasteReport(report) = &m.overlay else {
        panic!("the report opens: {:?}", m.overlay)
    };
    assert_eq!(report.summary, "marked 2 users; 2 lines matched nobody");
    assert_eq!(
        report.groups,
        [
            (
                "No such user on the portal",
                vec!["line 3: nobody@example.org".to_string()]
            ),
            (
                "Neither a user ID nor an email",
                vec!["line 4: John Smith".to_string()]
            ),
        ]
    );
    press(&mut m, "esc");
    assert!(matches!(m.overlay, Overlay::None));
}

#[test]
fn one_pasted_line_still_opens_the_look_up() {
    let mut m = ready();
    let fx = update(
        &mut m,
        Msg::Input(Event::Paste("  ann@example.org\n".into())),
    );
    assert!(fx.is_empty());
    let Overlay::Lookup(p) = &m.overlay else {
        panic!("{:?}", m.overlay)
    };
    assert_eq!(p.input.value(), "ann@example.org");
}

#[test]
fn a_pasted_list_naming_nobody_sends_nothing() {
    let mut m = ready();
    let fx = update(&mut m, Msg::Input(Event::Paste("hello\nworld\n".into())));
    assert!(fx.is_empty());
    let err = m.status.error.clone().unwrap_or_default();
    assert!(err.contains("names no user"), "{err}");
}
