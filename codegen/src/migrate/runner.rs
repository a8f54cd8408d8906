//! The runner: lock → shim and history → validate checksums → apply each
//! pending file with its history row in one transaction → functions → unlock.

use super::execute::{run_in_transaction, run_one, timeouts_sql, BATCH_SAVEPOINT};
use super::files::{self, Migration, SqlFile};
use super::history::{self, AppliedRow};
use super::interrupt;
use super::session;
use crate::db::{shim, standins};
use crate::error::{Error, Result};
use sqlx::{Connection, PgConnection};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use super::execute::{apply_file, apply_file_no_transaction, apply_file_with};
pub use super::status::{State, Status, StatusEntry};

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

/// How a migrator applies its files on the database it runs on.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    /// Stand-ins for extensions this machine lacks: the embedded database
    /// only, never a `DATABASE_URL`.
    pub stand_ins: bool,
    /// `extensions` of codegen.toml, enabled first in schema `extensions`.
    pub extensions: Vec<String>,
    /// `migrate up --include-all`: apply pending files older than the
    /// newest applied one.
    pub include_all: bool,
}

impl Migrator {
    /// The migrations of `dir` set up for their database: how callers get a
    /// configured migrator (rather than setting its fields one by one).
    pub fn configured(dir: &Path, setup: Setup) -> Result<Self> {
        let Setup {
            stand_ins,
            extensions,
            include_all,
        } = setup;
        Ok(Self {
            stand_ins,
            extensions,
            include_all,
            ..Self::open(dir)?
        })
    }

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
    pub(super) async fn locked<T>(
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

    pub(super) fn find(&self, version: &str) -> Option<&Migration> {
        self.migrations.iter().find(|m| m.version == version)
    }

    /// Every applied version has its file, unchanged.
    pub(super) fn validate(&self, applied: &[AppliedRow]) -> Result<()> {
        for row in sorted(applied) {
            let Some(m) = self.find(&row.version) else {
                return Err(Error::MissingFile {
                    version: row.version.clone(),
                    dir: self.dir.clone(),
                });
            };
            if let Some(recorded) = &row.checksum {
                if recorded != m.checksum() {
                    return Err(Error::ChecksumMismatch {
                        label: format!("{} ({})", m.label(), m.file.path.display()),
                        recorded: recorded.clone(),
                        actual: m.checksum().to_owned(),
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
        if m.options.transaction && !(m.commits.is_empty() && m.alone.is_empty()) {
            self.apply_committing(conn, url, m, &statements, started)
                .await?;
        } else if m.options.transaction {
            interrupt::set(format!(
                "{}: it ran in one transaction, which the server rolls back when the connection closes; nothing of it is applied",
                m.label()
            ));
            // One round trip: BEGIN, the timeouts and the first batch's
            // savepoint — unless the file starts with `SET TRANSACTION`,
            // which must not run in a subtransaction.
            let armed = !m
                .body
                .first()
                .is_some_and(|s| super::kinds::set_transaction(s.text(&m.file.sql)));
            let begin = format!(
                "BEGIN; {}{}",
                timeouts_sql(m, "SET LOCAL"),
                if armed {
                    format!("; SAVEPOINT {BATCH_SAVEPOINT}")
                } else {
                    String::new()
                }
            );
            let mut tx = conn
                .begin_with(begin)
                .await
                .map_err(|e| Error::db(url, e))?;
            run_in_transaction(&mut tx, &m.file, &m.body, self.stand_ins, armed).await?;
            let ms = started.elapsed().as_millis() as i64;
            let record = async {
                session::as_runner(&mut tx).await?;
                history::record(&mut tx, &m.version, &m.name, &statements, m.checksum(), ms).await
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
}

/// Applied rows in version order.
pub(super) fn sorted(applied: &[AppliedRow]) -> Vec<&AppliedRow> {
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
