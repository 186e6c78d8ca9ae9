//! A model-based property test of `update` and the view together (kept outside `app`,
//! which never imports the view): random keys (every key of the keymap, typed
//! characters, Enter, Esc, y, n, digits), pastes, resizes down to nothing, ticks and worker
//! replies (pages, users, bulk reports, failures, replies to old or cancelled requests,
//! progress) from a portal in memory that also changes behind the app's back. After every
//! step the screen is drawn at the model's size and these hold:
//!
//! - a write (a bulk job, a create) is sent only by the key that confirms it: a bulk job
//!   only from a confirmation that showed exactly the plan sent (the same users), a create
//!   only from the form;
//! - a plain delete (no terminate first) only of users the confirmation knew as
//!   terminated; others only as terminate-then-delete, confirmed as such;
//! - no write while the terminal is too small to show it, and none while a job runs (a
//!   stopped one included);
//! - a reply, a tick or a resize never turns the detail pane to another user, except the
//!   answer to a look-up or a create (which shows the user asked for).

mod portal;

use std::collections::{BTreeMap, BTreeSet};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use uuid::Uuid;

use crate::api::{ApiError, EmployeeStatus};
use crate::app::action::Action;
use crate::app::effect::{ApiOp, Effect, Request};
use crate::app::keymap::{KeySpec, Keymap};
use crate::app::msg::{ApiOutcome, ApiReply, Msg};
use crate::app::state::model::{Model, ModelOptions, Overlay, Pending};
use crate::app::{init, update};
use crate::bulk::{BulkAction, Progress, Step as JobStep};
use portal::Portal;

/// One thing that happens to the app.
#[derive(Debug, Clone)]
enum Step {
    /// A key from [`keys`], by index.
    Key(usize),
    /// One of the keys that lead to writes and move between users (see [`HOT`]).
    Hot(usize),
    /// `t`, `a` or `d`, then what confirms the dialog that opens (`y`, or the count typed
    /// and Enter): several key steps, each checked.
    Act(u8),
    /// A typed character.
    Char(char),
    /// A bracketed paste: an id, an email or text (by index, see [`paste`]).
    Paste(u8),
    Resize(u16, u16),
    Tick,
    /// The worker answers the `pick`-th request in flight; `kind` says how.
    Reply {
        pick: usize,
        kind: u8,
    },
    /// An answer to a request already answered or cancelled.
    Stale {
        pick: usize,
        kind: u8,
    },
    /// Progress of the `pick`-th bulk job in flight.
    Progress {
        pick: usize,
        done: u8,
    },
    /// Another administrator terminates, re-activates or deletes a user.
    Meddle {
        n: usize,
        what: u8,
    },
}

/// Every key of the default keymap, then the keys of dialogs and prompts.
fn keys() -> Vec<KeyEvent> {
    let map = Keymap::default();
    let mut specs: Vec<KeySpec> = Action::ALL
        .iter()
        .flat_map(|a| map.keys(*a).to_vec())
        .collect();
    for extra in [
        "enter",
        "esc",
        "y",
        "n",
        "0",
        "1",
        "2",
        "3",
        "backspace",
        "tab",
        "left",
        "right",
        "ctrl-u",
    ] {
        specs.extend(KeySpec::parse(extra));
    }
    specs
        .into_iter()
        .map(|k| KeyEvent::new_with_kind(k.code, k.mods, KeyEventKind::Press))
        .collect()
}

/// The keys of the lifecycle: act, confirm, type a count, move, mark, stop, reopen.
const HOT: [&str; 16] = [
    "t", "a", "d", "y", "y", "enter", "1", "2", "space", "j", "k", "c", "R", "r", "esc", "G",
];

fn paste(n: u8) -> String {
    match n % 6 {
        0 => Uuid::from_u128(u128::from(n % 9) + 1).to_string(),
        1 => format!("u{}@example.org", n % 9 + 1),
        2 => "zzqxq".into(),
        3 => "U00".into(),
        4 => "12".into(),
        _ => "\u{1b}[2J\n".into(),
    }
}

