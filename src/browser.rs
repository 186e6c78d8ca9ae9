//! Opening an address in the browser for `o`: `xdg-open` (`open` on macOS, `explorer` on
//! Windows), started detached, without a shell, its output discarded. Where there is no
//! browser to open (no graphical session), or the opener fails, the reason comes back in
//! words.

use std::process::{Command, Stdio};

/// The program that opens an address in the browser here.
fn opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    }
}

/// Whether there is a graphical session to open a browser in (on Linux and the BSDs:
/// `DISPLAY` or `WAYLAND_DISPLAY`; elsewhere there always is).
fn has_display() -> bool {
    if cfg!(any(target_os = "macos", windows)) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

/// Opens `url` (an http or https address) without waiting for the browser; `report` is
/// called with the reason if it could not be opened.
pub fn open(url: &str, report: impl FnOnce(String) + Send + 'static) {
    let shown = crate::redact::url_for_display(url);
    if !has_display() {
        report(format!(
            "no browser here (no graphical session, as over ssh): the profile is at {shown}"
        ));
        return;
    }
    let program = opener();
    let spawned = Command::new(program)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match spawned {
        Err(e) => report(format!(
            "cannot open the browser ({program}: {e}): the profile is at {shown}"
        )),
        Ok(mut child) => {
            // Waited for on a thread of its own, so nothing is left a zombie.
            std::thread::spawn(move || match child.wait() {
                Ok(status) if !status.success() && !cfg!(windows) => report(format!(
                    "the browser could not be opened ({program} ended with {status}): the \
                     profile is at {shown}"
                )),
                Ok(_) => {}
                Err(e) => report(format!("cannot tell whether the browser opened: {e}")),
            });
        }
    }
}
