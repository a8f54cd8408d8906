//! Migration files on disk: discovery, naming, directives, rollback blocks.

use super::{copy, kinds};
use crate::error::{Error, Result};
use crate::sql::{self, Statement};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use super::rollback::{commented, rollback_marker, rollback_parts};
use super::rollback::{marker_in, parts_after};
pub use super::seed::{seed_files, supabase_dir};

/// Default `lock_timeout` for each migration (overridable per file).
pub const DEFAULT_LOCK_TIMEOUT: &str = "10s";
/// Default `statement_timeout` for each migration (overridable per file).
pub const DEFAULT_STATEMENT_TIMEOUT: &str = "15min";

/// A SQL file read from disk and split into statements.
#[derive(Debug, Clone)]
pub struct SqlFile {
    pub path: PathBuf,
    pub sql: String,
    pub statements: Vec<Statement>,
    /// The top-level line comments, read when first asked for ([`Self::comments`]).
    comments: std::sync::OnceLock<Vec<sql::LineComment>>,
}

impl SqlFile {
    /// Reads a UTF-8 SQL file; an unreadable, non-UTF-8 or empty file is an error.
    pub fn read(path: &Path) -> Result<Self> {
        let file = Self::read_any(path)?;
        if file.statements.is_empty() {
            return Err(Error::File {
                path: path.to_owned(),
                message: "holds no SQL statement".into(),
            });
        }
        Ok(file)
    }

    /// Reads a UTF-8 SQL file that may hold no statement (a migration that
    /// only records its version, as the Supabase CLI allows).
    pub fn read_any(path: &Path) -> Result<Self> {
        ensure_regular(path)?;
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let sql = String::from_utf8(bytes).map_err(|_| Error::File {
            path: path.to_owned(),
            message: "is not valid UTF-8".into(),
        })?;
        Ok(Self::from_text(path.to_owned(), sql))
    }

    /// SQL text under a name (for error positions): split into statements.
    /// A UTF-8 byte order mark at the start is dropped, as psql drops it.
    pub fn from_text(path: PathBuf, mut sql: String) -> Self {
        if sql.starts_with('\u{feff}') {
            sql.drain(..'\u{feff}'.len_utf8());
        }
        let statements = copy::split(&sql);
        Self {
            path,
            sql,
            statements,
            comments: std::sync::OnceLock::new(),
        }
    }

    /// The file's top-level line comments ([`sql::line_comments`]), lexed
    /// once for every reader (directives, rollback marker, header, allows).
    pub fn comments(&self) -> &[sql::LineComment] {
        self.comments
            .get_or_init(|| sql::line_comments(&self.sql).collect())
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, at: usize) -> (usize, usize) {
        sql::line_col(&self.sql, at)
    }
}

/// Refuses, by its metadata and before opening it, what is not a regular
/// file: reading a named pipe would wait for a writer for good.
pub fn ensure_regular(path: &Path) -> Result<()> {
    use std::os::unix::fs::FileTypeExt;
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    let t = meta.file_type();
    let kind = if t.is_file() {
        return Ok(());
    } else if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_dir() {
        "a directory"
    } else {
        "a device or other special file"
    };
    Err(Error::File {
        path: path.to_owned(),
        message: format!("is {kind}, not a regular file; remove it or replace it with a file"),
    })
}

/// How a migration runs, from `-- codegen:` directives in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileOptions {
    /// `-- codegen:no-transaction`: statements run one by one outside a
    /// transaction (for `CREATE INDEX CONCURRENTLY`).
    pub transaction: bool,
    pub lock_timeout: String,
    pub statement_timeout: String,
}

