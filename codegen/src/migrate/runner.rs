//! The runner: lock → shim and history → validate checksums → apply each
//! pending file with its history row in one transaction → functions → unlock.

use super::files::{self, Migration, SqlFile};
use super::history::{self, AppliedRow};
use super::interrupt;
use super::session;
use super::{copy, kinds};
use crate::db::{shim, standins};
use crate::error::{Error, Result};
use crate::sql::{self, Statement};
use sqlx::postgres::{PgDatabaseError, PgErrorPosition};
use sqlx::{Connection, PgConnection};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Key of the session-level advisory lock that serialises runners.
pub const LOCK_KEY: i64 = 0x636F_6465_6765_6E00; // "codegen\0"

/// What the runner reports while it works.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    WaitingForLock,
    ShimInstalled,
    /// A stand-in serves for an extension this machine lacks (reported on
    /// every run that applies migrations).
    StandIn {
        name: String,
        covers: &'static str,
    },
    Applied {
        label: String,
        elapsed: Duration,
    },
    RolledBack {
        label: String,
        elapsed: Duration,
    },
    Function {
        path: PathBuf,
        elapsed: Duration,
    },
    Seeded {
        path: PathBuf,
        elapsed: Duration,
    },
    Repaired {
        label: String,
    },
}

/// A sink for [`Event`]s (the CLI prints them; tests ignore them).
pub type Reporter<'a> = &'a mut (dyn FnMut(Event) + Send);

/// The migrations of one directory, ready to run against a database.
pub struct Migrator {
    pub dir: PathBuf,
    pub migrations: Vec<Migration>,
    /// `.sql` files skipped because their names are not `<number>_<name>.sql`.
    pub skipped: Vec<PathBuf>,
    pub functions: Vec<SqlFile>,
    /// How long to wait for another runner's lock.
    pub lock_wait: Duration,
    /// Apply pending files older than the newest applied one
    /// (`migrate up --include-all`, as with `supabase db push`).
    pub include_all: bool,
    /// Stand-ins for extensions this machine lacks (the embedded database
    /// only; never set for a `DATABASE_URL`).
    pub stand_ins: bool,
    /// Extensions to enable before the migrations (`extensions` in
    /// codegen.toml), in schema `extensions`.
    pub extensions: Vec<String>,
}

/// The state of one version, for `status`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Applied,
    Pending,
    /// Applied, but the file changed since.
    Changed,
    /// Applied by another tool (e.g. the Supabase CLI): no checksum recorded.
    NoChecksum,
    /// Recorded as applied, but no file has this version.
    MissingFile,
    /// A `-- codegen:no-transaction` file, or one with `COMMIT`s of its
    /// own, that failed partway: some of its statements are committed (see
    /// `partial`).
    Failed,
    /// A file that commits as it goes (as for `Failed`) whose run was
    /// interrupted partway.
    Interrupted,
}

/// One line of `status`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StatusEntry {
    pub version: String,
    pub name: String,
    pub state: State,
    pub applied_at: Option<chrono::DateTime<chrono::Utc>>,
    pub applied_by: Option<String>,
    pub execution_ms: Option<i64>,
    pub checksum: Option<String>,
    pub file_checksum: Option<String>,
    /// For `failed` and `interrupted`: how far the file got.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial: Option<history::Progress>,
}

impl StatusEntry {
    /// `failed at statement 2 of 3 (1 committed): …` for a partial run.
    pub fn partial_note(&self) -> Option<String> {
        let p = self.partial.as_ref()?;
        Some(match p.failed_at {
            Some(at) => format!(
                "failed at statement {at} of {} ({} committed): {}",
                p.total,
                p.done,
                p.error.as_deref().unwrap_or("")
            ),
            None => format!(
                "interrupted at statement {} of {} ({} committed)",
                p.done + 1,
                p.total,
                p.done
            ),
        })
    }
}

/// What `status` reports.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Status {
    pub migrations: Vec<StatusEntry>,
    pub invalid_indexes: Vec<String>,
    pub table_sizes: Vec<history::TableSize>,
}

impl Migrator {
    /// Reads every migration and function file of `dir`, refusing bad ones.
    pub fn open(dir: &Path) -> Result<Self> {
        if !dir.is_dir() {
            return Err(Error::File {
                path: dir.to_owned(),
                message: "is not a directory of migrations (set --migrations DIR)".into(),
            });
        }
        let found = files::discover(dir)?;
        Ok(Self {
            dir: dir.to_owned(),
            migrations: found.migrations,
            skipped: found.skipped,
            functions: files::functions(dir)?,
            lock_wait: Duration::from_secs(600),
            include_all: false,
            stand_ins: false,
            extensions: Vec::new(),
        })
    }

    /// Applies every pending migration, then (re)applies `functions/`.
    /// Returns the labels of the migrations applied.
    pub async fn up(
        &self,
        conn: &mut PgConnection,
        url: &str,
        report: Reporter<'_>,
    ) -> Result<Vec<String>> {
        self.locked(conn, url, report, async |conn, report| {
            self.up_locked(conn, url, report).await
        })
        .await
    }

