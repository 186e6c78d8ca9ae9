//! Response trimming (PEOPLE-API.md §1): the query parameter `fields=a,b,c` limits which
//! properties of the objects in a success envelope's `response` are written; nested
//! properties are named with dots (`createdBy.displayName`).
//!
//! The rules are the server's, including its quirks:
//! - the parameter name matches in any case; `fields[]=a&fields[]=b` wins over `fields`;
//!   one `fields` value is split on commas (no trimming), several are taken as they are;
//!   an empty `fields=` keeps no property at all;
//! - names are compared exactly (camelCase, case-sensitive);
//! - nothing is kept implicitly: without `id` in the list, objects come back without it;
//! - a plain name keeps that top-level property whole; a dotted name keeps the path to
//!   it and the named property with its direct contents;
//! - only `response` is trimmed: `count`, `total`, `links`, `status` are always written,
//!   and error bodies are never trimmed.

use super::params::Params;

/// The names asked for with `fields`, in request order, each with whether it is dotted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Fields(Vec<(String, bool)>);

/// What the value of an admitted property is matched against below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Next {
    /// The same full name as its parent (a plain name keeps the whole subtree).
    Same,
    /// The property's own full name: `parent.name` (just `name` at the top level).
    Joined,
}

impl Fields {
    /// The selection in `query`, or `None` when no `fields` parameter was sent.
    pub(super) fn from_query(query: Option<&str>) -> Option<Self> {
        Self::from_params(&Params::parse(query))
    }

    pub(super) fn from_params(p: &Params) -> Option<Self> {
        let listed = p.all("fields[]");
        if !listed.is_empty() {
            return Some(Self::new(listed));
        }
        let values = p.all("fields");
        match values.as_slice() {
            [] => None,
            [one] if !one.is_empty() => Some(Self::new(one.split(','))),
            many => Some(Self::new(many.iter().copied())),
        }
    }

    fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        Self(
            names
                .into_iter()
                .map(|n| (n.to_string(), n.contains('.')))
                .collect(),
        )
    }

    /// A selection of these names.
    #[cfg(test)]
    pub(super) fn of<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        Self::new(names)
    }

    #[cfg(test)]
    pub(super) fn names(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(n, _)| n)
    }

    /// Whether property `name` of an object at `depth` (1 = an object of `response`),
    /// whose own full name is `full` (empty at depth 1), is written; and if so, what its
    /// value is matched against. The first matching name decides.
    pub(super) fn admit(&self, depth: usize, full: &str, name: &str) -> Option<Next> {
        self.0.iter().find_map(|(r, dotted)| {
            if !dotted {
                return if depth <= 1 {
                    (r == name).then_some(Next::Joined)
                } else {
                    (r == full).then_some(Next::Same)
                };
            }
            let hit = is_check_name(r, depth, full, name)
                || r == full
                || (r.len() > check_len(depth, full, name)
                    && is_prefix_check_name(r, depth, full, name));
            hit.then_some(Next::Joined)
        })
    }

    /// Whether a top-level property `name` of the objects of `response` is written.
    pub(super) fn keeps_top(&self, name: &str) -> bool {
        self.admit(1, "", name).is_some()
    }
}

/// The length of the property's full name: `name` at depth 1, else `full.name`.
fn check_len(depth: usize, full: &str, name: &str) -> usize {
    if depth <= 1 {
        name.len()
    } else {
        full.len() + 1 + name.len()
    }
}

/// `r == full.name` (or `r == name` at depth 1), without building the string.
fn is_check_name(r: &str, depth: usize, full: &str, name: &str) -> bool {
    r.len() == check_len(depth, full, name) && starts_with_check_name(r, depth, full, name)
}

/// `r` starts with `full.name.` (or `name.` at depth 1).
fn is_prefix_check_name(r: &str, depth: usize, full: &str, name: &str) -> bool {
    let n = check_len(depth, full, name);
    starts_with_check_name(r, depth, full, name) && r.as_bytes().get(n) == Some(&b'.')
}

fn starts_with_check_name(r: &str, depth: usize, full: &str, name: &str) -> bool {
    if depth <= 1 {
        return r.starts_with(name);
    }
    r.starts_with(full)
        && r.as_bytes().get(full.len()) == Some(&b'.')
        && r.get(full.len() + 1..)
            .is_some_and(|rest| rest.starts_with(name))
}

/// The full name a value gets: `full.name`, or `name` at depth 1.
pub(super) fn joined(depth: usize, full: &str, name: &str) -> String {
    if depth <= 1 {
        name.to_string()
    } else {
        format!("{full}.{name}")
    }
}

#[cfg(test)]
#[path = "fields_tests.rs"]
mod tests;
