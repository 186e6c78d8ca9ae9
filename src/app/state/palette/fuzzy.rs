//! Fuzzy matching for the palette: the typed characters must appear in order (ASCII case
//! ignored, spaces in the query skipped); runs of consecutive characters and characters
//! that start a word score higher, gaps lower. No allocation: it is run for every entry
//! on every key press.

/// Points for a matched character, and the bonuses and the gap penalty.
const MATCH: i32 = 16;
const CONSECUTIVE: i32 = 24;
const WORD_START: i32 = 20;
const FIRST_CHAR: i32 = 12;
const GAP: i32 = 1;

/// How well `query` matches `text`; None when it does not. An empty query matches
/// everything with score 0. Each place the query's first character occurs is tried as
/// the start (so `all` finds the word in `mark_all`, not the `a` of `mark`).
pub(crate) fn score(query: &str, text: &str) -> Option<i32> {
    let Some(first) = query.chars().find(|c| !c.is_whitespace()) else {
        return Some(0);
    };
    text.char_indices()
        .filter(|(_, c)| same(*c, first))
        .filter_map(|(at, _)| score_from(query, text, at))
        .max()
}

/// The greedy match of `query` in `text` starting at byte `from`.
fn score_from(query: &str, text: &str, from: usize) -> Option<i32> {
    let mut q = query.chars().filter(|c| !c.is_whitespace()).peekable();
    let mut total = 0;
    let mut prev: Option<char> = text[..from].chars().next_back();
    let mut last_match: Option<usize> = None;
    let skipped = text[..from].chars().count();
    for (i, c) in text[from..].chars().enumerate() {
        let i = i + skipped;
        let Some(want) = q.peek() else { break };
        if same(c, *want) {
            total += MATCH;
            match last_match {
                Some(j) if j + 1 == i => total += CONSECUTIVE,
                Some(j) => total -= GAP * (i - j - 1).min(10) as i32,
                None => total -= GAP * i.min(10) as i32,
            }
            if i == 0 {
                total += FIRST_CHAR;
            }
            if prev.is_none_or(|p| !p.is_alphanumeric()) {
                total += WORD_START;
            }
            last_match = Some(i);
            q.next();
        }
        prev = Some(c);
    }
    q.peek().is_none().then_some(total)
}

fn same(a: char, b: char) -> bool {
    a.eq_ignore_ascii_case(&b) || lower(a) == lower(b)
}

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

#[cfg(test)]
#[path = "fuzzy_tests.rs"]
mod tests;
