use serde_json::json;
use uuid::Uuid;

use super::*;

fn impact() -> Impact {
    Impact {
        id: Uuid::from_u128(1),
        name: "Lea".into(),
        necessary: true,
        rooms: 2,
        room_titles: vec!["Sales".into(), "Board".into()],
        rooms_bytes: 300,
        personal_bytes: 40,
    }
}

#[test]
fn a_dry_run_says_what_they_own_and_no_steps() {
    let i = impact();
    let v = serde_json::to_value(data(Some(&i), None)).expect("json");
    assert_eq!(
        v,
        json!({
            "owns": {"rooms": 2, "roomTitles": ["Sales", "Board"], "roomsBytes": 300,
                     "personalBytes": 40},
            "steps": null,
        })
    );
}

#[test]
fn each_step_and_how_the_removal_ended() {
    let mut fate = DataFate::untouched(Uuid::from_u128(1));
    fate.terminated = true;
    fate.handover_begun = true;
    fate.handed_to = Some("Ann Lee".into());
    fate.deleted = true;
    fate.removal = Some(Ended::Failed("disk".into()));
    let v = serde_json::to_value(data(None, Some(&fate))).expect("json");
    assert_eq!(
        v,
        json!({
            "owns": null,
            "steps": {"terminated": true, "handoverBegun": true, "handedTo": "Ann Lee",
                      "deleted": true, "dataRemoval": "failed", "dataRemovalPercent": null,
                      "dataRemovalError": "disk"},
        })
    );
    fate.removal = Some(Ended::Left(40));
    let v = serde_json::to_value(data(None, Some(&fate))).expect("json");
    assert_eq!(v["steps"]["dataRemoval"], "running");
    assert_eq!(v["steps"]["dataRemovalPercent"], 40);
    let untouched = DataFate::untouched(Uuid::from_u128(2));
    let v = serde_json::to_value(data(None, Some(&untouched))).expect("json");
    assert_eq!(v["steps"]["deleted"], false);
    assert_eq!(v["steps"]["dataRemoval"], serde_json::Value::Null);
}
