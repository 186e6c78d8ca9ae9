//! Finding out what happened when an answer does not say: users missing from an answer,
//! a 402 or an ambiguous failure (read the users back), a 403 (bisect, then read small
//! refused groups back and classify them). A user whose state cannot be read back after
//! an ambiguous failure is unknown: never reported as done or as not done.

use std::collections::HashMap;

use uuid::Uuid;

use super::Progress;
use super::Step;
use super::execute::CHECK_HINT;
use super::execute::Run;
use super::op::{Op, Res};
use super::plan::{Exclusion, classify};
use super::reread::{ReadError, read_back};
use crate::api::{ApiError, EmployeeFullDto};

/// Refused groups at most this big are read back user by user instead of bisected further.
const LEAF: usize = 8;

/// How long to wait before reading again users a lost answer left unchanged (the portal
/// may still have been working through the list).
const STILL_WORKING_PAUSE: std::time::Duration = std::time::Duration::from_secs(1);

/// Whether `err` means the answer was lost on the way while the portal may still be at
/// work (a timeout or a broken connection), rather than a failure it reported itself.
fn still_working(err: &ApiError) -> bool {
    matches!(err, ApiError::Timeout { .. } | ApiError::Network(_))
}

/// Ids sent together.
pub(super) struct Group {
    pub ids: Vec<Uuid>,
    /// Already read back and classified: refuse again ⇒ split to singles / fail.
    pub checked: bool,
}

impl<F: FnMut(Progress)> Run<'_, F> {
    /// Checks a successful answer user by user; users missing from it are read back.
    pub(super) async fn verify(
        &self,
        ids: &[Uuid],
        answer: &[EmployeeFullDto],
        op: Op,
        out: &mut HashMap<Uuid, Res>,
    ) {
        self.learn(answer.iter());
        // The portal answers in the order asked; match by id only when it did not.
        let in_order =
            answer.len() == ids.len() && answer.iter().zip(ids).all(|(u, id)| u.id == *id);
        let by_id: HashMap<Uuid, &EmployeeFullDto> = if in_order {
            HashMap::new()
        } else {
            answer.iter().map(|u| (u.id, u)).collect()
        };
        let mut missing = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let found = if in_order {
                answer.get(i)
            } else {
                by_id.get(id).copied()
            };
            match (op, found) {
                (Op::Delete, Some(_)) => {
                    out.insert(*id, Res::Done);
                }
                (Op::Status(_), Some(u)) if op.reached(u) => {
                    out.insert(*id, Res::Done);
                }
                // An answer without the status says nothing of it: read the user back.
                (Op::Status(_), Some(u)) if u.status.is_none() => missing.push(*id),
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
        for (id, read) in self.read_back(&missing).await {
            let res = match read {
                // The portal's answers list every user they changed: one left out and
                // gone was never there (the delete endpoint drops unknown ids).
                Err(ReadError::Api(ApiError::NotFound { .. })) => {
                    Res::Excluded(Exclusion::NotFound)
                }
                Err(e) => Res::Unknown(format!(
                    "the portal's answer did not include the user, and reading it back \
                     failed ({e}); {CHECK_HINT}"
                )),
                Ok(u) if op.reached(&u) => Res::Done,
                Ok(u) => match classify(op.action(), &u, &self.caller) {
                    Some(why) => Res::Excluded(why),
                    None => Res::Failed("the portal did not apply the change".into()),
                },
            };
            out.insert(id, res);
        }
    }

    /// Reads users back after a write (stoppable, with retries); learns their names.
    async fn read_back(&self, ids: &[Uuid]) -> Vec<(Uuid, Result<EmployeeFullDto, ReadError>)> {
        let (read, sent) = read_back(&self.client, ids, &self.controls.stop).await;
        self.count_requests(sent);
        self.learn(read.iter().filter_map(|(_, r)| r.as_ref().ok()));
        read
    }

    /// After a 402 or an ambiguous failure: reads the users back and reports what the
    /// portal holds.
    pub(super) async fn recheck(
        &self,
        ids: &[Uuid],
        op: Op,
        err: &ApiError,
        out: &mut HashMap<Uuid, Res>,
    ) {
        self.emit(Step::Checking);
        let mut not_yet = Vec::new();
        for (id, read) in self.read_back(ids).await {
            let res = match (op, read) {
                (Op::Delete, Err(ReadError::Api(ApiError::NotFound { .. }))) => Res::Done,
                (Op::Status(_), Err(ReadError::Api(ApiError::NotFound { .. }))) => {
                    Res::Excluded(Exclusion::NotFound)
                }
                (_, Err(e)) => Res::Unknown(format!(
                    "{err}; reading the user back failed too ({e}), so whether the change \
                     happened is unknown; {CHECK_HINT}"
                )),
                (_, Ok(u)) if op.reached(&u) => Res::Done,
                // The answer was lost on the way: the portal may still be working
                // through the list, one user after another.
                (_, Ok(_)) if still_working(err) => {
                    not_yet.push(id);
                    continue;
                }
                (_, Ok(_)) => Res::Failed(err.to_string()),
            };
            out.insert(id, res);
        }
        if not_yet.is_empty() {
            return;
        }
        if !self.stopped() {
            tokio::time::sleep(STILL_WORKING_PAUSE).await;
        }
        for (id, read) in self.read_back(&not_yet).await {
            let res = match (op, read) {
                (Op::Delete, Err(ReadError::Api(ApiError::NotFound { .. }))) => Res::Done,
                (_, Ok(u)) if op.reached(&u) => Res::Done,
                (_, Ok(_)) => Res::Failed(format!(
                    "{err}; read back twice, the user is still not changed"
                )),
                (_, Err(e)) => Res::Unknown(format!(
                    "{err}; the user was not changed yet when first read back, and reading it \
                     again failed ({e}); {CHECK_HINT}"
                )),
            };
            out.insert(id, res);
        }
    }

    /// A 403 for a group: bisect, then read small groups back and classify them.
    pub(super) async fn refused(
        &self,
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
        let mut keep = Vec::new();
        for (id, read) in self.read_back(&g.ids).await {
            match read {
                Err(ReadError::Api(ApiError::NotFound { .. })) => {
                    out.insert(id, Res::Excluded(Exclusion::NotFound));
                }
                // The refusal was all-or-nothing: nothing changed for this user.
                Err(ReadError::Stopped) => {
                    out.insert(
                        id,
                        Res::Stopped(format!("{err}; not checked further: the run was stopped")),
                    );
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

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