/// A numbered migration file.
#[derive(Debug, Clone)]
pub struct Migration {
    /// The version as written in the file name (`001`, `20250726`).
    pub version: String,
    /// The version's numeric value, used for ordering and duplicates.
    pub number: u64,
    /// The name after the version (`initial_schema`).
    pub name: String,
    pub file: SqlFile,
    /// SHA-256 of the text, hex: computed when first asked for ([`Self::checksum`]).
    checksum: std::sync::OnceLock<String>,
    pub options: FileOptions,
    /// Statements to run: the file's own top-level `BEGIN;`/`COMMIT;` are
    /// left out, so the runner's transaction (with the history row) wraps it.
    pub body: Vec<Statement>,
    /// Where a transactional file commits what ran so far, as the Supabase
    /// CLI runs it: at its own top-level `COMMIT`s followed by more SQL, and
    /// before and after each statement of `alone`. Each is (statements of
    /// `body` before it, its line).
    pub commits: Vec<(usize, usize)>,
    /// Statements of `body` (by index) that PostgreSQL refuses inside a
    /// transaction block (`CREATE INDEX CONCURRENTLY`, `VACUUM`, …): in a
    /// transactional file each runs on its own, outside any transaction,
    /// between two commit points (see [`kinds::outside_transaction`]).
    pub alone: Vec<usize>,
    /// The SQL of the `-- Rollback:` block, if the file has one.
    pub rollback: Option<String>,
    /// The line of SQL that follows the rollback block, which makes the
    /// block ambiguous (`down` refuses to run it).
    pub rollback_trailing: Option<usize>,
}

impl Migration {
    /// `001_initial_schema`, as shown to users.
    pub fn label(&self) -> String {
        format!("{}_{}", self.version, self.name)
    }

    /// The SHA-256 of the file's text, hex, as the history records it;
    /// computed once, when first asked for (`lint --static` never asks).
    pub fn checksum(&self) -> &str {
        self.checksum
            .get_or_init(|| hex::encode(Sha256::digest(self.file.sql.as_bytes())))
    }

    /// Reads and checks one migration file.
    pub fn read(path: &Path) -> Result<Self> {
        let (version, number, name) = parse_file_name(path)?;
        let file = SqlFile::read_any(path)?;
        let options = parse_directives(&file)?;
        kinds::check(&file)?;
        let kinds::Body {
            body,
            commits,
            alone,
        } = kinds::body_statements(&file, options.transaction)?;
        let starting = file.comments().iter().filter(|c| c.starts_line);
        let marker = marker_in(&file.sql, starting.copied());
        let (rollback, rollback_trailing) = match parts_after(&file.sql, marker) {
            Some((text, trailing)) => ((!text.is_empty()).then_some(text), trailing),
            None => (None, None),
        };
        Ok(Self {
            version,
            number,
            name,
            file,
            checksum: std::sync::OnceLock::new(),
            options,
            body,
            commits,
            alone,
            rollback,
            rollback_trailing,
        })
    }
}

/// The most digits a version has (leading zeros aside): its number fits in
/// a `u64` with room for the next one. Supabase CLI timestamps have 14.
pub const MAX_VERSION_DIGITS: usize = 19;

/// The version and name of `<digits>_<anything>.sql`, the Supabase CLI's
/// rule; `None` for any other name (a file that is not a migration).
pub fn split_file_name(path: &Path) -> Option<(&str, &str)> {
    let stem = path.file_name()?.to_str()?.strip_suffix(".sql")?;
    let (version, name) = stem.split_once('_')?;
    (!version.is_empty() && version.bytes().all(|c| c.is_ascii_digit())).then_some((version, name))
}

/// Splits `<digits>_<anything>.sql` into its version, numeric value and
/// name: the Supabase CLI's rule (`20240414162100_basejump-invitations.sql`).
pub fn parse_file_name(path: &Path) -> Result<(String, u64, String)> {
    let bad = |why: String| {
        Error::File {
        path: path.to_owned(),
        message: format!("is not a migration file name ({why}); expected <number>_<name>.sql, e.g. 001_initial_schema.sql or 20240414162100_add-invites.sql"),
    }
    };
    let (version, name) =
        split_file_name(path).ok_or_else(|| bad("it is not <digits>_<name>.sql".into()))?;
    let digits = version.trim_start_matches('0').len();
    if digits > MAX_VERSION_DIGITS {
        return Err(bad(format!(
            "its version has {digits} digits, more than the {MAX_VERSION_DIGITS} a version may have"
        )));
    }
    let number = version
        .parse()
        .map_err(|_| bad("the number is too large".into()))?;
    Ok((version.to_owned(), number, name.to_owned()))
}