fn step() -> impl Strategy<Value = Step> {
    let n_keys = keys().len();
    prop_oneof![
        15 => (0..n_keys).prop_map(Step::Key),
        30 => (0..HOT.len()).prop_map(Step::Hot),
        6 => any::<u8>().prop_map(Step::Act),
        3 => prop::char::range(' ', '~').prop_map(Step::Char),
        3 => any::<u8>().prop_map(Step::Paste),
        3 => (0u16..50, 0u16..14).prop_map(|(w, h)| Step::Resize(w, h)),
        3 => (40u16..200, 10u16..60).prop_map(|(w, h)| Step::Resize(w, h)),
        4 => Just(Step::Tick),
        25 => (any::<usize>(), any::<u8>()).prop_map(|(pick, kind)| Step::Reply { pick, kind }),
        4 => (any::<usize>(), any::<u8>()).prop_map(|(pick, kind)| Step::Stale { pick, kind }),
        4 => (any::<usize>(), any::<u8>()).prop_map(|(pick, done)| Step::Progress { pick, done }),
        3 => (any::<usize>(), any::<u8>()).prop_map(|(n, what)| Step::Meddle { n, what }),
    ]
}

/// The app under test, the portal it talks to, and the requests between them.
struct World {
    model: Model,
    portal: Portal,
    in_flight: Vec<Request>,
    /// Requests answered or cancelled: replies to them are stale.
    old: Vec<Request>,
    keys: Vec<KeyEvent>,
    terminal: Terminal<TestBackend>,
}

/// The worker's answer to `op`, as `kind` picks: mostly right, sometimes a failure, a
/// refusal in words, or an answer of the wrong kind.
fn answer(portal: &mut Portal, op: &ApiOp, kind: u8) -> Result<ApiOutcome, ApiError> {
    match kind % 16 {
        0 => {
            return Err(ApiError::Server {
                status: 500,
                message: "boom".into(),
            });
        }
        1 => {
            return Err(ApiError::NotFound {
                message: "gone".into(),
            });
        }
        2 => return Ok(ApiOutcome::NotSent("refused".into())),
        3 => {
            return Ok(ApiOutcome::User(Box::new(portal.me())));
        }
        4 if kind % 64 == 4 => return Err(ApiError::Unauthorized),
        _ => {}
    }
    let user = |u: Option<crate::api::EmployeeFullDto>| match u {
        Some(u) => Ok(ApiOutcome::User(Box::new(u))),
        None => Err(ApiError::NotFound {
            message: "The user could not be found".into(),
        }),
    };
    match op {
        ApiOp::Me => Ok(ApiOutcome::User(Box::new(portal.me()))),
        ApiOp::ListUsers(q) => Ok(ApiOutcome::Page(portal.page(q, kind % 5 != 4))),
        ApiOp::GetUser(id) | ApiOp::ReadProfile { id, .. } => user(portal.find(*id)),
        ApiOp::GetUserByEmail(e) => user(portal.by_email(e)),
        ApiOp::ListGroups => Ok(ApiOutcome::Groups(Vec::new())),
        ApiOp::CreateUser(body) => Ok(ApiOutcome::User(Box::new(portal.create(body)))),
        ApiOp::Bulk(plan) => Ok(ApiOutcome::Bulk(portal.run(plan, &[kind >> 4, kind >> 6]))),
        // What a delete's users own: nothing, as far as these properties go.
        ApiOp::ReadImpact(_) => Ok(ApiOutcome::Impact(Vec::new())),
        // The long reads and the offboarding run are not modelled: the properties check
        // what sends them (a confirmed dialog), and their reply says nothing was sent.
        ApiOp::ListIds(_) | ApiOp::FindUsers(_) | ApiOp::Export(_) | ApiOp::Offboard(_) => {
            Ok(ApiOutcome::NotSent("not modelled".into()))
        }
        // The administration writes change nothing this model checks.
        ApiOp::Invite { .. }
        | ApiOp::ResendInvites(_)
        | ApiOp::ChangeType(_)
        | ApiOp::SetQuota { .. }
        | ApiOp::EditProfile { .. }
        | ApiOp::PasswordLink(_)
        | ApiOp::GroupMembers { .. } => Ok(ApiOutcome::NotSent("not modelled".into())),
    }
}

/// What the checks need from before a step.
struct Before {
    overlay: Overlay,
    fits: bool,
    shown: Option<Uuid>,
    debounce: bool,
    job_running: bool,
    /// What the reply of this step answers (for a reply step).
    answers: Option<Pending>,
    /// Users the model knows as terminated (see [`known_terminated`]).
    terminated: BTreeSet<Uuid>,
}

