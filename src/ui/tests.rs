//! Render tests: snapshots of each screen state at 120x30 and 80x24, style invariants
//! on cells, and no panic at any size.

use crossterm::event::Event;
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use uuid::Uuid;

use super::screen::buffer_text;
use crate::api::dto::{EmployeeDto, GroupSummaryDto};
use crate::api::{ApiError, EmployeeFullDto, EmployeeStatus, UserPage};
use crate::app::testing::press as key;
use crate::app::{ApiOp, ApiOutcome, ApiReply, Effect, Model, ModelOptions, Msg, init, update};

pub(super) fn user(
    n: u128,
    first: &str,
    last: &str,
    email: &str,
    status: EmployeeStatus,
) -> EmployeeFullDto {
    crate::fixtures::user(n)
        .named(first, last)
        .displayed()
        .email(email)
        .status(status)
        .into()
}

pub(crate) fn fixture_users() -> Vec<EmployeeFullDto> {
    let mut ann = user(
        1,
        "Ann",
        "Lee",
        "ann.lee@example.org",
        EmployeeStatus::Active,
    );
    ann.is_collaborator = None;
    ann.is_admin = Some(true);
    ann.user_name = Some("ann.lee".into());
    ann.activation_status = Some(crate::api::ActivationStatus::Activated);
    ann.registration_date = Some("2024-03-05T09:15:00.0000000+01:00".into());
    ann.department = Some("R&amp;D".into());
    ann.groups = Some(vec![GroupSummaryDto {
        id: Uuid::from_u128(77),
        name: Some("Research &amp; Development".into()),
        manager: None,
        is_system: None,
    }]);
    ann.location = Some("Riga".into());
    ann.notes = Some("Leads the platform team; on call every second week.".into());
    ann.mobile_phone = Some("+371 2000 0000".into());
    ann.culture_name = Some("en-US".into());
    ann.is_ldap = Some(false);
    ann.is_sso = Some(false);
    ann.is_owner = Some(false);
    ann.quota_limit = Some(10 * 1024 * 1024 * 1024);
    ann.used_space = Some(1_610_612_736.0);
    ann.created_by = Some(EmployeeDto {
        id: Uuid::from_u128(1000),
        display_name: Some("Portal Owner".into()),
        avatar: None,
        avatar_original: None,
        avatar_max: None,
        avatar_medium: None,
        avatar_small: None,
        profile_url: None,
        has_avatar: None,
        is_anonim: None,
    });
    let mut cjk = user(
        2,
        "太郎",
        "山田",
        "yamada@example.jp",
        EmployeeStatus::Active,
    );
    cjk.is_collaborator = Some(true);
    let mut zoe = user(
        3,
        "Zoe\u{308}",
        "Ångström-Nguyễn",
        "zoe@example.org",
        EmployeeStatus::Pending,
    );
    zoe.is_collaborator = None;
    zoe.is_room_admin = Some(true);
    let mut long = user(
        4,
        "Maximilian Alexander Bartholomew",
        "von Habsburg-Lothringen-Esterházy",
        "maximilian.alexander.bartholomew.von.habsburg@very-long-domain.example.com",
        EmployeeStatus::Terminated,
    );
    long.is_collaborator = None;
    long.is_visitor = Some(true);
    long.terminated = Some("2025-01-31T17:00:00.0000000+00:00".into());
    let rocket = user(
        5,
        "Chris",
        "🚀 Ops",
        "chris@example.org",
        EmployeeStatus::Active,
    );
    let evil = user(
        6,
        "Evil\u{1b}[31m",
        "Name\u{202e}",
        "evil@example.org",
        EmployeeStatus::Active,
    );
    let old = user(
        7,
        "Tom",
        "Old",
        "tom.old@example.org",
        EmployeeStatus::Terminated,
    );
    let mut bot = EmployeeFullDto::bare(Uuid::from_u128(8));
    bot.display_name = Some("R&amp;D Bot".into());
    bot.email = Some("bot@example.org".into());
    bot.status = Some(EmployeeStatus::Active);
    vec![ann, cjk, zoe, long, rocket, evil, old, bot]
}

pub(super) fn list_id(fx: &[Effect]) -> crate::app::RequestId {
    fx.iter()
        .filter_map(Effect::request)
        .find(|r| matches!(r.op, ApiOp::ListUsers(_)))
        .map(|r| r.id)
        .expect("list request")
}

/// The options of the render tests' model: the portal's address shown.
pub(crate) fn options() -> ModelOptions {
    ModelOptions {
        portal_label: "https://portal.example.com".into(),
        ..ModelOptions::default()
    }
}

/// A started model (size set) and its start-up effects.
pub(crate) fn started(w: u16, h: u16, no_color: bool) -> (Model, Vec<Effect>) {
    started_with(
        ModelOptions {
            no_color,
            ..options()
        },
        w,
        h,
    )
}

