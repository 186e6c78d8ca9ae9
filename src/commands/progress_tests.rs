use super::*;
use crate::bulk::Step;

#[test]
fn a_running_job_is_shown_with_its_percentage() {
    let mut p = Progress {
        done: 0,
        total: 1,
        step: Step::Deleting,
        percent: None,
    };
    let plain = step_words(&p);
    assert_eq!(plain, p.step.as_str());
    p.percent = Some(40);
    assert_eq!(step_words(&p), format!("{plain} 40%"));
}