fn parse_directives(file: &SqlFile) -> Result<FileOptions> {
    let mut options = FileOptions {
        transaction: true,
        lock_timeout: DEFAULT_LOCK_TIMEOUT.into(),
        statement_timeout: DEFAULT_STATEMENT_TIMEOUT.into(),
    };
    // Directives are top-level comments that start their line: one inside a
    // string or a function body is SQL.
    for comment in file.comments().iter().filter(|c| c.starts_line) {
        let (n, rest) = (comment.line - 1, comment.body(&file.sql));
        let Some(directive) = rest.trim().strip_prefix("codegen:") else {
            continue;
        };
        let (key, value) = directive
            .trim()
            .split_once(|c: char| c.is_whitespace() || c == '=')
            .map_or((directive.trim(), ""), |(k, v)| (k, v.trim()));
        let err = |message: String| Error::At {
            path: file.path.clone(),
            line: n + 1,
            col: 1,
            message,
        };
        match key {
            "no-transaction" => options.transaction = false,
            "lock-timeout" | "statement-timeout" => {
                parse_duration(value).ok_or_else(|| {
                    err(format!("`{key}` needs a duration such as 5s, 500ms or 2min, not `{value}`"))
                })?;
                if key == "lock-timeout" {
                    options.lock_timeout = value.into();
                } else {
                    options.statement_timeout = value.into();
                }
            }
            other => {
                return Err(err(format!(
                    "unknown directive `codegen:{other}`; known: no-transaction, lock-timeout, statement-timeout"
                )))
            }
        }
    }
    Ok(options)
}

/// Parses PostgreSQL-style durations: `0`, `500ms`, `5s`, `2min`, `1h`.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let n: u64 = s[..split].parse().ok()?;
    match s[split..].trim() {
        "" | "ms" => Some(Duration::from_millis(n)),
        "s" => Some(Duration::from_secs(n)),
        "min" => Some(Duration::from_secs(n * 60)),
        "h" => Some(Duration::from_secs(n * 3600)),
        _ => None,
    }
}

/// The migrations of a directory, and the `.sql` files skipped because
/// their names are not `<number>_<name>.sql` (the Supabase CLI skips them
/// too, with a warning).
#[derive(Debug, Default)]
pub struct Discovered {
    pub migrations: Vec<Migration>,
    pub skipped: Vec<PathBuf>,
}

/// All migrations in `dir`, ordered by number; refuses duplicate versions,
/// non-UTF-8 names and `.SQL`-like extensions (a file meant as a migration
/// that would otherwise be left out).
pub fn discover(dir: &Path) -> Result<Discovered> {
    let mut found = Discovered::default();
    // The files to read, with their sizes, and the error that stopped the
    // listing (reported after any error of a file listed before it).
    let mut paths = Vec::new();
    let stopped = list(dir, &mut found.skipped, &mut paths).err();
    let weight = |p: &(PathBuf, u64)| p.1 as usize;
    let read = crate::parallel::map(&paths, crate::parallel::DEFAULT_STACK, weight, |p| {
        Migration::read(&p.0)
    })
    .map_err(|e| Error::io(dir, e))?;
    for m in read {
        found.migrations.push(m?);
    }
    if let Some(e) = stopped {
        return Err(e);
    }
    found.skipped.sort();
    let migrations = &mut found.migrations;
    migrations.sort_by(|a, b| a.number.cmp(&b.number).then(a.version.cmp(&b.version)));
    for pair in migrations.windows(2) {
        if pair[0].number == pair[1].number {
            return Err(Error::File {
                path: pair[1].file.path.clone(),
                message: format!(
                    "has version {} like {}; each version must be unique",
                    pair[1].version,
                    pair[0].file.path.display()
                ),
            });
        }
    }
    Ok(found)
}

