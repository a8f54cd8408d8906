//! One updating status line on a terminal for long work (hundreds of
//! migrations, a diff's proof): `[37/1262] applying 20230101_x`, redrawn in
//! place and cleared before any other line is printed. Nothing at all when
//! stderr is not a terminal, so CI logs stay as they are.
//! `CODEGEN_PROGRESS=1` forces it on (tests), `CODEGEN_PROGRESS=0` off.
//!
//! The line is the process's: stderr is one resource, so its state is too.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

struct Line {
    /// Whether a status is on screen now.
    shown: bool,
    last: Option<Instant>,
}

static LINE: Mutex<Line> = Mutex::new(Line {
    shown: false,
    last: None,
});

/// Redraws at most this often (a fast run of many files would otherwise
/// spend its time writing to the terminal).
const EVERY: Duration = Duration::from_millis(50);

/// Whether progress is drawn: forced by `CODEGEN_PROGRESS`, else when
/// stderr is a terminal that is not `dumb`.
pub fn enabled() -> bool {
    match std::env::var("CODEGEN_PROGRESS").as_deref() {
        Ok("1") | Ok("always") => true,
        Ok("0") | Ok("never") => false,
        _ => std::io::stderr().is_terminal() && std::env::var("TERM").map_or(true, |t| t != "dumb"),
    }
}

/// Shows `[done/total] what` in place of the last status.
pub fn status(done: usize, total: usize, what: &str) {
    if !enabled() {
        return;
    }
    let Ok(mut line) = LINE.lock() else {
        return;
    };
    let now = Instant::now();
    if line.shown && line.last.is_some_and(|t| now - t < EVERY) && done < total {
        return;
    }
    let text: String = crate::error::printable(what).chars().take(100).collect();
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "\r\x1b[2K[{done}/{total}] {text}");
    let _ = err.flush();
    line.shown = true;
    line.last = Some(now);
}

/// Removes the status line (before another line is printed, and at the end).
pub fn clear() {
    let Ok(mut line) = LINE.lock() else {
        return;
    };
    if line.shown {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K");
        let _ = err.flush();
        line.shown = false;
    }
}
