//! Supabase compatibility: installs the shim on a plain PostgreSQL.

use crate::error::{Error, Result};
use sqlx::PgConnection;

/// The shim's SQL (every object guarded, so it is idempotent).
pub const SHIM_SQL: &str = include_str!("shim.sql");

/// Supabase's grants on `public` for the API roles (also re-run by `reset`).
pub const GRANTS_SQL: &str = include_str!("grants.sql");

/// The shim's version, in the comment on schema `auth` it writes.
pub const MARKER: &str = "codegen shim 3:";

/// Whether the database already has Supabase's auth objects (a real
/// Supabase database, or one this shim has set up).
pub async fn has_supabase(conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT to_regclass('auth.users') IS NOT NULL AND to_regprocedure('auth.uid()') IS NOT NULL
           AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated')",
    )
    .fetch_one(conn)
    .await
}

/// Whether the shim has to run: no Supabase objects at all, or only those
/// of an older shim (whose `auth` comment says `codegen shim` but not this
/// version). A real Supabase database is never touched.
async fn needs_shim(conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
    if !has_supabase(&mut *conn).await? {
        return Ok(true);
    }
    let comment = auth_comment(conn).await?;
    Ok(comment.is_some_and(|c| c.starts_with("codegen shim") && !c.starts_with(MARKER)))
}

/// The comment on schema `auth`: the shim marks it `codegen shim …`.
async fn auth_comment(conn: &mut PgConnection) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT obj_description('auth'::regnamespace, 'pg_namespace')")
        .fetch_one(conn)
        .await
}

/// Installs the shim unless the database is already a Supabase one (or has
/// this shim). Returns whether anything was installed.
pub async fn ensure(conn: &mut PgConnection, url: &str) -> Result<bool> {
    if !needs_shim(conn).await.map_err(|e| Error::db(url, e))? {
        return Ok(false);
    }
    sqlx::raw_sql(SHIM_SQL)
        .execute(&mut *conn)
        .await
        .map_err(|e| Error::db(url, e))?;
    sqlx::raw_sql(GRANTS_SQL)
        .execute(&mut *conn)
        .await
        .map_err(|e| Error::db(url, e))?;
    if wants_day_one(&mut *conn)
        .await
        .map_err(|e| Error::db(url, e))?
    {
        super::standins::install_day_one(conn)
            .await
            .map_err(|e| Error::db(url, e))?;
    }
    Ok(true)
}

/// The setting that marks codegen's own throw-away cluster (written into
/// its `postgresql.conf`); stand-ins are made only where it is on.
pub const EMBEDDED_SETTING: &str = "codegen.embedded";

/// Whether `conn` is on codegen's embedded cluster (never a DATABASE_URL
/// server): only there does the shim add stand-ins for the extensions a new
/// Supabase project has.
pub async fn is_embedded(conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT coalesce(current_setting($1, true), '') = 'on'")
        .bind(EMBEDDED_SETTING)
        .fetch_one(conn)
        .await
}

/// The database-level setting that turns the day-one stand-ins off for a
/// replay that is compared with a plain PostgreSQL (which has none).
const DAY_ONE_SETTING: &str = "codegen.day_one";

/// Whether the shim adds the day-one extensions here: on the embedded
/// cluster, unless the database says `codegen.day_one = off`.
async fn wants_day_one(conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
    if !is_embedded(&mut *conn).await? {
        return Ok(false);
    }
    sqlx::query_scalar("SELECT coalesce(current_setting($1, true), '') <> 'off'")
        .bind(DAY_ONE_SETTING)
        .fetch_one(conn)
        .await
}

/// Whether `live` (a database migrations are compared with) has the
/// extensions a new Supabase project has: a real Supabase database or the
/// embedded cluster does; a plain PostgreSQL with this shim does not (no
/// stand-in is ever made there), and neither does one without Supabase's
/// objects.
pub async fn has_day_one(live: &mut PgConnection) -> Result<bool, sqlx::Error> {
    if is_embedded(&mut *live).await? {
        return Ok(true);
    }
    if !has_supabase(&mut *live).await? {
        return Ok(false);
    }
    let comment = auth_comment(live).await?;
    Ok(!comment.is_some_and(|c| c.starts_with("codegen shim")))
}

/// Makes the replay on database `db` of the embedded cluster (through
/// `admin`, a session there) match `live`: without the day-one extensions
/// when `live` has none. For sessions opened after this call.
pub async fn match_day_one(
    admin: &mut PgConnection,
    db: &str,
    live_url: &str,
) -> crate::error::Result<()> {
    let mut live = super::connect(live_url).await?;
    let day_one = has_day_one(&mut live)
        .await
        .map_err(|e| Error::db(live_url, e));
    super::close(live).await;
    if !day_one? {
        sqlx::raw_sql(&format!(
            "ALTER DATABASE {} SET {DAY_ONE_SETTING} = 'off'",
            schema::sql::ident(db)
        ))
        .execute(admin)
        .await
        .map_err(|e| Error::db(db, e))?;
    }
    Ok(())
}
