//! Which users a user list selects: the parameters of `/people/filter` applied as the
//! server applies them.
//!
//! The server turns types, group, payments and administrators into conditions on a
//! user's group rows (`GetByFilterAsync`, `products/ASC.People/Server/Api/UserController.cs`
//! lines 2583-2710) and runs them with status, activation, inviter, area, text and login
//! type in `GetUserQueryForFilter` (`common/ASC.Core.Common/Data/DbUserService.cs` lines
//! 767-975). [`Selection`] keeps that structure, so its quirks come out as the server's do:
//! - `employeeType` wins over `employeeTypes`; a type without a case (`All`, or a
//!   combination of flags such as 5) narrows nothing, and still silences `employeeTypes`;
//! - `employeeTypes` are alternatives, applied only when no other group condition exists:
//!   with `groupId`, `payments`, `isAdministrator=true` or `area=Guests` they are ignored;
//! - `area=Guests` drops the other type filters and keeps guests; `area=People` drops a
//!   guest type and excludes guests (from each alternative when `employeeTypes` are used);
//! - `withoutGroup=true` ignores `groupId`; `quotaFilter` counts only for DocSpace admins;
//!   `invitedByMe=false` narrows nothing and `invitedByMe=true` wins over `inviterId`;
//! - callers who are not DocSpace admins see no terminated users unless a status without a
//!   case (3, 6) is asked for, and only the guests related to them.

use uuid::Uuid;

use super::Viewer;
use super::list::{ListQuery, StatusFilter};
use crate::model::{Role, SystemGroup, User, fold};
use docspace_api::dto::EmployeeStatus;
use docspace_api::filters::{Area, LoginType, Payments, QuotaFilter};

/// The narrowing parameters of `/people/filter` beyond status, activation and text, as
/// bound from the query string. The default narrows nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Narrowing {
    /// `employeeType`, the bound `EmployeeType` value (0 to 7; only 1 to 4 have a case).
    pub employee_type: Option<i64>,
    /// `employeeTypes` (the key repeated), each bound like `employeeType`.
    pub employee_types: Vec<i64>,
    pub group: Option<Uuid>,
    pub exclude_group: Option<bool>,
    pub without_group: Option<bool>,
    /// `None` = `All`, the server's default.
    pub area: Option<Area>,
    pub payments: Option<Payments>,
    pub login_type: Option<LoginType>,
    /// `quotaFilter`; `All` (0) binds to `None`: it narrows nothing either way.
    pub quota: Option<QuotaFilter>,
    pub invited_by_me: Option<bool>,
    pub inviter: Option<Uuid>,
    pub administrator: Option<bool>,
}

/// A group a user may have a row in: a type group or a department.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Type(SystemGroup),
    Department(usize),
    /// A group id nobody has a row in (unknown, or a computed system group).
    Nobody,
}

/// Group conditions: every `include` set must hold a row of the user, no `exclude`
/// group may.
#[derive(Debug, Clone, Default)]
struct Conditions {
    include: Vec<Vec<Row>>,
    exclude: Vec<Row>,
}

impl Conditions {
    fn is_empty(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }

    fn holds(&self, u: &User) -> bool {
        self.include
            .iter()
            .all(|any| any.iter().any(|r| has_row(u, *r)))
            && !self.exclude.iter().any(|r| has_row(u, *r))
    }

    /// `FilterByUserType` (`UserController.cs` lines 2690-2708): the rows of `code`,
    /// unless the area rules it out.
    fn add_type(&mut self, code: i64, area: Area) {
        let guest = Row::Type(SystemGroup::Guest);
        let admin = Row::Type(SystemGroup::DocSpaceAdmin);
        let user = Row::Type(SystemGroup::User);
        match code {
            3 if area != Area::Guests => self.include.push(vec![admin]),
            1 if area != Area::Guests => self.exclude.extend([guest, admin, user]),
            4 if area != Area::Guests => self.include.push(vec![user]),
            2 if area != Area::People => self.include.push(vec![guest]),
            _ => {}
        }
    }
}

fn has_row(u: &User, r: Row) -> bool {
    match r {
        Row::Type(g) => g.has_row(u.role),
        Row::Department(i) => u.groups.contains(&i),
        Row::Nobody => false,
    }
}

/// The text filter (`UserQueryHelper.FilterByText`,
/// `common/ASC.Core.Common/Users/UserQueryHelper.cs` lines 53-90): lower-cased, trimmed
/// terms matched in first name, last name or email; every term without a separator, any
/// term with one.
#[derive(Debug, Clone)]
struct TextFilter {
    terms: Vec<String>,
    all: bool,
}

impl TextFilter {
    fn new(text: Option<&str>, separator: Option<&str>) -> Option<Self> {
        let text = fold(text?.trim());
        if text.is_empty() {
            return None;
        }
        let (terms, all): (Vec<String>, bool) = match separator.filter(|s| !s.is_empty()) {
            Some(sep) => (
                text.split(sep).map(|t| t.trim().to_string()).collect(),
                false,
            ),
            None => (text.split(' ').map(str::to_string).collect(), true),
        };
        let terms: Vec<String> = terms.into_iter().filter(|t| !t.is_empty()).collect();
        (!terms.is_empty()).then_some(Self { terms, all })
    }

    fn matches(&self, u: &User) -> bool {
        let hit = |t: &String| {
            u.first_key.contains(t.as_str())
                || u.last_key.contains(t.as_str())
                || u.email_key.contains(t.as_str())
        };
        if self.all {
            self.terms.iter().all(hit)
        } else {
            self.terms.iter().any(hit)
        }
    }
}

