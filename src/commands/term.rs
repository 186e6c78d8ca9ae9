//! Talking to the person at the terminal: confirmations and password prompts. All of it
//! on stderr, so stdout stays clean for scripts.

use std::io::{BufRead, IsTerminal, Write};

use super::exit::CmdError;

/// Whether there is a person to ask: stderr is a terminal, and so is stdin, or (when
/// stdin carried the user list) the controlling terminal can be opened.
fn answer_source(stdin_used: bool) -> Option<Box<dyn BufRead>> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    if !stdin_used && std::io::stdin().is_terminal() {
        return Some(Box::new(std::io::stdin().lock()));
    }
    #[cfg(unix)]
    if let Ok(tty) = std::fs::File::open("/dev/tty") {
        return Some(Box::new(std::io::BufReader::new(tty)));
    }
    None
}

/// Asks `question` (which should say what will happen) and waits for `yes`/`y`.
/// Without a terminal, refuses with a usage error naming `--yes`.
pub(crate) fn confirm(question: &str, stdin_used: bool) -> Result<bool, CmdError> {
    let Some(mut input) = answer_source(stdin_used) else {
        return Err(CmdError::usage(
            "refusing to change users without confirmation: there is no terminal to ask on; pass --yes to go ahead (or --dry-run to see the plan)",
        ));
    };
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{question} [y/N] ");
    let _ = err.flush();
    let mut line = String::new();
    input
        .read_line(&mut line)
        .map_err(|e| CmdError::usage(format!("cannot read the answer: {e}")))?;
    let answer = line.trim().to_ascii_lowercase();
    Ok(answer == "y" || answer == "yes")
}

/// Reads a password on the terminal without echoing it.
pub(crate) fn ask_password(prompt: &str) -> Result<String, CmdError> {
    use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    if !std::io::stderr().is_terminal() {
        return Err(CmdError::usage(
            "--ask-password needs a terminal; use --password-env VAR instead",
        ));
    }
    eprint!("{prompt}");
    let _ = std::io::stderr().flush();
    crossterm::terminal::enable_raw_mode()
        .map_err(|e| CmdError::usage(format!("cannot read from the terminal: {e}")))?;
    let mut out = String::new();
    let result = loop {
        match event::read() {
            Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Enter => break Ok(()),
                KeyCode::Esc => break Err(CmdError::usage("cancelled")),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err(CmdError::usage("cancelled"));
                }
                KeyCode::Backspace => {
                    out.pop();
                }
                KeyCode::Char(c) => out.push(c),
                _ => {}
            },
            Ok(Event::Paste(s)) => out.push_str(&s),
            Ok(_) => {}
            Err(e) => {
                break Err(CmdError::usage(format!(
                    "cannot read from the terminal: {e}"
                )));
            }
        }
    };
    let _ = crossterm::terminal::disable_raw_mode();
    eprintln!();
    result.map(|()| out)
}