/// The users whose latest copy in the model (the list's, else the looked-up one, else the
/// kept one, else a mark's) says terminated.
fn known_terminated(m: &Model) -> BTreeSet<Uuid> {
    let marked: Vec<_> = m.marks.users(&m.users).map(|u| u.into_owned()).collect();
    let mut status = BTreeMap::new();
    let copies = marked
        .iter()
        .chain(m.detail.kept.iter())
        .chain(m.detail.lookup.iter())
        .chain(m.users.loaded().map(|(_, u)| u));
    for u in copies {
        status.insert(u.id, u.status);
    }
    status
        .into_iter()
        .filter(|(_, s)| *s == Some(EmployeeStatus::Terminated))
        .map(|(id, _)| id)
        .collect()
}

impl World {
    /// A model of `w` x `h` started on the portal; with `answered`, the start-up
    /// requests (`@self`, the first page) are answered at once.
    fn new(statuses: &[u8], w: u16, h: u16, answered: bool) -> Self {
        let mut model = Model::new(ModelOptions::default());
        let mut fx = update(&mut model, Msg::Input(Event::Resize(w, h)));
        fx.extend(init(&mut model));
        let mut world = World {
            model,
            portal: Portal::new(statuses),
            in_flight: Vec::new(),
            old: Vec::new(),
            keys: keys(),
            terminal: Terminal::new(TestBackend::new(1, 1)).expect("test terminal"),
        };
        world.note(&fx);
        while answered && !world.in_flight.is_empty() {
            world.apply(&Step::Reply { pick: 0, kind: 5 });
        }
        world
    }

    /// Keeps track of the requests the effects start and cancel.
    fn note(&mut self, fx: &[Effect]) {
        for e in fx {
            match e {
                Effect::Api(r) => self.in_flight.push(r.clone()),
                Effect::Cancel(id) => {
                    if let Some(i) = self.in_flight.iter().position(|r| r.id == *id) {
                        let r = self.in_flight.remove(i);
                        self.old.push(r);
                    }
                }
                Effect::StopJob(_)
                | Effect::Suspend
                | Effect::Quit
                | Effect::Clipboard(_)
                | Effect::OpenUrl(_)
                | Effect::SwitchProfile(_)
                | Effect::SaveHistory(..) => {}
            }
        }
    }

    fn before(&self, step: &Step) -> Before {
        let m = &self.model;
        let answers = match step {
            Step::Reply { pick, .. } if !self.in_flight.is_empty() => {
                let r = &self.in_flight[pick % self.in_flight.len()];
                m.requests.in_flight.get(&r.id).cloned()
            }
            _ => None,
        };
        Before {
            overlay: m.overlay.clone(),
            fits: m.screen_fits(),
            shown: m.shown().user().map(|u| u.id),
            debounce: m.debouncing(),
            job_running: m.job.as_ref().is_some_and(|j| j.is_running()),
            answers,
            terminated: known_terminated(m),
        }
    }

    fn apply(&mut self, step: &Step) -> Vec<Effect> {
        let msg = match step {
            Step::Key(i) => Msg::Input(Event::Key(self.keys[i % self.keys.len()])),
            Step::Hot(i) => {
                let k = KeySpec::parse(HOT[i % HOT.len()]).expect("a key spec");
                Msg::Input(Event::Key(KeyEvent::new_with_kind(
                    k.code,
                    k.mods,
                    KeyEventKind::Press,
                )))
            }
            Step::Char(c) => Msg::Input(Event::Key(KeyEvent::new(
                KeyCode::Char(*c),
                KeyModifiers::NONE,
            ))),
            Step::Paste(n) => Msg::Input(Event::Paste(paste(*n))),
            Step::Resize(w, h) => Msg::Input(Event::Resize(*w, *h)),
            Step::Tick => Msg::Tick,
            Step::Reply { pick, kind } => {
                if self.in_flight.is_empty() {
                    return Vec::new();
                }
                let r = self.in_flight.remove(pick % self.in_flight.len());
                let result = answer(&mut self.portal, &r.op, *kind);
                self.old.push(r.clone());
                Msg::Api(ApiReply { id: r.id, result })
            }
            Step::Stale { pick, kind } => {
                if self.old.is_empty() {
                    return Vec::new();
                }
                let r = self.old[pick % self.old.len()].clone();
                let result = answer(&mut self.portal, &r.op, *kind);
                Msg::Api(ApiReply { id: r.id, result })
            }
            Step::Progress { pick, done } => {
                let jobs: Vec<&Request> = self
                    .in_flight
                    .iter()
                    .chain(self.old.iter())
                    .filter(|r| matches!(r.op, ApiOp::Bulk(_)))
                    .collect();
                if jobs.is_empty() {
                    return Vec::new();
                }
                let id = jobs[pick % jobs.len()].id;
                Msg::Progress(
                    id,
                    Progress {
                        done: usize::from(*done),
                        total: 255,
                        step: JobStep::Terminating,
                        percent: None,
                    },
                )
            }
            Step::Meddle { n, what } => {
                // Half the time the user the app shows, or the first one a confirmation
                // is about: changes that matter to what is on screen.
                let on_screen = match &self.model.overlay {
                    Overlay::Confirm(d) => d.plan().eligible.first().map(|t| t.id),
                    _ => self.model.shown().user().map(|u| u.id),
                };
                let id = on_screen.filter(|_| n % 2 == 0).or(self.portal.nth(*n));
                if let Some(id) = id {
                    self.portal.meddle(id, *what);
                }
                return Vec::new();
            }
            // Expanded into single steps by `run`.
            Step::Act(_) => return Vec::new(),
        };
        let fx = update(&mut self.model, msg);
        self.note(&fx);
        fx
    }

