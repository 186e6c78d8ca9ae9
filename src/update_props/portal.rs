//! A portal in memory for the model-based test: users in the portal's name order (grouped
//! by status, so a status change moves a user), answers to every request `update` can
//! send, and bulk jobs that change it.

use uuid::Uuid;

use crate::api::dto::MemberRequestDto;
use crate::api::{EmployeeFullDto, EmployeeStatus, EmployeeType, UserPage, UserQuery};
use crate::bulk::{BulkAction, Outcome, Plan, Report, UserResult};

/// The caller: the portal owner, user 1.
pub const OWNER: u128 = 1;

pub struct Portal {
    users: Vec<EmployeeFullDto>,
    next: u128,
}

fn rank(u: &EmployeeFullDto) -> u8 {
    match u.status {
        Some(EmployeeStatus::Pending) => 1,
        Some(EmployeeStatus::Terminated) => 2,
        _ => 0,
    }
}

fn user(n: u128, status: EmployeeStatus) -> EmployeeFullDto {
    crate::fixtures::user(n)
        .named(&format!("U{n:04}"), "Test")
        .status(status)
        .into()
}

impl Portal {
    /// The owner and one user per entry of `statuses` (0 active, 1 pending, 2 terminated).
    pub fn new(statuses: &[u8]) -> Self {
        let mut owner = user(OWNER, EmployeeStatus::Active);
        // Last of the active users, so the cursor starts on someone who can be changed.
        owner.first_name = Some("Zara".into());
        owner.is_owner = Some(true);
        owner.is_collaborator = None;
        let mut users = vec![owner];
        for (i, s) in statuses.iter().enumerate() {
            let status = match s % 3 {
                0 => EmployeeStatus::Active,
                1 => EmployeeStatus::Pending,
                _ => EmployeeStatus::Terminated,
            };
            users.push(user(i as u128 + 2, status));
        }
        let next = users.len() as u128 + 2;
        let mut p = Portal { users, next };
        p.sort();
        p
    }

    fn sort(&mut self) {
        self.users
            .sort_by(|a, b| (rank(a), &a.first_name).cmp(&(rank(b), &b.first_name)));
    }

    pub fn me(&self) -> EmployeeFullDto {
        self.find(Uuid::from_u128(OWNER))
            .unwrap_or_else(|| user(OWNER, EmployeeStatus::Active))
    }

    pub fn find(&self, id: Uuid) -> Option<EmployeeFullDto> {
        self.users.iter().find(|u| u.id == id).cloned()
    }

    pub fn by_email(&self, email: &str) -> Option<EmployeeFullDto> {
        self.users
            .iter()
            .find(|u| {
                u.email
                    .as_deref()
                    .is_some_and(|e| e.eq_ignore_ascii_case(email))
            })
            .cloned()
    }

    /// One page of the list, as the portal answers `q`; without `total` when told.
    pub fn page(&self, q: &UserQuery, with_total: bool) -> UserPage {
        let text = q.filter_value.as_deref().map(str::to_lowercase);
        let matching: Vec<&EmployeeFullDto> = self
            .users
            .iter()
            .filter(|u| q.status.is_none_or(|s| u.status == Some(s)))
            .filter(|u| {
                text.as_deref().is_none_or(|t| {
                    u.name_for_people().to_lowercase().contains(t)
                        || u.email.as_deref().is_some_and(|e| e.contains(t))
                })
            })
            .collect();
        let start = usize::try_from(q.start_index).unwrap_or(usize::MAX);
        let users = matching
            .iter()
            .skip(start)
            .take(q.count as usize)
            .map(|u| (*u).clone())
            .collect();
        UserPage {
            users,
            total: with_total.then_some(matching.len() as u64),
            start_index: q.start_index,
        }
    }

    pub fn create(&mut self, body: &MemberRequestDto) -> EmployeeFullDto {
        let mut u = user(self.next, EmployeeStatus::Active);
        self.next += 1;
        u.first_name = body.first_name.clone();
        u.last_name = body.last_name.clone();
        u.email = body.email.clone();
        if body.kind == Some(EmployeeType::Guest) {
            u.is_collaborator = None;
            u.is_visitor = Some(true);
        }
        self.users.push(u.clone());
        self.sort();
        u
    }

    /// Runs `plan`: each eligible user's outcome is picked from `picks` (0 done, 1 failed,
    /// 2 not attempted); the done ones change on the portal.
    pub fn run(&mut self, plan: &Plan, picks: &[u8]) -> Report {
        let mut results = Vec::new();
        for (i, t) in plan.eligible.iter().enumerate() {
            let pick = picks.get(i % picks.len().max(1)).copied().unwrap_or(0) % 3;
            let outcome = match pick {
                0 if self.find(t.id).is_some() => {
                    self.apply(plan.action, t.id);
                    Outcome::Done
                }
                0 | 1 => Outcome::Failed("refused".into()),
                _ => Outcome::Skipped(crate::bulk::NOT_ATTEMPTED_STOPPED.into()),
            };
            results.push(UserResult {
                id: t.id,
                name: t.name.clone(),
                outcome,
            });
        }
        for (t, why) in &plan.excluded {
            results.push(UserResult {
                id: t.id,
                name: t.name.clone(),
                outcome: Outcome::Skipped(why.reason().into()),
            });
        }
        self.sort();
        Report {
            action: plan.action,
            results,
            requests: 1,
        }
    }

    fn apply(&mut self, action: BulkAction, id: Uuid) {
        match action {
            BulkAction::Terminate => self.set_status(id, EmployeeStatus::Terminated),
            BulkAction::Activate => self.set_status(id, EmployeeStatus::Active),
            BulkAction::Delete { .. } => self.users.retain(|u| u.id != id),
        }
    }

    fn set_status(&mut self, id: Uuid, status: EmployeeStatus) {
        if let Some(u) = self.users.iter_mut().find(|u| u.id == id) {
            u.status = Some(status);
        }
    }

    /// The id of the `n`-th user.
    pub fn nth(&self, n: usize) -> Option<Uuid> {
        let len = self.users.len();
        (len > 0).then(|| self.users[n % len].id)
    }

    /// Changes a user behind the app's back (another administrator): terminates,
    /// re-activates or deletes it.
    pub fn meddle(&mut self, id: Uuid, what: u8) {
        if id == Uuid::from_u128(OWNER) {
            return;
        }
        match what % 3 {
            0 => self.set_status(id, EmployeeStatus::Terminated),
            1 => self.set_status(id, EmployeeStatus::Active),
            _ => self.users.retain(|u| u.id != id),
        }
        self.sort();
    }
}
