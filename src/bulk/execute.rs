//! Running a plan against the portal, chunk by chunk, verifying every answer.
//!
//! - Up to [`CHUNKS_IN_FLIGHT`] chunks are worked on at once (within the portal's limit of
//!   concurrent writes); within a chunk the requests keep their order (terminate, then
//!   delete), and a chunk's delete is sent as soon as its own terminate is answered, not
//!   when every chunk's is. So the portal works on one chunk while the answer about another
//!   is checked, and network round trips overlap.
//! - A stop is honoured before every request of any kind: once it is asked, nothing more
//!   is sent (not the delete after a terminate, not a read-back), the requests already
//!   on the wire finish, and every user says how far it got.
//! - Every request that changes users is put on record ([`WriteLog`]) before it is sent,
//!   and every user's outcome once it is known; a record that cannot be written stops
//!   the run before the request.
//! - Answers are asked to carry only what is checked (`fields=`): the status, and the
//!   names the plan does not know yet. A portal that ignores this sends whole profiles,
//!   which are checked the same way. Only the ids asked for count: an answer about any
//!   other user is ignored.
//! - A 403 on a chunk (the portal's all-or-nothing pre-check) is bisected; small refused
//!   groups are read back and classified, so the eligible users still get processed and
//!   the others are reported with the reason.
//! - A 402 (no seat, part-way through an activation) or an ambiguous failure (5xx,
//!   timeout, broken connection) is followed by reading the chunk's users back (with
//!   retries), so each user's outcome is what the portal actually holds; a user that
//!   cannot be read is reported as unknown, never as done or not done.
//! - A terminate-then-delete deletes only the ids the portal confirmed as terminated.
//! - After a failure that will repeat for every request (401, unreachable portal, a long
//!   rate-limit wait), the remaining users are not attempted and say so.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use futures::StreamExt;
use futures::stream::FuturesUnordered;
use uuid::Uuid;

use super::check::Group;
use super::log::{NoLog, WriteLog};
use super::op::{Op, Res, has_name, is_fatal};
use super::plan::{Caller, Exclusion, Plan, Target, needs_terminate};
use super::{BulkAction, CHUNK, Progress, Report, Step, UserResult};
use crate::api::{ApiError, EmployeeFullDto, EmployeeStatus, PortalClient};

/// The writes (PUT, POST, DELETE) the portal works on at once for one user; a further one
/// is refused with 429 straight away, not queued. DocSpace-server
/// `common/ASC.Common/Utils/RateLimiterSettings.cs` line 40
/// (`DefaultConcurrencyWriteRequests = 15`), applied per user to every request that is not
/// a GET in `common/ASC.Api.Core/Core/BaseStartup.cs` lines 264-276 (`QueueLimit = 0`).
const PORTAL_CONCURRENT_WRITES: usize = 15;

/// The GETs the portal works on at once for one user (the same files, line 39:
/// `ConcurrentGetLimit = 50`).
const PORTAL_CONCURRENT_READS: usize = 50;

/// The most chunks worked on at once. A chunk sends one write at a time (its terminate,
/// then its delete as soon as its own terminate is answered), so this is also the most
/// writes in flight: 1,000 users (10 chunks) terminate in one round trip and delete in
/// the next. It stays below the portal's [`PORTAL_CONCURRENT_WRITES`], leaving room for
/// the caller's other sessions; a 429 all the same is waited out by the client as any other.
pub const CHUNKS_IN_FLIGHT: usize = 10;

// Never more writes at once than the portal allows, nor more reads back (each chunk reads
// back up to `reread::CONCURRENCY` users at once).
const _: () = assert!(CHUNKS_IN_FLIGHT <= PORTAL_CONCURRENT_WRITES);
const _: () = assert!(CHUNKS_IN_FLIGHT * super::reread::CONCURRENCY <= PORTAL_CONCURRENT_READS);

/// The reason given for users not attempted because the run was stopped.
pub const NOT_ATTEMPTED_STOPPED: &str = "not attempted: the run was stopped";

