use std::time::{Duration, Instant};

use super::super::holdings::{Holdings, room};
use super::super::test_support::*;
use super::*;

fn three_steps(s: &Store) -> Vec<Step> {
    let from = s.index_of(id(7)).expect("terminated room admin");
    vec![
        Step::new(10, Effect::None),
        Step::new(
            60,
            Effect::MoveRooms {
                from: id(7),
                to: id(1),
            },
        ),
        Step::new(100, Effect::DeleteProfile(from)),
    ]
}

#[test]
fn a_job_starts_queued_and_moves_one_step_per_read_doing_its_work() {
    let mut s = small();
    s.admin.holdings = Holdings::default();
    s.admin.holdings.add_room(room(id(7), 2));
    let now = Instant::now();
    let steps = three_steps(&s);
    let p = s.start_job(JobKind::Reassign, id(7), steps, now);
    assert_eq!(
        (p.status, p.percentage, p.is_completed),
        (TaskStatus::Created, 0, false)
    );
    assert_eq!(
        p.id,
        format!("1_{}_ReassignProgressItem", id(7)),
        "QueueWorker.cs line 49: tenant, user, item type"
    );
    let p = s.read_job(JobKind::Reassign, id(7), now).expect("queued");
    assert_eq!((p.status, p.percentage), (TaskStatus::Running, 10));
    assert!(
        s.admin.holdings.any_rooms(id(7)),
        "the rooms move at the second step"
    );
    let p = s.read_job(JobKind::Reassign, id(7), now).expect("queued");
    assert_eq!(p.percentage, 60);
    assert_eq!(s.admin.holdings.rooms_of(id(1)).count(), 1);
    assert!(s.index_of(id(7)).is_some());
    let p = s.read_job(JobKind::Reassign, id(7), now).expect("queued");
    assert_eq!(
        (p.status, p.percentage, p.is_completed),
        (TaskStatus::Completed, 100, true)
    );
    assert!(
        s.index_of(id(7)).is_none(),
        "the last step deleted the profile"
    );
    let again = s.read_job(JobKind::Reassign, id(7), now).expect("kept");
    assert_eq!(again, p, "a finished job stays as it ended");
}

#[test]
fn starting_again_answers_with_the_running_job_and_replaces_a_finished_one() {
    let mut s = small();
    let now = Instant::now();
    let first = s.start_job(
        JobKind::Remove,
        id(6),
        vec![Step::new(100, Effect::None)],
        now,
    );
    let again = s.start_job(JobKind::Remove, id(6), Vec::new(), now);
    assert_eq!(
        again, first,
        "QueueWorker.cs lines 73-87: the running task is the answer"
    );
    s.finish_jobs(Instant::now());
    assert!(
        s.peek_job(JobKind::Remove, id(6), now)
            .expect("kept")
            .is_completed
    );
    let fresh = s.start_job(
        JobKind::Remove,
        id(6),
        vec![Step::new(50, Effect::None)],
        now,
    );
    assert_eq!((fresh.status, fresh.percentage), (TaskStatus::Created, 0));
    assert!(
        s.read_job(JobKind::Reassign, id(6), now).is_none(),
        "kinds are apart"
    );
}

#[test]
fn terminate_cancels_keeps_what_was_done_and_takes_the_job_off_the_queue() {
    let mut s = small();
    s.admin.holdings = Holdings::default();
    s.admin.holdings.add_room(room(id(7), 2));
    let now = Instant::now();
    let steps = three_steps(&s);
    s.start_job(JobKind::Reassign, id(7), steps, now);
    s.read_job(JobKind::Reassign, id(7), now);
    s.read_job(JobKind::Reassign, id(7), now);
    let t = s
        .terminate_job(JobKind::Reassign, id(7), now)
        .expect("was queued");
    assert_eq!(
        (t.status, t.percentage, t.is_completed),
        (TaskStatus::Canceled, 60, true)
    );
    assert_eq!(
        s.admin.holdings.rooms_of(id(1)).count(),
        1,
        "the moved rooms stay moved"
    );
    assert!(s.index_of(id(7)).is_some(), "the profile was not deleted");
    assert!(s.read_job(JobKind::Reassign, id(7), now).is_none());
    assert!(s.terminate_job(JobKind::Reassign, id(7), now).is_none());
}

