//! The worker: one long-lived task that owns the [`PortalClient`].
//!
//! It receives [`WorkerCmd`]s carrying a [`RequestId`] and sends owned results back as
//! [`Msg::Api`]. Reads run concurrently and can be aborted ([`WorkerCmd::Cancel`]); the
//! model also ignores stale replies, so reads are latest-wins. Writes go through a single
//! queue and run one at a time in submission order; a running bulk job can be stopped
//! ([`WorkerCmd::Stop`]): no further chunk is sent, the requests already sent finish.
//!
//! Rules are enforced again here (DESIGN §1): a read-only worker answers every write
//! with [`ApiOutcome::NotSent`] and sends nothing, and a create that breaks the portal's
//! field rules is not sent either.
//!
//! Writes are recorded in the [`Journal`] the worker is given, each job as a run of its
//! own: a write whose intent cannot be recorded is not sent.
//!
//! The long reads of the TUI (every id of a query, a pasted list's users, an export to a
//! file) are reads like the others, cancellable, with progress messages; they are in
//! [`crate::long_reads`].

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::mpsc::{self, UnboundedReceiver, UnboundedSender};
use tokio::task::{AbortHandle, JoinHandle, JoinSet};
use uuid::Uuid;

use crate::admin_writes;
use crate::api::{ApiError, PortalClient, QuotaLimit};
use crate::app::{ApiOp, ApiOutcome, ApiReply, Msg, ReadProgress, Request, RequestId};
use crate::journal::{self, Journal, Operation, TURN_OFF_HINT, UserRef};
use crate::long_reads::{self, ExportError};
use crate::people::read_only;

/// Which operations the worker may send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Access {
    #[default]
    ReadWrite,
    /// A read-only profile: writes are refused without a request.
    ReadOnly,
}

/// What the runtime tells the worker.
#[derive(Debug, Clone)]
pub enum WorkerCmd {
    Run(Request),
    Cancel(RequestId),
    /// Stop a running bulk job after the requests already sent: no further chunk starts.
    Stop(RequestId),
    Shutdown,
}

/// The worker has stopped (its task ended); nothing more can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the background worker has stopped")]
pub struct WorkerGone;

/// Where a running operation reports to: its request id and the reply channel
/// (long writes may send progress messages before their final reply).
#[derive(Debug, Clone)]
pub struct Reporter {
    pub id: RequestId,
    replies: UnboundedSender<Msg>,
}

impl Reporter {
    /// Sends a message to the model (ignored if the runtime has gone).
    pub fn send(&self, msg: Msg) {
        let _ = self.replies.send(msg);
    }

    /// How far a long read has come.
    fn progress(&self, progress: ReadProgress) {
        self.send(Msg::ReadProgress(self.id, progress));
    }

    fn finish(&self, result: Result<ApiOutcome, ApiError>) {
        self.send(Msg::Api(ApiReply {
            id: self.id,
            result,
        }));
    }
}

/// The runtime's handle on the worker task.
#[derive(Debug)]
pub struct WorkerHandle {
    tx: UnboundedSender<WorkerCmd>,
    task: JoinHandle<()>,
}

impl WorkerHandle {
    /// Starts the worker; writes are recorded in `journal`; replies go to `replies`.
    pub fn spawn(
        client: PortalClient,
        access: Access,
        journal: Journal,
        replies: UnboundedSender<Msg>,
    ) -> Self {
        let (tx, rx) = mpsc::unbounded_channel();
        let task = tokio::spawn(run(client, access, journal, rx, replies));
        WorkerHandle { tx, task }
    }

    pub fn send(&self, cmd: WorkerCmd) -> Result<(), WorkerGone> {
        self.tx.send(cmd).map_err(|_| WorkerGone)
    }

    /// Stops the worker: reads are aborted; a running bulk job sends no further request
    /// (the request on the wire, if any, is abandoned).
    pub async fn shutdown(self) {
        let _ = self.tx.send(WorkerCmd::Shutdown);
        let _ = self.task.await;
    }
}

