//! Running a plan against the portal, chunk by chunk, verifying every answer.
//!
//! - Up to [`CHUNKS_IN_FLIGHT`] chunks are worked on at once; within a chunk the
//!   requests keep their order (terminate, then delete), so the portal works on one chunk
//!   while the answer about another is checked, and network round trips overlap.
//! - Answers are asked to carry only what is checked (`fields=`): the status, and the
//!   names the plan does not know yet. A portal that ignores this sends whole profiles,
//!   which are checked the same way.
//! - A 403 on a chunk (the portal's all-or-nothing pre-check) is bisected; small refused
//!   groups are read back and classified, so the eligible users still get processed and
//!   the others are reported with the reason.
//! - A 402 (no seat, part-way through an activation) or an ambiguous failure (5xx,
//!   timeout, broken connection) is followed by reading the chunk's users back, so each
//!   user's outcome is what the portal actually holds.
//! - A terminate-then-delete deletes only the ids the portal confirmed as terminated.
//! - After a failure that will repeat for every request (401, unreachable portal, a long
//!   rate-limit wait), the remaining users are not attempted and say so.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use futures::StreamExt;
use futures::stream::FuturesUnordered;
use uuid::Uuid;

use super::check::Group;
use super::op::{Op, Res, has_name, is_fatal};
use super::plan::{Caller, Exclusion, Plan, Target, needs_terminate};
use super::{BulkAction, CHUNK, Progress, Report, Step, UserResult};
use crate::api::{ApiError, EmployeeFullDto, EmployeeStatus, PortalClient};

/// The most chunks worked on at once.
pub const CHUNKS_IN_FLIGHT: usize = 4;

/// One run of a plan. Chunks run concurrently within one task, so the shared parts sit
/// behind locks that are never held across a request.
pub(super) struct Run<'a, F> {
    pub(super) client: &'a PortalClient,
    pub(super) caller: Caller,
    total: usize,
    requests: AtomicUsize,
    done: AtomicUsize,
    /// A failure that every further request would repeat.
    abort: Mutex<Option<ApiError>>,
    progress: Mutex<F>,
    names: Mutex<Names>,
}

#[derive(Default)]
struct Names {
    /// Learned from the portal's answers, for targets the plan knew by id only.
    learned: HashMap<Uuid, String>,
    /// Targets known by id only whose name is not learned yet: answers about them are
    /// asked to carry the name.
    unnamed: HashSet<Uuid>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The reason given for users whose chunk was not started because the run was stopped.
pub const NOT_ATTEMPTED_STOPPED: &str = "not attempted (cancelled)";

/// Runs `plan`, reporting progress through `progress`. Never panics on portal errors:
/// every failure ends up in the report, per user.
pub async fn execute(client: &PortalClient, plan: &Plan, progress: impl FnMut(Progress)) -> Report {
    execute_until(client, plan, &AtomicBool::new(false), progress).await
}

/// [`execute`], stoppable: once `stop` is set, no further chunk is started; the requests
/// already sent finish and are verified as usual, and the users of the chunks never
/// started are reported as skipped with [`NOT_ATTEMPTED_STOPPED`].
pub async fn execute_until(
    client: &PortalClient,
    plan: &Plan,
    stop: &AtomicBool,
    progress: impl FnMut(Progress),
) -> Report {
    let run = Run::new(client, plan, progress);
    let mut results: HashMap<Uuid, Res> = HashMap::with_capacity(plan.eligible.len());
    {
        let mut waiting = plan.eligible.chunks(CHUNK);
        let mut running = FuturesUnordered::new();
        loop {
            while running.len() < CHUNKS_IN_FLIGHT
                && !stop.load(Ordering::Relaxed)
                && let Some(chunk) = waiting.next()
            {
                running.push(run.chunk(plan.action, chunk));
            }
            match running.next().await {
                Some(outcome) => results.extend(outcome),
                None => break,
            }
        }
    }
    let requests = run.requests.load(Ordering::Relaxed);
    let mut learned = run
        .names
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
        .learned;

    let mut out = Vec::with_capacity(plan.eligible.len() + plan.excluded.len());
    for t in &plan.eligible {
        let outcome = match results.remove(&t.id) {
            Some(res) => res.into_outcome(),
            // Only the chunks never started lack an outcome after a stop.
            None if stop.load(Ordering::Relaxed) => {
                super::Outcome::Skipped(NOT_ATTEMPTED_STOPPED.to_string())
            }
            None => Res::Failed("no outcome was recorded".into()).into_outcome(),
        };
        let name = match learned.remove(&t.id) {
            Some(name) if known_by_id_only(t) => name,
            _ => t.name.clone(),
        };
        out.push(UserResult {
            id: t.id,
            name,
            outcome,
        });
    }
    for (t, why) in &plan.excluded {
        out.push(UserResult {
            id: t.id,
            name: t.name.clone(),
            outcome: super::Outcome::Skipped(why.reason().to_string()),
        });
    }
    Report {
        action: plan.action,
        results: out,
        requests,
    }
}

/// Whether the plan knows `t` by its id only (its name is the id), without formatting the
/// id anew for each target.
fn known_by_id_only(t: &Target) -> bool {
    let mut buf = [0u8; uuid::fmt::Hyphenated::LENGTH];
    t.name == *t.id.hyphenated().encode_lower(&mut buf)
}

fn ids_of(chunk: &[Target]) -> Vec<Uuid> {
    chunk.iter().map(|t| t.id).collect()
}

fn plan_step(action: BulkAction) -> Step {
    match action {
        BulkAction::Terminate => Step::Terminating,
        BulkAction::Activate => Step::Activating,
        BulkAction::Delete { .. } => Step::Deleting,
    }
}

impl<'a, F: FnMut(Progress)> Run<'a, F> {
    pub(super) fn new(client: &'a PortalClient, plan: &Plan, progress: F) -> Self {
        let unnamed = plan
            .eligible
            .iter()
            .filter(|t| known_by_id_only(t))
            .map(|t| t.id)
            .collect();
        Run {
            client,
            caller: plan.caller,
            total: plan.eligible.len(),
            requests: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
            abort: Mutex::new(None),
            progress: Mutex::new(progress),
            names: Mutex::new(Names {
                learned: HashMap::new(),
                unnamed,
            }),
        }
    }

