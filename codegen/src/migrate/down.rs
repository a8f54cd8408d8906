//! `down` (the `-- Rollback:` blocks) and `repair`.

use super::execute::{run_in_transaction, run_statements, set_timeouts};
use super::files::{Migration, SqlFile};
use super::history::{self, AppliedRow};
use super::runner::{sorted, Event, Migrator, Reporter};
use super::{kinds, session};
use crate::error::{Error, Result};
use sqlx::{Connection, PgConnection};
use std::time::Instant;

impl Migrator {
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
                run_in_transaction(&mut tx, &file, &body, false, false).await?;
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
                    history::record(&mut tx, &m.version, &m.name, &statements, m.checksum(), 0)
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
                        if row.checksum.as_deref() != Some(m.checksum()) {
                            history::set_checksum(
                                &mut tx,
                                &m.version,
                                m.checksum(),
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

/// The rollback block as a file of its own, for splitting and error positions.
fn rollback_file(m: &Migration, rollback: &str) -> SqlFile {
    SqlFile::from_text(m.file.path.clone(), rollback.to_owned())
}
