//! What a run has sent and settled so far, so that a run abandoned part-way (the program
//! interrupted while requests were on the wire) can still say, per user, what is known.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, PoisonError};

use uuid::Uuid;

use super::execute::{CHECK_HINT, NOT_ATTEMPTED_STOPPED, TERMINATED_NOT_DELETED_STOPPED};
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
    /// Users and the steps sent for them.
    sent: HashSet<(Uuid, Step)>,
    /// Steps answered and checked, with what came of them.
    answered: HashMap<(Uuid, Step), Outcome>,
    settled: HashMap<Uuid, Outcome>,
    requests: usize,
}

impl Seen {
    /// What is known of a user whose final outcome is not: a step sent and not answered
    /// is unknown; a terminate done whose delete was never sent stopped part-way.
    fn so_far(&self, id: Uuid) -> Outcome {
        let unanswered = [Step::Terminating, Step::Activating, Step::Deleting]
            .into_iter()
            .any(|step| {
                self.sent.contains(&(id, step)) && !self.answered.contains_key(&(id, step))
            });
        if unanswered {
            return Outcome::Unknown(format!(
                "sent, but the program was interrupted before the answer was checked; \
                 {CHECK_HINT}"
            ));
        }
        match self.answered.get(&(id, Step::Terminating)) {
            Some(Outcome::Done) if !self.sent.contains(&(id, Step::Deleting)) => {
                Outcome::Stopped(TERMINATED_NOT_DELETED_STOPPED.into())
            }
            _ => Outcome::Stopped(NOT_ATTEMPTED_STOPPED.into()),
        }
    }
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
                None => seen.so_far(t.id),
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
        seen.sent.extend(users.iter().map(|(id, _)| (*id, step)));
        Ok(())
    }

    fn reassigning(&self, users: &[(Uuid, &str)], to: Uuid) -> Result<(), LogError> {
        self.inner.reassigning(users, to)?;
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.requests += 1;
        seen.sent
            .extend(users.iter().map(|(id, _)| (*id, Step::Reassigning)));
        Ok(())
    }

    fn answered(&self, step: Step, results: &[UserResult]) {
        self.inner.answered(step, results);
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        for r in results {
            seen.answered.insert((r.id, step), r.outcome.clone());
        }
    }

    fn settled(&self, results: &[UserResult]) {
        self.inner.settled(results);
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        for r in results {
            seen.settled.insert(r.id, r.outcome.clone());
        }
    }
}

#[cfg(test)]
#[path = "tally_tests.rs"]
mod tests;
