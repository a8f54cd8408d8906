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
            url: crate::redact::redact(url),
            message: crate::redact::redact_message(&err.to_string()),
        }
    }
}

/// A failed statement, mapped back to its file, line and column.
#[derive(Debug, thiserror::Error)]
#[error("{}:{line}:{col}: {message}{}{}{}\n  statement: {statement}", path.display(),
    detail.as_deref().map(|d| format!(" ({d})")).unwrap_or_default(),
    hint.as_deref().map(|h| format!("; hint: {h}")).unwrap_or_default(),
    match note { Some(n) => format!("; {n}"), None if *rolled_back => "; nothing from this file was applied".to_owned(), None => String::new() })]
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
    /// What of the file stays, when not "nothing" (a file that committed
    /// part of its work mid-file).
    pub note: Option<String>,
}

/// Text taken from a database or a file name, made safe to print in a
/// message or a SQL comment: line breaks and other control characters,
/// and the Unicode characters that break or reorder lines (U+2028/2029,
/// bidirectional overrides), are written as escapes (`\n`, `\u{202e}`), so
/// nothing in a name can end a `--` comment or forge a line of output.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{feff}')
    };
    if !text.contains(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod printable_tests {
    #[test]
    fn line_breaks_and_bidi_controls_are_escaped() {
        assert_eq!(
            super::printable("plain \"name\"\ttab"),
            "plain \"name\"\ttab"
        );
        assert_eq!(
            super::printable("a\nDELETE FROM t; --\rb\u{202e}"),
            "a\\nDELETE FROM t; --\\rb\\u{202e}"
        );
    }
}
