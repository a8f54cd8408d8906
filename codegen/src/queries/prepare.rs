//! Prepares every query on the database: parameter and column types from
//! PostgreSQL's own `Describe`, column nullability proven — never guessed —
//! from the query tree of a temporary view of the query (its parameters
//! replaced by typed NULLs), or, for `INSERT`/`UPDATE`/`DELETE … RETURNING`,
//! from the NOT NULL constraints of the columns returned. All of it in one
//! transaction that is rolled back: the database is left as it was.

use super::{infer_name, QuerySource};
use crate::error::{Error, Result};
use crate::introspect::node_tree::{proven_not_null_exprs, Facts};
use schema::{Catalog, TypeKind, TypeRef};
use serde::{Deserialize, Serialize};
use sqlx::postgres::PgDatabaseError;
use sqlx::{Column as _, Connection, Executor, PgConnection};
use std::collections::{BTreeSet, HashMap};

/// A query as the database sees it (before Rust types are chosen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreparedQuery {
    pub source_name: String,
    pub params: Vec<(String, TypeRef)>,
    /// Name, type, nullable.
    pub columns: Vec<(String, TypeRef, bool)>,
}

/// Operators and functions that return a value for values (pg_catalog's,
/// strict, by name).
const SAFE_OPERATORS: &str = "SELECT o.oid::int8 FROM pg_operator o JOIN pg_proc p ON p.oid = o.oprcode
  WHERE o.oprnamespace = 'pg_catalog'::regnamespace AND p.proisstrict
    AND o.oprname IN ('+', '-', '*', '/', '%', '^', '||', '=', '<>', '<', '>', '<=', '>=', '~~', '!~~', '~~*', '!~~*', '~', '!~', '~*', '!~*', '&', '|', '#', '<<', '>>', '@>', '<@', '&&', '?', '?|', '?&')";
const SAFE_FUNCTIONS: &str = "SELECT p.oid::int8 FROM pg_proc p
  WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.prokind = 'f' AND NOT p.proretset
    AND (p.proisstrict OR p.proname IN ('concat', 'concat_ws', 'format', 'jsonb_build_object', 'json_build_object', 'jsonb_build_array', 'json_build_array'))
    AND p.proname IN ('lower', 'upper', 'initcap', 'length', 'char_length', 'character_length', 'octet_length',
      'concat', 'concat_ws', 'format', 'md5', 'btrim', 'ltrim', 'rtrim', 'replace', 'substr', 'substring', 'left', 'right',
      'lpad', 'rpad', 'repeat', 'reverse', 'abs', 'round', 'trunc', 'ceil', 'ceiling', 'floor', 'sign', 'date_trunc',
      'date_part', 'extract', 'to_char', 'age', 'now', 'clock_timestamp', 'statement_timestamp', 'transaction_timestamp',
      'gen_random_uuid', 'random', 'jsonb_build_object', 'json_build_object', 'jsonb_build_array', 'json_build_array',
      'to_jsonb', 'to_json', 'jsonb_typeof', 'json_typeof', 'array_to_string', 'quote_ident', 'quote_literal', 'timezone',
      'make_interval', 'make_date', 'make_timestamptz', 'date', 'numeric', 'int4', 'int8', 'float8', 'text', 'jsonb_set',
      'array_append', 'array_prepend', 'array_cat', 'cardinality', 'split_part', 'strpos', 'position', 'translate')";

