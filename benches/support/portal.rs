//! A `serve-demo` process for the benchmarks that measure the program against a portal of
//! its own (so the portal's memory and processor time are not the measured process's):
//! rate limit off, seed 7, its address read from what it prints; killed when dropped. And
//! the memory figures of a process, from its `/proc/<pid>/status`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A `serve-demo` process; killed when dropped.
pub(crate) struct Portal {
    child: Child,
    pub(crate) url: String,
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `bin serve-demo` with `users` users, every request delayed `latency_ms`, the
/// main token `token`.
pub(crate) fn serve_demo(bin: &str, token: &str, users: usize, latency_ms: u64) -> Portal {
    let spawned = Command::new(bin)
        .args([
            "serve-demo",
            "--listen",
            "127.0.0.1:0",
            "--rate-limit",
            "off",
        ])
        .args(["--users", &users.to_string(), "--seed", "7"])
        .args(["--latency-ms", &latency_ms.to_string()])
        .env("DOCSPACE_DEMO_TOKEN", token)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => panic!("serve-demo does not start: {e}"),
    };
    let Some(out) = child.stdout.take() else {
        panic!("no stdout")
    };
    let url = BufReader::new(out)
        .lines()
        .map_while(Result::ok)
        .find_map(|l| {
            l.split_whitespace()
                .find(|w| w.starts_with("http://"))
                .map(|w| w.trim_end_matches(['.', ',', ')']).to_string())
        });
    let Some(url) = url else {
        panic!("serve-demo printed no address")
    };
    Portal { child, url }
}

/// A kibibyte line (`VmRSS:`, `VmHWM:`) of `/proc/<process>/status`, `process` a pid or
/// `self`; on Linux.
pub(crate) fn status_kib(process: &str, key: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{process}/status")).ok()?;
    text.lines()
        .find(|l| l.starts_with(key))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
