//! The event loop: terminal input, worker replies, ticks (only while busy) and signals
//! become [`Msg`]s for [`update()`]; effects go to the worker; the screen is drawn only
//! when the model changed.
//!
//! [`App`] holds the model, the worker and the terminal and is what both the real loop
//! ([`run_tui`]) and the flow tests drive, so tests exercise the same dispatch code.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use crossterm::event::EventStream;
use futures::StreamExt;
use ratatui::Terminal;
use ratatui::backend::Backend;
use tokio::sync::mpsc::{self, UnboundedReceiver, UnboundedSender};
use tokio::time::Instant;

use crate::api::{ApiError, ClientOptions, PortalClient};
use crate::app::msg::TICK_MS;
use crate::app::{Effect, HistoryKind, Model, ModelOptions, Msg, Switched, init, update};
use crate::config::ResolveOptions;
use crate::journal::Journal;
use crate::people::columns::Column;
use crate::redact;
use crate::sanitize::display_safe_short;
use crate::terminal::{self, RestoreGuard, Signals, TerminalError};
use crate::worker::{Access, WorkerCmd, WorkerGone, WorkerHandle};

/// How to run the terminal UI.
#[derive(Debug, Clone)]
pub struct TuiOptions {
    pub client: ClientOptions,
    /// Shown in the status bar (the portal's address or the profile name).
    pub portal_label: String,
    /// The config's `[keys]` table: action name → key specs. Problems are shown in the
    /// status line, not fatal.
    pub keys: BTreeMap<String, Vec<String>>,
    /// Draw without colour; `None` reads the `NO_COLOR` environment variable.
    pub no_color: Option<bool>,
    /// The columns of the user list (`[ui] columns`); empty shows every column.
    pub columns: Vec<Column>,
    /// The profile is read-only: creating, terminating, re-activating and deleting are
    /// refused before anything is sent.
    pub read_only: bool,
    /// Where writes are recorded before they are sent and when their outcome is known.
    pub journal: Journal,
    /// How the configuration was found, for `:profile NAME`; `None`: no switching.
    pub profiles: Option<ResolveOptions>,
}

impl TuiOptions {
    pub fn new(client: ClientOptions, portal_label: impl Into<String>, journal: Journal) -> Self {
        TuiOptions {
            client,
            portal_label: portal_label.into(),
            keys: BTreeMap::new(),
            no_color: None,
            columns: Vec::new(),
            read_only: false,
            journal,
            profiles: None,
        }
    }
}

