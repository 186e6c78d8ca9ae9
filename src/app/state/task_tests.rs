use super::*;
use crate::people::lookup::LookupTarget;
use crate::people::pasted::Wanted;

#[test]
fn the_summary_says_what_and_how_far() {
    let mut t = ReadTask::new(RequestId(3), TaskKind::MarkAll);
    assert_eq!(t.summary(), "marking every user of the list…");
    t.on_progress(ReadProgress {
        done: 200,
        total: Some(1000),
    });
    assert_eq!(
        t.summary(),
        "marking every user of the list: 200/1000 users…"
    );
    let export = ReadTask::new(
        RequestId(4),
        TaskKind::Export {
            format: ExportFormat::Csv,
            path: "a\u{1b}.csv".into(),
        },
    );
    assert_eq!(export.what(), "exporting to a\\x1b.csv");
    assert!(export.blocks_marks().is_none());
    let list = PastedList {
        wanted: vec![Wanted {
            line: 1,
            target: LookupTarget::Email("a@b.org".into()),
        }],
        ..PastedList::default()
    };
    let paste = ReadTask::new(RequestId(5), TaskKind::Paste(Box::new(list)));
    assert_eq!(paste.what(), "finding the 1 user of the pasted list");
    assert!(paste.blocks_marks().is_some());
}