    pub(super) fn emit(&self, step: Step) {
        let p = Progress {
            done: self.done.load(Ordering::Relaxed),
            total: self.total,
            step,
        };
        let mut progress = lock(&self.progress);
        (*progress)(p);
    }

    pub(super) fn count_requests(&self, n: usize) {
        self.requests.fetch_add(n, Ordering::Relaxed);
    }

    /// Keeps the names of targets known by id only, from answers that carry one.
    pub(super) fn learn<'u>(&self, users: impl Iterator<Item = &'u EmployeeFullDto>) {
        let mut names = lock(&self.names);
        if names.unnamed.is_empty() {
            return;
        }
        for u in users {
            if has_name(u) && names.unnamed.remove(&u.id) {
                names.learned.insert(u.id, u.name_for_people());
            }
        }
    }

    /// One chunk of the plan, start to finish.
    async fn chunk(&self, action: BulkAction, chunk: &[Target]) -> HashMap<Uuid, Res> {
        let outcome = match action {
            BulkAction::Terminate => {
                self.send(ids_of(chunk), Op::Status(EmployeeStatus::Terminated))
                    .await
            }
            BulkAction::Activate => {
                self.send(ids_of(chunk), Op::Status(EmployeeStatus::Active))
                    .await
            }
            BulkAction::Delete {
                terminate_first: false,
            } => self.send(ids_of(chunk), Op::Delete).await,
            BulkAction::Delete {
                terminate_first: true,
            } => self.offboard(chunk).await,
        };
        self.done.fetch_add(chunk.len(), Ordering::Relaxed);
        self.emit(plan_step(action));
        outcome
    }

    /// Terminates the chunk's users who need it, then deletes those the portal confirmed
    /// as terminated (and those who already were).
    async fn offboard(&self, chunk: &[Target]) -> HashMap<Uuid, Res> {
        let to_terminate = needs_terminate(chunk);
        let terminated = if to_terminate.is_empty() {
            HashMap::new()
        } else {
            self.send(to_terminate, Op::Status(EmployeeStatus::Terminated))
                .await
        };
        let mut out = HashMap::new();
        let mut deletable = Vec::new();
        for t in chunk {
            match terminated.get(&t.id) {
                None | Some(Res::Done) | Some(Res::Excluded(Exclusion::AlreadyTerminated)) => {
                    deletable.push(t.id)
                }
                Some(Res::Failed(r)) => {
                    out.insert(
                        t.id,
                        Res::Failed(format!("not deleted, because the terminate failed: {r}")),
                    );
                }
                Some(Res::Excluded(e)) => {
                    out.insert(t.id, Res::Excluded(*e));
                }
            }
        }
        let deleted = self.send(deletable.clone(), Op::Delete).await;
        for id in deletable {
            let we_terminated = terminated.get(&id) == Some(&Res::Done);
            let res = match deleted.get(&id) {
                Some(Res::Done) => Res::Done,
                Some(Res::Failed(r)) if we_terminated => {
                    Res::Failed(format!("terminated, but not deleted: {r}"))
                }
                Some(Res::Excluded(e)) if we_terminated && *e != Exclusion::NotFound => {
                    Res::Failed(format!("terminated, but not deleted: {e}"))
                }
                Some(other) => other.clone(),
                None => Res::Failed("no outcome was recorded".into()),
            };
            out.insert(id, res);
        }
        out
    }

    /// Sends `ids` to the endpoint of `op` and finds out what happened to each.
    async fn send(&self, ids: Vec<Uuid>, op: Op) -> HashMap<Uuid, Res> {
        let mut out = HashMap::with_capacity(ids.len());
        let mut stack = vec![Group {
            ids,
            checked: false,
        }];
        while let Some(g) = stack.pop() {
            if g.ids.is_empty() {
                continue;
            }
            let aborted = lock(&self.abort)
                .as_ref()
                .map(|e| format!("not attempted: {e}"));
            if let Some(why) = aborted {
                for id in g.ids {
                    out.insert(id, Res::Failed(why.clone()));
                }
                continue;
            }
            self.emit(op.step());
            self.count_requests(1);
            let with_names = {
                let names = lock(&self.names);
                g.ids.iter().any(|id| names.unnamed.contains(id))
            };
            let fields = op.fields(with_names);
            let answer = match op {
                Op::Status(s) => self.client.set_status_fields(&g.ids, s, &fields).await,
                Op::Delete => self.client.delete_users_fields(&g.ids, &fields).await,
            };
            match answer {
                Ok(users) => self.verify(&g.ids, &users, op, &mut out).await,
                Err(e @ ApiError::Forbidden { .. }) => {
                    self.refused(g, &e, op, &mut stack, &mut out).await
                }
                Err(e) if matches!(e, ApiError::PaymentRequired { .. }) || e.outcome_unknown() => {
                    self.recheck(&g.ids, op, &e, &mut out).await
                }
                Err(e) => {
                    for id in &g.ids {
                        out.insert(*id, Res::Failed(e.to_string()));
                    }
                    if is_fatal(&e) {
                        lock(&self.abort).get_or_insert(e);
                    }
                }
            }
        }
        out
    }
}
