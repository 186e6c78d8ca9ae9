use super::*;
use crate::faults::{FaultSet, Trigger};

#[test]
fn shares_are_numbers_from_0_to_1() {
    assert_eq!("0.05".parse::<Share>(), Ok(Share(0.05)));
    assert_eq!("0".parse::<Share>(), Ok(Share::NONE));
    assert_eq!(" 1 ".parse::<Share>(), Ok(Share(1.0)));
    for bad in ["abc", "", "1.5", "-0.1", "NaN", "inf", "5%"] {
        assert_eq!(bad.parse::<Share>(), Err(KnobError::NotAShare), "{bad}");
    }
}

#[test]
fn rate_limits_are_positive_numbers_or_off() {
    assert_eq!(
        "off".parse::<RateLimit>().map(RateLimit::per_minute),
        Ok(None)
    );
    assert_eq!("OFF".parse::<RateLimit>(), Ok(RateLimit::OFF));
    assert_eq!(
        "20".parse::<RateLimit>().map(RateLimit::per_minute),
        Ok(Some(20))
    );
    for bad in ["0", "-1", "abc", "", "1.5"] {
        assert_eq!(
            bad.parse::<RateLimit>(),
            Err(KnobError::NotARateLimit),
            "{bad}"
        );
    }
    assert_eq!(RateLimit::default().per_minute(), Some(1500));
    assert_eq!(RateLimit::default().to_string(), "1500");
    assert_eq!(RateLimit::OFF.to_string(), "off");
}

#[test]
fn no_knob_turned_means_no_fault() {
    assert!(FaultKnobs::default().rules().is_empty());
}

#[test]
fn knobs_become_share_rules() {
    let knobs = FaultKnobs {
        latency: Duration::from_millis(300),
        fail_rate: Share(0.1),
        drop_after_write: Share(0.05),
    };
    let rules = knobs.rules();
    assert_eq!(rules.len(), 5);
    assert_eq!(rules[0].fault, Fault::Latency(Duration::from_millis(300)));
    assert_eq!(rules[0].trigger, Trigger::Share(1.0));
    assert_eq!(
        (&rules[1].fault, rules[1].trigger, &rules[1].method),
        (&Fault::Status(503), Trigger::Share(0.1), &None)
    );
    let drops: Vec<_> = rules[2..].iter().map(|r| r.method.as_deref()).collect();
    assert_eq!(drops, [Some("POST"), Some("PUT"), Some("DELETE")]);
    assert!(rules[2..].iter().all(|r| r.fault == Fault::Hangup
        && r.after_processing
        && r.trigger == Trigger::Share(0.05)));
}

#[test]
fn every_request_waits_and_reads_are_never_dropped() {
    let knobs = FaultKnobs {
        latency: Duration::from_millis(1),
        fail_rate: Share::NONE,
        drop_after_write: Share(1.0),
    };
    let mut set = FaultSet::default();
    knobs.rules().into_iter().for_each(|r| set.add(r));
    for _ in 0..50 {
        let read = set.take("GET", "/api/2.0/people/filter");
        assert_eq!(read.len(), 1);
        assert!(matches!(read[0].fault, Fault::Latency(_)));
        let write = set.take("PUT", "/api/2.0/people/status/Terminated");
        assert_eq!(write.len(), 2);
        assert_eq!(write[1].fault, Fault::Hangup);
    }
}