    /// Runs `work` holding the advisory lock; the lock is released whatever
    /// `work` returns.
    async fn locked<T>(
        &self,
        conn: &mut PgConnection,
        url: &str,
        report: Reporter<'_>,
        work: impl AsyncFnOnce(&mut PgConnection, Reporter<'_>) -> Result<T>,
    ) -> Result<T> {
        self.lock(conn, url, report).await?;
        let result = work(&mut *conn, report).await;
        // The caller gets the session back as clean as each file got it.
        let cleaned = session::fresh(conn, url).await;
        unlock(conn).await;
        let value = result?;
        cleaned.map(|()| value)
    }

    async fn up_locked(
        &self,
        conn: &mut PgConnection,
        url: &str,
        report: Reporter<'_>,
    ) -> Result<Vec<String>> {
        let applied = history::applied(conn)
            .await
            .map_err(|e| Error::db(url, e))?;
        self.validate(&applied)?;
        self.enable_extensions(conn, url).await?;
        let pending: Vec<&Migration> = self
            .migrations
            .iter()
            .filter(|m| !applied.iter().any(|a| a.version == m.version))
            .collect();
        if !self.include_all {
            let newest = sorted(&applied).last().map(|r| r.version.clone());
            if let (Some(newest), Some(first)) = (newest, pending.first()) {
                let newest_n = newest.parse::<u64>().unwrap_or(u64::MAX);
                if first.number < newest_n {
                    return Err(Error::File {
                        path: first.file.path.clone(),
                        message: format!("is older than the newest applied version {newest}, so it would run out of order; rename it to a later version, or run `codegen migrate up --include-all` to apply it on purpose; nothing was applied"),
                    });
                }
            }
        }
        let mut done = Vec::new();
        let total = pending.len();
        for (i, m) in pending.into_iter().enumerate() {
            let started = Instant::now();
            crate::progress::status(i, total, &format!("applying {}", m.label()));
            let applied = self.apply(conn, url, m).await;
            crate::progress::clear();
            applied?;
            report(Event::Applied {
                label: m.label(),
                elapsed: started.elapsed(),
            });
            done.push(m.label());
        }
        self.apply_functions(conn, url, report).await?;
        for (name, covers) in standins::installed(conn)
            .await
            .map_err(|e| Error::db(url, e))?
        {
            report(Event::StandIn { name, covers });
        }
        Ok(done)
    }

    /// Takes the advisory lock, then makes sure the shim and the history
    /// tables exist. Waiters poll with `pg_try_advisory_lock` (no open
    /// transaction while waiting), so a `CREATE INDEX CONCURRENTLY` run by the
    /// holder never waits on them: the deadlock of runners that block in
    /// `pg_advisory_lock`.
    async fn lock(&self, conn: &mut PgConnection, url: &str, report: Reporter<'_>) -> Result<()> {
        let started = Instant::now();
        let mut told = false;
        loop {
            let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
                .bind(LOCK_KEY)
                .fetch_one(&mut *conn)
                .await
                .map_err(|e| Error::db(url, e))?;
            if got {
                break;
            }
            if started.elapsed() > self.lock_wait {
                return Err(Error::Usage(format!(
                    "another migration runner has held the lock on {} for over {} s; try again later",
                    crate::db::redact(url),
                    self.lock_wait.as_secs()
                )));
            }
            if !told {
                report(Event::WaitingForLock);
                told = true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let prepared = async {
            if shim::ensure(&mut *conn, url).await? {
                report(Event::ShimInstalled);
            }
            sqlx::raw_sql(history::ENSURE_SQL)
                .execute(&mut *conn)
                .await
                .map_err(|e| Error::db(url, e))?;
            Ok(())
        }
        .await;
        if prepared.is_err() {
            unlock(conn).await;
        }
        prepared
    }

    fn find(&self, version: &str) -> Option<&Migration> {
        self.migrations.iter().find(|m| m.version == version)
    }

    /// Every applied version has its file, unchanged.
    fn validate(&self, applied: &[AppliedRow]) -> Result<()> {
        for row in sorted(applied) {
            let Some(m) = self.find(&row.version) else {
                return Err(Error::MissingFile {
                    version: row.version.clone(),
                    dir: self.dir.clone(),
                });
            };
            if let Some(recorded) = &row.checksum {
                if *recorded != m.checksum {
                    return Err(Error::ChecksumMismatch {
                        label: format!("{} ({})", m.label(), m.file.path.display()),
                        recorded: recorded.clone(),
                        actual: m.checksum.clone(),
                    });
                }
            }
        }
        Ok(())
    }

    /// Applies one migration with its history row.
    async fn apply(&self, conn: &mut PgConnection, url: &str, m: &Migration) -> Result<()> {
        session::fresh(conn, url).await?;
        session::hold_lock(conn, url, &m.label()).await?;
        let statements: Vec<&str> = m.body.iter().map(|s| s.text(&m.file.sql).trim()).collect();
        let started = Instant::now();
        if m.options.transaction && !m.commits.is_empty() {
            self.apply_committing(conn, url, m, &statements, started)
                .await?;
        } else if m.options.transaction {
            interrupt::set(format!(
                "{}: it ran in one transaction, which the server rolls back when the connection closes; nothing of it is applied",
                m.label()
            ));
            let mut tx = conn.begin().await.map_err(|e| Error::db(url, e))?;
            set_timeouts(&mut tx, url, m, "SET LOCAL").await?;
            run_in_transaction(&mut tx, &m.file, &m.body, self.stand_ins).await?;
            let ms = started.elapsed().as_millis() as i64;
            let record = async {
                session::as_runner(&mut tx).await?;
                history::record(&mut tx, &m.version, &m.name, &statements, &m.checksum, ms).await
            };
            record
                .await
                .map_err(|e| session::history_error(m, e, true))?;
            tx.commit().await.map_err(|e| Error::db(url, e))?;
            interrupt::clear();
        } else {
            self.apply_no_transaction(conn, url, m, &statements, started)
                .await?;
        }
        Ok(())
    }

    /// `CREATE EXTENSION IF NOT EXISTS` each of `extensions` (a stand-in
    /// where the embedded database lacks one).
    async fn enable_extensions(&self, conn: &mut PgConnection, url: &str) -> Result<()> {
        if self.extensions.is_empty() {
            return Ok(());
        }
        let sql: String = self
            .extensions
            .iter()
            .map(|e| {
                format!(
                    "CREATE EXTENSION IF NOT EXISTS \"{}\" WITH SCHEMA extensions;\n",
                    e.replace('"', "\"\"")
                )
            })
            .collect();
        let file = SqlFile::from_text(PathBuf::from("codegen.toml (extensions)"), sql);
        let mut tx = conn.begin().await.map_err(|e| Error::db(url, e))?;
        for s in &file.statements {
            run_one(&mut tx, &file, s, true, self.stand_ins).await?;
        }
        tx.commit().await.map_err(|e| Error::db(url, e))
    }

    /// A `-- codegen:no-transaction` file: statement by statement, each
    /// committed on its own and recorded in `codegen_progress`, so a failed
    /// or interrupted run says exactly what is committed, and the next `up`
    /// resumes at the statement that did not finish (once its earlier
    /// statements are unchanged). The history row is written after the last.
    async fn apply_no_transaction(
        &self,
        conn: &mut PgConnection,
        url: &str,
        m: &Migration,
        statements: &[&str],
        started: Instant,
    ) -> Result<()> {
        let db = |e| Error::db(url, e);
        let total = m.body.len();
        let start = resume_point(conn, url, m, statements).await?;
        set_timeouts(conn, url, m, "SET").await?;
        let mut failure = None;
        for (i, s) in m.body.iter().enumerate().skip(start) {
            interrupt::set(format!(
                "{} (a `-- codegen:no-transaction` file) at statement {} of {total}: statements 1 to {i} are committed; `codegen migrate status` shows it and `codegen migrate up` resumes at statement {}",
                m.label(),
                i + 1,
                i + 1
            ));
            if let Err(e) = run_one(conn, &m.file, s, false, self.stand_ins).await {
                failure = Some((i, e));
                break;
            }
            let progress = history::Progress {
                version: m.version.clone(),
                done: (i + 1) as i32,
                total: total as i32,
                done_sha256: statements_sha256(&statements[..=i]),
                failed_at: None,
                error: None,
            };
            session::set_progress(conn, &progress)
                .await
                .map_err(|e| session::history_error(m, e, false))?;
        }
        interrupt::clear();
        sqlx::raw_sql("RESET lock_timeout; RESET statement_timeout")
            .execute(&mut *conn)
            .await
            .map_err(db)?;
        if let Some((i, err)) = failure {
            let first_line = err
                .to_string()
                .lines()
                .next()
                .unwrap_or_default()
                .to_owned();
            let progress = history::Progress {
                version: m.version.clone(),
                done: i as i32,
                total: total as i32,
                done_sha256: statements_sha256(&statements[..i]),
                failed_at: Some((i + 1) as i32),
                error: Some(first_line),
            };
            session::set_progress(conn, &progress)
                .await
                .map_err(|e| session::history_error(m, e, false))?;
            let invalid = history::invalid_indexes(conn).await.unwrap_or_default();
            let committed = if i == 0 {
                "no statement of it is committed".to_owned()
            } else {
                format!("statements 1 to {i} of {total} are committed")
            };
            let mut message = format!("{err}\n  {} is a `-- codegen:no-transaction` file: {committed}; fix statement {} and run `codegen migrate up` to resume there", m.label(), i + 1);
            if !invalid.is_empty() {
                message.push_str(&format!("\n  indexes left INVALID: {}; drop them with DROP INDEX CONCURRENTLY before running `codegen migrate up` again", invalid.join(", ")));
            }
            return Err(Error::Usage(message));
        }
        let ms = started.elapsed().as_millis() as i64;
        let mut tx = conn.begin().await.map_err(db)?;
        let record = async {
            session::as_runner(&mut tx).await?;
            history::record(&mut tx, &m.version, &m.name, statements, &m.checksum, ms).await?;
            history::clear_progress(&mut tx, &m.version).await
        };
        record
            .await
            .map_err(|e| session::history_error(m, e, false))?;
        tx.commit().await.map_err(db)?;
        Ok(())
    }

    /// A transactional file with `COMMIT`s of its own between statements
    /// (a data fix between DDL), run as the Supabase CLI runs it: what
    /// precedes each such `COMMIT` is committed there, together with a
    /// `codegen_progress` row saying how far the file got; the rest, after
    /// the last one, commits with the history row. When a statement fails,
    /// its transaction (back to the last `COMMIT` that ran) is rolled back,
    /// the version is not recorded, the error says which statements are
    /// committed, and the next `up` resumes after them (once they are
    /// unchanged).
    async fn apply_committing(
        &self,
        conn: &mut PgConnection,
        url: &str,
        m: &Migration,
        statements: &[&str],
        started: Instant,
    ) -> Result<()> {
        let db = |e| Error::db(url, e);
        let total = m.body.len();
        let start = resume_point(conn, url, m, statements).await?;
        let mut ends: Vec<(usize, Option<usize>)> = m
            .commits
            .iter()
            .filter(|c| c.0 > start)
            .map(|&(n, line)| (n, Some(line)))
            .collect();
        ends.push((total, None));
        let mut from = start;
        for (end, commit_line) in ends {
            interrupt::set(if from == 0 {
                format!("{}: its statements up to its first COMMIT ran in one transaction, which the server rolls back when the connection closes; nothing of it is applied", m.label())
            } else {
                format!("{} at statements {} to {end} of {total}: statements 1 to {from} are committed (by the file's own COMMIT); the rest ran in one transaction, which the server rolls back; `codegen migrate status` shows it and `codegen migrate up` resumes at statement {}", m.label(), from + 1, from + 1)
            });
            let mut tx = conn.begin().await.map_err(db)?;
            set_timeouts(&mut tx, url, m, "SET LOCAL").await?;
            let ran =
                run_in_transaction(&mut tx, &m.file, &m.body[from..end], self.stand_ins).await;
            let ran = match ran {
                Ok(()) => {
                    let write = async {
                        session::as_runner(&mut tx).await?;
                        if commit_line.is_some() {
                            let progress = history::Progress {
                                version: m.version.clone(),
                                done: end as i32,
                                total: total as i32,
                                done_sha256: statements_sha256(&statements[..end]),
                                failed_at: None,
                                error: None,
                            };
                            history::set_progress(&mut tx, &progress).await
                        } else {
                            let ms = started.elapsed().as_millis() as i64;
                            history::record(
                                &mut tx,
                                &m.version,
                                &m.name,
                                statements,
                                &m.checksum,
                                ms,
                            )
                            .await?;
                            history::clear_progress(&mut tx, &m.version).await
                        }
                    };
                    write
                        .await
                        .map_err(|e| session::history_error(m, e, from == 0))
                }
                Err(e) => Err(e),
            };
            if let Err(err) = ran {
                drop(tx);
                interrupt::clear();
                return Err(self
                    .partly_committed(conn, url, m, statements, from, end, err)
                    .await);
            }
            tx.commit().await.map_err(db)?;
            from = end;
        }
        interrupt::clear();
        Ok(())
    }

    /// The error of a file with `COMMIT`s of its own that failed in the
    /// transaction of statements `from + 1` to `end`: when earlier ones are
    /// committed, records how far it got (`status` shows it as failed) and
    /// says so in the error; otherwise the error as it is.
    #[allow(clippy::too_many_arguments)]
    async fn partly_committed(
        &self,
        conn: &mut PgConnection,
        url: &str,
        m: &Migration,
        statements: &[&str],
        from: usize,
        end: usize,
        err: Error,
    ) -> Error {
        if from == 0 {
            return err;
        }
        let total = m.body.len();
        // The failing statement, by the error's line (else the first of the batch).
        let failed = match &err {
            Error::Sql(e) => m.body[from..end]
                .iter()
                .rposition(|s| {
                    let text = s.text(&m.file.sql);
                    let first = s.start + (text.len() - sql::strip_leading_comments(text).len());
                    m.file.line_col(first).0 <= e.line
                })
                .map_or(from, |i| from + i),
            _ => from,
        };
        let note = format!(
            "statements 1 to {from} of {total} are committed (by the file's own COMMIT), statements {} to {end} were rolled back and {} is not recorded as applied; fix statement {} and run `codegen migrate up` to resume at statement {}",
            from + 1,
            m.version,
            failed + 1,
            from + 1
        );
        let first_line = err
            .to_string()
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned();
        let progress = history::Progress {
            version: m.version.clone(),
            done: from as i32,
            total: total as i32,
            done_sha256: statements_sha256(&statements[..from]),
            failed_at: Some((failed + 1) as i32),
            error: Some(first_line),
        };
        if let Err(e) = session::set_progress(conn, &progress).await {
            return Error::db(url, e);
        }
        match err {
            Error::Sql(mut e) => {
                e.rolled_back = false;
                e.note = Some(note);
                Error::Sql(e)
            }
            Error::At {
                path,
                line,
                col,
                message,
            } => Error::At {
                path,
                line,
                col,
                message: format!(
                    "{}; {note}",
                    message.trim_end_matches("; nothing from this file was applied")
                ),
            },
            other => Error::Usage(format!(
                "{}: {}; {note}",
                m.label(),
                other
                    .to_string()
                    .trim_end_matches("; nothing from this file was applied")
            )),
        }
    }

    /// (Re)applies `functions/*.sql`, each in one transaction.
    pub async fn apply_functions(
        &self,
        conn: &mut PgConnection,
        url: &str,
        report: Reporter<'_>,
    ) -> Result<()> {
        for f in &self.functions {
            let started = Instant::now();
            apply_file(conn, url, f).await?;
            report(Event::Function {
                path: f.path.clone(),
                elapsed: started.elapsed(),
            });
        }
        Ok(())
    }

    /// Undoes the last `n` applied migrations with their `-- Rollback:` blocks.
    /// Every one of them must have a block, or nothing is done.
    pub async fn down(
        &self,
        conn: &mut PgConnection,
        url: &str,
        n: usize,
        report: Reporter<'_>,
    ) -> Result<Vec<String>> {
        self.locked(conn, url, report, async |conn, report| {
            self.down_locked(conn, url, n, report).await
        })
        .await
    }

    async fn down_locked(
        &self,
        conn: &mut PgConnection,
        url: &str,
        n: usize,
        report: Reporter<'_>,
    ) -> Result<Vec<String>> {
        let applied = history::applied(conn)
            .await
            .map_err(|e| Error::db(url, e))?;
        self.validate(&applied)?;
        // The last applied first: by the time recorded, then by number (rows
        // written by other tools have no time and count as the oldest).
        let mut last: Vec<&AppliedRow> = sorted(&applied);
        last.sort_by_key(|r| (r.applied_at.is_some(), r.applied_at));
        last.reverse();
        last.truncate(n);
        let mut plan = Vec::new();
        for row in last {
            let m = self.find(&row.version).expect("validated above");
            let rollback = m.rollback.as_deref().ok_or_else(|| Error::NoRollback {
                path: m.file.path.clone(),
            })?;
            if let Some(line) = m.rollback_trailing {
                return Err(Error::At {
                    path: m.file.path.clone(),
                    line,
                    col: 1,
                    message: "SQL follows the `-- Rollback:` block, so where the block ends is ambiguous; move the block to the end of the file; nothing was rolled back".into(),
                });
            }
            let file = rollback_file(m, rollback);
            kinds::check(&file)?;
            plan.push((m, file));
        }
        let mut done = Vec::new();
        for (m, file) in plan {
            let started = Instant::now();
            session::fresh(conn, url).await?;
            session::hold_lock(conn, url, &m.label()).await?;
            let body = kinds::in_transaction(&file);
            if m.options.transaction {
                let mut tx = conn.begin().await.map_err(|e| Error::db(url, e))?;
                set_timeouts(&mut tx, url, m, "SET LOCAL").await?;
                run_in_transaction(&mut tx, &file, &body, false).await?;
                session::remove(&mut tx, m).await?;
                tx.commit().await.map_err(|e| Error::db(url, e))?;
            } else {
                // `-- codegen:no-transaction` holds for the rollback too
                // (`DROP INDEX CONCURRENTLY`): statement by statement, the
                // history row removed once the last one succeeded.
                set_timeouts(conn, url, m, "SET").await?;
                run_statements(conn, &file, &body).await?;
                let mut tx = conn.begin().await.map_err(|e| Error::db(url, e))?;
                session::remove(&mut tx, m).await?;
                tx.commit().await.map_err(|e| Error::db(url, e))?;
            }
            report(Event::RolledBack {
                label: m.label(),
                elapsed: started.elapsed(),
            });
            done.push(m.label());
        }
        Ok(done)
    }

    /// Applied and pending versions, invalid indexes and table sizes.
    pub async fn status(&self, conn: &mut PgConnection, url: &str) -> Result<Status> {
        let db = |e| Error::db(url, e);
        Ok(Status {
            migrations: self.compare(conn, url).await?,
            invalid_indexes: history::invalid_indexes(conn).await.map_err(db)?,
            table_sizes: history::table_sizes(conn).await.map_err(db)?,
        })
    }

    /// The history of `conn`'s database against the files, in version
    /// order: applied, changed, missing and pending versions.
    pub async fn compare(&self, conn: &mut PgConnection, url: &str) -> Result<Vec<StatusEntry>> {
        let db = |e| Error::db(url, e);
        let applied = history::applied(conn).await.map_err(db)?;
        let progress = history::progress(conn).await.map_err(db)?;
        let mut entries = Vec::new();
        for row in &applied {
            let file = self.find(&row.version);
            let state = match (file, &row.checksum) {
                (None, _) => State::MissingFile,
                (Some(_), None) => State::NoChecksum,
                (Some(m), Some(c)) if *c != m.checksum => State::Changed,
                _ => State::Applied,
            };
            entries.push(StatusEntry {
                version: row.version.clone(),
                name: file
                    .map(|m| m.name.clone())
                    .or_else(|| row.name.clone())
                    .unwrap_or_default(),
                state,
                applied_at: row.applied_at,
                applied_by: row.applied_by.clone(),
                execution_ms: row.execution_ms,
                checksum: row.checksum.clone(),
                file_checksum: file.map(|m| m.checksum.clone()),
                partial: None,
            });
        }
        for m in self
            .migrations
            .iter()
            .filter(|m| !applied.iter().any(|a| a.version == m.version))
        {
            let partial = progress.iter().find(|p| p.version == m.version).cloned();
            let state = match &partial {
                Some(p) if p.failed_at.is_some() => State::Failed,
                Some(_) => State::Interrupted,
                None => State::Pending,
            };
            entries.push(StatusEntry {
                version: m.version.clone(),
                name: m.name.clone(),
                state,
                applied_at: None,
                applied_by: None,
                execution_ms: None,
                checksum: None,
                file_checksum: Some(m.checksum.clone()),
                partial,
            });
        }
        entries.sort_by_key(|e| {
            (
                e.version.parse::<u64>().unwrap_or(u64::MAX),
                e.version.clone(),
            )
        });
        Ok(entries)
    }

    /// Records the files' current checksums for applied versions (accepting
    /// edits on purpose), marks `applied` versions as applied without running
    /// them and removes `reverted` ones from the history.
    pub async fn repair(
        &self,
        conn: &mut PgConnection,
        url: &str,
        applied_versions: &[String],
        reverted_versions: &[String],
        report: Reporter<'_>,
    ) -> Result<Vec<String>> {
        let result = self
            .locked(conn, url, report, async |conn, _| {
                let db = |e| Error::db(url, e);
                let mut tx = conn.begin().await.map_err(db)?;
                let mut done = Vec::new();
                for v in reverted_versions {
                    history::clear_progress(&mut tx, v).await.map_err(db)?;
                    if history::remove(&mut tx, v).await.map_err(db)? == 0 {
                        return Err(Error::Usage(format!(
                            "version {v} is not in the migration history"
                        )));
                    }
                    done.push(format!("{v} marked reverted"));
                }
                for v in applied_versions {
                    let m = self.find(v).ok_or_else(|| {
                        Error::Usage(format!(
                            "no migration file in {} has version {v}",
                            self.dir.display()
                        ))
                    })?;
                    let statements: Vec<&str> =
                        m.body.iter().map(|s| s.text(&m.file.sql).trim()).collect();
                    history::record(&mut tx, &m.version, &m.name, &statements, &m.checksum, 0)
                        .await
                        .map_err(|e| match e {
                            sqlx::Error::Database(d) if d.is_unique_violation() => {
                                Error::Usage(format!("migration {} is already applied", m.label()))
                            }
                            e => Error::db(url, e),
                        })?;
                    done.push(format!("{} marked applied", m.label()));
                }
                for row in history::applied(&mut tx).await.map_err(db)? {
                    if let Some(m) = self.find(&row.version) {
                        if row.checksum.as_deref() != Some(m.checksum.as_str()) {
                            history::set_checksum(
                                &mut tx,
                                &m.version,
                                &m.checksum,
                                row.execution_ms.unwrap_or(0),
                            )
                            .await
                            .map_err(db)?;
                            done.push(format!("{} checksum recorded", m.label()));
                        }
                    }
                }
                tx.commit().await.map_err(db)?;
                Ok(done)
            })
            .await;
        for label in result.iter().flatten() {
            report(Event::Repaired {
                label: label.clone(),
            });
        }
        result
    }
}

/// Applied rows in version order.
fn sorted(applied: &[AppliedRow]) -> Vec<&AppliedRow> {
    let mut rows: Vec<&AppliedRow> = applied.iter().collect();
    rows.sort_by_key(|r| {
        (
            r.version.parse::<u64>().unwrap_or(u64::MAX),
            r.version.clone(),
        )
    });
    rows
}

async fn unlock(conn: &mut PgConnection) {
    let _ = sqlx::query("SELECT pg_advisory_unlock($1)")
        .bind(LOCK_KEY)
        .execute(conn)
        .await;
}

async fn set_timeouts(conn: &mut PgConnection, url: &str, m: &Migration, set: &str) -> Result<()> {
    let sql = format!(
        "{set} lock_timeout = '{}'; {set} statement_timeout = '{}'",
        m.options.lock_timeout, m.options.statement_timeout
    );
    sqlx::raw_sql(&sql)
        .execute(conn)
        .await
        .map_err(|e| Error::db(url, e))?;
    Ok(())
}

/// The rollback block as a file of its own, for splitting and error positions.
fn rollback_file(m: &Migration, rollback: &str) -> SqlFile {
    SqlFile::from_text(m.file.path.clone(), rollback.to_owned())
}

/// Runs one SQL file's statements (minus transaction control) in a transaction.
pub async fn apply_file(conn: &mut PgConnection, url: &str, file: &SqlFile) -> Result<()> {
    apply_file_with(conn, url, file, false).await
}

/// [`apply_file`], with extension stand-ins on a scratch database.
pub async fn apply_file_with(
    conn: &mut PgConnection,
    url: &str,
    file: &SqlFile,
    stand_ins: bool,
) -> Result<()> {
    kinds::check(file)?;
    session::fresh(conn, url).await?;
    let body = kinds::in_transaction(file);
    let mut tx = conn.begin().await.map_err(|e| Error::db(url, e))?;
    run_in_transaction(&mut tx, file, &body, stand_ins).await?;
    tx.commit().await.map_err(|e| Error::db(url, e))?;
    Ok(())
}

/// Runs a file's statements one by one outside a transaction (for files
/// marked `-- codegen:no-transaction`).
pub async fn apply_file_no_transaction(conn: &mut PgConnection, file: &SqlFile) -> Result<()> {
    kinds::check(file)?;
    run_statements(conn, file, &file.statements).await
}

/// Where a file that committed part of its work in an earlier run starts:
/// after its committed statements, once they are unchanged (their sha256
/// is recorded); 0 for a file with no recorded progress.
async fn resume_point(
    conn: &mut PgConnection,
    url: &str,
    m: &Migration,
    statements: &[&str],
) -> Result<usize> {
    let total = m.body.len();
    let previous = history::progress(conn)
        .await
        .map_err(|e| Error::db(url, e))?
        .into_iter()
        .find(|p| p.version == m.version);
    let Some(p) = previous else {
        return Ok(0);
    };
    let done = usize::try_from(p.done).unwrap_or(0);
    if done > total || statements_sha256(&statements[..done.min(total)]) != p.done_sha256 {
        return Err(Error::File {
            path: m.file.path.clone(),
            message: format!("had statements 1 to {done} committed by an earlier run, and they have changed since; restore them, or undo what they did and run `codegen migrate repair --reverted {}` to start the file over", m.version),
        });
    }
    Ok(done)
}

/// The sha256 of statements' texts, to know a resumed file's committed
/// statements are the ones that ran.
fn statements_sha256(statements: &[&str]) -> String {
    let mut h = <sha2::Sha256 as sha2::Digest>::new();
    for s in statements {
        sha2::Digest::update(&mut h, s.as_bytes());
        sha2::Digest::update(&mut h, [0u8]);
    }
    hex::encode(sha2::Digest::finalize(h))
}

/// Runs statements one by one outside a transaction; a failure names
/// file:line:column.
async fn run_statements(conn: &mut PgConnection, file: &SqlFile, body: &[Statement]) -> Result<()> {
    for s in body {
        run_one(conn, file, s, false, false).await?;
    }
    Ok(())
}

/// Statements sent to the server in one round trip, at most.
const BATCH_STATEMENTS: usize = 500;
/// Text sent to the server in one round trip, at most (bytes).
const BATCH_BYTES: usize = 1 << 20;
const BATCH_SAVEPOINT: &str = "codegen_runner_batch";

/// Runs statements inside an open transaction, consecutive ones in batches
/// (two round trips per batch, as a data load needs: a file of 300,000
/// INSERTs is not 300,000 round trips). A batch runs under a savepoint;
/// when it fails, the batch is rolled back to the savepoint and re-run
/// statement by statement, so the error names the failing statement's
/// file:line:column exactly as an unbatched run does. Statements that may
/// need a stand-in rewrite, `COPY … FROM stdin` and `SET TRANSACTION` run
/// alone; a file with savepoints of its own is not batched (the batch's
/// savepoint would release them).
async fn run_in_transaction(
    conn: &mut PgConnection,
    file: &SqlFile,
    body: &[Statement],
    stand_ins: bool,
) -> Result<()> {
    let batching = !body.iter().any(|s| kinds::savepoint(s.text(&file.sql)));
    let alone = |s: &Statement| {
        let text = s.text(&file.sql);
        !batching
            || (stand_ins && standins::may_plan(text))
            || kinds::set_transaction(text)
            || kinds::copy_from_stdin(text)
    };
    let mut i = 0;
    while i < body.len() {
        let start = i;
        let mut bytes = 0;
        while i < body.len()
            && !alone(&body[i])
            && i - start < BATCH_STATEMENTS
            && (i == start || bytes < BATCH_BYTES)
        {
            bytes += body[i].end - body[i].start;
            i += 1;
        }
        if i - start < 2 {
            let one = if i == start { i + 1 } else { i };
            for s in &body[start..one] {
                run_one(conn, file, s, true, stand_ins).await?;
            }
            i = one;
            continue;
        }
        // The savepoint in a round trip of its own: a syntax error anywhere
        // in the batch makes the server refuse the whole batch unrun, its
        // SAVEPOINT included.
        sqlx::raw_sql(&format!("SAVEPOINT {BATCH_SAVEPOINT}"))
            .execute(&mut *conn)
            .await
            .map_err(|e| statement_error(file, &body[start], e, true))?;
        let mut batch = String::with_capacity(bytes + 32 + 3 * (i - start));
        for s in &body[start..i] {
            batch.push_str(s.text(&file.sql));
            batch.push_str("\n;\n");
        }
        batch.push_str("RELEASE SAVEPOINT ");
        batch.push_str(BATCH_SAVEPOINT);
        let failed = sqlx::raw_sql(&batch).execute(&mut *conn).await.is_err();
        drop(batch);
        if failed {
            // Back to before the batch, then one by one for the exact error.
            sqlx::raw_sql(&format!("ROLLBACK TO SAVEPOINT {BATCH_SAVEPOINT}"))
                .execute(&mut *conn)
                .await
                .map_err(|e| statement_error(file, &body[start], e, true))?;
            for s in &body[start..i] {
                run_one(conn, file, s, true, stand_ins).await?;
            }
            sqlx::raw_sql(&format!("RELEASE SAVEPOINT {BATCH_SAVEPOINT}"))
                .execute(&mut *conn)
                .await
                .map_err(|e| statement_error(file, &body[i - 1], e, true))?;
        }
    }
    Ok(())
}

/// Runs one statement; with `stand_ins` (the embedded database only), a
/// `CREATE EXTENSION` of an extension this machine lacks installs its
/// stand-in instead, or fails naming the package to install.
async fn run_one(
    conn: &mut PgConnection,
    file: &SqlFile,
    s: &Statement,
    in_tx: bool,
    stand_ins: bool,
) -> Result<()> {
    let text = s.text(&file.sql);
    let at = |e| statement_error(file, s, e, in_tx);
    if let Some((command, _, data)) = copy::parts(text) {
        return copy::run(conn, command, data).await.map(drop).map_err(at);
    }
    if stand_ins {
        match standins::plan(conn, text).await.map_err(at)? {
            standins::Plan::Run => {}
            standins::Plan::Rewrite(sql) => {
                return sqlx::raw_sql(&sql)
                    .execute(&mut *conn)
                    .await
                    .map(drop)
                    .map_err(at);
            }
            standins::Plan::StandIn(create) => {
                return standins::install(conn, &create).await.map_err(at);
            }
            standins::Plan::Missing(message) => {
                let (line, col) =
                    file.line_col(s.start + (text.len() - sql::strip_leading_comments(text).len()));
                return Err(Error::At {
                    path: file.path.clone(),
                    line,
                    col,
                    message: format!("{message}; nothing from this file was applied"),
                });
            }
        }
    }
    sqlx::raw_sql(text)
        .execute(&mut *conn)
        .await
        .map(drop)
        .map_err(at)
}

/// Maps a failed statement's error back to the file's line and column.
fn statement_error(file: &SqlFile, s: &Statement, err: sqlx::Error, rolled_back: bool) -> Error {
    let copy = copy::parts(s.text(&file.sql));
    let text = copy.map_or(s.text(&file.sql), |(command, _, _)| command);
    let first_token = s.start + (text.len() - sql::strip_leading_comments(text).len());
    let mut statement = sql::strip_leading_comments(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if statement.chars().count() > 160 {
        statement = statement.chars().take(157).collect::<String>() + "...";
    }
    let (message, detail, hint, offset) = match err
        .as_database_error()
        .and_then(|d| d.try_downcast_ref::<PgDatabaseError>())
    {
        Some(pg) => {
            let offset = match (pg.position(), copy) {
                (Some(PgErrorPosition::Original(p)), _) => {
                    s.start + sql::char_position_to_byte(text, p)
                }
                (_, Some((_, data, rows))) => {
                    s.start + data + copy_row_offset(rows, pg.r#where().unwrap_or(""))
                }
                _ => first_token,
            };
            let hint = pg.hint().map(str::to_owned).or_else(|| {
                (rolled_back && pg.code() == "25001").then(|| {
                    "a migration can run it in a file of its own marked `-- codegen:no-transaction`".to_owned()
                })
            });
            (
                pg.message().to_owned(),
                pg.detail()
                    .map(str::to_owned)
                    .or_else(|| pg.r#where().map(str::to_owned)),
                hint,
                offset,
            )
        }
        None => (
            crate::db::redact_message(&err.to_string()),
            None,
            None,
            first_token,
        ),
    };
    let (line, col) = file.line_col(offset);
    Error::Sql(Box::new(crate::error::SqlError {
        path: file.path.clone(),
        line,
        col,
        message,
        detail,
        hint,
        statement,
        rolled_back,
        note: None,
    }))
}

/// Where, in a COPY's data, the row a COPY error's context names starts.
fn copy_row_offset(rows: &str, context: &str) -> usize {
    let Some(n) = copy::error_line(context) else {
        return 0;
    };
    rows.split_inclusive('\n')
        .take(n.saturating_sub(1))
        .map(str::len)
        .sum()
}

/// Drops what the migrations own on a URL database: `public` and the history.
pub const DROP_OWNED_SQL: &str = "
DROP SCHEMA IF EXISTS supabase_migrations CASCADE;
DROP SCHEMA IF EXISTS public CASCADE;
CREATE SCHEMA public AUTHORIZATION pg_database_owner;
GRANT USAGE ON SCHEMA public TO PUBLIC;
COMMENT ON SCHEMA public IS 'standard public schema';
";

impl Migrator {
    /// `reset`: optionally drops `public` and the history, re-applies every
    /// migration and `functions/`, then loads `seed.sql` when present.
    pub async fn reset(
        &self,
        conn: &mut PgConnection,
        url: &str,
        drop: bool,
        report: Reporter<'_>,
    ) -> Result<Vec<String>> {
        if drop {
            self.locked(conn, url, report, async |conn, _| {
                let mut tx = conn.begin().await.map_err(|e| Error::db(url, e))?;
                sqlx::raw_sql(DROP_OWNED_SQL)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| Error::db(url, e))?;
                if shim::has_supabase(&mut tx)
                    .await
                    .map_err(|e| Error::db(url, e))?
                {
                    sqlx::raw_sql(shim::GRANTS_SQL)
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| Error::db(url, e))?;
                }
                tx.commit().await.map_err(|e| Error::db(url, e))
            })
            .await?;
        }
        let applied = self.up(conn, url, report).await?;
        self.seed(conn, url, report).await?;
        Ok(applied)
    }

    /// Loads the seed files (each in one transaction): `seed.sql` in the
    /// migrations folder, and in a Supabase project the files the Supabase
    /// CLI loads (`supabase/seed.sql`, or `[db.seed] sql_paths`).
    pub async fn seed(
        &self,
        conn: &mut PgConnection,
        url: &str,
        report: Reporter<'_>,
    ) -> Result<()> {
        for path in files::seed_files(&self.dir)? {
            let started = Instant::now();
            let file = SqlFile::read_any(&path)?;
            if !file.statements.is_empty() {
                apply_file(conn, url, &file).await?;
            }
            report(Event::Seeded {
                path,
                elapsed: started.elapsed(),
            });
        }
        Ok(())
    }
}
