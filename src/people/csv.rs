//! Just enough CSV (RFC 4180): writing records, and reading them back (for `-` on stdin).

/// One record, fields quoted when they hold a comma, a quote, a line break or leading or
/// trailing spaces; ends with `\n`.
pub fn record<S: AsRef<str>>(fields: &[S]) -> String {
    let mut out = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let f = f.as_ref();
        let needs_quotes =
            f.contains([',', '"', '\n', '\r']) || f.starts_with(' ') || f.ends_with(' ');
        if needs_quotes {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push('\n');
    out
}

/// Parses CSV text into records. Quoted fields may hold commas, quotes (doubled) and line
/// breaks; `\r\n` and `\n` end records; empty lines are skipped. A quote left open runs to
/// the end of the text.
pub fn parse(text: &str) -> Vec<Vec<String>> {
    parse_lines(text).into_iter().map(|(_, r)| r).collect()
}

/// [`parse`], with the line (counted from 1) each record starts on.
pub fn parse_lines(text: &str) -> Vec<(usize, Vec<String>)> {
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    let mut touched = false;
    let mut line = 1;
    let mut start = 1;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                c => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' => {
                in_quotes = true;
                touched = true;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                touched = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                if touched || !field.is_empty() {
                    record.push(std::mem::take(&mut field));
                    records.push((start, std::mem::take(&mut record)));
                }
                touched = false;
                line += 1;
                start = line;
            }
            c => field.push(c),
        }
    }
    if touched || !field.is_empty() {
        record.push(field);
        records.push((start, record));
    }
    records
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
