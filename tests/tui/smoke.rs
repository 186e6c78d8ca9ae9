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
    let s = pane.wait_for("/250 users");
    assert!(s.contains("Users · all"), "{s}");
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
    pane.wait_for("/250 users");
    let pid = pane.pid();
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    pane.wait_for("EXITED");
    assert_restored(&pane.wait_for("icanon"), "143");
}
