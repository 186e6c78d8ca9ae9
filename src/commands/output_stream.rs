//! Printing a list page by page as it arrives, so a listing of any size holds one page
//! in memory: the JSON array is opened, each user written as an element, then closed;
//! CSV writes its header, then rows; the table measures its columns on the first page
//! (and its header), then keeps them: on a terminal later cells are cut to fit, piped
//! they are written whole (a wider cell pushes the rest of its line along). The text is
//! the same as [`super::output::render`] prints for one page.

use super::fields::Field;
use super::output::{self, Format, Pick};
use super::table;
use crate::api::EmployeeFullDto;

/// Where a table is: before its first page, or with its columns measured.
enum TableState {
    Unmeasured,
    Measured(Vec<usize>),
}

/// Turns pages of users into text for stdout, one piece at a time.
pub(crate) struct PageWriter<'a> {
    format: Format,
    pick: Pick<'a>,
    tty: bool,
    /// Users written so far.
    written: usize,
    columns: Vec<&'static Field>,
    table: TableState,
}

impl<'a> PageWriter<'a> {
    pub(crate) fn new(format: Format, pick: Pick<'a>, tty: bool) -> Self {
        Self {
            format,
            pick,
            tty,
            written: 0,
            columns: output::table_columns(pick),
            table: TableState::Unmeasured,
        }
    }

    /// The text of one page (the header comes with the first).
    pub(crate) fn page(&mut self, users: &[EmployeeFullDto]) -> String {
        let mut out = String::new();
        match self.format {
            Format::Json => {
                for u in users {
                    out.push_str(if self.written == 0 { "[\n" } else { ",\n" });
                    out.push_str(&indent(&output::json_item(u, self.pick)));
                    self.written += 1;
                }
            }
            Format::Csv => {
                if self.written == 0 && !users.is_empty() {
                    out.push_str(&super::csv::record(&output::csv_header(self.pick)));
                }
                for u in users {
                    out.push_str(&output::csv_row(u, self.pick, self.tty));
                }
                self.written += users.len();
            }
            Format::Table => out.push_str(&self.table_page(users)),
        }
        out
    }

    /// The text that closes the output (and what an empty listing prints).
    pub(crate) fn finish(&mut self) -> String {
        match self.format {
            Format::Json if self.written == 0 => "[]\n".into(),
            Format::Json => "\n]\n".into(),
            Format::Csv if self.written == 0 => super::csv::record(&output::csv_header(self.pick)),
            Format::Csv => String::new(),
            Format::Table => match self.table {
                TableState::Unmeasured => self.table_page(&[]),
                TableState::Measured(_) => String::new(),
            },
        }
    }

    fn table_page(&mut self, users: &[EmployeeFullDto]) -> String {
        let headers: Vec<&str> = self.columns.iter().map(|c| c.header).collect();
        let rows: Vec<Vec<String>> = users
            .iter()
            .map(|u| {
                self.columns
                    .iter()
                    .map(|c| c.people(u).unwrap_or_default())
                    .collect()
            })
            .collect();
        self.written += users.len();
        // Cut long cells only for a person at a terminal; a pipe gets every character.
        let caps: Vec<usize> = if self.tty {
            self.columns.iter().map(|c| c.cap).collect()
        } else {
            Vec::new()
        };
        match &self.table {
            TableState::Unmeasured => {
                let cells = table::cut(headers.len(), &rows, &caps);
                let widths = table::widths(&headers, &cells);
                let head: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
                let mut out = table::line(&head, &widths);
                for r in &cells {
                    out.push_str(&table::line(r, &widths));
                }
                self.table = TableState::Measured(widths);
                out
            }
            TableState::Measured(widths) => {
                let caps: Vec<usize> = if self.tty { widths.clone() } else { Vec::new() };
                table::cut(headers.len(), &rows, &caps)
                    .iter()
                    .map(|r| table::line(r, widths))
                    .collect()
            }
        }
    }
}

/// `text` with each line indented by two spaces (an element inside the JSON array).
fn indent(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for (i, l) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("  ");
        out.push_str(l);
    }
    out
}

#[cfg(test)]
#[path = "output_stream_tests.rs"]
mod tests;