/// Prepares `sources` on `conn`; `catalog` gives the proven nullability of
/// views' columns.
pub async fn prepare(
    conn: &mut PgConnection,
    url: &str,
    sources: &[QuerySource],
    catalog: &Catalog,
) -> Result<Vec<PreparedQuery>> {
    if sources.is_empty() {
        return Ok(Vec::new());
    }
    let db = |e| Error::db(url, e);
    let mut tx = conn.begin().await.map_err(db)?;
    let ops: BTreeSet<i64> = sqlx::query_scalar(SAFE_OPERATORS)
        .fetch_all(&mut *tx)
        .await
        .map_err(db)?
        .into_iter()
        .collect();
    let funcs: BTreeSet<i64> = sqlx::query_scalar(SAFE_FUNCTIONS)
        .fetch_all(&mut *tx)
        .await
        .map_err(db)?
        .into_iter()
        .collect();
    // NOT NULL of every user relation's columns: tables by constraint,
    // views by the introspector's proof.
    let rels: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT c.oid::int8, n.nspname::text, c.relname::text, c.relkind::text FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')",
    )
    .fetch_all(&mut *tx)
    .await
    .map_err(db)?;
    let attrs: Vec<(i64, i16, bool)> = sqlx::query_as(
        "SELECT a.attrelid::int8, a.attnum, a.attnotnull FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'f') AND a.attnum > 0 AND NOT a.attisdropped
            AND n.nspname NOT IN ('pg_catalog', 'information_schema')",
    )
    .fetch_all(&mut *tx)
    .await
    .map_err(db)?;
    let mut not_null: HashMap<(i64, i64), bool> = attrs
        .into_iter()
        .map(|(r, a, n)| ((r, a as i64), n))
        .collect();
    for (oid, schema, name, kind) in &rels {
        if kind == "v" || kind == "m" {
            if let Some(t) = catalog.table(schema, name) {
                for (i, c) in t.columns.iter().enumerate() {
                    not_null.insert((*oid, i as i64 + 1), !c.nullable);
                }
            }
        }
    }
    let base = |relid: i64, attnum: i64| not_null.get(&(relid, attnum)).copied();
    let facts = Facts {
        base: &base,
        safe_operators: &ops,
        safe_functions: &funcs,
    };

    let mut types: HashMap<u32, TypeRef> = HashMap::new();
    let mut out = Vec::new();
    for (i, q) in sources.iter().enumerate() {
        let described = (&mut *tx).describe(q.sql.as_str()).await.map_err(|e| {
            let (message, offset) = match e
                .as_database_error()
                .and_then(|d| d.try_downcast_ref::<PgDatabaseError>())
            {
                Some(pg) => (
                    pg.message().to_owned(),
                    match pg.position() {
                        Some(sqlx::postgres::PgErrorPosition::Original(p)) => Some(p),
                        _ => None,
                    },
                ),
                None => (crate::db::redact_message(&e.to_string()), None),
            };
            let line = offset.map_or(q.sql_line, |p| {
                q.sql_line
                    + q.sql
                        .chars()
                        .take(p.saturating_sub(1))
                        .filter(|c| *c == '\n')
                        .count()
            });
            Error::At {
                path: q.path.clone(),
                line,
                col: 1,
                message: format!("query `{}` does not prepare: {message}", q.name),
            }
        })?;
        let param_oids: Vec<u32> = match described.parameters() {
            Some(either::Either::Left(ps)) => {
                ps.iter().map(|t| t.oid().map_or(0, |o| o.0)).collect()
            }
            _ => Vec::new(),
        };
        let col_oids: Vec<u32> = described
            .columns()
            .iter()
            .map(|c| c.type_info().oid().map_or(0, |o| o.0))
            .collect();
        let missing: Vec<i64> = param_oids
            .iter()
            .chain(&col_oids)
            .filter(|o| !types.contains_key(o))
            .map(|o| *o as i64)
            .collect();
        if !missing.is_empty() {
            for (oid, t) in type_refs(&mut tx, &missing).await.map_err(db)? {
                types.insert(oid, t);
            }
        }
        let unknown = |_: &u32| TypeRef {
            schema: "pg_catalog".into(),
            name: "unknown".into(),
            kind: TypeKind::Pseudo,
            array_dims: 0,
            sql: "unknown".into(),
            modifiers: None,
        };
        let params: Vec<(String, TypeRef)> = param_oids
            .iter()
            .enumerate()
            .map(|(n, oid)| {
                let name = q
                    .param_names
                    .get(n)
                    .cloned()
                    .unwrap_or_else(|| infer_name(&q.sql, n + 1));
                (
                    name,
                    types.get(oid).cloned().unwrap_or_else(|| unknown(oid)),
                )
            })
            .collect();
        let proven = nullability(&mut tx, url, q, i, &params, &described, &facts).await?;
        let mut columns = Vec::new();
        for (k, c) in described.columns().iter().enumerate() {
            let name = c.name().to_owned();
            let mut nullable = !proven.get(k).copied().unwrap_or(false);
            if q.nullable.contains(&name) {
                nullable = true;
            }
            if q.not_null.contains(&name) {
                nullable = false;
            }
            let ty = types
                .get(&col_oids[k])
                .cloned()
                .unwrap_or_else(|| unknown(&col_oids[k]));
            columns.push((name, ty, nullable));
        }
        out.push(PreparedQuery {
            source_name: q.name.clone(),
            params,
            columns,
        });
    }
    tx.rollback().await.map_err(db)?;
    Ok(out)
}

