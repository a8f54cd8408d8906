//! The runner's session between files: each file starts from the same
//! clean state (what `DISCARD ALL` gives, except that the runner's own
//! advisory lock is kept), and the history is written by the runner's role
//! whatever role a file ended in.

use super::files::Migration;
use super::history;
use super::runner::LOCK_KEY;
use crate::error::{Error, Result};
use sqlx::{Connection, PgConnection};

/// `DISCARD ALL` without `pg_advisory_unlock_all()`: cursors, the session
/// user and role, settings, prepared statements, `LISTEN`s, temporary
/// tables, sequences' state and cached plans, and every advisory lock of
/// the session except the runner's own (key `LOCK_KEY`, objsubid 1).
/// (`DISCARD ALL` itself cannot run in the multi-statement string that
/// would keep the lock: releasing and re-taking it in two round trips lets
/// a waiting runner in between.)
const DISCARD_SQL: &str = "
CLOSE ALL;
SET SESSION AUTHORIZATION DEFAULT;
RESET ALL;
DEALLOCATE ALL;
UNLISTEN *;
DISCARD TEMP;
DISCARD SEQUENCES;
DISCARD PLANS;
SELECT set_config('client_min_messages', 'error', true);
DO $codegen$
DECLARE
  l record;
  k bigint;
BEGIN
  FOR l IN SELECT DISTINCT classid::bigint AS hi, objid::bigint AS lo, objsubid, mode = 'ShareLock' AS shared
             FROM pg_locks
            WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
  LOOP
    IF l.objsubid = 1 THEN
      k := (l.hi << 32) | l.lo;
      CONTINUE WHEN k = {KEY} AND NOT l.shared;
      IF l.shared THEN
        WHILE pg_advisory_unlock_shared(k) LOOP END LOOP;
      ELSE
        WHILE pg_advisory_unlock(k) LOOP END LOOP;
      END IF;
    ELSE
      IF l.hi > 2147483647 THEN l.hi := l.hi - 4294967296; END IF;
      IF l.lo > 2147483647 THEN l.lo := l.lo - 4294967296; END IF;
      IF l.shared THEN
        WHILE pg_advisory_unlock_shared(l.hi::int, l.lo::int) LOOP END LOOP;
      ELSE
        WHILE pg_advisory_unlock(l.hi::int, l.lo::int) LOOP END LOOP;
      END IF;
    END IF;
  END LOOP;
END
$codegen$;
";

/// What the runner's session is before every file: each starts from the
/// same state whatever ran before it in this `up` (a `SET search_path`,
/// `SET ROLE`, temporary table, prepared statement, cursor `WITH HOLD`,
/// `LISTEN` or advisory lock of one file never reaches the next, as when
/// files run one per session). Also: no idle timeouts a migration may have
/// set for the role (`ALTER ROLE postgres SET idle_session_timeout`), and
/// the server checks the client is still there every second while a
/// statement runs (PostgreSQL 14+), so a killed runner's statement, and
/// its lock, do not live on until `statement_timeout`.
pub async fn fresh(conn: &mut PgConnection, url: &str) -> Result<()> {
    // Forget sqlx's prepared statements before DEALLOCATE ALL drops them
    // (closing one a file already deallocated is no error).
    conn.clear_cached_statements()
        .await
        .map_err(|e| Error::db(url, e))?;
    let sql = DISCARD_SQL.replace("{KEY}", &LOCK_KEY.to_string())
        + "SELECT set_config(name, CASE name WHEN 'client_connection_check_interval' THEN '1s' ELSE '0' END, false) \
             FROM pg_settings \
            WHERE name IN ('idle_session_timeout', 'idle_in_transaction_session_timeout', 'client_connection_check_interval'); \
           SELECT set_config('search_path', substr(c, 13), false) \
             FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase, unnest(s.setconfig) c \
            WHERE d.datname = current_database() AND s.setrole = 0 AND c LIKE 'search_path=%'";
    sqlx::raw_sql(&sql)
        .execute(&mut *conn)
        .await
        .map_err(|e| Error::db(url, e))?;
    Ok(())
}

/// Makes sure the runner still holds its lock before the next file (a
/// file may have run `pg_advisory_unlock_all()`): takes it again if it is
/// free; when another runner took it meanwhile, stops before `next`.
pub async fn hold_lock(conn: &mut PgConnection, url: &str, next: &str) -> Result<()> {
    let held: bool = sqlx::query_scalar(
        "SELECT CASE WHEN EXISTS (
                    SELECT FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()
                       AND objsubid = 1 AND mode = 'ExclusiveLock'
                       AND ((classid::bigint << 32) | objid::bigint) = $1)
                THEN true ELSE pg_try_advisory_lock($1) END",
    )
    .bind(LOCK_KEY)
    .persistent(false)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| Error::db(url, e))?;
    if held {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "a migration released the runner's advisory lock (pg_advisory_unlock_all?) and another runner took it; stopped before {next}, which was not applied; run `codegen migrate up` again"
    )))
}

/// Inside the transaction that writes the history: back to the runner's
/// own role (`SET LOCAL`, so a file that ended in `SET ROLE anon` or `SET
/// SESSION AUTHORIZATION` keeps that role for its remaining statements and
/// the history row is still written by the runner).
pub async fn as_runner(conn: &mut PgConnection) -> sqlx::Result<()> {
    sqlx::raw_sql("SET LOCAL SESSION AUTHORIZATION DEFAULT; SET LOCAL ROLE NONE")
        .execute(conn)
        .await
        .map(drop)
}

/// A failed write of a file's history row (its progress, its row): names
/// the file. In a transaction, nothing of the file stays.
pub fn history_error(m: &Migration, err: sqlx::Error, rolled_back: bool) -> Error {
    let undone = if rolled_back {
        "; nothing from this file was applied"
    } else {
        ""
    };
    Error::File {
        path: m.file.path.clone(),
        message: format!(
            "ran, but writing its row in the migration history failed: {}{undone}",
            crate::db::redact_message(&err.to_string())
        ),
    }
}

/// Records a `no-transaction` file's progress as the runner's role, in a
/// transaction of its own, so the role the file set holds for its next
/// statement.
pub async fn set_progress(conn: &mut PgConnection, p: &history::Progress) -> sqlx::Result<()> {
    let mut tx = conn.begin().await?;
    as_runner(&mut tx).await?;
    history::set_progress(&mut tx, p).await?;
    tx.commit().await
}

/// Removes `m`'s history row as the runner's role (the rollback block may
/// have ended in another role).
pub async fn remove(tx: &mut PgConnection, m: &Migration) -> Result<()> {
    let removed = async {
        as_runner(&mut *tx).await?;
        history::remove(tx, &m.version).await
    };
    removed.await.map(drop).map_err(|e| Error::File {
        path: m.file.path.clone(),
        message: format!(
            "rollback block ran, but removing its row from the migration history failed: {}; nothing was rolled back",
            crate::db::redact_message(&e.to_string())
        ),
    })
}
