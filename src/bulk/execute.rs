//! Running a plan against the portal, chunk by chunk, verifying every answer.
//!
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

use uuid::Uuid;

use super::plan::{Caller, Exclusion, Plan, Target, classify, needs_terminate};
use super::reread::read_users;
use super::{BulkAction, CHUNK, Outcome, Progress, Report, Step, UserResult};
use crate::api::{ApiError, EmployeeFullDto, EmployeeStatus, PortalClient};

/// Refused groups at most this big are read back user by user instead of bisected further.
const LEAF: usize = 8;

/// The properties a status answer needs for the check (the id is always asked for).
const STATUS_FIELDS: [&str; 1] = ["status"];

/// The properties a report name is made of (see `EmployeeFullDto::name_for_people`).
const NAME_FIELDS: [&str; 4] = ["firstName", "lastName", "displayName", "email"];

/// A result before it is put in words.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Res {
    Done,
    Failed(String),
    Excluded(Exclusion),
}

impl Res {
    fn into_outcome(self) -> Outcome {
        match self {
            Res::Done => Outcome::Done,
            Res::Failed(r) => Outcome::Failed(r),
            Res::Excluded(e) => Outcome::Skipped(e.reason().to_string()),
        }
    }
}

/// Which list endpoint a group goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Status(EmployeeStatus),
    Delete,
}

impl Op {
    fn step(self) -> Step {
        match self {
            Op::Status(EmployeeStatus::Active) => Step::Activating,
            Op::Status(_) => Step::Terminating,
            Op::Delete => Step::Deleting,
        }
    }

    /// The action used to classify a user read back after a refusal.
    fn action(self) -> BulkAction {
        match self {
            Op::Status(EmployeeStatus::Active) => BulkAction::Activate,
            Op::Status(_) => BulkAction::Terminate,
            Op::Delete => BulkAction::Delete {
                terminate_first: false,
            },
        }
    }

    /// Whether `u` is in the state this operation aims for.
    fn reached(self, u: &EmployeeFullDto) -> bool {
        match self {
            // A re-enabled invitee with no name comes back pending: that is re-activated.
            Op::Status(EmployeeStatus::Active) => matches!(
                u.status,
                Some(EmployeeStatus::Active) | Some(EmployeeStatus::Pending)
            ),
            Op::Status(s) => u.status == Some(s),
            Op::Delete => false,
        }
    }
}

struct Group {
    ids: Vec<Uuid>,
    /// Already read back and classified: refuse again ⇒ split to singles / fail.
    checked: bool,
}

struct Run<'a, F: FnMut(Progress)> {
    client: &'a PortalClient,
    caller: Caller,
    requests: usize,
    /// A failure that every further request would repeat.
    abort: Option<ApiError>,
    done: usize,
    total: usize,
    progress: F,
    /// Names learned from the portal's answers, for targets the plan knew by id only.
    names: HashMap<Uuid, String>,
    /// Targets the plan knew by id only whose name is not learned yet: answers about them
    /// are asked to carry the name.
    unnamed: HashSet<Uuid>,
}