/// The reason given for users terminated, whose delete was not sent because the run was
/// stopped in between.
pub const TERMINATED_NOT_DELETED_STOPPED: &str =
    "terminated, not deleted: the run was stopped before the delete was sent";

/// What to run to learn an unknown outcome.
pub const CHECK_HINT: &str = "read the user again to find out (`docspace-people journal check` settles every unknown outcome)";

/// How a run is controlled from outside: a stop flag, and where its writes are recorded.
#[derive(Clone)]
pub struct Controls<'a> {
    /// Once set, no further request is sent, not even a retry the client would make.
    pub stop: Arc<AtomicBool>,
    pub log: &'a dyn WriteLog,
}

/// One run of a plan. Chunks run concurrently within one task, so the shared parts sit
/// behind locks that are never held across a request.
pub(super) struct Run<'a, F> {
    /// Halted by the stop flag: it retries nothing once a stop is asked.
    pub(super) client: PortalClient,
    pub(super) caller: Caller,
    pub(super) controls: Controls<'a>,
    total: usize,
    /// Plan names by id, for the record.
    plan_names: HashMap<Uuid, &'a str>,
    requests: AtomicUsize,
    done: AtomicUsize,
    /// A failure that every further request would repeat, in words.
    abort: Mutex<Option<String>>,
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

/// Runs `plan`, reporting progress through `progress`. Never panics on portal errors:
/// every failure ends up in the report, per user.
pub async fn execute(client: &PortalClient, plan: &Plan, progress: impl FnMut(Progress)) -> Report {
    let controls = Controls {
        stop: Arc::new(AtomicBool::new(false)),
        log: &NoLog,
    };
    execute_with(client, plan, controls, progress).await
}

