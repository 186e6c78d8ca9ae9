//! The filter panel (`f`): every narrowing of the list as a row to pick (status, type,
//! login type, payments, quota, group), and a draft of them that is applied after a pause
//! in picking, like the search, or when the panel closes. The portal's groups, read when
//! the panel opens, are kept in [`Groups`].

use uuid::Uuid;

use super::users::StatusFilter;
use crate::api::dto::GroupDto;
use crate::api::{
    EmployeeType, FilterValue, GroupFilter, ListFilters, LoginType, Payments, QuotaFilter,
};
use crate::app::msg::TICK_MS;
use crate::sanitize::html_decode;

/// Ticks of quiet picking before the draft is applied (about 300 ms, as for the search).
pub(crate) const DEBOUNCE_TICKS: u8 = (300 / TICK_MS) as u8;

/// One pickable row of the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// One status (all of them with [`StatusFilter::All`]).
    Status(StatusFilter),
    /// One of the types, several of which may be picked.
    Type(EmployeeType),
    /// A login type, or any (`None`).
    Login(Option<LoginType>),
    Payments(Option<Payments>),
    Quota(Option<QuotaFilter>),
    /// A group's members, users in no group, or any group (`None`).
    Group(Option<GroupFilter>),
}

/// The panel's sections, in the order drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Status,
    Type,
    Login,
    Payments,
    Quota,
    Group,
}

impl Section {
    pub fn heading(self) -> &'static str {
        match self {
            Section::Status => "Status",
            Section::Type => "Type",
            Section::Login => "Login",
            Section::Payments => "Payments",
            Section::Quota => "Quota",
            Section::Group => "Group",
        }
    }

    /// Whether several rows of the section may be picked at once.
    pub fn is_multiple(self) -> bool {
        self == Section::Type
    }
}

impl Choice {
    pub fn section(self) -> Section {
        match self {
            Choice::Status(_) => Section::Status,
            Choice::Type(_) => Section::Type,
            Choice::Login(_) => Section::Login,
            Choice::Payments(_) => Section::Payments,
            Choice::Quota(_) => Section::Quota,
            Choice::Group(_) => Section::Group,
        }
    }
}

/// A group the portal has: its id and its name as the portal sent it (server text:
/// sanitise before drawing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupChoice {
    pub id: Uuid,
    pub name: Option<String>,
}

/// The portal's groups, as last read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Groups {
    /// By name (None before the first answer).
    pub list: Option<Vec<GroupChoice>>,
    /// Why the last read failed, in words.
    pub error: Option<String>,
}

impl Groups {
    /// Keeps the groups of an answer, by name (as decoded, any case).
    pub fn replace(&mut self, dtos: Vec<GroupDto>) {
        let mut list: Vec<GroupChoice> = dtos
            .into_iter()
            .map(|g| GroupChoice {
                id: g.id,
                name: g.name,
            })
            .collect();
        list.sort_by_cached_key(|g| {
            let name = g.name.as_deref().map(html_decode).unwrap_or_default();
            (name.to_lowercase(), g.id)
        });
        self.list = Some(list);
        self.error = None;
    }

    /// The name of group `id`, when known (server text).
    pub fn name_of(&self, id: Uuid) -> Option<&str> {
        self.list
            .iter()
            .flatten()
            .find(|g| g.id == id)
            .and_then(|g| g.name.as_deref())
    }
}

/// Every pickable row, in the order drawn: the fixed sections, then the groups (last:
/// the only section a portal can make long).
pub(crate) fn choices(groups: &Groups) -> Vec<Choice> {
    let mut out: Vec<Choice> = [
        StatusFilter::All,
        StatusFilter::Active,
        StatusFilter::Pending,
        StatusFilter::Terminated,
    ]
    .into_iter()
    .map(Choice::Status)
    .collect();
    out.extend(EmployeeType::ALL_TYPES.into_iter().map(Choice::Type));
    out.push(Choice::Login(None));
    for l in [LoginType::Standard, LoginType::Sso, LoginType::Ldap] {
        out.push(Choice::Login(Some(l)));
    }
    out.push(Choice::Payments(None));
    out.extend(Payments::VALUES.iter().map(|p| Choice::Payments(Some(*p))));
    out.push(Choice::Quota(None));
    out.extend(QuotaFilter::VALUES.iter().map(|q| Choice::Quota(Some(*q))));
    out.push(Choice::Group(None));
    out.push(Choice::Group(Some(GroupFilter::WithoutGroup)));
    out.extend(
        groups
            .list
            .iter()
            .flatten()
            .map(|g| Choice::Group(Some(GroupFilter::Member(g.id)))),
    );
    out
}

/// The panel: the row under the cursor and the filters as picked so far.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterPanel {
    /// Index into [`choices`].
    pub cursor: usize,
    pub status: StatusFilter,
    pub filters: ListFilters,
    /// Ticks left before the draft is applied.
    pub debounce: Option<u8>,
}

impl FilterPanel {
    /// A panel showing the filters applied now.
    pub fn new(status: StatusFilter, filters: ListFilters) -> Self {
        FilterPanel {
            cursor: 0,
            status,
            filters,
            debounce: None,
        }
    }

    /// Whether `choice` is picked in the draft.
    pub fn is_on(&self, choice: Choice) -> bool {
        let f = &self.filters;
        match choice {
            Choice::Status(s) => self.status == s,
            Choice::Type(t) => f.types.contains(&t),
            Choice::Login(l) => f.login_type == l,
            Choice::Payments(p) => f.payments == p,
            Choice::Quota(q) => f.quota == q,
            // Excluding a group (set elsewhere) shows as neither any nor a member.
            Choice::Group(g) => f.group == g,
        }
    }

    /// Picks `choice`: a type is added or removed; in the other sections it replaces the
    /// one picked, and picking the one picked again goes back to "any".
    pub fn toggle(&mut self, choice: Choice) {
        let on = self.is_on(choice);
        let f = &mut self.filters;
        match choice {
            Choice::Status(s) => self.status = if on { StatusFilter::All } else { s },
            Choice::Type(t) => {
                if on {
                    f.types.retain(|x| *x != t);
                } else {
                    f.types.push(t);
                    // One order for one set, whatever order they were picked in.
                    f.types
                        .sort_by_key(|x| EmployeeType::ALL_TYPES.iter().position(|a| a == x));
                }
            }
            Choice::Login(l) => f.login_type = if on { None } else { l },
            Choice::Payments(p) => f.payments = if on { None } else { p },
            Choice::Quota(q) => f.quota = if on { None } else { q },
            Choice::Group(g) => f.group = if on { None } else { g },
        }
        self.debounce = Some(DEBOUNCE_TICKS);
    }

    /// Drops every filter of the draft.
    pub fn clear(&mut self) {
        self.status = StatusFilter::All;
        self.filters = ListFilters::default();
        self.debounce = Some(DEBOUNCE_TICKS);
    }

    /// Moves the cursor by `delta` rows among `rows`, staying on them.
    pub fn move_by(&mut self, delta: isize, rows: usize) {
        self.cursor = self
            .cursor
            .saturating_add_signed(delta)
            .min(rows.saturating_sub(1));
    }
}

#[cfg(test)]
#[path = "filter_panel_tests.rs"]
mod tests;
