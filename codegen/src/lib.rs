//! codegen: applies numbered SQL migrations to PostgreSQL (Supabase-compatible
//! history), reads the catalog and writes typed Rust.

pub mod cache;
pub mod catalog;
pub mod config;
pub mod db;
pub mod diff;
pub mod error;
pub mod generate;
pub mod introspect;
pub mod job;
pub mod lint;
pub mod migrate;
pub mod parallel;
pub mod progress;
pub mod queries;
pub mod redact;
pub mod snapshot;
pub mod sql;
pub mod test_suite;

pub use error::{Error, Result};

/// The workspace root (where `migrations/` and `generated/` live): the
/// nearest ancestor of the current directory holding a `migrations/` folder,
/// else the current directory.
pub fn workspace_root() -> std::path::PathBuf {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    cwd.ancestors()
        .find(|d| d.join("migrations").is_dir() && d.join("Cargo.toml").is_file())
        .map(|d| d.to_owned())
        .unwrap_or(cwd)
}
