//! Real-terminal smoke tests: the built binary in a tmux pane (a real pseudo-terminal),
//! keys in, screen out, and the terminal restored afterwards (cooked mode, main screen),
//! on `q` and on SIGTERM. Skipped, with a message, where tmux is not installed.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// How long to wait for the screen to show something (generous: a cold debug binary
/// on a busy machine).
const DEADLINE: Duration = Duration::from_secs(40);

struct Pane {
    socket: String,
    dir: tempfile::TempDir,
}

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

impl Pane {
    /// Runs `docspace-people --demo` in a 120x30 pane; after it exits the pane prints
    /// `EXITED <code>` and the terminal's `icanon` setting.
    fn start(name: &str) -> Option<Pane> {
        if !tmux_available() {
            eprintln!("tmux is not installed: skipping the real-terminal smoke test");
            return None;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let socket = format!("dsp-smoke-{}-{name}", std::process::id());
        let bin = env!("CARGO_BIN_EXE_docspace-people");
        let home = dir.path().display().to_string();
        let pidfile = dir.path().join("pid").display().to_string();
        let script = format!(
            "export HOME='{home}' XDG_CONFIG_HOME='{home}/c' XDG_DATA_HOME='{home}/d' XDG_STATE_HOME='{home}/s' TERM=xterm-256color; \
             sh -c 'echo $$ > {pidfile}; exec {bin} --demo'; echo EXITED $?; \
             stty -a | tr ' ' '\\n' | grep -x -- '-\\{{0,1\\}}icanon'; sleep 60"
        );
        let pane = Pane { socket, dir };
        let out = pane.tmux(&["new-session", "-d", "-x", "120", "-y", "30", &script]);
        assert!(out.status.success(), "tmux: {out:?}");
        Some(pane)
    }

    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p"]).stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(keys);
        assert!(self.tmux(&args).status.success());
    }

