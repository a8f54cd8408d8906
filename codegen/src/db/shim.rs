//! Supabase compatibility: installs the shim on a plain PostgreSQL.

use crate::error::{Error, Result};
use sqlx::PgConnection;

/// The shim's SQL (every object guarded, so it is idempotent).
pub const SHIM_SQL: &str = include_str!("shim.sql");

/// Supabase's grants on `public` for the API roles (also re-run by `reset`).
pub const GRANTS_SQL: &str = include_str!("grants.sql");

/// Whether the database already has Supabase's auth objects.
pub async fn has_supabase(conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT to_regclass('auth.users') IS NOT NULL AND to_regprocedure('auth.uid()') IS NOT NULL
           AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated')",
    )
    .fetch_one(conn)
    .await
}

/// Installs the shim unless the database is already a Supabase one.
/// Returns whether anything was installed.
pub async fn ensure(conn: &mut PgConnection, url: &str) -> Result<bool> {
    if has_supabase(conn).await.map_err(|e| Error::db(url, e))? {
        return Ok(false);
    }
    sqlx::raw_sql(SHIM_SQL)
        .execute(&mut *conn)
        .await
        .map_err(|e| Error::db(url, e))?;
    sqlx::raw_sql(GRANTS_SQL)
        .execute(conn)
        .await
        .map_err(|e| Error::db(url, e))?;
    Ok(true)
}