/// Pushes the migration files of `dir` (in the order it lists them) with
/// their sizes to `paths`, and the `.sql` files whose names are not
/// `<number>_<name>.sql` to `skipped`; an error ends the listing.
fn list(dir: &Path, skipped: &mut Vec<PathBuf>, paths: &mut Vec<(PathBuf, u64)>) -> Result<()> {
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        if path.is_dir() {
            continue;
        }
        let refuse = |message: &str| Error::File {
            path: path.clone(),
            message: message.into(),
        };
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else {
            return Err(refuse(
                "has a name that is not UTF-8; rename it to <number>_<name>.sql",
            ));
        };
        if file_name.starts_with('.') {
            continue;
        }
        let meta = std::fs::metadata(&path);
        if meta.as_ref().is_ok_and(|m| !m.is_file()) {
            ensure_regular(&path)?;
        }
        if file_name == "seed.sql" {
            continue;
        }
        if !file_name.ends_with(".sql") {
            if file_name.to_ascii_lowercase().ends_with(".sql") {
                return Err(refuse("ends in an upper-case extension; rename it to end in .sql so it is not left out"));
            }
            continue;
        }
        if split_file_name(&path).is_none() {
            skipped.push(path);
            continue;
        }
        let size = meta.map_or(0, |m| m.len());
        paths.push((path, size));
    }
    Ok(())
}

/// The `functions/*.sql` files, by name.
pub fn functions(dir: &Path) -> Result<Vec<SqlFile>> {
    let dir = dir.join("functions");
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| Error::io(&dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    paths.sort();
    paths.iter().map(|p| SqlFile::read(p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_and_order() {
        assert_eq!(
            parse_file_name(Path::new("m/001_initial_schema.sql")).unwrap(),
            ("001".into(), 1, "initial_schema".into())
        );
        assert_eq!(
            parse_file_name(Path::new("20250726_hotfix_user_index.sql"))
                .unwrap()
                .1,
            20250726
        );
        assert_eq!(
            parse_file_name(Path::new("20240414162100_basejump-invitations.sql")).unwrap(),
            (
                "20240414162100".into(),
                20240414162100,
                "basejump-invitations".into()
            )
        );
        for bad in ["initial.sql", "abc_x.sql", "local_seed.sql", "001_x.txt"] {
            assert!(parse_file_name(Path::new(bad)).is_err(), "{bad}");
        }
    }

    /// The block's SQL, as `Migration::read` keeps it.
    fn rollback_block(sql: &str) -> Option<String> {
        rollback_parts(sql)
            .map(|(text, _)| text)
            .filter(|t| !t.is_empty())
    }

    #[test]
    fn rollback_block_is_the_comment_lines_after_the_marker() {
        let sql =
            "create table t();\n-- Rollback:\n-- DROP TABLE t;\n--   DROP TYPE e;\n\nselect 1;";
        assert_eq!(
            rollback_block(sql).unwrap(),
            "DROP TABLE t;\n  DROP TYPE e;"
        );
        assert_eq!(
            rollback_block("-- Rollback: DROP TABLE t;").unwrap(),
            "DROP TABLE t;"
        );
        assert_eq!(rollback_block("select 1;"), None);
        let gap = "create table t();\n-- Rollback:\n-- DROP INDEX i;\n\n-- DROP TABLE t;\n";
        assert_eq!(
            rollback_block(gap).unwrap(),
            "DROP INDEX i;\n\nDROP TABLE t;"
        );
        assert_eq!(rollback_parts(gap).unwrap().1, None);
        assert_eq!(
            rollback_parts(sql).unwrap().1,
            Some(6),
            "SQL after the block"
        );
    }

    #[test]
    fn commented_text_reads_back_exactly() {
        for text in [
            "DROP TABLE t;",
            "ALTER TABLE t ADD COLUMN \"a\rDELETE FROM t; --\" text;\nDROP TABLE u;",
            "a\r\n\r\nb\n\n  indented",
            "x\r\ry",
        ] {
            let file = format!("select 1;\n-- Rollback:\n{}\n", commented(text));
            assert_eq!(
                rollback_parts(&file),
                Some((text.to_owned(), None)),
                "{text:?}"
            );
            // Nothing of the block is SQL to PostgreSQL's lexer.
            assert_eq!(sql::split(&file).len(), 1, "{file:?}");
        }
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("5s"), Some(Duration::from_secs(5)));
        assert_eq!(parse_duration("2min"), Some(Duration::from_secs(120)));
        assert_eq!(parse_duration("fast"), None);
    }
}
