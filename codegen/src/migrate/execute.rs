//! Running a file's statements: batched in a transaction, one by one
//! outside one, and an error mapped back to the file's line and column.

use super::files::{Migration, SqlFile};
use super::{copy, kinds, session};
use crate::db::standins;
use crate::error::{Error, Result};
use crate::sql::{self, Statement};
use sqlx::postgres::{PgDatabaseError, PgErrorPosition};
use sqlx::{Connection, PgConnection};

/// The `SET` (or `SET LOCAL`) of a migration's lock and statement timeouts.
pub(super) fn timeouts_sql(m: &Migration, set: &str) -> String {
    format!(
        "{set} lock_timeout = '{}'; {set} statement_timeout = '{}'",
        m.options.lock_timeout, m.options.statement_timeout
    )
}

pub(super) async fn set_timeouts(
    conn: &mut PgConnection,
    url: &str,
    m: &Migration,
    set: &str,
) -> Result<()> {
    sqlx::raw_sql(&timeouts_sql(m, set))
        .execute(conn)
        .await
        .map_err(|e| Error::db(url, e))?;
    Ok(())
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
    // A statement PostgreSQL refuses in a transaction block runs on its own,
    // what precedes it committed first, as `migrate up` runs it.
    let alone = |s: &Statement| kinds::outside_transaction(s.text(&file.sql));
    let mut committed: Option<&Statement> = None;
    for part in body.chunk_by(|a, b| !alone(a) && !alone(b)) {
        let ran = if part.len() == 1 && alone(&part[0]) {
            run_one(conn, file, &part[0], false, stand_ins).await
        } else {
            let mut tx = conn.begin().await.map_err(|e| Error::db(url, e))?;
            match run_in_transaction(&mut tx, file, part, stand_ins, false).await {
                Ok(()) => tx.commit().await.map_err(|e| Error::db(url, e)),
                Err(e) => Err(e),
            }
        };
        match (ran, committed) {
            (Ok(()), _) => committed = part.last(),
            (Err(e), None) => return Err(e),
            (Err(Error::Sql(mut e)), Some(last)) => {
                let (line, _) = file.line_col(last.start);
                e.rolled_back = false;
                e.note = Some(format!("the statements up to line {line} are committed (a statement that cannot run in a transaction block runs on its own, what precedes it committed first)"));
                return Err(Error::Sql(e));
            }
            (Err(e), Some(_)) => return Err(e),
        }
    }
    Ok(())
}

/// Runs a file's statements one by one outside a transaction (for files
/// marked `-- codegen:no-transaction`).
pub async fn apply_file_no_transaction(conn: &mut PgConnection, file: &SqlFile) -> Result<()> {
    kinds::check(file)?;
    run_statements(conn, file, &file.statements).await
}

/// Runs statements one by one outside a transaction; a failure names
/// file:line:column.
pub(super) async fn run_statements(
    conn: &mut PgConnection,
    file: &SqlFile,
    body: &[Statement],
) -> Result<()> {
    for s in body {
        run_one(conn, file, s, false, false).await?;
    }
    Ok(())
}

/// Statements sent to the server in one round trip, at most.
const BATCH_STATEMENTS: usize = 500;
/// Text sent to the server in one round trip, at most (bytes).
const BATCH_BYTES: usize = 1 << 20;
pub(super) const BATCH_SAVEPOINT: &str = "codegen_runner_batch";

/// Runs statements inside an open transaction, consecutive ones in batches
/// (two round trips per batch, as a data load needs: a file of 300,000
/// INSERTs is not 300,000 round trips). A batch runs under a savepoint;
/// when it fails, the batch is rolled back to the savepoint and re-run
/// statement by statement, so the error names the failing statement's
/// file:line:column exactly as an unbatched run does. Statements that may
/// need a stand-in rewrite, `COPY … FROM stdin` and `SET TRANSACTION` run
/// alone; a file with savepoints of its own is not batched (the batch's
/// savepoint would release them). `armed`: the caller made the batch
/// savepoint just before (with its `BEGIN`), so the first batch needs no
/// round trip of its own for it.
pub(super) async fn run_in_transaction(
    conn: &mut PgConnection,
    file: &SqlFile,
    body: &[Statement],
    stand_ins: bool,
    armed: bool,
) -> Result<()> {
    let mut armed = armed;
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
            armed = false;
            i = one;
            continue;
        }
        // The savepoint is made before the batch is sent (a syntax error
        // anywhere in a batch makes the server refuse all of it unrun): with
        // the caller's BEGIN, at the end of the previous batch, or here.
        if !armed {
            sqlx::raw_sql(&format!("SAVEPOINT {BATCH_SAVEPOINT}"))
                .execute(&mut *conn)
                .await
                .map_err(|e| statement_error(file, &body[start], e, true))?;
        }
        let mut batch = String::with_capacity(bytes + 64 + 3 * (i - start));
        for s in &body[start..i] {
            batch.push_str(s.text(&file.sql));
            batch.push_str("\n;\n");
        }
        batch.push_str("RELEASE SAVEPOINT ");
        batch.push_str(BATCH_SAVEPOINT);
        if i < body.len() {
            batch.push_str(";\nSAVEPOINT ");
            batch.push_str(BATCH_SAVEPOINT);
        }
        let failed = sqlx::raw_sql(&batch).execute(&mut *conn).await.is_err();
        drop(batch);
        armed = !failed && i < body.len();
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
pub(super) async fn run_one(
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
pub(super) fn statement_error(
    file: &SqlFile,
    s: &Statement,
    err: sqlx::Error,
    rolled_back: bool,
) -> Error {
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