#[test]
fn a_step_that_cannot_do_its_work_fails_the_job_with_the_message() {
    let mut s = small();
    let now = Instant::now();
    let guest = s.index_of(id(5)).expect("guest");
    let from = s.index_of(id(7)).expect("room admin");
    let steps = vec![
        Step::new(5, Effect::None),
        Step::new(
            10,
            Effect::Check {
                from,
                to: Some(guest),
            },
        ),
        Step::new(100, Effect::None),
    ];
    s.start_job(JobKind::Reassign, id(7), steps, now);
    s.finish_jobs(Instant::now());
    let p = s.peek_job(JobKind::Reassign, id(7), now).expect("kept");
    assert_eq!(
        (p.status, p.percentage, p.is_completed),
        (TaskStatus::Failed, 5, true)
    );
    assert_eq!(
        p.error.as_deref(),
        Some("You don't have enough permission to perform the operation")
    );
}

#[test]
fn a_timed_pace_takes_the_steps_due_whether_read_or_not() {
    let mut s = small();
    s.set_job_pace(JobPace::Every(Duration::from_secs(1)));
    let t0 = Instant::now();
    let steps = (1..=5).map(|n| Step::new(n * 20, Effect::None)).collect();
    s.start_job(JobKind::Remove, id(6), steps, t0);
    let p = s.read_job(JobKind::Remove, id(6), t0).expect("queued");
    assert_eq!(p.percentage, 0, "no time has passed");
    let p = s
        .peek_job(JobKind::Remove, id(6), t0 + Duration::from_millis(2500))
        .expect("q");
    assert_eq!(p.percentage, 40);
    let p = s
        .read_job(JobKind::Remove, id(6), t0 + Duration::from_millis(2600))
        .expect("q");
    assert_eq!(p.percentage, 40, "reads do not push a timed job");
    let p = s
        .read_job(JobKind::Remove, id(6), t0 + Duration::from_secs(60))
        .expect("q");
    assert_eq!((p.percentage, p.status), (100, TaskStatus::Completed));
    // It ended when its last step fell due (5 s), not when it was read.
    let at = |secs| t0 + Duration::from_secs(secs);
    assert!(s.peek_job(JobKind::Remove, id(6), at(64)).is_some());
    assert!(
        s.peek_job(JobKind::Remove, id(6), at(65)).is_none(),
        "forgotten a minute after it ended"
    );
}

#[test]
fn a_finished_job_is_forgotten_a_minute_after_it_ended_a_running_one_is_not() {
    let mut s = small();
    let t0 = Instant::now();
    let one_step = vec![Step::new(100, Effect::None)];
    let two_steps = vec![Step::new(50, Effect::None), Step::new(100, Effect::None)];
    s.start_job(JobKind::Remove, id(6), one_step, t0);
    s.start_job(JobKind::Reassign, id(6), two_steps, t0);
    let done = s.read_job(JobKind::Remove, id(6), t0).expect("queued");
    assert!(done.is_completed, "{done:?}");
    let running = s.read_job(JobKind::Reassign, id(6), t0).expect("queued");
    assert_eq!(running.status, TaskStatus::Running);

    let just_before = t0 + FORGOTTEN_AFTER - Duration::from_secs(1);
    assert!(
        s.peek_job(JobKind::Remove, id(6), just_before).is_some(),
        "readable for a minute after it ended"
    );
    assert!(
        s.peek_job(JobKind::Remove, id(6), t0 + FORGOTTEN_AFTER)
            .is_none(),
        "DistributedTaskQueue.cs lines 224-245: the cleaner dequeued it"
    );
    assert!(
        s.peek_job(JobKind::Reassign, id(6), t0 + 2 * FORGOTTEN_AFTER)
            .is_some(),
        "a running job is not forgotten"
    );
}
