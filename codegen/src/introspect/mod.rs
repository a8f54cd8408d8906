//! The introspector: a fixed number of catalog queries for the whole
//! database, layered as sea-schema's is: SQL text (`queries`), raw rows
//! (`rows`), fetched together (`fetch`), parsed into the schema model one
//! object kind at a time (`tables`, `keys`, `types`, `functions`). Replaces
//! `prisma db pull`.

mod fetch;
mod functions;
mod keys;
pub mod node_tree;
mod queries;
mod rows;
mod tables;
mod types;

pub use functions::split_top_level;
pub use node_tree::proven_not_null;

use schema::{Catalog, UnknownCode, FORMAT_VERSION};
use sqlx::PgConnection;

/// The schemas read when none are named.
pub const DEFAULT_SCHEMAS: &[&str] = &["public"];

/// Reads the catalog of `schemas` into the schema model.
pub async fn introspect(
    conn: &mut PgConnection,
    schemas: &[String],
) -> Result<Catalog, sqlx::Error> {
    introspect_with(conn, None, schemas).await
}

/// [`introspect`], with the catalog queries shared between `conn` and a
/// `second` connection to the same database when there is one: both read
/// one exported snapshot (as `pg_dump -j` does), each running half of the
/// queries.
pub async fn introspect_with(
    conn: &mut PgConnection,
    second: Option<&mut PgConnection>,
    schemas: &[String],
) -> Result<Catalog, sqlx::Error> {
    let namespaces = fetch::namespaces(conn, schemas).await?;
    let rows = fetch::rows(conn, second, schemas).await?;
    let mut names = tables::ColumnNames::new(&rows.columns);
    let outside = names.missing_references(&rows.constraints);
    if !outside.is_empty() {
        names.extend(fetch::foreign_columns(conn, &outside).await?);
    }
    let mut catalog = parse(rows, &names)?;
    catalog.schemas = namespaces;
    catalog.sort();
    Ok(catalog)
}

/// The rows into the model, one object kind at a time.
fn parse(rows: fetch::Rows, names: &tables::ColumnNames) -> Result<Catalog, sqlx::Error> {
    let types = types::Types::new(rows.types)?;
    let mut columns = tables::columns(&types, rows.columns)?;
    let mut tables = tables::tables(
        rows.relations,
        &mut columns,
        &rows.view_queries,
        &rows.base_columns,
    )?;
    tables::set_origins(&mut tables, &rows.view_queries, names);
    let domain_checks = keys::constraints(&mut tables, rows.constraints, &rows.indexes, names)?;
    keys::indexes(&mut tables, rows.indexes, names);
    keys::policies(&mut tables, rows.policies)?;
    let mut catalog = Catalog {
        format_version: FORMAT_VERSION,
        tables: tables.into_values().collect(),
        ..Catalog::default()
    };
    types.user_types(&mut catalog, domain_checks, &mut columns);
    catalog.functions = rows
        .functions
        .into_iter()
        .map(|f| functions::function(&types, f))
        .collect::<Result<_, _>>()?;
    Ok(catalog)
}

/// A catalog code this version does not know, on `object`: an error naming both.
fn unknown(object: String, e: UnknownCode) -> sqlx::Error {
    sqlx::Error::Protocol(format!("{object}: {e}"))
}
