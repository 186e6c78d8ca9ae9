//! What a run has sent and settled so far, so that a run abandoned part-way (the program
//! interrupted while requests were on the wire) can still say, per user, what is known.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, PoisonError};

use uuid::Uuid;

use super::execute::{CHECK_HINT, NOT_ATTEMPTED_STOPPED};
use super::log::{LogError, WriteLog};
use super::plan::Plan;
use super::{Outcome, Report, Step, UserResult};

/// A [`WriteLog`] that passes every record on to `inner` and remembers it.
pub struct Tally<'a> {
    inner: &'a dyn WriteLog,
    seen: Mutex<Seen>,
}

#[derive(Default)]
struct Seen {
    sent: HashSet<Uuid>,
    settled: HashMap<Uuid, Outcome>,
    requests: usize,
}

impl<'a> Tally<'a> {
    pub fn new(inner: &'a dyn WriteLog) -> Self {
        Self {
            inner,
            seen: Mutex::new(Seen::default()),
        }
    }

    /// The report as far as it is known: settled users with their outcome, users whose
    /// request was sent but not checked as unknown, the others as not attempted.
    pub fn partial_report(&self, plan: &Plan) -> Report {
        let seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        let mut results = Vec::with_capacity(plan.eligible.len() + plan.excluded.len());
        for t in &plan.eligible {
            let outcome = match seen.settled.get(&t.id) {
                Some(o) => o.clone(),
                None if seen.sent.contains(&t.id) => Outcome::Unknown(format!(
                    "sent, but the program was interrupted before the answer was checked; \
                     {CHECK_HINT}"
                )),
                None => Outcome::Stopped(NOT_ATTEMPTED_STOPPED.into()),
            };
            results.push(UserResult {
                id: t.id,
                name: t.name.clone(),
                outcome,
            });
        }
        results.extend(plan.excluded.iter().map(|(t, why)| UserResult {
            id: t.id,
            name: t.name.clone(),
            outcome: why.outcome(),
        }));
        Report {
            action: plan.action,
            results,
            requests: seen.requests,
        }
    }
}

impl WriteLog for Tally<'_> {
    fn sending(&self, step: Step, users: &[(Uuid, &str)]) -> Result<(), LogError> {
        self.inner.sending(step, users)?;
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.requests += 1;
        seen.sent.extend(users.iter().map(|(id, _)| *id));
        Ok(())
    }

    fn answered(&self, step: Step, results: &[UserResult]) {
        self.inner.answered(step, results);
    }

    fn settled(&self, results: &[UserResult]) {
        self.inner.settled(results);
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        for r in results {
            seen.settled.insert(r.id, r.outcome.clone());
        }
    }
}