/// Runs `plan`, reporting progress through `progress`. Never panics on portal errors:
/// every failure ends up in the report, per user.
pub async fn execute(client: &PortalClient, plan: &Plan, progress: impl FnMut(Progress)) -> Report {
    let mut run = Run {
        client,
        caller: plan.caller,
        requests: 0,
        abort: None,
        done: 0,
        total: plan.eligible.len(),
        progress,
        names: HashMap::new(),
        unnamed: plan
            .eligible
            .iter()
            .filter(|t| t.name == t.id.to_string())
            .map(|t| t.id)
            .collect(),
    };
    let mut results: HashMap<Uuid, Res> = HashMap::new();
    for chunk in plan.eligible.chunks(CHUNK) {
        let outcome = match plan.action {
            BulkAction::Terminate => {
                run.send(ids_of(chunk), Op::Status(EmployeeStatus::Terminated))
                    .await
            }
            BulkAction::Activate => {
                run.send(ids_of(chunk), Op::Status(EmployeeStatus::Active))
                    .await
            }
            BulkAction::Delete {
                terminate_first: false,
            } => run.send(ids_of(chunk), Op::Delete).await,
            BulkAction::Delete {
                terminate_first: true,
            } => run.offboard(chunk).await,
        };
        results.extend(outcome);
        run.done += chunk.len();
        run.emit(plan_step(plan.action));
    }

    let mut out = Vec::with_capacity(plan.eligible.len() + plan.excluded.len());
    for t in &plan.eligible {
        let res = results
            .remove(&t.id)
            .unwrap_or_else(|| Res::Failed("no outcome was recorded".into()));
        let name = match run.names.remove(&t.id) {
            Some(learned) if t.name == t.id.to_string() => learned,
            _ => t.name.clone(),
        };
        out.push(UserResult {
            id: t.id,
            name,
            outcome: res.into_outcome(),
        });
    }
    for (t, why) in &plan.excluded {
        out.push(UserResult {
            id: t.id,
            name: t.name.clone(),
            outcome: Outcome::Skipped(why.reason().to_string()),
        });
    }
    Report {
        action: plan.action,
        results: out,
        requests: run.requests,
    }
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

/// Errors that every later request would meet too.
fn is_fatal(e: &ApiError) -> bool {
    matches!(
        e,
        ApiError::Unauthorized
            | ApiError::Connect { .. }
            | ApiError::InvalidUrl { .. }
            | ApiError::RateLimited { .. }
    )
}

impl<F: FnMut(Progress)> Run<'_, F> {
    fn emit(&mut self, step: Step) {
        let p = Progress {
            done: self.done,
            total: self.total,
            step,
        };
        (self.progress)(p);
    }

    /// Keeps the names of targets known by id only, from answers that carry one.
    fn learn<'u>(&mut self, users: impl Iterator<Item = &'u EmployeeFullDto>) {
        if self.unnamed.is_empty() {
            return;
        }
        for u in users {
            let named = u.first_name.is_some()
                || u.last_name.is_some()
                || u.display_name.is_some()
                || u.email.is_some();
            if named && self.unnamed.remove(&u.id) {
                self.names.insert(u.id, u.name_for_people());
            }
        }
    }

    /// The properties to ask for in the answer about `ids`: what the check needs, and
    /// the names still unknown. The id always comes too.
    fn fields(&self, op: Op, ids: &[Uuid]) -> Vec<&'static str> {
        let mut fields = match op {
            Op::Status(_) => STATUS_FIELDS.to_vec(),
            Op::Delete => Vec::new(),
        };
        if ids.iter().any(|id| self.unnamed.contains(id)) {
            fields.extend(NAME_FIELDS);
        }
        fields
    }

    /// Terminates the chunk's users who need it, then deletes those the portal confirmed
    /// as terminated (and those who already were).
    async fn offboard(&mut self, chunk: &[Target]) -> HashMap<Uuid, Res> {
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
    async fn send(&mut self, ids: Vec<Uuid>, op: Op) -> HashMap<Uuid, Res> {
        let mut out = HashMap::new();
        let mut stack = vec![Group {
            ids,
            checked: false,
        }];
        while let Some(g) = stack.pop() {
            if g.ids.is_empty() {
                continue;
            }
            if let Some(e) = &self.abort {
                let why = format!("not attempted: {e}");
                for id in g.ids {
                    out.insert(id, Res::Failed(why.clone()));
                }
                continue;
            }
            self.emit(op.step());
            self.requests += 1;
            let fields = self.fields(op, &g.ids);
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
                        self.abort = Some(e);
                    }
                }
            }
        }
        out
    }

    /// Checks a successful answer user by user; users missing from it are read back.
    async fn verify(
        &mut self,
        ids: &[Uuid],
        answer: &[EmployeeFullDto],
        op: Op,
        out: &mut HashMap<Uuid, Res>,
    ) {
        self.learn(answer.iter());
        let by_id: HashMap<Uuid, &EmployeeFullDto> = answer.iter().map(|u| (u.id, u)).collect();
        let mut missing = Vec::new();
        for id in ids {
            match (op, by_id.get(id)) {
                (Op::Delete, Some(_)) => {
                    out.insert(*id, Res::Done);
                }
                (Op::Status(_), Some(u)) if op.reached(u) => {
                    out.insert(*id, Res::Done);
                }
                (Op::Status(_), Some(u)) => {
                    let now = u.status_or_unknown().label();
                    out.insert(*id, Res::Failed(format!("the portal left the user {now}")));
                }
                (_, None) => missing.push(*id),
            }
        }
        if missing.is_empty() {
            return;
        }
        self.emit(Step::Checking);
        self.requests += missing.len();
        for (id, read) in read_users(self.client, &missing).await {
            if let Ok(u) = &read {
                self.learn(std::iter::once(u));
            }
            let res = match read {
                Err(ApiError::NotFound { .. }) => Res::Excluded(Exclusion::NotFound),
                Err(e) => Res::Failed(format!(
                    "the portal's answer did not include the user, and reading it failed: {e}"
                )),
                Ok(u) => match classify(op.action(), &u, &self.caller) {
                    Some(why) => Res::Excluded(why),
                    None if op.reached(&u) => Res::Done,
                    None => Res::Failed("the portal did not apply the change".into()),
                },
            };
            out.insert(id, res);
        }
    }

    /// After a 402 or an ambiguous failure: reads the users back and reports what the
    /// portal holds.
    async fn recheck(
        &mut self,
        ids: &[Uuid],
        op: Op,
        err: &ApiError,
        out: &mut HashMap<Uuid, Res>,
    ) {
        self.emit(Step::Checking);
        self.requests += ids.len();
        for (id, read) in read_users(self.client, ids).await {
            if let Ok(u) = &read {
                self.learn(std::iter::once(u));
            }
            let res = match (op, read) {
                (Op::Delete, Err(ApiError::NotFound { .. })) => Res::Done,
                (Op::Status(_), Err(ApiError::NotFound { .. })) => {
                    Res::Excluded(Exclusion::NotFound)
                }
                (_, Err(e)) => Res::Failed(format!(
                    "{err}; reading the user back also failed, so the state is unknown: {e}"
                )),
                (_, Ok(u)) if op.reached(&u) => Res::Done,
                (_, Ok(_)) => Res::Failed(err.to_string()),
            };
            out.insert(id, res);
        }
    }

    /// A 403 for a group: bisect, then read small groups back and classify them.
    async fn refused(
        &mut self,
        g: Group,
        err: &ApiError,
        op: Op,
        stack: &mut Vec<Group>,
        out: &mut HashMap<Uuid, Res>,
    ) {
        if g.checked {
            if g.ids.len() == 1 {
                out.insert(g.ids[0], Res::Failed(err.to_string()));
            } else {
                push_singles(stack, &g.ids);
            }
            return;
        }
        if g.ids.len() > LEAF {
            let (left, right) = g.ids.split_at(g.ids.len() / 2);
            stack.push(Group {
                ids: right.to_vec(),
                checked: false,
            });
            stack.push(Group {
                ids: left.to_vec(),
                checked: false,
            });
            return;
        }
        self.emit(Step::Checking);
        self.requests += g.ids.len();
        let mut keep = Vec::new();
        for (id, read) in read_users(self.client, &g.ids).await {
            if let Ok(u) = &read {
                self.learn(std::iter::once(u));
            }
            match read {
                Err(ApiError::NotFound { .. }) => {
                    out.insert(id, Res::Excluded(Exclusion::NotFound));
                }
                Err(e) => {
                    out.insert(
                        id,
                        Res::Failed(format!("{err}; reading the user back failed: {e}")),
                    );
                }
                Ok(u) => match classify(op.action(), &u, &self.caller) {
                    Some(why) => {
                        out.insert(id, Res::Excluded(why));
                    }
                    None => keep.push(id),
                },
            }
        }
        if keep.len() == g.ids.len() {
            // Nothing explains the refusal: try each user alone.
            if keep.len() == 1 {
                out.insert(keep[0], Res::Failed(err.to_string()));
            } else {
                push_singles(stack, &keep);
            }
        } else {
            stack.push(Group {
                ids: keep,
                checked: true,
            });
        }
    }
}

fn push_singles(stack: &mut Vec<Group>, ids: &[Uuid]) {
    for id in ids.iter().rev() {
        stack.push(Group {
            ids: vec![*id],
            checked: true,
        });
    }
}
