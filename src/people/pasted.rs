//! A list of users pasted over the user list: IDs or emails, one or several a line
//! (separated by spaces, commas or semicolons), or CSV whose header names an `id` (or
//! else an `email`) column, as `users list --format csv` writes it. Lines starting with
//! `#` are comments.
//!
//! Nothing is refused as a whole: what names no user is kept with its line number, so
//! the person can be told which lines were not understood.

use std::collections::HashSet;

use super::csv;
use super::lookup::{LookupTarget, parse_lookup};

/// The most users one pasted list may name: each is one request to the portal.
pub(crate) const MAX_PASTED: usize = 1000;

/// One user asked for by a pasted line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wanted {
    /// The line of the paste it comes from, counted from 1.
    pub line: usize,
    pub target: LookupTarget,
}

/// A pasted text, read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PastedList {
    /// The users named, in order, each once.
    pub wanted: Vec<Wanted>,
    /// What names no user (neither an ID nor an email), with its line, as pasted (raw:
    /// sanitise before showing).
    pub unreadable: Vec<(usize, String)>,
    /// Users named again after their first line (left out of `wanted`).
    pub repeats: usize,
}

impl PastedList {
    /// Whether the text named nothing and held nothing unreadable.
    pub fn is_empty(&self) -> bool {
        self.wanted.is_empty() && self.unreadable.is_empty()
    }
}

/// Whether a paste over the list is a list (several lines with text) rather than one
/// value for the look-up.
pub(crate) fn is_list(text: &str) -> bool {
    lines(text).filter(|l| !l.trim().is_empty()).count() > 1
}

/// The lines of a paste. Terminals send a pasted line break as `\r` (most), `\r\n` or
/// `\n`: each ends a line.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
}

/// Reads a pasted text (see the module documentation).
pub(crate) fn parse_pasted(text: &str) -> PastedList {
    // Comments become empty lines, so the line numbers stay those of the paste.
    let cleaned: String = lines(text)
        .map(|l| {
            if l.trim_start().starts_with('#') {
                ""
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let records = csv::parse_lines(&cleaned);
    let mut out = Collector::default();
    let Some((_, header)) = records.first() else {
        return out.list;
    };
    match id_or_email_column(header) {
        Some(col) => {
            for (line, rec) in &records[1..] {
                let value = rec.get(col).map_or("", |v| v.trim());
                if !value.is_empty() {
                    out.value(*line, value);
                }
            }
        }
        None => {
            for (line, rec) in &records {
                out.free_line(*line, &rec.join(","));
            }
        }
    }
    out.list
}

/// The column named `id`, else the one named `email` (any case, a byte-order mark before
/// the first name ignored).
fn id_or_email_column(header: &[String]) -> Option<usize> {
    let col = |name: &str| {
        header.iter().position(|h| {
            h.trim()
                .trim_start_matches('\u{feff}')
                .eq_ignore_ascii_case(name)
        })
    };
    col("id").or_else(|| col("email"))
}

#[derive(Default)]
struct Collector {
    list: PastedList,
    seen: HashSet<LookupTarget>,
}

impl Collector {
    /// A CSV value: one user, or an unreadable value.
    fn value(&mut self, line: usize, raw: &str) {
        match read(raw) {
            Some(target) => self.add(line, target),
            None => self.list.unreadable.push((line, raw.to_string())),
        }
    }

    /// A line without a header: values separated by spaces, commas or semicolons. When
    /// none of them names a user, the whole line is reported once.
    fn free_line(&mut self, line: usize, text: &str) {
        let values: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|v| !v.is_empty())
            .collect();
        let read: Vec<(&str, Option<LookupTarget>)> =
            values.iter().map(|v| (*v, read(v))).collect();
        if read.iter().all(|(_, t)| t.is_none()) {
            let whole = text.trim();
            if !whole.is_empty() {
                self.list.unreadable.push((line, whole.to_string()));
            }
            return;
        }
        for (raw, target) in read {
            match target {
                Some(t) => self.add(line, t),
                None => self.list.unreadable.push((line, raw.to_string())),
            }
        }
    }

    fn add(&mut self, line: usize, target: LookupTarget) {
        let key = match &target {
            LookupTarget::Id(id) => LookupTarget::Id(*id),
            LookupTarget::Email(e) => LookupTarget::Email(e.to_lowercase()),
        };
        if self.seen.insert(key) {
            self.list.wanted.push(Wanted { line, target });
        } else {
            self.list.repeats += 1;
        }
    }
}

/// One value: an ID or an email, with quotes or angle brackets around it ignored.
fn read(raw: &str) -> Option<LookupTarget> {
    let v = raw
        .trim()
        .trim_matches(|c| matches!(c, '"' | '\'' | '<' | '>'));
    parse_lookup(v).ok()
}

#[cfg(test)]
#[path = "pasted_tests.rs"]
mod tests;
