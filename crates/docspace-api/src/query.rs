//! Query parameters of the paged user lists (`GET /api/2.0/people/filter`).

use super::dto::{ActivationStatus, EmployeeStatus, EmployeeType};
use super::filters::ListFilters;

/// The largest page the server serves (and the default).
pub const MAX_PAGE: u32 = 100;

/// `sortBy` values (`UserSortType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortBy {
    #[default]
    FirstName,
    LastName,
    DisplayName,
    Type,
    Email,
    Department,
    UsedSpace,
    CreatedBy,
    RegistrationDate,
}

impl SortBy {
    pub const ALL: [SortBy; 9] = [
        SortBy::FirstName,
        SortBy::LastName,
        SortBy::DisplayName,
        SortBy::Type,
        SortBy::Email,
        SortBy::Department,
        SortBy::UsedSpace,
        SortBy::CreatedBy,
        SortBy::RegistrationDate,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::FirstName => "firstname",
            Self::LastName => "lastname",
            Self::DisplayName => "displayname",
            Self::Type => "type",
            Self::Email => "email",
            Self::Department => "department",
            Self::UsedSpace => "usedspace",
            Self::CreatedBy => "createdby",
            Self::RegistrationDate => "registrationdate",
        }
    }

    /// Parses a name, any case, with or without separators (`first-name`, `FirstName`).
    pub fn parse(s: &str) -> Option<Self> {
        let norm: String = s
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        Self::ALL.into_iter().find(|v| v.name() == norm)
    }
}

/// `sortOrder`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    #[default]
    Ascending,
    Descending,
}

/// Which users a list shows by status: the `f` filter of the UI and `--status` of
/// `users list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum StatusFilter {
    #[default]
    All,
    Active,
    Pending,
    Terminated,
}

impl StatusFilter {
    pub fn next(self) -> Self {
        match self {
            StatusFilter::All => StatusFilter::Active,
            StatusFilter::Active => StatusFilter::Pending,
            StatusFilter::Pending => StatusFilter::Terminated,
            StatusFilter::Terminated => StatusFilter::All,
        }
    }

    pub fn status(self) -> Option<EmployeeStatus> {
        match self {
            StatusFilter::All => None,
            StatusFilter::Active => Some(EmployeeStatus::Active),
            StatusFilter::Pending => Some(EmployeeStatus::Pending),
            StatusFilter::Terminated => Some(EmployeeStatus::Terminated),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::All => "all",
            StatusFilter::Active => "active",
            StatusFilter::Pending => "pending",
            StatusFilter::Terminated => "terminated",
        }
    }
}

/// One page request of `GET /api/2.0/people/filter`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UserQuery {
    pub start_index: u64,
    /// 1 to [`MAX_PAGE`].
    pub count: u32,
    pub sort_by: Option<SortBy>,
    pub sort_order: SortOrder,
    /// Matched by the server as a substring of first name, last name or email.
    pub filter_value: Option<String>,
    pub status: Option<EmployeeStatus>,
    pub employee_type: Option<EmployeeType>,
    pub activation_status: Option<ActivationStatus>,
    /// Types, group, area, payments, login type, quota and inviter.
    pub filters: ListFilters,
    /// Properties of each user the answer should carry (`fields=`, see
    /// [`fields_param`]); empty asks for whole profiles.
    pub fields: Vec<&'static str>,
}

impl Default for UserQuery {
    fn default() -> Self {
        Self {
            start_index: 0,
            count: MAX_PAGE,
            sort_by: None,
            sort_order: SortOrder::Ascending,
            filter_value: None,
            status: None,
            employee_type: None,
            activation_status: None,
            filters: ListFilters::default(),
            fields: Vec::new(),
        }
    }
}

/// The value of `fields=` asking for `fields` of each user, `id` first: the server keeps
/// nothing it is not asked for, not even the id.
pub fn fields_param(fields: &[&str]) -> String {
    let mut names = vec!["id"];
    names.extend(
        fields
            .iter()
            .copied()
            .filter(|f| *f != "id" && !f.is_empty()),
    );
    names.join(",")
}

impl UserQuery {
    /// The same query at another offset.
    pub fn at(&self, start_index: u64) -> Self {
        Self {
            start_index,
            ..self.clone()
        }
    }

    /// The query string pairs, as the server names them.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut q = vec![
            ("count", self.count.clamp(1, MAX_PAGE).to_string()),
            ("startIndex", self.start_index.to_string()),
        ];
        if let Some(s) = self.sort_by {
            q.push(("sortBy", s.name().to_string()));
        }
        if self.sort_order == SortOrder::Descending {
            q.push(("sortOrder", "descending".to_string()));
        }
        if let Some(f) = self
            .filter_value
            .as_deref()
            .map(str::trim)
            .filter(|f| !f.is_empty())
        {
            q.push(("filterValue", f.to_string()));
        }
        if let Some(s) = self.status {
            q.push(("employeeStatus", s.code().to_string()));
        }
        if let Some(t) = self.employee_type {
            q.push(("employeeType", t.code().to_string()));
        }
        if let Some(a) = self.activation_status {
            q.push(("activationStatus", a.code().to_string()));
        }
        self.filters.push_pairs(&mut q);
        if !self.fields.is_empty() {
            q.push(("fields", fields_param(&self.fields)));
        }
        q
    }
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