/// [`execute`], stoppable through `controls.stop` (once set, no further request is sent;
/// the requests already sent finish, and the users not (fully) attempted are reported as
/// stopped), recording every write in `controls.log`.
pub async fn execute_with(
    client: &PortalClient,
    plan: &Plan,
    controls: Controls<'_>,
    progress: impl FnMut(Progress),
) -> Report {
    let run = Run::new(client, plan, controls, progress);
    let mut results: HashMap<Uuid, Res> = HashMap::with_capacity(plan.eligible.len());
    {
        let mut waiting = plan.eligible.chunks(CHUNK);
        let mut running = FuturesUnordered::new();
        loop {
            while running.len() < CHUNKS_IN_FLIGHT
                && !run.stopped()
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
            // Only the chunks never started lack an outcome: the run was stopped.
            None => Res::Stopped(NOT_ATTEMPTED_STOPPED.into()).into_outcome(),
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
            outcome: why.outcome(),
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
    pub(super) fn new(
        client: &PortalClient,
        plan: &'a Plan,
        controls: Controls<'a>,
        progress: F,
    ) -> Self {
        let unnamed = plan
            .eligible
            .iter()
            .filter(|t| known_by_id_only(t))
            .map(|t| t.id)
            .collect();
        Run {
            client: client.halted_by(Arc::clone(&controls.stop)),
            caller: plan.caller,
            controls,
            total: plan.eligible.len(),
            plan_names: plan
                .eligible
                .iter()
                .map(|t| (t.id, t.name.as_str()))
                .collect(),
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

    /// Whether a stop was asked: nothing more is sent.
    pub(super) fn stopped(&self) -> bool {
        self.controls.stop.load(Ordering::Relaxed)
    }

    pub(super) fn emit(&self, step: Step) {
        let p = Progress {
            done: self.done.load(Ordering::Relaxed),
            total: self.total,
            step,
            percent: None,
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

    /// The best name known for `id`: learned from the portal, else the plan's.
    fn name_of(&self, id: Uuid) -> String {
        if let Some(n) = lock(&self.names).learned.get(&id) {
            return n.clone();
        }
        self.plan_names
            .get(&id)
            .map_or_else(|| id.to_string(), |n| (*n).to_string())
    }

    /// One chunk of the plan, start to finish; its outcomes go on record.
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
        let settled: Vec<UserResult> = chunk
            .iter()
            .filter_map(|t| {
                outcome.get(&t.id).map(|res| UserResult {
                    id: t.id,
                    name: self.name_of(t.id),
                    outcome: res.clone().into_outcome(),
                })
            })
            .collect();
        self.controls.log.settled(&settled);
        self.done.fetch_add(chunk.len(), Ordering::Relaxed);
        self.emit(plan_step(action));
        outcome
    }

    /// Terminates the chunk's users who need it, then deletes those the portal confirmed
    /// as terminated (and those the plan read as terminated, whom the portal's delete
    /// refuses as a whole should they have been re-activated since).
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
                Some(Res::Unknown(r)) => {
                    out.insert(
                        t.id,
                        Res::Unknown(format!(
                            "not deleted; whether the terminate happened is unknown: {r}"
                        )),
                    );
                }
                Some(Res::Stopped(r)) => {
                    out.insert(t.id, Res::Stopped(r.clone()));
                }
                Some(Res::Excluded(e)) => {
                    out.insert(t.id, Res::Excluded(*e));
                }
            }
        }
        if self.stopped() {
            for id in deletable {
                let why = if terminated.get(&id) == Some(&Res::Done) {
                    TERMINATED_NOT_DELETED_STOPPED
                } else {
                    NOT_ATTEMPTED_STOPPED
                };
                out.insert(id, Res::Stopped(why.into()));
            }
            return out;
        }
        let deleted = self.send(deletable.clone(), Op::Delete).await;
        for id in deletable {
            let we_terminated = terminated.get(&id) == Some(&Res::Done);
            let res = match deleted.get(&id) {
                Some(Res::Done) => Res::Done,
                Some(Res::Failed(r)) if we_terminated => {
                    Res::Failed(format!("terminated, but not deleted: {r}"))
                }
                Some(Res::Unknown(r)) if we_terminated => Res::Unknown(format!(
                    "terminated; whether it was deleted is unknown: {r}"
                )),
                Some(Res::Stopped(_)) if we_terminated => {
                    Res::Stopped(TERMINATED_NOT_DELETED_STOPPED.into())
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
            if self.stopped() {
                for id in g.ids {
                    out.insert(id, Res::Stopped(NOT_ATTEMPTED_STOPPED.into()));
                }
                continue;
            }
            let aborted = lock(&self.abort)
                .as_ref()
                .map(|why| format!("not attempted: {why}"));
            if let Some(why) = aborted {
                for id in g.ids {
                    out.insert(id, Res::Failed(why.clone()));
                }
                continue;
            }
            let named: Vec<(Uuid, String)> =
                g.ids.iter().map(|id| (*id, self.name_of(*id))).collect();
            let users: Vec<(Uuid, &str)> = named.iter().map(|(id, n)| (*id, n.as_str())).collect();
            if let Err(e) = self.controls.log.sending(op.step(), &users) {
                let why = e.to_string();
                for id in g.ids {
                    out.insert(id, Res::Failed(format!("not sent: {why}")));
                }
                lock(&self.abort).get_or_insert(why);
                continue;
            }
            self.emit(op.step());
            if self.stopped() {
                // Asked while the intent was recorded: the request is not sent after all.
                for id in g.ids {
                    out.insert(id, Res::Stopped(NOT_ATTEMPTED_STOPPED.into()));
                }
                continue;
            }
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
                        lock(&self.abort).get_or_insert(e.to_string());
                    }
                }
            }
        }
        let answered: Vec<UserResult> = out
            .iter()
            .map(|(id, res)| UserResult {
                id: *id,
                name: self.name_of(*id),
                outcome: res.clone().into_outcome(),
            })
            .collect();
        self.controls.log.answered(op.step(), &answered);
        out
    }
}
