//! How long one frame of the full view takes (user list, detail pane, status and hint
//! lines) at 200x50 and 80x24 with 1k and 100k users loaded, and what one key press
//! (moving down) costs `update` with 100k users loaded.
//!
//! `cargo bench --bench render` (add `-- --quick` for a short run).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use docspace_people::api::{EmployeeFullDto, EmployeeStatus, UserPage};
use docspace_people::app::{Model, ModelOptions, Msg, RequestId, update};
use docspace_people::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use uuid::Uuid;

const FIRST: [&str; 8] = [
    "Anna", "Björn", "Chloé", "Dmitri", "Émile", "Fatima", "Grace", "山田",
];
const LAST: [&str; 8] = [
    "Andersen",
    "Nguyễn",
    "O'Neil",
    "Kowalczyk",
    "van der Berg",
    "Šimunović",
    "Taylor",
    "太郎",
];

fn user(n: usize) -> EmployeeFullDto {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(n as u128 + 1));
    let first = FIRST[n % FIRST.len()];
    let last = LAST[(n / FIRST.len()) % LAST.len()];
    u.first_name = Some(first.to_string());
    u.last_name = Some(last.to_string());
    u.display_name = Some(format!("{first} {last}"));
    u.email = Some(format!("user{n}@example.org"));
    u.status = Some(if n.is_multiple_of(10) {
        EmployeeStatus::Terminated
    } else {
        EmployeeStatus::Active
    });
    u.is_collaborator = Some(n.is_multiple_of(3));
    u.is_admin = Some(n.is_multiple_of(50));
    u.registration_date = Some("2024-03-05T09:15:00.0000000+01:00".to_string());
    u.culture_name = Some("en-US".to_string());
    u.avatar_small = Some(format!("/storage/userPhotos/root/{n}_size_32-32.png"));
    u
}

/// A model of `size` with `count` users loaded and the cursor in the middle.
fn model(count: usize, (w, h): (u16, u16)) -> Model {
    let mut m = Model::new(ModelOptions {
        portal_label: "https://portal.example.com".into(),
        ..ModelOptions::default()
    });
    update(&mut m, Msg::Input(Event::Resize(w, h)));
    let vp = m.viewport();
    m.users.begin_reload(false);
    let page_size = 100;
    for (p, start) in (0..count).step_by(page_size).enumerate() {
        let users = (start..(start + page_size).min(count)).map(user).collect();
        let page = UserPage {
            users,
            total: Some(count as u64),
            start_index: start as u64,
        };
        m.users.page_requested(p as u64, RequestId(p as u64));
        m.users.apply_page(p as u64, page, vp);
    }
    m.users.move_to(count / 2, vp);
    assert_eq!(m.users.loaded_count(), count);
    m
}

fn key(code: KeyCode) -> Msg {
    Msg::Input(Event::Key(KeyEvent::new_with_kind(
        code,
        KeyModifiers::NONE,
        KeyEventKind::Press,
    )))
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for size in [(200, 50), (80, 24)] {
        for count in [1_000, 100_000] {
            let m = model(count, size);
            // The test backend cannot fail (its error type is `Infallible`).
            let Ok(mut term) = Terminal::new(TestBackend::new(size.0, size.1));
            let name = format!("{}x{} {}k users", size.0, size.1, count / 1000);
            group.bench_function(name, |b| {
                b.iter(|| {
                    // A full redraw each time, as after a resize.
                    term.clear().ok();
                    term.draw(|f| view(black_box(&m), f)).ok();
                });
            });
        }
    }
    group.finish();
}

fn key_presses(c: &mut Criterion) {
    let mut m = model(100_000, (200, 50));
    let (down, up) = (key(KeyCode::Char('j')), key(KeyCode::Char('k')));
    c.bench_function("update: j then k, 100k users", |b| {
        b.iter(|| {
            black_box(update(&mut m, down.clone()));
            black_box(update(&mut m, up.clone()));
        });
    });
}

criterion_group!(benches, frames, key_presses);
criterion_main!(benches);