/// Which columns are proven NOT NULL.
async fn nullability(
    tx: &mut PgConnection,
    url: &str,
    q: &QuerySource,
    i: usize,
    params: &[(String, TypeRef)],
    described: &sqlx::Describe<sqlx::Postgres>,
    facts: &Facts<'_>,
) -> Result<Vec<bool>> {
    let db = |e| Error::db(url, e);
    let head = crate::sql::strip_leading_comments(&q.sql)
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let columns = described.columns();
    if columns.is_empty() {
        return Ok(Vec::new());
    }
    if matches!(head.as_str(), "select" | "with" | "values" | "table") {
        // A temporary view of the query, its parameters typed NULLs.
        let mut text = String::with_capacity(q.sql.len());
        let mut last = 0;
        for (at, n) in super::positional_params(&q.sql) {
            let len = 1 + n.to_string().len();
            text.push_str(&q.sql[last..at]);
            let ty = params
                .get(n - 1)
                .map_or("text".to_owned(), |(_, t)| schema::sql::cast(t));
            text.push_str(&format!("(NULL::{ty})"));
            last = at + len;
        }
        text.push_str(&q.sql[last..]);
        let view = format!("codegen_query_{i}");
        sqlx::raw_sql("SAVEPOINT codegen_query")
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        let created = sqlx::raw_sql(&format!("CREATE TEMPORARY VIEW {view} AS {text}"))
            .execute(&mut *tx)
            .await;
        let result = match created {
            Ok(_) => {
                let tree: Option<String> = sqlx::query_scalar(
                    "SELECT ev_action::text FROM pg_rewrite WHERE ev_class = $1::regclass AND rulename = '_RETURN'",
                )
                .bind(format!("pg_temp.{view}"))
                .fetch_optional(&mut *tx)
                .await
                .map_err(db)?;
                tree.map(|t| proven_not_null_exprs(&t, facts))
                    .unwrap_or_default()
            }
            // Not expressible as a view (a data-modifying CTE, …): nullable.
            Err(_) => vec![false; columns.len()],
        };
        sqlx::raw_sql("ROLLBACK TO SAVEPOINT codegen_query")
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        return Ok(result);
    }
    // INSERT/UPDATE/DELETE … RETURNING: a returned table column is NOT NULL
    // when its column is.
    Ok(columns
        .iter()
        .map(|c| match (c.relation_id(), c.relation_attribute_no()) {
            (Some(rel), Some(att)) => (facts.base)(rel.0 as i64, att as i64).unwrap_or(false),
            _ => false,
        })
        .collect())
}

/// Type references for type OIDs (arrays by their element).
async fn type_refs(
    conn: &mut PgConnection,
    oids: &[i64],
) -> std::result::Result<Vec<(u32, TypeRef)>, sqlx::Error> {
    let rows: Vec<(i64, String, String, String, i16, String)> = sqlx::query_as(
        "SELECT t.oid::int8, n.nspname::text, e.typname::text, e.typtype::text,
                CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN 1 ELSE 0 END::int2,
                format_type(t.oid, NULL)
           FROM pg_type t
           JOIN pg_type e ON e.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
           JOIN pg_namespace n ON n.oid = e.typnamespace
          WHERE t.oid = ANY($1::int8[]::oid[])",
    )
    .bind(oids)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(oid, schema, name, kind, dims, sql)| {
            let kind = TypeKind::from_typtype(kind.as_str());
            (
                oid as u32,
                TypeRef {
                    schema,
                    name,
                    kind,
                    array_dims: dims as u8,
                    sql,
                    modifiers: None,
                },
            )
        })
        .collect())
}
