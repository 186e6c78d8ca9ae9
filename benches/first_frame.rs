//! The TUI's start as a user sees it: the binary in a pseudo-terminal (120x40), the time
//! from the process start to its first frame (the list's box on the screen) and to its
//! first rows (the list's title counting the users, "1/N"), for `--demo` with 1,000 and
//! with 100,000 users. The screen is the terminal's: the program's output goes through a
//! terminal emulator (`vt100`), so a frame counts only once it is really drawn.
//!
//! `cargo bench --bench first_frame` (release; `--profile dev` measures the debug binary).

// A benchmark, like a test, stops at its first failure.
#![allow(clippy::panic)]

#[cfg(unix)]
fn main() {
    pty_run::main();
}

#[cfg(not(unix))]
fn main() {
    eprintln!("first_frame needs a Unix pseudo-terminal");
}

#[cfg(unix)]
mod pty_run {
    use std::fs::{File, OpenOptions};
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
    use rustix::termios::{Winsize, tcsetwinsize};

    const BIN: &str = env!("CARGO_BIN_EXE_docspace-people");
    const ROWS: u16 = 40;
    const COLS: u16 = 120;
    const RUNS: usize = 7;
    /// Longest wait for a screen before the run is declared failed.
    const DEADLINE: Duration = Duration::from_secs(60);

    /// One start: when the first frame and the first rows were on the screen.
    struct Start {
        first_frame: Duration,
        first_rows: Duration,
    }

    pub(super) fn main() {
        println!("docspace-people --demo in a {COLS}x{ROWS} pseudo-terminal, binary {BIN}");
        for users in [1_000usize, 100_000] {
            let mut frames = Vec::new();
            let mut rows = Vec::new();
            for _ in 0..RUNS {
                let s = start(users);
                frames.push(s.first_frame);
                rows.push(s.first_rows);
            }
            println!(
                "{:>7} users: first frame {:>6.1} ms, first rows {:>6.1} ms (medians of {RUNS})",
                thousands(users),
                ms(median(&mut frames)),
                ms(median(&mut rows)),
            );
        }
    }

    fn start(users: usize) -> Start {
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY)
            .unwrap_or_else(|e| panic!("no pseudo-terminal: {e}"));
        grantpt(&master).unwrap_or_else(|e| panic!("grantpt: {e}"));
        unlockpt(&master).unwrap_or_else(|e| panic!("unlockpt: {e}"));
        let name = ptsname(&master, Vec::new()).unwrap_or_else(|e| panic!("ptsname: {e}"));
        let name = name.to_string_lossy().into_owned();
        let size = Winsize {
            ws_row: ROWS,
            ws_col: COLS,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        tcsetwinsize(&master, size).unwrap_or_else(|e| panic!("window size: {e}"));
        let slave = || -> File {
            OpenOptions::new()
                .read(true)
                .write(true)
                .open(&name)
                .unwrap_or_else(|e| panic!("{name}: {e}"))
        };
        let home = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let began = Instant::now();
        let mut child = Command::new(BIN)
            .args(["--demo", "--demo-users", &users.to_string()])
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("c"))
            .env("XDG_DATA_HOME", home.path().join("d"))
            .env("XDG_STATE_HOME", home.path().join("s"))
            .env("TERM", "xterm-256color")
            .env_remove("DOCSPACE_URL")
            .env_remove("DOCSPACE_TOKEN")
            .stdin(Stdio::from(slave()))
            .stdout(Stdio::from(slave()))
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{BIN}: {e}"));
        let mut reader = File::from(
            master
                .try_clone()
                .unwrap_or_else(|e| panic!("pty clone: {e}")),
        );
        let (tx, rx) = mpsc::channel::<(Instant, Vec<u8>)>();
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 64 * 1024];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                    break;
                }
            }
        });
        let mut screen = vt100::Parser::new(ROWS, COLS, 0);
        let counted = format!("1/{} ", thousands(users));
        let (mut first_frame, mut first_rows) = (None, None);
        while first_rows.is_none() {
            let (at, bytes) = rx
                .recv_timeout(DEADLINE)
                .unwrap_or_else(|_| panic!("no first rows within {DEADLINE:?}"));
            screen.process(&bytes);
            let text = screen.screen().contents();
            if first_frame.is_none() && text.contains("Users") {
                first_frame = Some(at - began);
            }
            if text.contains(&counted) {
                first_rows = Some(at - began);
            }
        }
        let mut writer = File::from(master);
        let _ = writer.write_all(b"q");
        let quit_by = Instant::now() + Duration::from_secs(10);
        loop {
            if matches!(child.try_wait(), Ok(Some(_))) {
                break;
            }
            if Instant::now() > quit_by {
                let _ = child.kill();
                let _ = child.wait();
                break;
            }
            // Keep reading, so the program is never blocked on a full terminal.
            while rx.try_recv().is_ok() {}
            std::thread::sleep(Duration::from_millis(5));
        }
        Start {
            first_frame: first_frame.unwrap_or_default(),
            first_rows: first_rows.unwrap_or_default(),
        }
    }

    fn median(v: &mut [Duration]) -> Duration {
        v.sort();
        v[v.len() / 2]
    }

    fn ms(d: Duration) -> f64 {
        d.as_secs_f64() * 1000.0
    }

    fn thousands(n: usize) -> String {
        let s = n.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    }
}
