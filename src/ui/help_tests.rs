use insta::assert_snapshot;

use super::*;
use crate::app::testing::press;
use crate::app::{Model, ModelOptions};
use crate::ui::tests::{fixture_users, loaded_with, options, screen};

const SIZES: [(u16, u16); 3] = [(120, 30), (80, 24), (40, 10)];

fn keymap(pairs: &[(&str, &[&str])]) -> Keymap {
    let overrides = pairs
        .iter()
        .map(|(a, ks)| (a.to_string(), ks.iter().map(|k| k.to_string()).collect()))
        .collect();
    let (km, warnings) = Keymap::build(&overrides);
    assert!(warnings.is_empty(), "{warnings:?}");
    km
}

/// The help as plain text for a box `cols` wide inside, one string per line.
fn text(km: &Keymap, cols: usize) -> Vec<String> {
    lines(km, &Theme::mono(), cols)
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect()
}

/// The help with its wrapped lines joined: every description reads whole.
fn joined(km: &Keymap, cols: usize) -> String {
    text(km, cols)
        .iter()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The inside width of the help box on a terminal `w` wide.
fn inside(w: u16) -> usize {
    usize::from(w.min(76) - 2)
}

#[test]
fn help_with_a_remapped_key_shows_the_key() {
    for (w, h) in SIZES {
        let opts = ModelOptions {
            keys: [(
                "search".to_string(),
                vec!["/".to_string(), "ctrl-f".to_string()],
            )]
            .into_iter()
            .collect(),
            ..options()
        };
        let mut m: Model = loaded_with(opts, w, h, fixture_users());
        press(&mut m, "?");
        // Scrolled until the remapped line is in view.
        for _ in 0..60 {
            if screen(&m, w, h).contains("search by name") {
                break;
            }
            press(&mut m, "j");
        }
        let text = screen(&m, w, h);
        let line = text
            .lines()
            .find(|l| l.contains("search by name"))
            .unwrap_or_default();
        assert!(line.contains("/, ctrl-f "), "{w}x{h}: {line}");
        assert!(!text.contains("//ctrl-f"), "{text}");
        assert_snapshot!(format!("help_remapped_{w}x{h}"), text);
    }
    let km = keymap(&[("search", &["/", "ctrl-f"])]);
    let all = text(&km, inside(80));
    let line = all
        .iter()
        .find(|l| l.contains("search by name"))
        .cloned()
        .unwrap_or_default();
    assert!(line.trim_start().starts_with("/, ctrl-f "), "{line}");
}

#[test]
fn no_line_is_cut_at_any_width() {
    for w in [40, 52, 80, 120] {
        let cols = inside(w);
        for line in text(&Keymap::default(), cols) {
            assert!(width(&line) <= cols, "{w}: {line:?} is cut");
        }
        // The stop line in full.
        let all = joined(&Keymap::default(), cols);
        assert!(
            all.contains(&format!("c {}", Action::StopJob.description())),
            "{w}: {all}"
        );
    }
}

#[test]
fn every_binding_is_listed_with_its_keys_and_all_its_words() {
    let km = keymap(&[(
        "switch_button",
        &["tab", "shift-tab", "left", "right", "ctrl-o"],
    )]);
    for cols in [38, 74] {
        let all = joined(&km, cols);
        for a in Action::ALL {
            let entry = format!("{} {}", km.label(a), a.description());
            let entry = entry.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(all.contains(&entry), "{cols}: {entry:?} missing");
        }
    }
    let all = joined(&km, 74);
    for needed in [
        "paste an ID or email over the list: look the user up",
        "esc back, close, cancel; over the list: clear the search, then the marks",
        "enter in a form: next field, on the last one submit",
        "ctrl-s submit the form, from any field",
        "backspace delete the character before the cursor",
        "enter press the focused button",
        "m read the recent messages in full",
    ] {
        assert!(all.contains(needed), "{needed:?} missing from {all}");
    }
}
