//! The prompt for the file an export (`x`) writes to.

use super::input::TextInput;

/// The file name suggested when the prompt opens.
pub(crate) const SUGGESTED: &str = "docspace-users.csv";

/// The export prompt: the file name typed and why the last Enter was refused.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportPrompt {
    pub input: TextInput,
    pub error: Option<String>,
}

impl Default for ExportPrompt {
    fn default() -> Self {
        Self {
            input: TextInput::new(SUGGESTED),
            error: None,
        }
    }
}