    /// Applies one single step, checks the promises, draws.
    fn one(&mut self, step: &Step) -> Result<(), TestCaseError> {
        let before = self.before(step);
        let fx = self.apply(step);
        check(step, &before, &fx, &self.model)?;
        self.draw();
        Ok(())
    }

    /// Draws the screen at the model's size (kept small enough to stay cheap).
    fn draw(&mut self) {
        let (w, h) = self.model.size;
        let (w, h) = (w.clamp(1, 200), h.clamp(1, 60));
        self.terminal.backend_mut().resize(w, h);
        let model = &self.model;
        self.terminal
            .draw(|f| crate::ui::view(model, f))
            .expect("draw");
    }
}

fn eligible_ids(plan: &crate::bulk::Plan) -> Vec<Uuid> {
    plan.eligible.iter().map(|t| t.id).collect()
}

fn check(step: &Step, before: &Before, fx: &[Effect], m: &Model) -> Result<(), TestCaseError> {
    let is_key = matches!(step, Step::Key(_) | Step::Hot(_) | Step::Char(_));
    let writes: Vec<&ApiOp> = fx
        .iter()
        .filter_map(Effect::request)
        .filter(|r| r.op.is_write())
        .map(|r| &r.op)
        .collect();
    if let [op, ..] = writes[..] {
        prop_assert_eq!(writes.len(), 1, "one write at a time: {:?}", fx);
        prop_assert!(is_key, "a write without a key: {:?} on {:?}", op, step);
        prop_assert!(
            before.fits,
            "a write behind \"terminal too small\": {:?}",
            op
        );
        prop_assert!(!before.job_running, "a write while a job runs: {:?}", op);
        match op {
            ApiOp::Bulk(plan) => {
                let Overlay::Confirm(dialog) = &before.overlay else {
                    return Err(TestCaseError::fail(format!(
                        "a bulk job without a confirmation open: {:?}",
                        before.overlay
                    )));
                };
                prop_assert_eq!(
                    eligible_ids(dialog.plan()),
                    eligible_ids(plan),
                    "the job's users are those the confirmation showed"
                );
                prop_assert_eq!(dialog.plan(), plan.as_ref());
                if plan.action
                    == (BulkAction::Delete {
                        terminate_first: false,
                    })
                {
                    for t in &plan.eligible {
                        prop_assert_eq!(t.status, Some(EmployeeStatus::Terminated));
                        prop_assert!(
                            before.terminated.contains(&t.id),
                            "a plain delete of {} not known as terminated",
                            t.id
                        );
                    }
                }
                prop_assert!(matches!(m.overlay, Overlay::Job), "the dialog closed");
            }
            ApiOp::Offboard(run) => {
                let Overlay::Confirm(dialog) = &before.overlay else {
                    return Err(TestCaseError::fail(format!(
                        "an offboarding without a confirmation open: {:?}",
                        before.overlay
                    )));
                };
                let chosen = dialog.receiver().map(|r| r.id);
                prop_assert_eq!(chosen, Some(run.receiver.id), "the receiver shown is used");
                let shown: Vec<Uuid> = eligible_ids(dialog.plan())
                    .into_iter()
                    .filter(|id| *id != run.receiver.id)
                    .collect();
                let sent: Vec<Uuid> = run.targets.iter().map(|t| t.id).collect();
                prop_assert_eq!(
                    sent,
                    shown,
                    "the run's users are those the confirmation showed"
                );
                prop_assert!(matches!(m.overlay, Overlay::Job), "the dialog closed");
            }
            ApiOp::CreateUser(_) => {
                prop_assert!(
                    matches!(before.overlay, Overlay::Form(_)),
                    "a create without the form: {:?}",
                    before.overlay
                );
            }
            ApiOp::Invite { .. }
            | ApiOp::ResendInvites(_)
            | ApiOp::ChangeType(_)
            | ApiOp::SetQuota { .. }
            | ApiOp::EditProfile { .. }
            | ApiOp::PasswordLink(_)
            | ApiOp::GroupMembers { .. } => {
                prop_assert!(
                    matches!(before.overlay, Overlay::Admin(_)),
                    "an administration write without its dialog: {:?}",
                    before.overlay
                );
                prop_assert!(matches!(m.overlay, Overlay::None), "the dialog closed");
            }
            other => prop_assert!(false, "not a write: {:?}", other),
        }
    }
    for e in fx {
        if let Effect::StopJob(id) = e {
            let job = m.job.as_ref().filter(|j| j.request() == *id);
            let type_change = m.requests.in_flight.get(id)
                == Some(&Pending::Admin(
                    crate::app::state::admin::AdminKind::ChangeType,
                ));
            prop_assert!(
                type_change || job.is_some_and(|j| j.is_stopping()),
                "a stop of {}",
                id
            );
        }
    }
    // The detail pane follows keys only: replies, ticks and resizes keep its user.
    let keeps_user = match step {
        Step::Key(_) | Step::Hot(_) | Step::Act(_) | Step::Char(_) | Step::Paste(_) => false,
        Step::Tick => !before.debounce,
        Step::Reply { .. } => !matches!(
            before.answers,
            Some(Pending::Lookup { .. } | Pending::Create { .. })
        ),
        Step::Stale { .. } | Step::Progress { .. } | Step::Resize(..) | Step::Meddle { .. } => true,
    };
    let shown = m.shown().user().map(|u| u.id);
    if keeps_user && before.shown.is_some() {
        prop_assert_eq!(shown, before.shown, "the pane changed user on {:?}", step);
    }
    let len = m.users.len();
    prop_assert!(
        len == 0 || m.users.cursor < len,
        "cursor {} of {}",
        m.users.cursor,
        len
    );
    Ok(())
}