async fn run(
    client: PortalClient,
    access: Access,
    journal: Journal,
    mut rx: UnboundedReceiver<WorkerCmd>,
    replies: UnboundedSender<Msg>,
) {
    let (write_tx, write_rx) = mpsc::unbounded_channel::<(Request, Arc<AtomicBool>)>();
    // The stop flags of queued or running writes (a flag only the map holds is done).
    let mut stops: HashMap<RequestId, Arc<AtomicBool>> = HashMap::new();
    let writer = tokio::spawn(write_loop(
        client.clone(),
        journal.clone(),
        write_rx,
        replies.clone(),
    ));
    let mut reads: JoinSet<()> = JoinSet::new();
    let mut by_request: HashMap<RequestId, AbortHandle> = HashMap::new();
    let mut by_task: HashMap<tokio::task::Id, RequestId> = HashMap::new();
    loop {
        tokio::select! {
            cmd = rx.recv() => match cmd {
                Some(WorkerCmd::Run(req)) if req.op.is_write() && access == Access::ReadOnly => {
                    reporter(&replies, req.id).finish(Ok(ApiOutcome::NotSent(read_only::refusal(read_only::A_CHANGE))));
                }
                Some(WorkerCmd::Run(req)) if req.op.is_write() => {
                    stops.retain(|_, flag| Arc::strong_count(flag) > 1);
                    let stop = Arc::new(AtomicBool::new(false));
                    stops.insert(req.id, Arc::clone(&stop));
                    if write_tx.send((req.clone(), stop)).is_err() {
                        reporter(&replies, req.id).finish(Err(stopped()));
                    }
                }
                Some(WorkerCmd::Run(req)) => {
                    let rep = reporter(&replies, req.id);
                    let c = client.clone();
                    let j = journal.clone();
                    let handle = reads.spawn(async move {
                        let result = execute(&c, &j, req.op, &rep).await;
                        rep.finish(result);
                    });
                    by_task.insert(handle.id(), req.id);
                    by_request.insert(req.id, handle);
                }
                Some(WorkerCmd::Cancel(id)) => {
                    if let Some(h) = by_request.remove(&id) {
                        h.abort();
                    }
                }
                Some(WorkerCmd::Stop(id)) => {
                    if let Some(flag) = stops.get(&id) {
                        flag.store(true, Ordering::Relaxed);
                    }
                }
                Some(WorkerCmd::Shutdown) | None => break,
            },
            Some(done) = reads.join_next_with_id(), if !reads.is_empty() => {
                let (task, panicked) = match done {
                    Ok((task, ())) => (task, false),
                    Err(e) => (e.id(), e.is_panic()),
                };
                if let Some(id) = by_task.remove(&task) {
                    by_request.remove(&id);
                    if panicked {
                        reporter(&replies, id).finish(Err(internal()));
                    }
                }
            }
        }
    }
    // Nothing more is sent for any write, queued or running: a job stops before its
    // next request (its requests on the wire end with the process).
    for flag in stops.values() {
        flag.store(true, Ordering::Relaxed);
    }
    reads.abort_all();
    writer.abort();
}

/// Runs queued writes one at a time, in the order they were submitted; each is a run of
/// its own in the journal.
async fn write_loop(
    client: PortalClient,
    journal: Journal,
    mut rx: UnboundedReceiver<(Request, Arc<AtomicBool>)>,
    replies: UnboundedSender<Msg>,
) {
    while let Some((req, stop)) = rx.recv().await {
        let rep = reporter(&replies, req.id);
        let c = client.clone();
        let j = journal.new_run();
        let op = req.op;
        let r = rep.clone();
        // A panicking operation must not stop the queue.
        let task = async move { execute_stoppable(&c, &j, op, &r, &stop).await };
        let result = match tokio::spawn(task).await {
            Ok(result) => result,
            Err(_) => Err(internal()),
        };
        rep.finish(result);
    }
}

/// Performs one operation (a write is recorded in `journal`).
pub async fn execute(
    client: &PortalClient,
    journal: &Journal,
    op: ApiOp,
    rep: &Reporter,
) -> Result<ApiOutcome, ApiError> {
    execute_stoppable(client, journal, op, rep, &Arc::new(AtomicBool::new(false))).await
}

