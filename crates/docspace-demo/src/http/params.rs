//! Query-string parameters: names match in any case, as ASP.NET binds them; bad values are
//! model-validation errors.

use uuid::Uuid;

use super::bind::{
    ACCOUNT_LOGIN_TYPE, ACTIVATION_STATUS, AREA, EMPLOYEE_STATUS, EMPLOYEE_TYPE, EMPLOYEE_TYPES,
    EnumSpec, PAYMENTS, QUOTA_FILTER, SORT_ORDER, boolean, enum_value, guid, not_valid,
};
use crate::store::{ListQuery, Narrowing, Refusal, StatusFilter};
use docspace_api::dto::ActivationStatus;
use docspace_api::filters::{Area, FilterValue, LoginType, Payments, QuotaFilter};
use docspace_api::query::SortBy;

/// The decoded pairs of a query string.
#[derive(Debug, Clone, Default)]
pub(super) struct Params(Vec<(String, String)>);

impl Params {
    pub(super) fn parse(query: Option<&str>) -> Self {
        Self(
            url::form_urlencoded::parse(query.unwrap_or("").as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The first value of `name`, any case.
    pub(super) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name`, any case, in order.
    pub(super) fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

fn int(p: &Params, name: &str, field: &str) -> Result<Option<i64>, Refusal> {
    match p.get(name).map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => v.parse::<i64>().map(Some).map_err(|_| not_valid(field, v)),
    }
}

/// The value of `name` unless it is absent or blank.
fn given<'a>(p: &'a Params, name: &str) -> Option<&'a str> {
    p.get(name).filter(|v| !v.trim().is_empty())
}

fn enum_param(p: &Params, name: &str, spec: &EnumSpec) -> Result<Option<i64>, Refusal> {
    given(p, name).map(|v| enum_value(spec, v)).transpose()
}

pub(super) fn guid_param(p: &Params, name: &str, property: &str) -> Result<Option<Uuid>, Refusal> {
    given(p, name).map(|v| guid(property, v)).transpose()
}

pub(super) fn bool_param(p: &Params, name: &str, property: &str) -> Result<Option<bool>, Refusal> {
    given(p, name).map(|v| boolean(property, v)).transpose()
}

/// `sortBy`: a `UserSortType` name in any case, or its number; anything else sorts by
/// first name, and so does `DisplayName` in the portal's first-last culture
/// (`common/ASC.Core.Common/Users/UserQueryFilter.cs` lines 102-110).
fn sort_by(v: Option<&str>) -> SortBy {
    let v = v.map(str::trim).unwrap_or("");
    let by_number = v
        .parse::<i64>()
        .ok()
        .and_then(|n| usize::try_from(n).ok())
        .and_then(|n| SortBy::ALL.get(n).copied());
    let sort = by_number
        .or_else(|| {
            SortBy::ALL
                .into_iter()
                .find(|s| s.name().eq_ignore_ascii_case(v))
        })
        .unwrap_or(SortBy::FirstName);
    if sort == SortBy::DisplayName {
        SortBy::FirstName
    } else {
        sort
    }
}

/// `count` (1 to 100, default 100).
pub(super) fn count(p: &Params) -> Result<usize, Refusal> {
    match int(p, "count", "Count")? {
        None => Ok(100),
        Some(n @ 1..=100) => Ok(n as usize),
        Some(_) => Err(Refusal::validation(
            "Count",
            "The field Count must be between 1 and 100.",
        )),
    }
}

/// `startIndex` as sent (the server skips only when it is above zero).
pub(super) fn start_index(p: &Params) -> Result<i64, Refusal> {
    Ok(int(p, "startIndex", "StartIndex")?.unwrap_or(0))
}

/// `sortOrder`: whether descending.
pub(super) fn descending(p: &Params) -> Result<bool, Refusal> {
    Ok(enum_param(p, "sortOrder", &SORT_ORDER)? == Some(1))
}

/// `employeeStatus` (or the `{status}` route value) as a list's status filter.
pub(super) fn status(raw: &str) -> Result<StatusFilter, Refusal> {
    enum_value(&EMPLOYEE_STATUS, raw).map(StatusFilter::from_code)
}

/// The common paging and filter parameters of the user lists. `extended` adds the
/// `/people/filter` ones (`SimpleByFilterRequestDto`,
/// `products/ASC.People/Server/ApiModels/RequestDto/SimpleByFilterRequestDto.cs`).
pub(super) fn list_query(p: &Params, extended: bool) -> Result<ListQuery, Refusal> {
    let mut q = ListQuery {
        count: count(p)?,
        start: start_index(p)?.max(0) as usize,
        sort: sort_by(p.get("sortBy")),
        descending: descending(p)?,
        text: p.get("filterValue").map(str::to_string),
        separator: p.get("filterSeparator").map(str::to_string),
        ..ListQuery::default()
    };
    if extended {
        if let Some(v) = given(p, "employeeStatus") {
            q.status = Some(status(v)?);
        }
        if let Some(a) = enum_param(p, "activationStatus", &ACTIVATION_STATUS)? {
            q.activation = Some(ActivationStatus::from_code(a));
        }
        q.narrowing = narrowing(p)?;
    }
    Ok(q)
}

/// Types, group, area, payments, login type, quota, inviter and administrators.
fn narrowing(p: &Params) -> Result<Narrowing, Refusal> {
    let mut types = Vec::new();
    for v in p.all("employeeTypes") {
        if !v.trim().is_empty() {
            types.push(enum_value(&EMPLOYEE_TYPES, v)?);
        }
    }
    Ok(Narrowing {
        employee_type: enum_param(p, "employeeType", &EMPLOYEE_TYPE)?,
        employee_types: types,
        group: guid_param(p, "groupId", "GroupId")?,
        exclude_group: bool_param(p, "excludeGroup", "ExcludeGroup")?,
        without_group: bool_param(p, "withoutGroup", "WithoutGroup")?,
        area: enum_param(p, "area", &AREA)?.and_then(coded::<Area>),
        payments: enum_param(p, "payments", &PAYMENTS)?.and_then(coded::<Payments>),
        login_type: enum_param(p, "accountLoginType", &ACCOUNT_LOGIN_TYPE)?
            .and_then(coded::<LoginType>),
        quota: enum_param(p, "quotaFilter", &QUOTA_FILTER)?.and_then(coded::<QuotaFilter>),
        invited_by_me: bool_param(p, "invitedByMe", "InvitedByMe")?,
        inviter: guid_param(p, "inviterId", "InviterId")?,
        administrator: bool_param(p, "isAdministrator", "IsAdministrator")?,
    })
}

/// The filter value with wire code `code` (`QuotaFilter` `All` has none: no filter).
fn coded<T: FilterValue>(code: i64) -> Option<T> {
    T::VALUES
        .iter()
        .copied()
        .find(|v| i64::from(v.code()) == code)
}

#[cfg(test)]
#[path = "params_tests.rs"]
mod tests;