/// A model set up with `opts`, started at `w` x `h`, and its start-up effects.
pub(crate) fn started_with(opts: ModelOptions, w: u16, h: u16) -> (Model, Vec<Effect>) {
    let mut m = Model::new(opts);
    update(&mut m, Msg::Input(Event::Resize(w, h)));
    let fx = init(&mut m);
    (m, fx)
}

/// A model with the fixture users loaded (of 250 on the portal) and the start-up
/// requests answered.
pub(crate) fn loaded(w: u16, h: u16, no_color: bool) -> Model {
    loaded_with(
        ModelOptions {
            no_color,
            ..options()
        },
        w,
        h,
        fixture_users(),
    )
}

/// A model set up with `opts`, at `w` x `h`, with `users` loaded (all the portal has) and
/// the start-up requests answered (the caller is the first fixture user, an admin).
pub(crate) fn loaded_with(
    opts: ModelOptions,
    w: u16,
    h: u16,
    users: Vec<EmployeeFullDto>,
) -> Model {
    let (mut m, mut fx) = started_with(opts, w, h);
    while let Some(effect) = fx.pop() {
        let Some(r) = effect.request() else { continue };
        let result = match r.op {
            ApiOp::Me => Ok(ApiOutcome::User(Box::new(fixture_users()[0].clone()))),
            ApiOp::ReadProfile { id, .. } => match users.iter().find(|u| u.id == id) {
                Some(u) => Ok(ApiOutcome::User(Box::new(u.clone()))),
                None => continue,
            },
            _ => Ok(ApiOutcome::Page(UserPage {
                total: Some(users.len() as u64),
                users: users.clone(),
                start_index: 0,
            })),
        };
        fx.extend(update(&mut m, Msg::Api(ApiReply { id: r.id, result })));
    }
    // Their whole profiles were read too: the detail pane shows them as the rows hold them.
    for u in users
        .iter()
        .take(crate::app::state::profiles::PROFILES_KEPT)
    {
        m.profiles.keep(u.clone());
    }
    m
}

pub(crate) fn draw(m: &Model, w: u16, h: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| super::view(m, f)).expect("draw");
    t.backend().buffer().clone()
}

pub(crate) fn screen(m: &Model, w: u16, h: u16) -> String {
    buffer_text(&draw(m, w, h))
}

pub(super) const SIZES: [(u16, u16); 2] = [(120, 30), (80, 24)];

#[test]
fn list_with_detail() {
    for (w, h) in SIZES {
        let mut m = loaded(w, h, false);
        key(&mut m, "j");
        let text = screen(&m, w, h);
        assert!(text.contains("太郎 山田"), "{text}");
        assert_snapshot!(format!("list_detail_{w}x{h}"), text);
    }
}

#[test]
fn detail_focused_shows_every_field() {
    let mut m = loaded(120, 30, false);
    key(&mut m, "enter");
    let text = screen(&m, 120, 30);
    for label in [
        "Registered",
        "Groups",
        "Research & Development",
        "Created by",
        "Quota",
        "LDAP",
    ] {
        assert!(text.contains(label), "{label} missing:\n{text}");
    }
    assert_snapshot!("detail_focused_120x30", text);
}

#[test]
fn loading() {
    for (w, h) in SIZES {
        let (m, _) = started(w, h, false);
        let text = screen(&m, w, h);
        assert!(
            text.contains("Loading users from https://portal.example.com"),
            "{text}"
        );
        assert_snapshot!(format!("loading_{w}x{h}"), text);
    }
}

#[test]
fn empty() {
    for (w, h) in SIZES {
        let (mut m, _) = started(w, h, false);
        for k in ["f", "j", "j", "space", "esc"] {
            key(&mut m, k);
        }
        key(&mut m, "/");
        for c in "zzz".chars() {
            key(&mut m, &c.to_string());
        }
        let fx = key(&mut m, "enter");
        let id = list_id(&fx);
        let page = UserPage {
            users: vec![],
            total: Some(0),
            start_index: 0,
        };
        update(
            &mut m,
            Msg::Api(ApiReply {
                id,
                result: Ok(ApiOutcome::Page(page)),
            }),
        );
        let text = screen(&m, w, h);
        assert!(
            text.contains("No users match \"zzz\" with status: pending."),
            "{text}"
        );
        assert_snapshot!(format!("empty_{w}x{h}"), text);
    }
}

#[test]
fn error() {
    for (w, h) in SIZES {
        let (mut m, fx) = started(w, h, false);
        let id = list_id(&fx);
        update(
            &mut m,
            Msg::Api(ApiReply {
                id,
                result: Err(ApiError::Unauthorized),
            }),
        );
        let text = screen(&m, w, h);
        assert!(text.contains("refused the token"), "{text}");
        assert_snapshot!(format!("error_{w}x{h}"), text);
    }
}