/// The keys an [`Step::Act`] presses after the action key: those that confirm the dialog
/// open now (typing its count where it asks for it), or `y` on anything else.
fn confirming_keys(m: &Model) -> Vec<&'static str> {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    match &m.overlay {
        Overlay::Confirm(d) if d.needs_typed_count() => {
            let count = d.plan().eligible.len().to_string();
            let mut keys: Vec<&str> = count
                .bytes()
                .map(|b| DIGITS[usize::from(b - b'0')])
                .collect();
            keys.push("enter");
            keys
        }
        _ => vec!["y"],
    }
}

fn run(
    statuses: &[u8],
    size: (u16, u16),
    answered: bool,
    steps: &[Step],
) -> Result<(), TestCaseError> {
    let mut world = World::new(statuses, size.0, size.1, answered);
    for step in steps {
        let singles = match step {
            Step::Act(what) => {
                let key = ["t", "a", "d"][usize::from(what % 3)];
                world.one(&hot(key))?;
                confirming_keys(&world.model).into_iter().map(hot).collect()
            }
            other => vec![other.clone()],
        };
        for single in &singles {
            world.one(single)?;
        }
    }
    Ok(())
}

/// The [`Step::Hot`] of `key`.
fn hot(key: &str) -> Step {
    let known = HOT.iter().position(|k| *k == key);
    match known {
        Some(i) => Step::Hot(i),
        None => Step::Char(key.chars().next().unwrap_or('y')),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn update_keeps_its_promises_under_random_input(
        statuses in prop::collection::vec(0u8..3, 0..130),
        size in prop_oneof![(0u16..200, 0u16..60), (40u16..200, 10u16..60)],
        answered in prop::bool::weighted(0.8),
        steps in prop::collection::vec(step(), 1..64),
    ) {
        run(&statuses, size, answered, &steps)?;
    }
}
