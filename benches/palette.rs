//! What one key press in the command palette costs: the whole action list filtered and
//! ranked again (through the real `update`), typing a character and then erasing it.
//!
//! `cargo bench --bench palette` (add `-- --quick` for a short run).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use docspace_people::app::{Model, ModelOptions, Msg, update};

fn key(code: KeyCode) -> Msg {
    Msg::Input(Event::Key(KeyEvent::new_with_kind(
        code,
        KeyModifiers::NONE,
        KeyEventKind::Press,
    )))
}

/// A model with the palette open and `typed` on its line.
fn palette(typed: &str) -> Model {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    update(&mut m, key(KeyCode::Char(':')));
    for c in typed.chars() {
        update(&mut m, key(KeyCode::Char(c)));
    }
    m
}

fn keystrokes(c: &mut Criterion) {
    let mut group = c.benchmark_group("palette: a character typed, then erased");
    // From an empty line (every entry matches) to a longer query (few do).
    for typed in ["", "te", "mark al"] {
        let mut m = palette(typed);
        let (char_key, erase) = (key(KeyCode::Char('e')), key(KeyCode::Backspace));
        group.bench_function(format!("after {typed:?}"), |b| {
            b.iter(|| {
                black_box(update(&mut m, char_key.clone()));
                black_box(update(&mut m, erase.clone()));
            });
        });
    }
    group.finish();
}

criterion_group!(benches, keystrokes);
criterion_main!(benches);
