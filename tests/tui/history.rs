//! The prompts' histories: kept between runs in the data directory, brought back with ↑.

use docspace_people::app::{HistoryKind, Overlay};
use docspace_people::history_store;
use docspace_people::runtime::Outside;

use crate::harness::Harness;

#[tokio::test]
async fn what_was_typed_comes_back_with_up_in_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = Harness::start().await;
    first.app.set_outside(Outside {
        history_dir: Some(dir.path().to_path_buf()),
        browser: false,
    });
    let ann = first.portal.users()[5].clone();
    let email = ann.email.clone().expect("email");
    first.press("/");
    first.type_text("ann");
    first.press("enter");
    first.settle().await;
    first.press("i");
    first.paste(&email);
    first.press("enter");
    first.settle().await;
    first.press(":");
    first.type_text("goto ");
    first.paste(&ann.id.to_string());
    first.press("enter");
    first.settle().await;
    first.finish().await;

    let kept = history_store::load(dir.path());
    assert_eq!(kept.entries(HistoryKind::Search), ["ann"]);
    assert_eq!(
        kept.entries(HistoryKind::Lookup),
        std::slice::from_ref(&email)
    );
    assert_eq!(
        kept.entries(HistoryKind::Palette),
        [format!("goto {}", ann.id)]
    );

    // The next run starts with them.
    let mut next = Harness::start().await;
    next.app.model.history = kept;
    next.press("/");
    next.press("up");
    assert_eq!(next.model().search.input.value(), "ann");
    next.press("esc");
    next.press("i");
    next.press("up");
    let Overlay::Lookup(p) = &next.model().overlay else {
        panic!("the look-up is open")
    };
    assert_eq!(p.input.value(), email);
    next.press("esc");
    next.press(":");
    next.press("up");
    let Overlay::Palette(p) = &next.model().overlay else {
        panic!("the palette is open")
    };
    assert_eq!(p.input.value(), format!("goto {}", ann.id));
    next.finish().await;
}
