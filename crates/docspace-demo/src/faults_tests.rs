use super::*;

#[test]
fn next_n_rules_are_used_up_and_match_method_and_path() {
    let mut set = FaultSet::default();
    set.add(
        FaultRule::new(Fault::Status(500))
            .method("put")
            .path("/api/2.0/people/status")
            .times(2),
    );
    assert!(set.take("GET", "/api/2.0/people/status/1").is_empty());
    assert!(set.take("PUT", "/api/2.0/people/delete").is_empty());
    assert_eq!(set.take("PUT", "/api/2.0/people/status/Active").len(), 1);
    assert_eq!(set.take("PUT", "/api/2.0/people/status/Active").len(), 1);
    assert!(set.take("PUT", "/api/2.0/people/status/Active").is_empty());
    assert!(set.is_empty());
}

#[test]
fn latency_combines_with_another_fault() {
    let mut set = FaultSet::default();
    set.add(FaultRule::new(Fault::Latency(Duration::from_millis(5))));
    set.add(FaultRule::new(Fault::MalformedBody));
    set.add(FaultRule::new(Fault::DropConnection));
    let got = set.take("GET", "/x");
    assert_eq!(got.len(), 2);
    assert_eq!(
        set.len(),
        1,
        "the second non-latency rule waits for the next request"
    );
}

#[test]
fn answer_shaping_faults_apply_together() {
    let mut set = FaultSet::default();
    set.add(FaultRule::new(Fault::RepeatPage).share(1.0));
    set.add(FaultRule::new(Fault::OmitTotal).share(1.0));
    set.add(FaultRule::new(Fault::Status(500)));
    let got: Vec<Fault> = set.take("GET", "/").into_iter().map(|r| r.fault).collect();
    assert_eq!(
        got,
        [Fault::RepeatPage, Fault::OmitTotal, Fault::Status(500)]
    );
    let got: Vec<Fault> = set.take("GET", "/").into_iter().map(|r| r.fault).collect();
    assert_eq!(got, [Fault::RepeatPage, Fault::OmitTotal]);
}

#[test]
fn share_hits_about_that_share() {
    let mut set = FaultSet::new(3);
    set.add(FaultRule::new(Fault::Status(503)).share(0.25));
    let hits = (0..2000)
        .filter(|_| !set.take("GET", "/").is_empty())
        .count();
    assert!((350..650).contains(&hits), "{hits}");
}

#[test]
fn rules_parse_from_text() {
    let r: FaultRule = "status=503,path=/api/2.0/people,share=0.1"
        .parse()
        .expect("rule");
    assert_eq!(r.fault, Fault::Status(503));
    assert_eq!(r.trigger, Trigger::Share(0.1));
    let r: FaultRule = "latency=250,method=get,times=3,after"
        .parse()
        .expect("rule");
    assert_eq!(r.fault, Fault::Latency(Duration::from_millis(250)));
    assert_eq!(
        (r.method.as_deref(), r.after_processing),
        (Some("GET"), true)
    );
    let r: FaultRule = "hangup,method=put,share=0.5,after".parse().expect("rule");
    assert_eq!(
        (r.fault, r.trigger, r.after_processing),
        (Fault::Hangup, Trigger::Share(0.5), true)
    );
    assert!("status=99".parse::<FaultRule>().is_err());
    assert!("explode".parse::<FaultRule>().is_err());
}

#[test]
fn rules_read_back_what_they_display() {
    let rules = [
        FaultRule::new(Fault::Latency(Duration::from_millis(300))).share(1.0),
        FaultRule::new(Fault::Status(503)).share(0.1),
        FaultRule::new(Fault::Hangup)
            .method("put")
            .share(0.05)
            .after_processing(),
        FaultRule::new(Fault::HtmlStatus(502))
            .path("/api/2.0/people")
            .times(3),
        FaultRule::new(Fault::RateLimited {
            retry_after_secs: 7,
        }),
        FaultRule::new(Fault::MalformedBody),
        FaultRule::new(Fault::DropConnection),
        FaultRule::new(Fault::OtherUser("ann.lee".into())).method("GET"),
        FaultRule::new(Fault::RepeatPage).share(1.0),
        FaultRule::new(Fault::OmitTotal).times(3),
    ];
    for rule in rules {
        let text = rule.to_string();
        assert_eq!(text.parse::<FaultRule>().as_ref(), Ok(&rule), "{text}");
    }
    assert_eq!(
        FaultRule::new(Fault::Hangup)
            .method("PUT")
            .share(0.05)
            .after_processing()
            .to_string(),
        "hangup,method=PUT,share=0.05,after"
    );
}
