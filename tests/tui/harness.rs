//! The flow-test harness: a demo portal on 127.0.0.1, the real [`App`] (model, worker,
//! update and dispatch) drawing into a `TestBackend` through the real terminal's
//! [`ExactBackend`], and helpers to press keys, wait until the app is idle and read the
//! screen.

#![allow(dead_code)]

use std::time::Duration;

use crossterm::event::{Event, KeyEvent, KeyEventKind};
use docspace_people::api::{
    ClientOptions, EmployeeFullDto, EmployeeStatus, EmployeeType, PortalClient,
};
use docspace_people::app::{KeySpec, Model, ModelOptions, Msg};
use docspace_people::backend::ExactBackend;
use docspace_people::demo::{DemoOptions, DemoPortal, DemoServer, LoggedRequest, spawn};
use docspace_people::journal::Journal;
use docspace_people::runtime::App;
use docspace_people::ui::screen::buffer_text;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use secrecy::SecretString;

/// How long `settle` waits for one reply before failing the test.
const REPLY_TIMEOUT: Duration = Duration::from_secs(30);

pub struct Harness {
    pub app: App<ExactBackend<TestBackend>>,
    pub portal: DemoPortal,
    server: Option<DemoServer>,
}

/// Demo options for tests: deterministic, no rate limit.
pub fn demo_options(users: usize) -> DemoOptions {
    DemoOptions {
        users,
        seed: 7,
        rate_limit: None,
        ..DemoOptions::default()
    }
}

impl Harness {
    /// A 250-user portal, a 120x30 screen, the start-up requests answered.
    pub async fn start() -> Self {
        Self::with(demo_options(250), None, 120, 30).await
    }

    /// A portal from `opts`; `token` overrides the (valid) demo token.
    pub async fn with(opts: DemoOptions, token: Option<&str>, width: u16, height: u16) -> Self {
        Self::launch(opts, token, None, width, height).await
    }

    /// A portal from `opts` that gives `address` as its own in its links, the status bar
    /// showing `label`: nothing on screen depends on the port the portal listens on.
    pub async fn at_address(
        opts: DemoOptions,
        address: &str,
        label: &str,
        width: u16,
        height: u16,
    ) -> Self {
        Self::launch(opts, None, Some((address, label)), width, height).await
    }

    async fn launch(
        opts: DemoOptions,
        token: Option<&str>,
        address: Option<(&str, &str)>,
        width: u16,
        height: u16,
    ) -> Self {
        let server = spawn(opts).await.expect("demo portal starts");
        let portal = server.portal();
        let token = token.unwrap_or(server.token()).to_string();
        let client =
            PortalClient::new(&ClientOptions::new(server.url(), SecretString::from(token)))
                .expect("client");
        let portal_label = match address {
            Some((address, label)) => {
                portal.set_public_url(address);
                label.to_string()
            }
            None => server.url(),
        };
        let model = Model::new(ModelOptions {
            portal_label,
            ..ModelOptions::default()
        });
        let terminal = Terminal::new(ExactBackend::new(TestBackend::new(width, height)))
            .expect("test terminal");
        let app = App::start(client, Journal::disabled(), model, terminal).expect("app starts");
        let mut h = Harness {
            app,
            portal,
            server: Some(server),
        };
        h.settle().await;
        h
    }

    /// A second app on this harness's portal, signed in with `token` (for instance
    /// `portal.token_for(id)`, to act as another user), started and settled. The portal
    /// keeps running until `self` finishes.
    pub async fn attach(&self, token: &str, width: u16, height: u16) -> Harness {
        let url = self
            .server
            .as_ref()
            .map(DemoServer::url)
            .expect("the portal is running");
        let client = PortalClient::new(&ClientOptions::new(
            url.clone(),
            SecretString::from(token.to_string()),
        ))
        .expect("client");
        let model = Model::new(ModelOptions {
            portal_label: url,
            ..ModelOptions::default()
        });
        let terminal = Terminal::new(ExactBackend::new(TestBackend::new(width, height)))
            .expect("test terminal");
        let app = App::start(client, Journal::disabled(), model, terminal).expect("app starts");
        let mut h = Harness {
            app,
            portal: self.portal.clone(),
            server: None,
        };
        h.settle().await;
        h
    }

    pub fn model(&self) -> &Model {
        &self.app.model
    }

    /// Sends one message through the real update and dispatch.
    pub fn send(&mut self, msg: Msg) {
        self.app.handle(msg).expect("handle");
    }

    /// Presses a key given as a key spec (`"j"`, `"ctrl-c"`, `"enter"`, `"G"`).
    pub fn press(&mut self, spec: &str) {
        let k = KeySpec::parse(spec).unwrap_or_else(|| panic!("bad key spec {spec:?}"));
        self.send(Msg::Input(Event::Key(KeyEvent::new_with_kind(
            k.code,
            k.mods,
            KeyEventKind::Press,
        ))));
    }

    /// Presses `spec` `n` times.
    pub fn press_n(&mut self, spec: &str, n: usize) {
        for _ in 0..n {
            self.press(spec);
        }
    }

