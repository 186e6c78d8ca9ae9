//! Terminal set-up and restore: raw mode, the alternate screen, the cursor, bracketed
//! paste and mouse capture. The terminal is restored on every way out — quit, error, panic (the hook
//! restores before the panic message is printed) and signals (see [`Signals`]).

use std::io::{self, Stdout, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::backend::ExactBackend;

/// The real terminal (clusters terminals disagree on are drawn exactly, see
/// [`ExactBackend`]).
pub type Tui = Terminal<ExactBackend<CrosstermBackend<Stdout>>>;

/// Set while the terminal is in raw mode / the alternate screen.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();

#[derive(Debug, thiserror::Error)]
pub enum TerminalError {
    #[error(
        "cannot prepare the terminal ({step}): {source}; the terminal UI needs an interactive \
         terminal (in scripts, use the `users` commands)"
    )]
    Setup {
        step: &'static str,
        #[source]
        source: io::Error,
    },
}

/// Puts the terminal in raw mode on the alternate screen and returns it. On failure
/// whatever was already changed is put back.
pub fn init() -> Result<Tui, TerminalError> {
    install_panic_hook();
    enter()?;
    match Terminal::new(ExactBackend::new(CrosstermBackend::new(io::stdout()))) {
        Ok(t) => Ok(t),
        Err(e) => {
            restore();
            Err(TerminalError::Setup {
                step: "screen size",
                source: e,
            })
        }
    }
}

/// Ctrl-Z: gives the terminal back, stops the process group as the shell's job control
/// expects, and once resumed (`fg`) takes the terminal again. The caller must redraw
/// everything afterwards (the screen was the shell's meanwhile).
#[cfg(unix)]
pub fn suspend() -> Result<(), TerminalError> {
    use rustix::process::{Signal, kill_current_process_group};
    restore();
    // Returns once the process is continued.
    let stopped = kill_current_process_group(Signal::TSTP);
    enter()?;
    stopped.map_err(|e| TerminalError::Setup {
        step: "suspend",
        source: e.into(),
    })
}

/// Takes the terminal: raw mode, the alternate screen, no cursor, bracketed paste, the
/// mouse. On failure whatever was already changed is put back.
fn enter() -> Result<(), TerminalError> {
    let step = |step: &'static str| move |source| TerminalError::Setup { step, source };
    terminal::enable_raw_mode().map_err(step("raw mode"))?;
    ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    let entered = execute!(
        out,
        EnterAlternateScreen,
        cursor::Hide,
        EnableBracketedPaste,
        EnableMouseCapture
    );
    if let Err(e) = entered {
        restore();
        return Err(step("alternate screen")(e));
    }
    Ok(())
}

/// Puts the terminal back as it was. Safe to call more than once and from any path;
/// every step is tried even if an earlier one fails.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Installs (once) a panic hook that restores the terminal, then runs the previous hook,
/// so the panic message lands on a normal screen.
pub fn install_panic_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// Restores the terminal when dropped (covers early returns and unwinding).
#[derive(Debug, Default)]
pub struct RestoreGuard;

impl Drop for RestoreGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// A signal that ends the program, with the conventional exit code (128 + number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stop {
    pub name: &'static str,
    pub code: i32,
}

/// SIGTERM, SIGHUP and SIGINT, turned into the normal quit path.
pub struct Signals {
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
    #[cfg(unix)]
    hup: tokio::signal::unix::Signal,
    #[cfg(unix)]
    int: tokio::signal::unix::Signal,
}

impl Signals {
    /// Listens for the signals (must be called inside the tokio runtime).
    #[cfg(unix)]
    pub fn new() -> io::Result<Self> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Signals {
            term: signal(SignalKind::terminate())?,
            hup: signal(SignalKind::hangup())?,
            int: signal(SignalKind::interrupt())?,
        })
    }

    #[cfg(not(unix))]
    pub fn new() -> io::Result<Self> {
        Ok(Signals {})
    }

    /// The next stop signal.
    #[cfg(unix)]
    pub async fn recv(&mut self) -> Stop {
        tokio::select! {
            _ = self.term.recv() => Stop { name: "SIGTERM", code: 143 },
            _ = self.hup.recv() => Stop { name: "SIGHUP", code: 129 },
            _ = self.int.recv() => Stop { name: "SIGINT", code: 130 },
        }
    }

    #[cfg(not(unix))]
    pub async fn recv(&mut self) -> Stop {
        match tokio::signal::ctrl_c().await {
            Ok(()) => Stop {
                name: "Ctrl-C",
                code: 130,
            },
            Err(_) => std::future::pending().await,
        }
    }
}