/// Why the terminal UI stopped other than by quitting.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Client(#[from] ApiError),
    #[error(transparent)]
    Terminal(#[from] TerminalError),
    #[error("cannot read terminal input: {0}")]
    Input(std::io::Error),
    #[error("cannot draw on the terminal: {0}")]
    Draw(String),
    #[error("cannot listen for signals: {0}")]
    Signals(std::io::Error),
    #[error(transparent)]
    Worker(#[from] WorkerGone),
    #[error("stopped by {name}")]
    Stopped { name: &'static str, code: i32 },
}

impl RunError {
    /// The process exit code for this ending (128 + signal number for signals).
    pub fn exit_code(&self) -> i32 {
        match self {
            RunError::Stopped { code, .. } => *code,
            _ => 1,
        }
    }
}

/// True when `NO_COLOR` is set to a non-empty value.
pub fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Where the effects outside the portal go: the browser and the history files. (Text for
/// the clipboard is queued as terminal output either way: see
/// [`App::take_terminal_output`].)
#[derive(Debug, Clone, Default)]
pub struct Outside {
    /// Where the prompts' histories are saved; `None` keeps them for this run only.
    pub history_dir: Option<PathBuf>,
    /// Open addresses in the system's browser; when false they are only recorded (see
    /// [`App::opened`]).
    pub browser: bool,
}

/// The model, the worker and a terminal, wired together.
pub struct App<B: Backend> {
    pub model: Model,
    pub terminal: Terminal<B>,
    worker: WorkerHandle,
    replies: UnboundedReceiver<Msg>,
    /// For the outcomes of effects the runtime carries out itself (the browser).
    local: UnboundedSender<Msg>,
    outside: Outside,
    /// Bytes for the terminal besides the frames (OSC 52), written after the next draw.
    terminal_out: Vec<String>,
    /// Addresses asked to be opened while the browser is not used.
    opened: Vec<String>,
    needs_draw: bool,
    /// Set by [`Effect::Suspend`]; the real loop gives the terminal back (see
    /// [`App::take_suspend`]).
    suspend: bool,
    /// Workers of the profiles switched away from, stopping; awaited on shutdown.
    retired: Vec<WorkerHandle>,
    /// Where the profiles `:profile NAME` switches to are found (the command line's
    /// `--config`); `None` when the portal came from no configuration (the demo).
    profiles: Option<ResolveOptions>,
}

impl<B: Backend> App<B> {
    /// Starts the worker (writes are recorded in `journal`) and sends the start-up
    /// requests; nothing here waits for the network, so the first frame can be drawn at
    /// once.
    pub fn start(
        client: PortalClient,
        journal: Journal,
        mut model: Model,
        terminal: Terminal<B>,
    ) -> Result<Self, RunError> {
        let (tx, replies) = mpsc::unbounded_channel();
        let access = if model.read_only {
            Access::ReadOnly
        } else {
            Access::ReadWrite
        };
        let local = tx.clone();
        let worker = WorkerHandle::spawn(client, access, journal, tx);
        if let Ok(size) = terminal.size() {
            model.size = (size.width, size.height);
        }
        let mut app = App {
            model,
            terminal,
            worker,
            replies,
            local,
            outside: Outside::default(),
            terminal_out: Vec::new(),
            opened: Vec::new(),
            needs_draw: true,
            suspend: false,
            retired: Vec::new(),
            profiles: None,
        };
        let fx = init(&mut app.model);
        app.dispatch(fx)?;
        Ok(app)
    }

    /// Applies one message and runs its effects.
    pub fn handle(&mut self, msg: Msg) -> Result<(), RunError> {
        // A click on a dialog's button is read where the view drew it.
        let msg = match msg {
            Msg::Input(crossterm::event::Event::Mouse(ev)) => {
                match crate::ui::clicked_button(&self.model, &ev) {
                    Some(button) => Msg::PressButton(button),
                    None => Msg::Input(crossterm::event::Event::Mouse(ev)),
                }
            }
            other => other,
        };
        let fx = update(&mut self.model, msg);
        self.needs_draw |= self.model.dirty;
        self.dispatch(fx)?;
        Ok(())
    }

    /// Sends effects to the worker (quitting is read from the model).
    pub fn dispatch(&mut self, effects: Vec<Effect>) -> Result<(), WorkerGone> {
        for e in effects {
            match e {
                Effect::Api(req) => self.worker.send(WorkerCmd::Run(req))?,
                Effect::Cancel(id) => self.worker.send(WorkerCmd::Cancel(id))?,
                Effect::StopJob(id) => self.worker.send(WorkerCmd::Stop(id))?,
                Effect::Suspend => self.suspend = true,
                Effect::Quit => self.model.quit = true,
                Effect::Clipboard(text) => self.terminal_out.push(crate::clipboard::osc52(&text)),
                Effect::OpenUrl(url) => self.open_url(url),
                Effect::SaveHistory(kind, entries) => self.save_history(kind, &entries),
                Effect::SwitchProfile(name) => self.switch_profile(&name)?,
            }
        }
        Ok(())
    }

    /// Sets where the effects outside the portal go (by default: nowhere but memory).
    pub fn set_outside(&mut self, outside: Outside) {
        self.outside = outside;
    }

    /// Where `:profile NAME` finds the profiles: the configuration as the command line
    /// found it (`None`, the default: switching is refused, in words).
    pub fn set_profiles(&mut self, profiles: Option<ResolveOptions>) {
        self.profiles = profiles;
    }

    /// The terminal output queued since the last call (clipboard sequences), to be
    /// written after the frame.
    pub fn take_terminal_output(&mut self) -> Vec<String> {
        std::mem::take(&mut self.terminal_out)
    }

    /// The addresses asked to be opened while the browser is not used.
    pub fn opened(&self) -> &[String] {
        &self.opened
    }

    fn open_url(&mut self, url: String) {
        if !self.outside.browser {
            self.opened.push(url);
            return;
        }
        let local = self.local.clone();
        crate::browser::open(&url, move |why| {
            let _ = local.send(Msg::LocalError(why));
        });
    }

    fn save_history(&mut self, kind: HistoryKind, entries: &[String]) {
        let Some(dir) = &self.outside.history_dir else {
            return;
        };
        if let Err(e) = crate::history_store::save(dir, kind, entries) {
            tracing::warn!("cannot save the {kind:?} history in {}: {e}", dir.display());
        }
    }

    /// `:profile NAME`: resolves the profile as at start-up (its URL, its token source),
    /// then talks to its portal through a new client and worker and tells the model
    /// ([`Msg::Switched`]). Anything that fails is said in words and the current portal
    /// stays.
    fn switch_profile(&mut self, name: &str) -> Result<(), WorkerGone> {
        let shown = display_safe_short(name, 40);
        let fail = |app: &mut Self, why: String| {
            let _ = app.local.send(Msg::LocalError(format!(
                "cannot switch to profile {shown}: {why}; still on {}",
                display_safe_short(&app.model.portal_label, 60)
            )));
            Ok(())
        };
        let Some(base) = &self.profiles else {
            return fail(
                self,
                "this portal does not come from a configuration file".into(),
            );
        };
        // The profile names its portal: `--url` was for the first one.
        let opts = ResolveOptions {
            profile: Some(name.to_string()),
            url: None,
            ..base.clone()
        };
        let conn = match crate::config::resolve(&opts) {
            Ok(conn) => conn,
            Err(e) => return fail(self, redact::scrub(&e.to_string())),
        };
        let journal = if conn.read_only {
            Journal::disabled()
        } else {
            match crate::journal::for_connection(&conn) {
                Ok(j) => j,
                Err(e) => {
                    let why = format!("{e}; {}", crate::journal::TURN_OFF_HINT);
                    return fail(self, redact::scrub(&why));
                }
            }
        };
        let client = match PortalClient::new(&conn.client) {
            Ok(c) => c,
            Err(e) => return fail(self, redact::scrub(&e.to_string())),
        };
        let access = if conn.read_only {
            Access::ReadOnly
        } else {
            Access::ReadWrite
        };
        // A new channel: whatever the old worker still sends is dropped with it.
        let (tx, replies) = mpsc::unbounded_channel();
        let old = std::mem::replace(
            &mut self.worker,
            WorkerHandle::spawn(client, access, journal, tx.clone()),
        );
        let _ = old.send(WorkerCmd::Shutdown);
        self.retired.push(old);
        self.replies = replies;
        self.local = tx;
        let portal_label = format!("{} ({})", conn.profile, conn.client.base_url);
        let fx = update(
            &mut self.model,
            Msg::Switched(Switched {
                profile: conn.profile,
                portal_label,
                read_only: conn.read_only,
            }),
        );
        self.needs_draw = true;
        self.dispatch(fx)
    }

    /// Whether a suspend was asked since the last call (clears the request).
    pub fn take_suspend(&mut self) -> bool {
        std::mem::take(&mut self.suspend)
    }

    /// Waits for the next worker reply.
    pub async fn next_reply(&mut self) -> Option<Msg> {
        self.replies.recv().await
    }

    /// A worker reply that is already waiting, if any.
    pub fn try_reply(&mut self) -> Option<Msg> {
        self.replies.try_recv().ok()
    }

    /// Draws the screen.
    pub fn draw(&mut self) -> Result<(), RunError> {
        self.needs_draw = false;
        let model = &self.model;
        self.terminal
            .draw(|f| crate::ui::view(model, f))
            .map(|_| ())
            .map_err(|e| RunError::Draw(e.to_string()))
    }

    /// Draws only if a message changed the model since the last frame.
    pub fn draw_if_needed(&mut self) -> Result<bool, RunError> {
        if !self.needs_draw {
            return Ok(false);
        }
        self.draw()?;
        Ok(true)
    }

    /// Stops the worker (and those of the profiles switched away from).
    pub async fn shutdown(self) {
        self.worker.shutdown().await;
        for old in self.retired {
            old.shutdown().await;
        }
    }
}

/// Runs the terminal UI until the user quits. Owns terminal set-up and restore.
pub async fn run_tui(opts: TuiOptions) -> Result<(), RunError> {
    let client = PortalClient::new(&opts.client)?;
    let history_dir = crate::history_store::default_dir();
    let history = history_dir
        .as_deref()
        .map(crate::history_store::load)
        .unwrap_or_default();
    let model = Model::new(ModelOptions {
        portal_label: opts.portal_label,
        keys: opts.keys,
        no_color: opts.no_color.unwrap_or_else(no_color_env),
        read_only: opts.read_only,
        columns: opts.columns,
        history,
    });
    let mut signals = Signals::new().map_err(RunError::Signals)?;
    let tui = terminal::init()?;
    let guard = RestoreGuard;
    let result = match App::start(client, opts.journal, model, tui) {
        Ok(mut app) => {
            app.set_outside(Outside {
                history_dir,
                browser: true,
            });
            app.set_profiles(opts.profiles);
            let r = event_loop(&mut app, &mut signals).await;
            app.shutdown().await;
            r
        }
        Err(e) => Err(e),
    };
    drop(guard);
    result
}

async fn event_loop<B: Backend>(app: &mut App<B>, signals: &mut Signals) -> Result<(), RunError> {
    let tick = Duration::from_millis(TICK_MS);
    let mut events = EventStream::new();
    let mut next_tick: Option<Instant> = None;
    app.draw()?;
    while !app.model.quit {
        next_tick = if app.model.wants_tick() {
            Some(next_tick.unwrap_or_else(|| Instant::now() + tick))
        } else {
            None
        };
        let ticker = async {
            match next_tick {
                Some(at) => tokio::time::sleep_until(at).await,
                None => std::future::pending().await,
            }
        };
        let msg = tokio::select! {
            ev = events.next() => match ev {
                Some(Ok(ev)) => Msg::Input(ev),
                Some(Err(e)) => return Err(RunError::Input(e)),
                None => return Ok(()),
            },
            reply = app.next_reply() => match reply {
                Some(m) => m,
                None => return Err(WorkerGone.into()),
            },
            () = ticker => {
                next_tick = Some(Instant::now() + tick);
                Msg::Tick
            }
            stop = signals.recv() => {
                app.handle(Msg::Quit)?;
                return Err(RunError::Stopped { name: stop.name, code: stop.code });
            }
        };
        app.handle(msg)?;
        // Apply every reply already waiting before drawing once.
        while let Some(m) = app.try_reply() {
            app.handle(m)?;
        }
        if app.take_suspend() {
            suspend(app)?;
        }
        app.draw_if_needed()?;
        write_terminal_output(app);
    }
    Ok(())
}

/// Writes the queued terminal output (clipboard sequences) after the frame.
fn write_terminal_output<B: Backend>(app: &mut App<B>) {
    let queued = app.take_terminal_output();
    if queued.is_empty() {
        return;
    }
    let mut out = std::io::stdout();
    let written = queued
        .iter()
        .try_for_each(|s| out.write_all(s.as_bytes()))
        .and_then(|()| out.flush());
    if let Err(e) = written {
        tracing::warn!("cannot write to the terminal: {e}");
    }
}

/// Ctrl-Z: the process stops with the terminal restored; on resume everything is drawn
/// anew at the terminal's current size.
#[cfg(unix)]
fn suspend<B: Backend>(app: &mut App<B>) -> Result<(), RunError> {
    terminal::suspend()?;
    app.terminal
        .clear()
        .map_err(|e| RunError::Draw(e.to_string()))?;
    if let Ok(size) = app.terminal.size() {
        app.handle(Msg::Input(crossterm::event::Event::Resize(
            size.width,
            size.height,
        )))?;
    }
    app.needs_draw = true;
    Ok(())
}

/// Job control is Unix only; elsewhere the request is ignored.
#[cfg(not(unix))]
fn suspend<B: Backend>(_app: &mut App<B>) -> Result<(), RunError> {
    Ok(())
}

#[cfg(test)]
#[path = "runtime_tests.rs"]
mod tests;