/// Performs one operation (a write is recorded in `journal`); a bulk job starts no
/// further chunk once `stop` is set.
pub async fn execute_stoppable(
    client: &PortalClient,
    journal: &Journal,
    op: ApiOp,
    rep: &Reporter,
    stop: &Arc<AtomicBool>,
) -> Result<ApiOutcome, ApiError> {
    match op {
        ApiOp::Me => client.me().await.map(|u| ApiOutcome::User(Box::new(u))),
        ApiOp::ListUsers(q) => client.list_users(&q).await.map(ApiOutcome::Page),
        ApiOp::GetUser(id) => client
            .get_user(id)
            .await
            .map(|u| ApiOutcome::User(Box::new(u))),
        ApiOp::ReadProfile { id, pause_ms } => {
            tokio::time::sleep(std::time::Duration::from_millis(pause_ms)).await;
            client
                .get_user(id)
                .await
                .map(|u| ApiOutcome::User(Box::new(u)))
        }
        ApiOp::GetUserByEmail(e) => client
            .get_user_by_email(&e)
            .await
            .map(|u| ApiOutcome::User(Box::new(u))),
        ApiOp::ListGroups => client.list_groups().await.map(ApiOutcome::Groups),
        ApiOp::CreateUser(body) => {
            // Defence in depth: the form never submits an invalid request; neither do we.
            if let Err(why) = crate::people::new_user::request(&body) {
                return Ok(ApiOutcome::NotSent(why));
            }
            match journal::create_user(journal, client, &body).await {
                Ok(sent) => sent.result.map(|u| ApiOutcome::User(Box::new(u))),
                Err(e) => Ok(ApiOutcome::NotSent(format!(
                    "{e}: the user was not created, nothing was sent ({TURN_OFF_HINT})"
                ))),
            }
        }
        ApiOp::Bulk(plan) => {
            let log = journal::JournalLog::new(journal.clone());
            let controls = crate::bulk::Controls {
                stop: Arc::clone(stop),
                log: &log,
            };
            // A delete follows the data removal of each user it deleted, as the
            // offboarding run does after its delete.
            let run = crate::bulk::offboard::delete_then_follow(
                client,
                &plan,
                controls,
                crate::bulk::offboard::POLL_EVERY,
                |p| rep.send(Msg::Progress(rep.id, p)),
            )
            .await;
            if run.data.is_empty() {
                Ok(ApiOutcome::Bulk(run.report))
            } else {
                Ok(ApiOutcome::Offboard(run))
            }
        }
        ApiOp::ReadImpact(targets) => Ok(ApiOutcome::Impact(
            crate::bulk::offboard::read_impact(client, &targets).await,
        )),
        ApiOp::Offboard(plan) => {
            let log = journal::JournalLog::new(journal.clone());
            let report = crate::bulk::offboard::run_offboard(
                client,
                &plan,
                &log,
                stop,
                crate::bulk::offboard::POLL_EVERY,
                |p| rep.send(Msg::Progress(rep.id, p)),
            )
            .await;
            Ok(ApiOutcome::Offboard(report))
        }
        ApiOp::ListIds(q) => long_reads::ids::list_ids(client, &q, |p| rep.progress(p))
            .await
            .map(ApiOutcome::Ids),
        ApiOp::FindUsers(targets) => {
            long_reads::find::find_users(client, &targets, |p| rep.progress(p))
                .await
                .map(ApiOutcome::Found)
        }
        ApiOp::Export(request) => {
            match long_reads::export::export(client, &request, |p| rep.progress(p)).await {
                Ok(done) => Ok(ApiOutcome::Exported(done)),
                Err(ExportError::Api(e)) => Err(e),
                Err(e) => Ok(ApiOutcome::NotSent(e.to_string())),
            }
        }
        ApiOp::Invite {
            invitations,
            culture,
        } => {
            let kind = invitations
                .first()
                .and_then(|i| i.kind)
                .map_or("User", |k| k.name())
                .to_string();
            let who: Vec<UserRef> = invitations
                .iter()
                .filter_map(|i| i.email.clone())
                .map(|email| UserRef {
                    id: None,
                    name: email,
                })
                .collect();
            recorded(
                journal,
                Operation::Invite { kind },
                who,
                admin_writes::invite(client, &invitations, culture.as_deref()),
            )
            .await
        }
        ApiOp::ResendInvites(ids) => {
            recorded(
                journal,
                Operation::Resend,
                by_id(&ids),
                admin_writes::resend(client, &ids),
            )
            .await
        }
        ApiOp::ChangeType(request) => {
            admin_writes::change_types(client, &request, journal, stop, |p| {
                rep.send(Msg::AdminProgress(rep.id, p));
            })
            .await
        }
        ApiOp::SetQuota { ids, limit } => {
            let op = Operation::Quota {
                limit: limit.map(QuotaLimit::wire),
            };
            recorded(
                journal,
                op,
                by_id(&ids),
                admin_writes::quota(client, &ids, limit),
            )
            .await
        }
        ApiOp::EditProfile { id, names, email } => {
            let mut fields = Vec::new();
            if names.is_some() {
                fields.extend(["firstName".to_string(), "lastName".to_string()]);
            }
            if email.is_some() {
                fields.push("email".to_string());
            }
            recorded(
                journal,
                Operation::Edit { fields },
                by_id(&[id]),
                admin_writes::edit_profile(client, id, names, email.as_deref()),
            )
            .await
        }
        ApiOp::PasswordLink(email) => {
            let who = vec![UserRef {
                id: None,
                name: email.clone(),
            }];
            recorded(
                journal,
                Operation::PasswordLink,
                who,
                admin_writes::password_link(client, &email),
            )
            .await
        }
        ApiOp::GroupMembers { group, users, add } => {
            recorded(
                journal,
                Operation::GroupMembers { group, add },
                by_id(&users),
                admin_writes::group_members(client, group, &users, add),
            )
            .await
        }
    }
}

/// One administration write on the journal's record; nothing is sent when its intent
/// cannot be recorded.
async fn recorded(
    journal: &Journal,
    op: Operation,
    users: Vec<UserRef>,
    send: impl std::future::Future<Output = Result<ApiOutcome, ApiError>>,
) -> Result<ApiOutcome, ApiError> {
    match journal::write(journal, op, &users, send).await {
        Ok(sent) => sent.result,
        Err(e) => Ok(ApiOutcome::NotSent(admin_writes::not_recorded(&e))),
    }
}

/// Users known by id only, for the journal.
fn by_id(ids: &[Uuid]) -> Vec<UserRef> {
    ids.iter().map(|id| UserRef::new(*id, "")).collect()
}

fn reporter(replies: &UnboundedSender<Msg>, id: RequestId) -> Reporter {
    Reporter {
        id,
        replies: replies.clone(),
    }
}

/// The answer for a request whose task panicked: an internal error, not a network one.
fn internal() -> ApiError {
    ApiError::Internal("the task running the request stopped unexpectedly".into())
}

fn stopped() -> ApiError {
    ApiError::Internal("the request queue has stopped".into())
}

#[cfg(test)]
#[path = "worker_tests.rs"]
mod tests;
