//! The fetch: every catalog query of [`super::queries`] run once, into the
//! raw rows of [`super::rows`], on one connection or shared between two
//! reading one exported snapshot.

use super::queries;
use super::rows::*;
use schema::Namespace;
use sqlx::PgConnection;

/// Every row the catalog queries return.
pub(super) struct Rows {
    pub columns: Vec<ColumnRow>,
    pub types: Vec<TypeRow>,
    pub policies: Vec<PolicyRow>,
    pub functions: Vec<FunctionRow>,
    pub indexes: Vec<IndexRow>,
    pub relations: Vec<RelationRow>,
    pub constraints: Vec<ConstraintRow>,
    pub view_queries: Vec<ViewQueryRow>,
    pub base_columns: Vec<BaseColumnRow>,
}

/// The namespaces `schemas` with their comments; an error names the first
/// that does not exist.
pub(super) async fn namespaces(
    conn: &mut PgConnection,
    schemas: &[String],
) -> Result<Vec<Namespace>, sqlx::Error> {
    let namespaces: Vec<(String, Option<String>)> = sqlx::query_as(queries::NAMESPACES)
        .bind(schemas)
        .fetch_all(&mut *conn)
        .await?;
    if let Some(missing) = schemas
        .iter()
        .find(|s| !namespaces.iter().any(|(n, _)| n == *s))
    {
        return Err(sqlx::Error::Protocol(format!(
            "schema {missing:?} does not exist in this database"
        )));
    }
    Ok(namespaces
        .into_iter()
        .map(|(name, comment)| Namespace { name, comment })
        .collect())
}

async fn fetch<T>(
    conn: &mut PgConnection,
    sql: &str,
    schemas: &[String],
) -> Result<Vec<T>, sqlx::Error>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
{
    sqlx::query_as(sql).bind(schemas).fetch_all(conn).await
}

// Two halves of about equal server time.
type First = (
    Vec<ColumnRow>,
    Vec<TypeRow>,
    Vec<PolicyRow>,
    Vec<FunctionRow>,
);

async fn first(conn: &mut PgConnection, schemas: &[String]) -> Result<First, sqlx::Error> {
    Ok((
        fetch(&mut *conn, queries::COLUMNS, schemas).await?,
        fetch(&mut *conn, queries::TYPES, schemas).await?,
        fetch(&mut *conn, queries::POLICIES, schemas).await?,
        fetch(&mut *conn, queries::FUNCTIONS, schemas).await?,
    ))
}

type Other = (
    Vec<IndexRow>,
    Vec<RelationRow>,
    Vec<ConstraintRow>,
    Vec<ViewQueryRow>,
    Vec<BaseColumnRow>,
);

async fn other(
    conn: &mut PgConnection,
    indexes_sql: &str,
    schemas: &[String],
) -> Result<Other, sqlx::Error> {
    Ok((
        fetch(&mut *conn, indexes_sql, schemas).await?,
        fetch(&mut *conn, queries::RELATIONS, schemas).await?,
        fetch(&mut *conn, queries::CONSTRAINTS, schemas).await?,
        fetch(&mut *conn, queries::VIEW_QUERIES, schemas).await?,
        fetch(&mut *conn, queries::VIEW_BASE_COLUMNS, schemas).await?,
    ))
}

/// Runs every catalog query for `schemas`: on `conn` alone, or split
/// between `conn` and `second`, both in one exported snapshot (as `pg_dump
/// -j` does).
pub(super) async fn rows(
    conn: &mut PgConnection,
    second: Option<&mut PgConnection>,
    schemas: &[String],
) -> Result<Rows, sqlx::Error> {
    let version: i32 = sqlx::query_scalar("SELECT current_setting('server_version_num')::int4")
        .fetch_one(&mut *conn)
        .await?;
    let nnd = if version >= 150000 {
        "i.indnullsnotdistinct"
    } else {
        "false"
    };
    let indexes_sql = queries::INDEXES.replace("{NULLS_NOT_DISTINCT}", nnd);
    let (
        (columns, types, policies, functions),
        (indexes, relations, constraints, view_queries, base_columns),
    ) = match second {
        None => (
            first(&mut *conn, schemas).await?,
            other(&mut *conn, &indexes_sql, schemas).await?,
        ),
        Some(second) => shared(conn, second, &indexes_sql, schemas).await?,
    };
    Ok(Rows {
        columns,
        types,
        policies,
        functions,
        indexes,
        relations,
        constraints,
        view_queries,
        base_columns,
    })
}

/// Both halves at once, `second` reading `conn`'s exported snapshot.
async fn shared(
    conn: &mut PgConnection,
    second: &mut PgConnection,
    indexes_sql: &str,
    schemas: &[String],
) -> Result<(First, Other), sqlx::Error> {
    sqlx::query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        .execute(&mut *conn)
        .await?;
    let shared = async {
        let snapshot: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
            .fetch_one(&mut *conn)
            .await?;
        sqlx::query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .execute(&mut *second)
            .await?;
        sqlx::query(&format!("SET TRANSACTION SNAPSHOT '{snapshot}'"))
            .execute(&mut *second)
            .await?;
        let both = tokio::try_join!(
            first(&mut *conn, schemas),
            other(&mut *second, indexes_sql, schemas)
        );
        let _ = sqlx::query("COMMIT").execute(&mut *second).await;
        both
    }
    .await;
    sqlx::query("COMMIT").execute(&mut *conn).await?;
    shared
}

/// Column names of relations outside the chosen schemas (`relids`) that
/// foreign keys point at.
pub(super) async fn foreign_columns(
    conn: &mut PgConnection,
    relids: &[i64],
) -> Result<Vec<ForeignColumnRow>, sqlx::Error> {
    sqlx::query_as(queries::FOREIGN_COLUMNS)
        .bind(relids)
        .fetch_all(&mut *conn)
        .await
}