#[test]
fn help() {
    for (w, h) in SIZES {
        let mut m = loaded(w, h, false);
        key(&mut m, "?");
        let text = screen(&m, w, h);
        assert!(text.contains("look up a user by ID or email"), "{text}");
        assert_snapshot!(format!("help_{w}x{h}"), text);
    }
}

#[test]
fn help_shows_configured_keys() {
    let mut keys = std::collections::BTreeMap::new();
    keys.insert("lookup".to_string(), vec!["ctrl-f".to_string()]);
    let mut m = Model::new(ModelOptions {
        keys,
        ..ModelOptions::default()
    });
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    key(&mut m, "?");
    let text = screen(&m, 120, 30);
    let line = text
        .lines()
        .find(|l| l.contains("look up a user"))
        .unwrap_or("");
    assert!(line.contains("ctrl-f"), "{line}");
}

#[test]
fn lookup_prompt() {
    for (w, h) in SIZES {
        let mut m = loaded(w, h, false);
        key(&mut m, "i");
        for c in "bob".chars() {
            key(&mut m, &c.to_string());
        }
        key(&mut m, "enter");
        let text = screen(&m, w, h);
        assert!(text.contains("\"bob\" is neither a user ID"), "{text}");
        assert_snapshot!(format!("lookup_{w}x{h}"), text);
    }
}

#[test]
fn search_active() {
    for (w, h) in SIZES {
        let mut m = loaded(w, h, false);
        key(&mut m, "/");
        for c in "ann".chars() {
            key(&mut m, &c.to_string());
        }
        let text = screen(&m, w, h);
        assert!(text.contains("Search: ann"), "{text}");
        assert_snapshot!(format!("search_{w}x{h}"), text);
    }
}

#[test]
fn escapes_from_the_server_are_shown_not_obeyed() {
    let mut m = loaded(120, 30, false);
    for _ in 0..5 {
        key(&mut m, "j");
    }
    let text = screen(&m, 120, 30);
    assert!(text.contains("Evil\\x1b[31m Name<U+202E>"), "{text}");
    assert!(!text.contains('\u{1b}'));
    assert!(
        text.contains("R&D Bot"),
        "displayName is HTML-decoded:\n{text}"
    );
}

#[test]
fn columns_stay_aligned_with_wide_and_combining_names() {
    let m = loaded(120, 30, false);
    let text = screen(&m, 120, 30);
    let col = |needle: &str| {
        let line = text
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}"));
        let prefix = &line[..line.find(needle).unwrap_or(0)];
        super::text::width(prefix)
    };
    let emails = [
        "ann.lee@",
        "yamada@",
        "zoe@",
        "maximilian.",
        "chris@",
        "evil@",
        "tom.old@",
        "bot@",
    ];
    let cols: Vec<usize> = emails.iter().map(|e| col(e)).collect();
    assert!(cols.windows(2).all(|w| w[0] == w[1]), "{cols:?}\n{text}");
}

/// Row `y` of the list area in the buffer: the cells of the line containing `needle`.
fn row_of(buf: &Buffer, needle: &str) -> u16 {
    let text = buffer_text(buf);
    text.lines()
        .position(|l| l.contains(needle))
        .map(|y| y as u16)
        .unwrap_or_else(|| panic!("{needle} not on screen"))
}

#[test]
fn selected_row_is_reversed_and_terminated_rows_dimmed() {
    for no_color in [false, true] {
        let mut m = loaded(120, 30, no_color);
        key(&mut m, "j");
        let buf = draw(&m, 120, 30);
        let sel = row_of(&buf, "yamada@");
        let cell = &buf[(1, sel)];
        assert_eq!(cell.symbol(), "›");
        assert!(
            cell.modifier.contains(Modifier::REVERSED),
            "selected: {cell:?}"
        );
        let term = row_of(&buf, "tom.old@");
        let cell = &buf[(1, term)];
        assert!(
            cell.modifier.contains(Modifier::DIM),
            "terminated: {cell:?}"
        );
        assert!(!cell.modifier.contains(Modifier::REVERSED));
        let text = buffer_text(&buf);
        let line = text.lines().nth(usize::from(term)).unwrap_or("");
        assert!(line.contains("terminated"), "status as a word: {line}");
    }
}

#[test]
fn no_color_means_no_colour() {
    let mut m = loaded(120, 30, true);
    key(&mut m, "?");
    for buf in [draw(&m, 120, 30), draw(&loaded(80, 24, true), 80, 24)] {
        for cell in buf.content.iter() {
            assert_eq!(cell.fg, Color::Reset, "{cell:?}");
            assert_eq!(cell.bg, Color::Reset, "{cell:?}");
        }
    }
}

