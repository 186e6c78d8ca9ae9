//! Command-line values of the list filters and the sort, parsed by their stable machine
//! names (so `--help` and the completion scripts offer exactly those names).

use std::marker::PhantomData;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::api::{FilterValue, SortBy};

/// Parses a [`FilterValue`] by its machine name (any case); offers the names.
#[derive(Clone, Copy)]
pub struct FilterParser<T>(PhantomData<T>);

impl<T> FilterParser<T> {
    pub fn new() -> Self {
        Self(PhantomData)
    }
}

impl<T> Default for FilterParser<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn invalid(
    cmd: &clap::Command,
    arg: Option<&clap::Arg>,
    value: &str,
    valid: Vec<String>,
) -> clap::Error {
    let mut err = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
    if let Some(arg) = arg {
        err.insert(
            ContextKind::InvalidArg,
            ContextValue::String(arg.to_string()),
        );
    }
    err.insert(
        ContextKind::InvalidValue,
        ContextValue::String(value.to_string()),
    );
    err.insert(ContextKind::ValidValue, ContextValue::Strings(valid));
    err
}

impl<T: FilterValue + Send + Sync> TypedValueParser for FilterParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        T::VALUES
            .iter()
            .copied()
            .find(|v| v.name().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| {
                let names = T::VALUES.iter().map(|v| v.name().to_string()).collect();
                invalid(cmd, arg, &text, names)
            })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            T::VALUES.iter().map(|v| PossibleValue::new(v.name())),
        ))
    }
}

/// The names `--sort` takes, with the order the portal sorts by: `name` is the first
/// name, as the portal's default.
pub const SORT_NAMES: [(&str, SortBy); 9] = [
    ("name", SortBy::FirstName),
    ("first-name", SortBy::FirstName),
    ("last-name", SortBy::LastName),
    ("email", SortBy::Email),
    ("type", SortBy::Type),
    ("department", SortBy::Department),
    ("registration-date", SortBy::RegistrationDate),
    ("used-space", SortBy::UsedSpace),
    ("created-by", SortBy::CreatedBy),
];

/// Parses `--sort`: one of [`SORT_NAMES`], or the portal's own names (`firstname`,
/// `RegistrationDate`, `displayname`), any case.
#[derive(Clone, Copy, Default)]
pub struct SortParser;

/// The sort a name asks for.
pub fn parse_sort(s: &str) -> Option<SortBy> {
    let s = s.trim();
    SORT_NAMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(s))
        .map(|(_, by)| *by)
        .or_else(|| SortBy::parse(s))
}

impl TypedValueParser for SortParser {
    type Value = SortBy;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<SortBy, clap::Error> {
        let text = value.to_string_lossy();
        parse_sort(&text).ok_or_else(|| {
            let names = SORT_NAMES.iter().map(|(n, _)| n.to_string()).collect();
            invalid(cmd, arg, &text, names)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            SORT_NAMES.iter().map(|(n, _)| PossibleValue::new(*n)),
        ))
    }
}

#[cfg(test)]
#[path = "values_tests.rs"]
mod tests;
