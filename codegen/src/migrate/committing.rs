//! Files that commit as they go: `-- codegen:no-transaction` files
//! (statement by statement) and transactional files with `COMMIT`s of their
//! own; both record how far they got and resume there.

use super::execute::{run_in_transaction, run_one, set_timeouts};
use super::files::Migration;
use super::history;
use super::interrupt;
use super::runner::Migrator;
use super::session;
use crate::error::{Error, Result};
use crate::sql;
use sqlx::{Connection, PgConnection};
use std::time::Instant;

impl Migrator {
    /// A `-- codegen:no-transaction` file: statement by statement, each
    /// committed on its own and recorded in `codegen_progress`, so a failed
    /// or interrupted run says exactly what is committed, and the next `up`
    /// resumes at the statement that did not finish (once its earlier
    /// statements are unchanged). The history row is written after the last.
    pub(super) async fn apply_no_transaction(
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
        record_applied(conn, url, m, statements, started).await
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
    pub(super) async fn apply_committing(
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
            if m.alone.contains(&from) {
                if let Err(err) = self.run_alone(conn, url, m, from).await {
                    interrupt::clear();
                    return Err(self
                        .partly_committed(conn, url, m, statements, from, end, err)
                        .await);
                }
                if commit_line.is_some() {
                    let progress = progress_row(m, statements, end, None);
                    session::set_progress(conn, &progress)
                        .await
                        .map_err(|e| session::history_error(m, e, false))?;
                } else {
                    record_applied(conn, url, m, statements, started).await?;
                }
                interrupt::clear();
                from = end;
                continue;
            }
            interrupt::set(if from == 0 {
                format!("{}: its statements up to its first COMMIT ran in one transaction, which the server rolls back when the connection closes; nothing of it is applied", m.label())
            } else {
                format!("{} at statements {} to {end} of {total}: statements 1 to {from} are committed (by the file's own COMMIT); the rest ran in one transaction, which the server rolls back; `codegen migrate status` shows it and `codegen migrate up` resumes at statement {}", m.label(), from + 1, from + 1)
            });
            let mut tx = conn.begin().await.map_err(db)?;
            set_timeouts(&mut tx, url, m, "SET LOCAL").await?;
            let ran =
                run_in_transaction(&mut tx, &m.file, &m.body[from..end], self.stand_ins, false)
                    .await;
            let ran = match ran {
                Ok(()) => {
                    let write = async {
                        session::as_runner(&mut tx).await?;
                        if commit_line.is_some() {
                            let progress = progress_row(m, statements, end, None);
                            history::set_progress(&mut tx, &progress).await
                        } else {
                            let ms = started.elapsed().as_millis() as i64;
                            history::record(
                                &mut tx,
                                &m.version,
                                &m.name,
                                statements,
                                m.checksum(),
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
        let alone = m.alone.contains(&from);
        if from == 0 && !alone {
            return err;
        }
        let total = m.body.len();
        // The failing statement, by the error's line (else the first of the batch).
        let failed = match &err {
            _ if alone => from,
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
        let committed = if from == 0 {
            "nothing of it is committed".to_owned()
        } else if m.alone.contains(&(from - 1)) {
            format!("statements 1 to {from} of {total} are committed (statement {from} cannot run in a transaction block and ran on its own)")
        } else if alone {
            format!("statements 1 to {from} of {total} are committed (before statement {}, which cannot run in a transaction block, ran on its own)", from + 1)
        } else {
            format!("statements 1 to {from} of {total} are committed (by the file's own COMMIT)")
        };
        let failed_part = if alone {
            format!(
                "statement {} cannot run in a transaction block, ran on its own (as the Supabase CLI runs it) and failed",
                from + 1
            )
        } else {
            format!("statements {} to {end} were rolled back", from + 1)
        };
        let mut note = format!(
            "{committed}, {failed_part} and {} is not recorded as applied; fix statement {} and run `codegen migrate up` to resume at statement {}",
            m.version,
            failed + 1,
            from + 1
        );
        if alone {
            let invalid = history::invalid_indexes(conn).await.unwrap_or_default();
            if !invalid.is_empty() {
                note.push_str(&format!("; indexes left INVALID: {}; drop them with DROP INDEX CONCURRENTLY before running `codegen migrate up` again", invalid.join(", ")));
            }
        }
        if from > 0 {
            let first_line = err
                .to_string()
                .lines()
                .next()
                .unwrap_or_default()
                .to_owned();
            let progress = progress_row(m, statements, from, Some((failed, first_line)));
            if let Err(e) = session::set_progress(conn, &progress).await {
                return Error::db(url, e);
            }
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
}

impl Migrator {
    /// Statement `i + 1` of a transactional file, one that cannot run in a
    /// transaction block: on its own, outside any transaction, with the
    /// file's timeouts.
    async fn run_alone(
        &self,
        conn: &mut PgConnection,
        url: &str,
        m: &Migration,
        i: usize,
    ) -> Result<()> {
        let total = m.body.len();
        interrupt::set(if i == 0 {
            format!("{} at statement 1 of {total}, which cannot run in a transaction block and runs on its own: nothing of it is committed; an index it was building may be left INVALID (`codegen migrate status` lists them)", m.label())
        } else {
            format!("{} at statement {} of {total}, which cannot run in a transaction block and runs on its own: statements 1 to {i} are committed; an index it was building may be left INVALID; `codegen migrate status` shows both and `codegen migrate up` resumes at statement {}", m.label(), i + 1, i + 1)
        });
        set_timeouts(conn, url, m, "SET").await?;
        let ran = run_one(conn, &m.file, &m.body[i], false, self.stand_ins).await;
        sqlx::raw_sql("RESET lock_timeout; RESET statement_timeout")
            .execute(&mut *conn)
            .await
            .map_err(|e| Error::db(url, e))?;
        ran
    }
}

/// Records a file that committed as it went as applied (its history row,
/// its progress row removed), in one transaction after its last statement.
async fn record_applied(
    conn: &mut PgConnection,
    url: &str,
    m: &Migration,
    statements: &[&str],
    started: Instant,
) -> Result<()> {
    let db = |e| Error::db(url, e);
    let ms = started.elapsed().as_millis() as i64;
    let mut tx = conn.begin().await.map_err(db)?;
    let record = async {
        session::as_runner(&mut tx).await?;
        history::record(&mut tx, &m.version, &m.name, statements, m.checksum(), ms).await?;
        history::clear_progress(&mut tx, &m.version).await
    };
    record
        .await
        .map_err(|e| session::history_error(m, e, false))?;
    tx.commit().await.map_err(db)
}

/// The `codegen_progress` row of a file whose first `done` statements are
/// committed, and which failed at statement `failed + 1` with `error`.
fn progress_row(
    m: &Migration,
    statements: &[&str],
    done: usize,
    failed: Option<(usize, String)>,
) -> history::Progress {
    let (failed_at, error) = match failed {
        Some((i, e)) => (Some((i + 1) as i32), Some(e)),
        None => (None, None),
    };
    history::Progress {
        version: m.version.clone(),
        done: done as i32,
        total: m.body.len() as i32,
        done_sha256: statements_sha256(&statements[..done]),
        failed_at,
        error,
    }
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
