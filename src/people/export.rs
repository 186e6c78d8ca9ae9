//! Exporting the user list to a file: the formats and how a file name chooses one. The
//! rows are those of `users list` (see `commands::output`).

/// A file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// A header row, then one row per user.
    Csv,
    /// One array of user objects.
    Json,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 2] = [ExportFormat::Csv, ExportFormat::Json];

    /// `csv`, `json`.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }

    /// A format by its name, any case.
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(word.trim()))
    }

    /// The format a file name asks for by its extension (`.csv`, `.json`, any case).
    pub fn of_file_name(name: &str) -> Option<Self> {
        let ext = std::path::Path::new(name.trim()).extension()?.to_str()?;
        Self::parse(ext)
    }
}

/// Reads the file name typed for an export: its format comes from the extension.
pub fn parse_export_file(raw: &str) -> Result<(ExportFormat, String), String> {
    let name = raw.trim();
    if name.is_empty() {
        return Err("type a file name ending in .csv or .json".into());
    }
    match ExportFormat::of_file_name(name) {
        Some(format) => Ok((format, name.to_string())),
        None => Err(format!(
            "\"{}\" ends in neither .csv nor .json: the ending chooses the format",
            crate::sanitize::display_safe_short(name, 60)
        )),
    }
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