    /// Types text key by key.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                ' ' => self.press("space"),
                '-' => self.press("minus"),
                c => self.press(&c.to_string()),
            }
        }
    }

    /// Pastes text (bracketed paste).
    pub fn paste(&mut self, text: &str) {
        self.send(Msg::Input(Event::Paste(text.to_string())));
    }

    /// Resizes the terminal to `width` x `height`, as a terminal window would: the test
    /// screen changes size and the app gets the resize event.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.app
            .terminal
            .backend_mut()
            .inner_mut()
            .resize(width, height);
        self.send(Msg::Input(Event::Resize(width, height)));
    }

    /// Applies worker replies (and ticks for a pending debounce) until nothing is in
    /// flight. Fails the test if a reply takes longer than 30 s.
    pub async fn settle(&mut self) {
        loop {
            while let Some(m) = self.app.try_reply() {
                self.send(m);
            }
            if self.app.model.debouncing() {
                self.send(Msg::Tick);
                continue;
            }
            if !self.app.model.requests.is_busy() {
                break;
            }
            match tokio::time::timeout(REPLY_TIMEOUT, self.app.next_reply()).await {
                Ok(Some(m)) => self.send(m),
                Ok(None) => panic!("the worker stopped"),
                Err(_) => panic!(
                    "no reply within {REPLY_TIMEOUT:?}; in flight: {:?}",
                    self.app.model.requests.in_flight
                ),
            }
        }
    }

    /// The active users of the demo portal of type `kind` whose account is not synchronised
    /// from LDAP (the portal refuses most changes to those).
    pub fn active_of_type(&self, kind: EmployeeType) -> Vec<EmployeeFullDto> {
        self.portal
            .users()
            .into_iter()
            .filter(|u| {
                u.user_type() == Some(kind)
                    && u.status == Some(EmployeeStatus::Active)
                    && u.is_ldap != Some(true)
            })
            .collect()
    }

    /// An active room admin of the demo portal who owns rooms.
    pub fn room_admin_with_rooms(&self) -> EmployeeFullDto {
        self.portal
            .users()
            .into_iter()
            .find(|u| {
                u.user_type() == Some(EmployeeType::RoomAdmin)
                    && u.status == Some(EmployeeStatus::Active)
                    && !self.portal.rooms_of(u.id).is_empty()
            })
            .expect("a room admin who owns rooms")
    }

    /// Applies worker replies until the status line's notice contains `text` (for a
    /// change still running). Fails the test if a reply takes longer than 30 s.
    pub async fn wait_for_notice(&mut self, text: &str) {
        while !self
            .app
            .model
            .status
            .notice
            .as_deref()
            .is_some_and(|n| n.contains(text))
        {
            match tokio::time::timeout(REPLY_TIMEOUT, self.app.next_reply()).await {
                Ok(Some(m)) => self.send(m),
                Ok(None) => panic!("the worker stopped"),
                Err(_) => panic!("no notice with {text:?} within {REPLY_TIMEOUT:?}"),
            }
        }
    }

    /// In the filter panel (`f`): moves down to the row whose words contain `label`
    /// and picks it (space), then closes the panel (which applies it) and settles.
    pub async fn pick_filter(&mut self, label: &str) {
        self.pick_filters(&[label]).await;
    }

    /// [`pick_filter`](Self::pick_filter) for several rows, in the panel's order.
    pub async fn pick_filters(&mut self, labels: &[&str]) {
        self.press("f");
        self.settle().await;
        for label in labels {
            let mut moves = 0;
            while !self.panel_cursor_line().contains(label) {
                assert!(moves < 300, "no filter row {label:?}:\n{}", self.screen());
                self.press("j");
                moves += 1;
            }
            self.press("space");
        }
        self.press("esc");
        self.settle().await;
    }

    /// The filter panel's row under the cursor, as drawn.
    pub fn panel_cursor_line(&mut self) -> String {
        self.screen()
            .lines()
            .find(|l| l.contains("› (") || l.contains("› ["))
            .map(str::to_string)
            .unwrap_or_default()
    }

    /// Draws and returns the screen as text: the frame the app drew (the test backend's
    /// own buffer keeps cells a wide glyph once covered, which a terminal erases).
    pub fn screen(&mut self) -> String {
        buffer_text(&self.frame())
    }

    /// Draws and returns the frame the app drew, cells and styles (see [`screen`](Self::screen)).
    pub fn frame(&mut self) -> Buffer {
        self.app.draw().expect("draw");
        let model = &self.app.model;
        let frame = self
            .app
            .terminal
            .draw(|f| docspace_people::ui::view(model, f))
            .expect("draw");
        frame.buffer.clone()
    }

    /// The screen line holding `needle`, if any.
    pub fn line_with(&mut self, needle: &str) -> Option<String> {
        self.screen()
            .lines()
            .find(|l| l.contains(needle))
            .map(str::to_string)
    }

    /// A client of this harness's portal with the app's token, to ask the portal itself
    /// what it holds.
    pub fn client(&self) -> PortalClient {
        let server = self.server.as_ref().expect("the portal is running");
        PortalClient::new(&ClientOptions::new(
            server.url(),
            SecretString::from(server.token().to_string()),
        ))
        .expect("client")
    }

    /// Types `text` into the open prompt, replacing what is there.
    pub fn replace_input(&mut self, text: &str) {
        self.press("end");
        self.press("ctrl-u");
        self.paste(text);
    }

    /// The portal's request log.
    pub fn log(&self) -> Vec<LoggedRequest> {
        self.portal.request_log()
    }

    /// Log entries for `path` (exact).
    pub fn requests_to(&self, path: &str) -> Vec<LoggedRequest> {
        self.log().into_iter().filter(|r| r.path == path).collect()
    }

    /// Stops the worker and the portal.
    pub async fn finish(mut self) {
        if let Some(s) = self.server.take() {
            s.shutdown().await;
        }
        self.app.shutdown().await;
    }
}

/// The value of `key` in a raw query string.
pub fn query_param(query: Option<&str>, key: &str) -> Option<String> {
    let q = query?;
    url::form_urlencoded::parse(q.as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}
