//! The history: Supabase's `supabase_migrations.schema_migrations` (version,
//! name, statements) plus our side table with checksum and timing.

use sqlx::PgConnection;

/// Creates the history tables when missing; leaves an existing Supabase table as it is.
pub const ENSURE_SQL: &str = "
CREATE SCHEMA IF NOT EXISTS supabase_migrations;
CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (
  version text NOT NULL PRIMARY KEY,
  statements text[],
  name text
);
CREATE TABLE IF NOT EXISTS supabase_migrations.codegen_migrations (
  version text PRIMARY KEY
    REFERENCES supabase_migrations.schema_migrations (version) ON DELETE CASCADE,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by text NOT NULL DEFAULT current_user,
  execution_ms bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE supabase_migrations.codegen_migrations IS
  'codegen: sha256 checksum, time and author of each applied migration';
CREATE TABLE IF NOT EXISTS supabase_migrations.codegen_progress (
  version text PRIMARY KEY,
  done integer NOT NULL,
  total integer NOT NULL,
  done_sha256 text NOT NULL,
  failed_at integer,
  error text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE supabase_migrations.codegen_progress IS
  'codegen: statements of a -- codegen:no-transaction file committed so far (the file is not applied yet)';
";

/// How far a `-- codegen:no-transaction` file got: its first `done`
/// statements are committed (their text hashes to `done_sha256`); it failed
/// at statement `failed_at` (1-based) with `error`, or was interrupted.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Progress {
    pub version: String,
    pub done: i32,
    pub total: i32,
    pub done_sha256: String,
    pub failed_at: Option<i32>,
    pub error: Option<String>,
}

/// Every recorded partial run (empty before the first `up`).
pub async fn progress(conn: &mut PgConnection) -> Result<Vec<Progress>, sqlx::Error> {
    let exists: bool = sqlx::query_scalar(
        "SELECT to_regclass('supabase_migrations.codegen_progress') IS NOT NULL",
    )
    .fetch_one(&mut *conn)
    .await?;
    if !exists {
        return Ok(Vec::new());
    }
    sqlx::query_as(
        "SELECT version, done, total, done_sha256, failed_at, error
           FROM supabase_migrations.codegen_progress ORDER BY version",
    )
    .fetch_all(conn)
    .await
}

/// Records that the first `done` statements of `version` are committed.
pub async fn set_progress(conn: &mut PgConnection, p: &Progress) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO supabase_migrations.codegen_progress (version, done, total, done_sha256, failed_at, error)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (version) DO UPDATE SET done = EXCLUDED.done, total = EXCLUDED.total,
           done_sha256 = EXCLUDED.done_sha256, failed_at = EXCLUDED.failed_at,
           error = EXCLUDED.error, updated_at = now()",
    )
    .bind(&p.version)
    .bind(p.done)
    .bind(p.total)
    .bind(&p.done_sha256)
    .bind(p.failed_at)
    .bind(&p.error)
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets the partial run of `version` (applied in full, or undone).
pub async fn clear_progress(conn: &mut PgConnection, version: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM supabase_migrations.codegen_progress WHERE version = $1")
        .bind(version)
        .execute(conn)
        .await?;
    Ok(())
}

/// One applied version as recorded.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AppliedRow {
    pub version: String,
    pub name: Option<String>,
    pub checksum: Option<String>,
    pub applied_at: Option<chrono::DateTime<chrono::Utc>>,
    pub applied_by: Option<String>,
    pub execution_ms: Option<i64>,
}

/// Every applied version (unordered; callers order by number).
pub async fn applied(conn: &mut PgConnection) -> Result<Vec<AppliedRow>, sqlx::Error> {
    let exists: bool = sqlx::query_scalar(
        "SELECT to_regclass('supabase_migrations.schema_migrations') IS NOT NULL
            AND to_regclass('supabase_migrations.codegen_migrations') IS NOT NULL",
    )
    .fetch_one(&mut *conn)
    .await?;
    if !exists {
        return Ok(Vec::new());
    }
    sqlx::query_as(
        "SELECT m.version, m.name, c.checksum, c.applied_at, c.applied_by, c.execution_ms
           FROM supabase_migrations.schema_migrations m
           LEFT JOIN supabase_migrations.codegen_migrations c USING (version)",
    )
    .fetch_all(conn)
    .await
}

/// Statements' text kept in `schema_migrations.statements`, at most (bytes):
/// a bigger file (a data load) keeps its version, name and checksum, and
/// `statements` is NULL, so the history does not hold a second copy.
pub const STORED_STATEMENTS_MAX: usize = 1 << 20;

/// Records an applied migration in both tables.
pub async fn record(
    conn: &mut PgConnection,
    version: &str,
    name: &str,
    statements: &[&str],
    checksum: &str,
    execution_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO supabase_migrations.schema_migrations (version, name, statements) VALUES ($1, $2, $3)",
    )
    .bind(version)
    .bind(name)
    .bind(
        (statements.iter().map(|s| s.len()).sum::<usize>() <= STORED_STATEMENTS_MAX)
            .then_some(statements),
    )
    .execute(&mut *conn)
    .await?;
    set_checksum(conn, version, checksum, execution_ms).await
}

/// Writes (or replaces) the checksum row of an applied version.
pub async fn set_checksum(
    conn: &mut PgConnection,
    version: &str,
    checksum: &str,
    execution_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO supabase_migrations.codegen_migrations (version, checksum, execution_ms)
         VALUES ($1, $2, $3)
         ON CONFLICT (version) DO UPDATE SET checksum = EXCLUDED.checksum",
    )
    .bind(version)
    .bind(checksum)
    .bind(execution_ms)
    .execute(conn)
    .await?;
    Ok(())
}

/// Removes a version from the history (both tables).
pub async fn remove(conn: &mut PgConnection, version: &str) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM supabase_migrations.schema_migrations WHERE version = $1")
        .bind(version)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Indexes left INVALID (e.g. by a failed `CREATE INDEX CONCURRENTLY`).
pub async fn invalid_indexes(conn: &mut PgConnection) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT format('%I.%I', n.nspname, c.relname)
           FROM pg_index i
           JOIN pg_class c ON c.oid = i.indexrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE NOT i.indisvalid
          ORDER BY 1",
    )
    .fetch_all(conn)
    .await
}

/// A table's size, as the strategy document's monitoring query reports it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct TableSize {
    pub schema: String,
    pub table: String,
    pub bytes: i64,
    pub size: String,
}

/// Sizes of the tables in `public`, largest first.
pub async fn table_sizes(conn: &mut PgConnection) -> Result<Vec<TableSize>, sqlx::Error> {
    sqlx::query_as(
        "SELECT schemaname::text AS schema, tablename::text AS \"table\",
                pg_total_relation_size(format('%I.%I', schemaname, tablename)) AS bytes,
                pg_size_pretty(pg_total_relation_size(format('%I.%I', schemaname, tablename))) AS size
           FROM pg_tables
          WHERE schemaname = 'public'
          ORDER BY bytes DESC, tablename",
    )
    .fetch_all(conn)
    .await
}