    /// Waits until the screen contains `needle`; fails with the screen otherwise.
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "{needle:?} did not appear:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until `needle` is gone from the screen. Used after `Escape`, so the next key
    /// is not read together with it as an Alt combination.
    fn wait_gone(&self, needle: &str) {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if !s.contains(needle) {
                return;
            }
            assert!(start.elapsed() < DEADLINE, "{needle:?} stayed:\n{s}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn pid(&self) -> String {
        let path = self.dir.path().join("pid");
        let start = Instant::now();
        loop {
            if let Ok(p) = std::fs::read_to_string(Path::new(&path))
                && !p.trim().is_empty()
            {
                return p.trim().to_string();
            }
            assert!(start.elapsed() < DEADLINE, "no pid file");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

/// The pane after the program ended: exit code and restored cooked mode.
fn assert_restored(after: &str, code: &str) {
    assert!(after.contains(&format!("EXITED {code}")), "{after}");
    let lines: Vec<&str> = after.lines().map(str::trim).collect();
    assert!(lines.contains(&"icanon"), "cooked mode restored:\n{after}");
    assert!(
        !after.contains("Users · all"),
        "main screen restored:\n{after}"
    );
}

#[test]
fn browse_help_and_quit_in_a_real_terminal() {
    let Some(pane) = Pane::start("quit") else {
        return;
    };
    let s = pane.wait_for("· 250 users");
    assert!(s.contains("Users · 1/250 "), "{s}");
    pane.keys(&["j", "?"]);
    pane.wait_for("look up a user by ID or email");
    pane.keys(&["Escape"]);
    pane.wait_gone("look up a user by ID or email");
    pane.keys(&["i"]);
    pane.wait_for("Look up a user");
    pane.keys(&["-l", "nobody"]);
    pane.keys(&["Enter"]);
    pane.wait_for("\"nobody\" is neither a user ID");
    pane.keys(&["Escape"]);
    pane.wait_gone("Look up a user");
    pane.keys(&["q"]);
    let after = pane.wait_for("EXITED");
    assert_restored(&pane.wait_for("icanon"), "0");
    assert!(after.contains("EXITED 0"), "{after}");
}

#[test]
fn sigterm_restores_the_terminal() {
    let Some(pane) = Pane::start("term") else {
        return;
    };
    pane.wait_for("· 250 users");
    let pid = pane.pid();
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    pane.wait_for("EXITED");
    assert_restored(&pane.wait_for("icanon"), "143");
}

/// The screen's lines `rows`, trailing spaces trimmed and the portal's port (the two
/// portals listen on different ones) written as `PORT`.
fn rows_of(screen: &str, rows: &[usize]) -> Vec<String> {
    let lines: Vec<&str> = screen.lines().collect();
    rows.iter()
        .map(|&r| {
            let line = lines.get(r).unwrap_or(&"").trim_end();
            let mut out = String::new();
            let mut rest = line;
            while let Some(i) = rest.find("127.0.0.1:") {
                let (head, tail) = rest.split_at(i + "127.0.0.1:".len());
                out.push_str(head);
                out.push_str("PORT");
                rest = tail.trim_start_matches(|c: char| c.is_ascii_digit());
            }
            out.push_str(rest);
            out
        })
        .collect()
}

/// Every row but the status line (it holds the portal's port and the spinner).
const COMPARED: [usize; 29] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    26, 27, 29,
];

/// Waits until the pane shows exactly what the app believes it drew (`model`).
fn wait_for_model(pane: &Pane, model: &str, step: &str) {
    let want = rows_of(model, &COMPARED);
    let start = Instant::now();
    loop {
        let screen = pane.screen();
        let got = rows_of(&screen, &COMPARED);
        if got == want {
            return;
        }
        if start.elapsed() > DEADLINE {
            let diff: Vec<String> = want
                .iter()
                .zip(&got)
                .enumerate()
                .filter(|(_, (w, g))| w != g)
                .map(|(i, (w, g))| format!("row {}:\n  model  {w:?}\n  screen {g:?}", COMPARED[i]))
                .collect();
            panic!(
                "{step}: the terminal differs from the model\n{}",
                diff.join("\n")
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn press_both(h: &mut crate::harness::Harness, pane: &Pane, keys: &[&str]) {
    for k in keys {
        h.press(k);
        pane.keys(&[k]);
    }
}

/// Names in Devanagari, Tamil, Bengali, Thai, Arabic and conjoining Hangul jamo (seeded by
/// the demo portal, sorted last), and emoji typed into the search: after moving through
/// the list so every row and the detail pane change, the real terminal (tmux, which
/// measures code point by code point) shows exactly what the app's buffer holds. Before
/// cluster widths were kept in cell groups and exact clusters drawn on their own, the rows
/// with Tamil and Bengali vowel signs were drawn one column off for each sign and kept
/// glyphs of earlier frames.
#[tokio::test(flavor = "multi_thread")]
async fn the_terminal_shows_what_the_app_drew_for_every_script() {
    let Some(pane) = Pane::start("widths") else {
        return;
    };
    // The binary's --demo portal: 250 users from seed 1, the same as this one.
    let opts = docspace_people::demo::DemoOptions {
        users: 250,
        seed: 1,
        rate_limit: None,
        ..docspace_people::demo::DemoOptions::default()
    };
    let mut h = crate::harness::Harness::with(opts, None, 120, 30).await;
    pane.wait_for("· 250 users");
    wait_for_model(&pane, &h.screen(), "start");
    // To the end (the hard names sort last), up through them one row at a time so the
    // detail pane shows each, a page up so every row changes, and back down.
    let mut steps: Vec<(&str, Vec<&str>)> = vec![("end", vec!["G"])];
    steps.extend(std::iter::repeat_n(("one up", vec!["k"]), 6));
    steps.push(("a page up", vec!["k"; 30]));
    steps.push(("back down", vec!["j"; 40]));
    let mut marks_seen = false;
    for (step, keys) in steps {
        press_both(&mut h, &pane, &keys);
        h.settle().await;
        let model = h.screen();
        marks_seen |= model.contains('\u{BBE}') && model.contains('\u{E38}');
        wait_for_model(&pane, &model, step);
    }
    assert!(marks_seen, "the Tamil and Thai names were never on screen");
    // Emoji the portal's name rule keeps out of names: typed into the search.
    let typed = "\u{1F44D}\u{1F3FD}\u{1F1FA}\u{1F1F8}\u{1F469}\u{200D}\u{1F4BB}";
    press_both(&mut h, &pane, &["/"]);
    for c in typed.chars() {
        h.send(docspace_people::app::Msg::Input(
            crossterm::event::Event::Key(crossterm::event::KeyEvent::new(
                crossterm::event::KeyCode::Char(c),
                crossterm::event::KeyModifiers::NONE,
            )),
        ));
    }
    pane.keys(&["-l", typed]);
    h.settle().await;
    let model = h.screen();
    assert!(model.contains("\u{1F1FA}\u{1F1F8}"), "{model}");
    wait_for_model(&pane, &model, "emoji typed");
    h.finish().await;
}