/// The compiled conditions of one list request, for one caller.
#[derive(Debug, Clone)]
pub(super) struct Selection {
    groups: Conditions,
    /// `employeeTypes`: any of them may hold; used only when `groups` is empty.
    alternatives: Vec<Conditions>,
    without_group: bool,
    quota: Option<QuotaFilter>,
    status: Option<StatusFilter>,
    activation: Option<docspace_api::dto::ActivationStatus>,
    creator: Option<Uuid>,
    area: Area,
    login_type: Option<LoginType>,
    text: Option<TextFilter>,
    viewer: Uuid,
    /// A DocSpace admin: sees terminated users and every guest.
    admin: bool,
}

impl Selection {
    /// The conditions of `q` for `viewer`; `department` resolves a department id to its
    /// index in the store.
    pub(super) fn new(
        viewer: &Viewer,
        q: &ListQuery,
        department: impl Fn(Uuid) -> Option<usize>,
    ) -> Self {
        let n = &q.narrowing;
        let area = n.area.unwrap_or(Area::All);
        let row_of = |id: Uuid| match SystemGroup::from_id(id) {
            Some(g)
                if matches!(
                    g,
                    SystemGroup::DocSpaceAdmin | SystemGroup::User | SystemGroup::Guest
                ) =>
            {
                Row::Type(g)
            }
            Some(_) => Row::Nobody,
            None => department(id).map_or(Row::Nobody, Row::Department),
        };
        let mut groups = Conditions::default();
        let mut alternatives = Vec::new();
        if let Some(id) = n.group.filter(|_| n.without_group != Some(true)) {
            if n.exclude_group == Some(true) {
                groups.exclude.push(row_of(id));
            } else {
                groups.include.push(vec![row_of(id)]);
            }
        }
        if let Some(code) = n.employee_type {
            groups.add_type(code, area);
        } else {
            for &code in &n.employee_types {
                let mut alt = Conditions::default();
                alt.add_type(code, area);
                alternatives.push(alt);
            }
        }
        let guest = Row::Type(SystemGroup::Guest);
        let user = Row::Type(SystemGroup::User);
        match n.payments {
            Some(Payments::Paid) => groups.exclude.extend([guest, user]),
            Some(Payments::Free) => groups.include.push(vec![guest, user]),
            None => {}
        }
        if n.administrator == Some(true) {
            // The server adds the ids of the products, for module admins: the demo
            // portal has none.
            groups
                .include
                .push(vec![Row::Type(SystemGroup::DocSpaceAdmin)]);
        }
        match area {
            Area::Guests => groups.include.push(vec![guest]),
            Area::People if alternatives.is_empty() => groups.exclude.push(guest),
            Area::People => alternatives.iter_mut().for_each(|a| a.exclude.push(guest)),
            Area::All => {}
        }
        let creator = if n.invited_by_me == Some(true) {
            Some(viewer.id)
        } else {
            n.inviter
        };
        Self {
            groups,
            alternatives,
            without_group: n.without_group == Some(true),
            quota: n.quota.filter(|_| viewer.is_admin()),
            status: q.status,
            activation: q.activation,
            creator,
            area,
            login_type: n.login_type,
            text: TextFilter::new(q.text.as_deref(), q.separator.as_deref()),
            viewer: viewer.id,
            admin: viewer.is_admin(),
        }
    }

    /// Whether the list holds `u`.
    pub(super) fn admits(&self, u: &User) -> bool {
        self.group_rows(u)
            && self.quota.is_none_or(|f| match f {
                QuotaFilter::Custom => u.quota.is_some(),
                QuotaFilter::Default => u.quota.is_none(),
            })
            && (!self.without_group || u.groups.is_empty())
            && self.status_admits(u.status)
            && self.activation.is_none_or(|a| a == u.activation)
            && self.creator.is_none_or(|c| u.created_by == Some(c))
            && self.related(u)
            && self.text.as_ref().is_none_or(|t| t.matches(u))
            && self.login_type.is_none_or(|l| match l {
                LoginType::Ldap => u.sid.is_some(),
                LoginType::Sso => u.sso_name_id.is_some(),
                LoginType::Standard => u.sid.is_none() && u.sso_name_id.is_none(),
            })
    }

    fn group_rows(&self, u: &User) -> bool {
        if !self.groups.is_empty() {
            self.groups.holds(u)
        } else if !self.alternatives.is_empty() {
            self.alternatives.iter().any(|a| a.holds(u))
        } else {
            true
        }
    }

    /// `DbUserService.cs` lines 862-889.
    fn status_admits(&self, s: EmployeeStatus) -> bool {
        let not_terminated = self.admin || s != EmployeeStatus::Terminated;
        match self.status {
            None | Some(StatusFilter::All) => not_terminated,
            Some(StatusFilter::Active) => s == EmployeeStatus::Active,
            Some(StatusFilter::Pending) => s == EmployeeStatus::Pending,
            Some(StatusFilter::Terminated) => self.admin && s == EmployeeStatus::Terminated,
            Some(StatusFilter::Unmatched) => true,
        }
    }

    /// Guests a caller who is not a DocSpace admin is related to: those they invited
    /// (`DbUserService.cs` lines 898-964).
    fn related(&self, u: &User) -> bool {
        let mine = u.created_by == Some(self.viewer);
        match self.area {
            _ if self.admin => true,
            Area::Guests => mine,
            Area::All => u.role != Role::Guest || mine,
            Area::People => true,
        }
    }
}

#[cfg(test)]
#[path = "filter_tests.rs"]
mod tests;