#[test]
fn too_small_says_so() {
    let m = loaded(30, 8, false);
    let text = screen(&m, 30, 8);
    assert!(text.starts_with("terminal too small (30x8)"), "{text}");
}

#[test]
fn no_size_panics() {
    let mut states = vec![loaded(50, 12, false)];
    let mut m = loaded(50, 12, false);
    key(&mut m, "?");
    states.push(m);
    let mut m = loaded(50, 12, false);
    key(&mut m, "i");
    key(&mut m, "x");
    key(&mut m, "enter");
    states.push(m);
    let mut m = loaded(50, 12, false);
    key(&mut m, "/");
    key(&mut m, "a");
    states.push(m);
    let mut m = loaded(50, 12, false);
    key(&mut m, "enter");
    states.push(m);
    states.push(started(50, 12, false).0);
    for m in &states {
        for w in 0..=20 {
            for h in 0..=5 {
                draw(m, w, h);
            }
        }
        for w in (0..=130).step_by(7) {
            for h in (0..=40).step_by(3) {
                let mut m = m.clone();
                update(&mut m, Msg::Input(Event::Resize(w, h)));
                draw(&m, w, h);
            }
        }
    }
}

/// Users whose names terminals measure in different ways.
fn hard_users() -> Vec<EmployeeFullDto> {
    let names = [
        (
            "\u{935}\u{93F}\u{939}\u{93E}\u{928}",
            "\u{92A}\u{91F}\u{947}\u{932}",
        ),
        (
            "\u{B95}\u{BBE}\u{BB0}\u{BCD}",
            "\u{B95}\u{BCB}\u{BAA}\u{BBE}\u{BB2}\u{BCD}",
        ),
        (
            "\u{9B0}\u{9BE}\u{9B9}\u{9C1}\u{9B2}",
            "\u{9AC}\u{9BF}\u{9B6}\u{9CD}\u{9AC}\u{9BE}\u{9B8}",
        ),
        (
            "\u{E2A}\u{E38}\u{E21}\u{E34}\u{E15}\u{E23}\u{E4C}",
            "\u{E1E}\u{E36}\u{E48}\u{E07}",
        ),
        ("\u{639}\u{644}\u{64A}", "\u{62D}\u{62F}\u{627}\u{62F}"),
        ("\u{1100}\u{1161}\u{11A8}", "\u{1112}\u{1161}\u{11AB}"),
        ("Kai \u{1F44D}\u{1F3FD}", "\u{1F1FA}\u{1F1F8}"),
        ("Lee \u{2764}\u{FE0F}", "Zoe\u{308}"),
    ];
    names
        .iter()
        .enumerate()
        .map(|(i, (f, l))| {
            let mut u = user(
                i as u128 + 1,
                f,
                l,
                &format!("u{i}@example.org"),
                EmployeeStatus::Active,
            );
            u.notes = Some(format!("{f} {l} \u{1F469}\u{200D}\u{1F4BB}"));
            u
        })
        .collect()
}

/// The whole screen, drawn frame after frame through the real terminal's backend into a
/// model of each kind of terminal while the cursor walks the list (rows and detail pane
/// change): the screen always holds exactly the frame the app drew.
#[test]
fn hard_scripts_draw_exactly_on_every_kind_of_terminal() {
    use crate::backend::ExactBackend;
    use crate::model_terminal::{ModelTerminal, Widths, Written};
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;
    use ratatui::{TerminalOptions, Viewport};

    for widths in [Widths::CodePoints, Widths::FirstCodePoint, Widths::Clusters] {
        let (mut m, fx) = started(120, 30, false);
        for r in fx.iter().filter_map(Effect::request) {
            let result = match r.op {
                ApiOp::Me => Ok(ApiOutcome::User(Box::new(fixture_users()[0].clone()))),
                _ => Ok(ApiOutcome::Page(UserPage {
                    users: hard_users(),
                    total: Some(8),
                    start_index: 0,
                })),
            };
            update(&mut m, Msg::Api(ApiReply { id: r.id, result }));
        }
        let out = Written::default();
        let backend = ExactBackend::new(CrosstermBackend::new(out.clone()));
        let viewport = Viewport::Fixed(Rect::new(0, 0, 120, 30));
        let mut t =
            Terminal::with_options(backend, TerminalOptions { viewport }).expect("terminal");
        let mut term = ModelTerminal::new(widths, 120, 30);
        let mut seen = 0;
        for step in 0..12 {
            let frame = t.draw(|f| super::view(&m, f)).expect("draw");
            let bytes = out.bytes();
            term.feed(&bytes[seen..]);
            seen = bytes.len();
            let diff = term.differences(frame.buffer);
            assert!(
                diff.is_empty(),
                "{widths:?} step {step}: {diff:?}\n{}",
                term.lines()
            );
            drop(bytes);
            let k = if step < 7 { "j" } else { "k" };
            key(&mut m, k);
        }
    }
}
