//! The name lists the demo portal seeds users from (`names/*.txt` in this crate, embedded).

/// One name and the ASCII form used to build email addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Name {
    pub text: &'static str,
    pub ascii: &'static str,
}

/// The first and last names of one script.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Script {
    pub label: &'static str,
    pub first: Vec<Name>,
    pub last: Vec<Name>,
}

const FILES: [(&str, &str); 8] = [
    ("latin", include_str!("../names/latin.txt")),
    ("cyrillic", include_str!("../names/cyrillic.txt")),
    ("greek", include_str!("../names/greek.txt")),
    ("cjk", include_str!("../names/cjk.txt")),
    ("arabic", include_str!("../names/arabic.txt")),
    ("hebrew", include_str!("../names/hebrew.txt")),
    ("devanagari", include_str!("../names/devanagari.txt")),
    ("marks", include_str!("../names/marks.txt")),
];

const LONG: &str = include_str!("../names/long.txt");

/// Every script's names, in a fixed order (seeding depends on it).
pub(crate) fn scripts() -> Vec<Script> {
    FILES
        .iter()
        .map(|(label, text)| parse(label, text))
        .filter(|s| !s.first.is_empty() && !s.last.is_empty())
        .collect()
}

/// The very long names.
pub(crate) fn long_names() -> Script {
    parse("long", LONG)
}

/// Parses `first: Name | ascii` / `last: Name | ascii` lines; anything else is skipped.
pub(crate) fn parse(label: &'static str, text: &'static str) -> Script {
    let mut script = Script {
        label,
        ..Script::default()
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((kind, rest)) = line.split_once(':') else {
            continue;
        };
        let Some((name, ascii)) = rest.split_once('|') else {
            continue;
        };
        let (name, ascii) = (name.trim(), ascii.trim());
        if name.is_empty() || ascii.is_empty() {
            continue;
        }
        let entry = Name { text: name, ascii };
        match kind.trim() {
            "first" => script.first.push(entry),
            "last" => script.last.push(entry),
            _ => {}
        }
    }
    script
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
