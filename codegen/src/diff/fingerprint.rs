//! A catalog fingerprint: one sorted text line per schema object of the
//! user schemas (the [`super::Snapshot`] that `codegen diff` plans from), so
//! two databases or two moments of one database can be compared object by
//! object. Used by the idempotency and rollback checks, `check`'s drift and
//! `diff`'s verification: one implementation.

use sqlx::PgConnection;

/// Schemas never fingerprinted: PostgreSQL's own and the migration history.
pub const EXCLUDED_SCHEMAS: &[&str] = &[
    "pg_catalog",
    "information_schema",
    "pg_toast",
    "supabase_migrations",
];

/// The fingerprint of every user schema (all but [`EXCLUDED_SCHEMAS`]).
pub async fn fingerprint(conn: &mut PgConnection) -> Result<Vec<String>, sqlx::Error> {
    Ok(super::Snapshot::read(conn, EXCLUDED_SCHEMAS).await?.lines())
}
