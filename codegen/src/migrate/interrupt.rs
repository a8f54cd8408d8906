//! What the runner is doing right now, for the message printed when the
//! process is interrupted (Ctrl-C, SIGTERM): only what is true of the work
//! in progress.

use std::sync::Mutex;

static CURRENT: Mutex<Option<String>> = Mutex::new(None);

/// Describes the work in progress.
pub fn set(what: String) {
    *CURRENT.lock().unwrap_or_else(|e| e.into_inner()) = Some(what);
}

/// Nothing in progress.
pub fn clear() {
    *CURRENT.lock().unwrap_or_else(|e| e.into_inner()) = None;
}

/// The sentence for an interruption.
pub fn message() -> String {
    match CURRENT.lock().unwrap_or_else(|e| e.into_inner()).take() {
        Some(what) => format!("interrupted during {what}"),
        None => "interrupted; no migration was running".into(),
    }
}
