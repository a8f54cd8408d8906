//! The one error type of the library: each variant displays as one sentence
//! naming the file, line or object at fault. Passwords are never shown.

use std::path::{Path, PathBuf};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{} {message}", path.display())]
    File { path: PathBuf, message: String },

    #[error("{}:{line}:{col}: {message}", path.display())]
    At {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },

    /// A statement of a migration failed; see [`SqlError`].
    #[error("{0}")]
    Sql(Box<SqlError>),

    #[error("migration {label} was changed after it was applied (recorded sha256 {recorded}, file now {actual}); restore the file, or run `codegen migrate repair` to accept the change")]
    ChecksumMismatch {
        label: String,
        recorded: String,
        actual: String,
    },

    #[error("{} has no `-- Rollback:` block, so it cannot be undone; nothing was rolled back", path.display())]
    NoRollback { path: PathBuf },

    #[error("migration {version} is recorded as applied but no file in {} has that version; restore the file or run `codegen migrate repair --reverted {version}`", dir.display())]
    MissingFile { version: String, dir: PathBuf },

    #[error("no PostgreSQL server binaries (initdb, pg_ctl) were found on PATH, via pg_config or under /usr/lib/postgresql; install them (Debian/Ubuntu: `apt-get install postgresql`) or set DATABASE_URL")]
    NoPostgres,

    #[error("embedded PostgreSQL: {0}")]
    Embedded(String),

    #[error("database {url}: {message}")]
    Database { url: String, message: String },

    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_owned(),
            source,
        }
    }

    /// A database error, with the target's URL (password hidden).
    pub fn db(url: &str, err: sqlx::Error) -> Self {
        Error::Database {
            url: crate::db::redact(url),
            message: crate::db::redact_message(&err.to_string()),
        }
    }
}

/// A failed statement, mapped back to its file, line and column.
#[derive(Debug, thiserror::Error)]
#[error("{}:{line}:{col}: {message}{}{}{}\n  statement: {statement}", path.display(),
    detail.as_deref().map(|d| format!(" ({d})")).unwrap_or_default(),
    hint.as_deref().map(|h| format!("; hint: {h}")).unwrap_or_default(),
    if *rolled_back { "; nothing from this file was applied" } else { "" })]
pub struct SqlError {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub detail: Option<String>,
    pub hint: Option<String>,
    /// The statement, on one line (shortened when long).
    pub statement: String,
    /// Whether the file's transaction was rolled back (false for `no-transaction` files).
    pub rolled_back: bool,
}
