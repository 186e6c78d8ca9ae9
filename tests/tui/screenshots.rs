//! The README's screenshots, made by the program itself so they never drift: each screen
//! is driven through the real update loop and worker on the demo portal `--demo` starts
//! (250 users, seed 1), drawn at 120x32 and turned into SVG by `svg`, then compared with
//! `assets/screenshots/<name>.svg`.
//!
//! `UPDATE_SCREENSHOTS=1 cargo test --test tui screenshots` writes them anew. Nothing on
//! these screens depends on the clock, the port or the machine: the seed fixes the users
//! and their dates, and the portal gives a fixed address as its own.

use std::path::PathBuf;
use std::time::Duration;

use crate::svg::buffer_svg;
use docspace_people::api::{EmployeeFullDto, EmployeeStatus, EmployeeType};
use docspace_people::demo::DemoOptions;

use crate::harness::Harness;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 32;
/// The address the portal gives as its own (that of `serve-demo --listen 127.0.0.1:8092`).
const ADDRESS: &str = "http://127.0.0.1:8092";
const REGENERATE: &str = "UPDATE_SCREENSHOTS=1 cargo test --test tui screenshots";

async fn start() -> Harness {
    let opts = DemoOptions {
        users: 250,
        seed: 1,
        rate_limit: None,
        ..DemoOptions::default()
    };
    let label = format!("demo portal ({ADDRESS})");
    Harness::at_address(opts, ADDRESS, &label, WIDTH, HEIGHT).await
}

fn regenerating() -> bool {
    std::env::var("UPDATE_SCREENSHOTS").is_ok_and(|v| !v.is_empty() && v != "0")
}

fn path_of(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/screenshots")
        .join(format!("{name}.svg"))
}

/// Checks that the screen shows `expected` (it is the screen meant), then compares its
/// picture with `assets/screenshots/<name>.svg`, or writes it there when regenerating.
fn shoot(h: &mut Harness, name: &str, expected: &[&str]) {
    let screen = h.screen();
    for text in expected {
        assert!(
            screen.contains(text),
            "the {name} screenshot should show {text:?}:\n{screen}"
        );
    }
    let svg = buffer_svg(&h.frame());
    let path = path_of(name);
    if regenerating() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("create the folder");
        std::fs::write(&path, &svg).expect("write the screenshot");
        return;
    }
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    if saved != svg {
        let line = saved
            .lines()
            .zip(svg.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| saved.lines().count().min(svg.lines().count()));
        panic!(
            "{} is not what the program draws now (first difference at line {}).\n\
             If the change is meant, write the screenshots anew with\n    {REGENERATE}\n\
             and commit them. The screen now:\n{screen}",
            path.display(),
            line + 1
        );
    }
}

/// The first active user of `kind` (in creation order) with a name in Latin letters (the
/// receiver is picked by typing it) that `keep` accepts.
fn seeded(
    h: &Harness,
    kind: EmployeeType,
    keep: impl Fn(&EmployeeFullDto) -> bool,
) -> EmployeeFullDto {
    let latin = |u: &EmployeeFullDto| {
        u.display_name
            .as_deref()
            .is_some_and(|n| n.chars().all(|c| c < '\u{250}'))
    };
    h.portal
        .users()
        .into_iter()
        .filter(|u| u.status == Some(EmployeeStatus::Active) && u.user_type() == Some(kind))
        .filter(|u| latin(u))
        .find(|u| keep(u))
        .expect("the seed has such a user")
}

async fn look_up(h: &mut Harness, email: &str) {
    h.press("i");
    h.paste(email);
    h.press("enter");
    h.settle().await;
}

/// A room admin who owns rooms, and the DocSpace admin their rooms go to.
fn leaver_and_receiver(h: &Harness) -> (EmployeeFullDto, EmployeeFullDto) {
    let leaver = seeded(h, EmployeeType::RoomAdmin, |u| {
        h.portal.rooms_of(u.id).len() >= 2 && u.used_space.is_some_and(|s| s > 0.0)
    });
    let owner = h.portal.owner_id();
    let receiver = seeded(h, EmployeeType::DocSpaceAdmin, |u| u.id != owner);
    (leaver, receiver)
}

/// Opens the delete confirmation of `leaver` and picks `receiver` for their rooms.
async fn confirm_delete(h: &mut Harness, leaver: &EmployeeFullDto, receiver: &EmployeeFullDto) {
    look_up(h, leaver.email.as_deref().expect("an email")).await;
    h.press("d");
    h.settle().await;
    h.press("r");
    h.settle().await;
    h.type_text(
        &receiver
            .first_name
            .clone()
            .expect("a first name")
            .to_lowercase(),
    );
    h.press("enter");
    h.settle().await;
}

#[tokio::test]
async fn screenshots_list_and_details() {
    let mut h = start().await;
    h.press_n("j", 3);
    h.settle().await;
    shoot(&mut h, "list", &["Users", "Details", "· 250 users"]);
    h.finish().await;
}

#[tokio::test]
async fn screenshots_filter_panel() {
    let mut h = start().await;
    h.pick_filters(&["active", "Room admin"]).await;
    h.press("f");
    h.settle().await;
    shoot(
        &mut h,
        "filters",
        &["Filters", "type: Room admin", "status: active"],
    );
    h.finish().await;
}

#[tokio::test]
async fn screenshots_create_form() {
    let mut h = start().await;
    h.press("n");
    h.paste("R2D2");
    h.press("tab");
    h.paste("Quillfeather");
    h.press("tab");
    h.paste("r2d2@example");
    h.press("ctrl-s");
    h.settle().await;
    shoot(
        &mut h,
        "create_form",
        &["New user", "only letters", "not an email address"],
    );
    h.finish().await;
}

#[tokio::test]
async fn screenshots_delete_confirmation() {
    let mut h = start().await;
    let (leaver, receiver) = leaver_and_receiver(&h);
    confirm_delete(&mut h, &leaver, &receiver).await;
    let name = |n: &Option<String>| n.clone().unwrap_or_default();
    let to = format!(
        "go to {} {}",
        name(&receiver.first_name),
        name(&receiver.last_name)
    );
    shoot(&mut h, "delete", &["What goes away", "rooms: ", &to]);
    h.finish().await;
}

#[tokio::test]
async fn screenshots_offboarding_job() {
    let mut h = start().await;
    let (leaver, receiver) = leaver_and_receiver(&h);
    confirm_delete(&mut h, &leaver, &receiver).await;
    h.press("y");
    // One reply at a time, until the handover is half done.
    while !h.screen().contains("handing data over 50%") {
        assert!(h.model().requests.is_busy(), "{}", h.screen());
        let msg = tokio::time::timeout(Duration::from_secs(30), h.app.next_reply())
            .await
            .expect("a reply within 30 s")
            .expect("the worker runs");
        h.send(msg);
    }
    shoot(&mut h, "offboarding", &["handing data over 50%"]);
    h.settle().await;
    h.finish().await;
}

#[tokio::test]
async fn screenshots_bulk_report() {
    let mut h = start().await;
    h.pick_filter("terminated").await;
    h.press("g");
    h.press_n("space", 3);
    h.press("a");
    h.settle().await;
    h.press("y");
    h.settle().await;
    shoot(&mut h, "report", &["3"]);
    h.finish().await;
}

#[tokio::test]
async fn screenshots_help() {
    let mut h = start().await;
    h.press("?");
    h.settle().await;
    shoot(&mut h, "help", &["Keys", "Everywhere"]);
    h.finish().await;
}
