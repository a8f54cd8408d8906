//! Prepares every query on the database: parameter and column types from
//! PostgreSQL's own `Describe`, column nullability proven — never guessed —
//! from the query tree of a temporary view of the query (its parameters
//! replaced by typed NULLs), or, for `INSERT`/`UPDATE`/`DELETE … RETURNING`,
//! from the NOT NULL constraints of the columns returned. The views are
//! made in a transaction that is rolled back: the database is left as it
//! was.
//!
//! The work is batched: one `Parse`/`Describe` per query (not sqlx's
//! `describe`, which adds a catalog query and an `EXPLAIN` per query), one
//! type look-up, one statement that makes every view and returns their
//! trees, then one look-up of the columns those trees read. With many
//! queries, half of them go to a second connection, in parallel.

use super::{infer_name, positional_params, QuerySource};
use crate::error::{Error, Result};
use crate::introspect::node_tree::{proven_not_null_exprs, Facts};
use schema::{Catalog, TypeKind, TypeRef};
use serde::{Deserialize, Serialize};
use sqlx::postgres::{PgDatabaseError, PgStatement};
use sqlx::{Column as _, Connection, Executor, PgConnection, Statement as _};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// A query as the database sees it (before Rust types are chosen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreparedQuery {
    pub source_name: String,
    pub params: Vec<(String, TypeRef)>,
    /// Name, type, nullable.
    pub columns: Vec<(String, TypeRef, bool)>,
}

/// Operators (`false`) and functions (`true`) of pg_catalog that return a
/// value for values (strict, by name).
const SAFE_OIDS: &str = "SELECT false, o.oid::int8 FROM pg_operator o JOIN pg_proc p ON p.oid = o.oprcode
  WHERE o.oprnamespace = 'pg_catalog'::regnamespace AND p.proisstrict
    AND o.oprname IN ('+', '-', '*', '/', '%', '^', '||', '=', '<>', '<', '>', '<=', '>=', '~~', '!~~', '~~*', '!~~*', '~', '!~', '~*', '!~*', '&', '|', '#', '<<', '>>', '@>', '<@', '&&', '?', '?|', '?&')
UNION ALL
SELECT true, p.oid::int8 FROM pg_proc p
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

/// The columns of user relations (by OID) a proof may ask about: whether
/// each is NOT NULL, and, for views, the relation's name.
const COLUMNS_OF: &str = "SELECT c.oid::int8, n.nspname::text, c.relname::text, c.relkind::text, a.attnum::int8, a.attname::text, a.attnotnull
   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  WHERE c.oid = ANY($1::int8[]::oid[]) AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
    AND n.nspname NOT IN ('pg_catalog', 'information_schema')";

/// Below this many queries one connection does all of them.
const PARALLEL_FROM: usize = 8;

/// A column of a relation: (relation OID, attribute number).
type Attribute = (i64, i64);

/// One query as described: parameter and column types, where each column
/// comes from, and (for a query that can be a view) its query tree.
struct Described {
    params: Vec<(String, TypeRef)>,
    /// Name, type, and the (relation, attribute) a returned column reads.
    columns: Vec<(String, TypeRef, Option<Attribute>)>,
    /// A row-returning query: nullability comes from the view's tree.
    viewable: bool,
    /// The tree of the view holding the query, and where the query's
    /// columns start among that view's columns.
    tree: Option<(Arc<String>, usize)>,
}

/// Prepares `sources` on `conn` (and a second connection to `url` when
/// there are many); `catalog` gives the proven nullability of views'
/// columns and of the tables it holds.
pub async fn prepare(
    conn: &mut PgConnection,
    url: &str,
    sources: &[QuerySource],
    catalog: &Catalog,
) -> Result<Vec<PreparedQuery>> {
    if sources.is_empty() {
        return Ok(Vec::new());
    }
    let mut second = if sources.len() >= PARALLEL_FROM {
        crate::db::connect(url).await.ok()
    } else {
        None
    };
    let described = match second.as_mut() {
        Some(other) => {
            let half = sources.len().div_ceil(2);
            let (a, b) = tokio::join!(
                describe_part(conn, url, &sources[..half], 0),
                describe_part(other, url, &sources[half..], half)
            );
            a.and_then(|mut a| {
                a.extend(b?);
                Ok(a)
            })
        }
        None => describe_part(conn, url, sources, 0).await,
    };
    if let Some(second) = second {
        crate::db::close(second).await;
    }
    let described = described?;
    let db = |e| Error::db(url, e);
    let mut safe_operators = BTreeSet::new();
    let mut safe_functions = BTreeSet::new();
    let oids: Vec<(bool, i64)> = sqlx::query_as(SAFE_OIDS)
        .fetch_all(&mut *conn)
        .await
        .map_err(db)?;
    for (function, oid) in oids {
        if function {
            safe_functions.insert(oid);
        } else {
            safe_operators.insert(oid);
        }
    }
    let not_null = base_columns(conn, &described, catalog).await.map_err(db)?;
    let base = |relid: i64, attnum: i64| not_null.get(&(relid, attnum)).copied();
    let facts = Facts {
        base: &base,
        safe_operators: &safe_operators,
        safe_functions: &safe_functions,
    };
    let mut proofs = HashMap::new();
    Ok(sources
        .iter()
        .zip(described)
        .map(|(q, d)| finish(q, d, &facts, &mut proofs))
        .collect())
}

/// The query with its columns' nullability: proven, then the query's own
/// `@nullable`/`@not_null` overrides. `proofs` holds each view tree's
/// proof, by the tree's address (several queries share one view).
fn finish(
    q: &QuerySource,
    d: Described,
    facts: &Facts,
    proofs: &mut HashMap<*const String, Vec<bool>>,
) -> PreparedQuery {
    let width = d.columns.len();
    let proven: Vec<bool> = if d.viewable {
        d.tree
            .map(|(tree, offset)| {
                let all = proofs
                    .entry(Arc::as_ptr(&tree))
                    .or_insert_with(|| proven_not_null_exprs(&tree, facts));
                all.get(offset..offset + width).unwrap_or_default().to_vec()
            })
            .unwrap_or_default()
    } else {
        // INSERT/UPDATE/DELETE … RETURNING: a returned table column is
        // NOT NULL when its column is.
        d.columns
            .iter()
            .map(|c| c.2.and_then(|(rel, att)| (facts.base)(rel, att)) == Some(true))
            .collect()
    };
    let columns = d
        .columns
        .into_iter()
        .enumerate()
        .map(|(k, (name, ty, _))| {
            let mut nullable = !proven.get(k).copied().unwrap_or(false);
            if q.nullable.contains(&name) {
                nullable = true;
            }
            if q.not_null.contains(&name) {
                nullable = false;
            }
            (name, ty, nullable)
        })
        .collect();
    PreparedQuery {
        source_name: q.name.clone(),
        params: d.params,
        columns,
    }
}

/// Describes `sources` (numbered from `first`) on one connection: each
/// query parsed and described, their types looked up at once, and their
/// views made and read in one statement.
async fn describe_part(
    conn: &mut PgConnection,
    url: &str,
    sources: &[QuerySource],
    first: usize,
) -> Result<Vec<Described>> {
    let db = |e| Error::db(url, e);
    let mut statements = Vec::with_capacity(sources.len());
    for q in sources {
        let statement = (&mut *conn)
            .prepare_with(q.sql.as_str(), &[])
            .await
            .map_err(|e| not_prepared(q, e))?;
        statements.push(statement);
    }
    let oids: BTreeSet<i64> = statements
        .iter()
        .flat_map(|s| {
            param_oids(s)
                .into_iter()
                .chain(s.columns().iter().map(|c| oid(c.type_info())))
        })
        .map(i64::from)
        .collect();
    let oids: Vec<i64> = oids.into_iter().collect();
    let types = type_refs(conn, &oids).await.map_err(db)?;
    let ty = |oid: u32| types.get(&oid).cloned().unwrap_or_else(unknown_type);
    let mut out: Vec<Described> = sources
        .iter()
        .zip(&statements)
        .map(|(q, s)| Described {
            params: param_oids(s)
                .into_iter()
                .enumerate()
                .map(|(n, o)| {
                    let name = q
                        .param_names
                        .get(n)
                        .cloned()
                        .unwrap_or_else(|| infer_name(&q.sql, n + 1));
                    (name, ty(o))
                })
                .collect(),
            columns: s
                .columns()
                .iter()
                .map(|c| {
                    let from = c
                        .relation_id()
                        .zip(c.relation_attribute_no())
                        .map(|(r, a)| (i64::from(r.0), i64::from(a)));
                    (c.name().to_owned(), ty(oid(c.type_info())), from)
                })
                .collect(),
            viewable: !s.columns().is_empty() && row_query(&q.sql),
            tree: None,
        })
        .collect();
    let views: Vec<View> = sources
        .iter()
        .zip(&out)
        .enumerate()
        .filter(|(_, (_, d))| d.viewable)
        .map(|(i, (q, d))| View {
            query: first + i,
            text: view_text(&q.sql, &d.params),
            width: d.columns.len(),
        })
        .collect();
    for (i, tree) in view_trees(conn, &views).await.map_err(db)? {
        out[i - first].tree = Some(tree);
    }
    Ok(out)
}

/// The error of a query the database refuses, at its line.
fn not_prepared(q: &QuerySource, e: sqlx::Error) -> Error {
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
}

fn oid(t: &sqlx::postgres::PgTypeInfo) -> u32 {
    t.oid().map_or(0, |o| o.0)
}

fn param_oids(s: &PgStatement<'_>) -> Vec<u32> {
    match s.parameters() {
        Some(either::Either::Left(ps)) => ps.iter().map(oid).collect(),
        _ => Vec::new(),
    }
}

fn unknown_type() -> TypeRef {
    TypeRef {
        schema: "pg_catalog".into(),
        name: "unknown".into(),
        kind: TypeKind::Pseudo,
        array_dims: 0,
        sql: "unknown".into(),
        modifiers: None,
    }
}

/// Whether a query can be the body of a view (`SELECT`, `WITH`, `VALUES`,
/// `TABLE`).
fn row_query(sql: &str) -> bool {
    let head = crate::sql::strip_leading_comments(sql)
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(head.as_str(), "select" | "with" | "values" | "table")
}

/// The query with its parameters replaced by typed NULLs.
fn view_text(sql: &str, params: &[(String, TypeRef)]) -> String {
    let mut text = String::with_capacity(sql.len());
    let mut last = 0;
    for (at, n) in positional_params(sql) {
        let len = 1 + n.to_string().len();
        text.push_str(&sql[last..at]);
        let ty = params
            .get(n - 1)
            .map_or("text".to_owned(), |(_, t)| schema::sql::cast(t));
        text.push_str(&format!("(NULL::{ty})"));
        last = at + len;
    }
    text.push_str(&sql[last..]);
    text
}

/// A query to make a view of: its number, its text with typed NULLs for
/// parameters, and how many columns it returns.
struct View {
    query: usize,
    text: String,
    width: usize,
}

/// At most this many columns in one shared view (PostgreSQL allows 1,664).
const SHARED_WIDTH: usize = 1_000;

/// The query trees of `views`, each with the offset of its query's columns
/// in the tree's view. Views are cheap to read but dear to make, so the
/// queries share views: `codegen_queries_<k>` selects the columns of a run
/// of them, each a subquery in `FROM` (a cross join, which makes no column
/// nullable). When PostgreSQL refuses a shared view, each of its queries
/// gets a view `codegen_query_<i>` of its own; a query it refuses too (not
/// expressible as a view: a data-modifying CTE, a column of type record)
/// gets no tree and its columns stay nullable. One statement, in a
/// transaction rolled back.
async fn view_trees(
    conn: &mut PgConnection,
    views: &[View],
) -> std::result::Result<Vec<(usize, (Arc<String>, usize))>, sqlx::Error> {
    if views.is_empty() {
        return Ok(Vec::new());
    }
    let mut runs: Vec<&[View]> = Vec::new();
    let mut start = 0;
    let mut width = 0;
    for (k, v) in views.iter().enumerate() {
        if k > start && width + v.width > SHARED_WIDTH {
            runs.push(&views[start..k]);
            (start, width) = (k, 0);
        }
        width += v.width;
    }
    runs.push(&views[start..]);
    let sql = make_views(views, &runs);
    let mut tx = conn.begin().await?;
    let rows = sqlx::raw_sql(&sql).fetch_all(&mut *tx).await?;
    tx.rollback().await?;
    let mut out = Vec::new();
    for row in &rows {
        use sqlx::Row;
        let (name, tree): (String, String) = (row.try_get(0)?, row.try_get(1)?);
        let tree = Arc::new(tree);
        let number = |prefix: &str| name.strip_prefix(prefix)?.parse::<usize>().ok();
        if let Some(run) = number("codegen_queries_").and_then(|k| runs.get(k)) {
            let mut offset = 0;
            for v in *run {
                out.push((v.query, (tree.clone(), offset)));
                offset += v.width;
            }
        } else if let Some(i) = number("codegen_query_") {
            out.push((i, (tree, 0)));
        }
    }
    Ok(out)
}

/// The statement that makes the views of [`view_trees`] and returns the
/// name and query tree of each view made.
fn make_views(views: &[View], runs: &[&[View]]) -> String {
    // Dollar-quote tags that no query text holds.
    let free = |stem: &str| {
        (0..)
            .map(|k| format!("${stem}{k}$"))
            .find(|tag| views.iter().all(|v| !v.text.contains(tag.as_str())))
            .expect("a free tag")
    };
    let (outer, inner) = (free("codegen_do"), free("codegen_q"));
    let mut sql = format!("DO {outer} BEGIN\n");
    for (k, run) in runs.iter().enumerate() {
        let total: usize = run.iter().map(|v| v.width).sum();
        let names: Vec<String> = (0..total).map(|c| format!("c{c}")).collect();
        let columns: Vec<String> = run.iter().map(|v| format!("q{}.*", v.query)).collect();
        let from: Vec<String> = run
            .iter()
            .map(|v| format!("({}\n) AS q{}", v.text, v.query))
            .collect();
        sql.push_str(&format!(
            "BEGIN EXECUTE {inner}CREATE TEMPORARY VIEW codegen_queries_{k} ({}) AS SELECT {} FROM {}{inner};\nEXCEPTION WHEN OTHERS THEN\n",
            names.join(", "),
            columns.join(", "),
            from.join(", ")
        ));
        for v in *run {
            sql.push_str(&format!(
                "BEGIN EXECUTE {inner}CREATE TEMPORARY VIEW codegen_query_{} AS {}\n{inner}; EXCEPTION WHEN OTHERS THEN NULL; END;\n",
                v.query, v.text
            ));
        }
        sql.push_str("END;\n");
    }
    sql.push_str(&format!("END {outer};\n"));
    sql.push_str(
        "SELECT c.relname::text, r.ev_action::text FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
          WHERE c.relnamespace = pg_my_temp_schema() AND r.rulename = '_RETURN' AND c.relname LIKE 'codegen\\_quer%'",
    );
    sql
}

/// Whether each column the proofs may read is NOT NULL, by (relation,
/// attribute): the relations named in the query trees and returned
/// columns; a table or view of `catalog` answers from the model, any other
/// (another schema's) from its NOT NULL constraint.
async fn base_columns(
    conn: &mut PgConnection,
    described: &[Described],
    catalog: &Catalog,
) -> std::result::Result<HashMap<(i64, i64), bool>, sqlx::Error> {
    let mut relids = BTreeSet::new();
    let mut read = BTreeSet::new();
    for d in described {
        relids.extend(d.columns.iter().filter_map(|c| c.2.map(|(r, _)| r)));
        // A shared tree is read once.
        let unread = d.tree.as_ref().filter(|(t, _)| read.insert(Arc::as_ptr(t)));
        if let Some((tree, _)) = unread {
            relids.extend(tree.split(":relid ").skip(1).filter_map(|rest| {
                rest.split(|c: char| !c.is_ascii_digit())
                    .next()?
                    .parse::<i64>()
                    .ok()
            }));
        }
    }
    relids.remove(&0);
    if relids.is_empty() {
        return Ok(HashMap::new());
    }
    let relids: Vec<i64> = relids.into_iter().collect();
    let rows: Vec<(i64, String, String, String, i64, String, bool)> = sqlx::query_as(COLUMNS_OF)
        .bind(&relids)
        .fetch_all(conn)
        .await?;
    let mut out = HashMap::with_capacity(rows.len());
    for (relid, schema, name, kind, attnum, column, attnotnull) in rows {
        let modelled = catalog
            .table(&schema, &name)
            .and_then(|t| t.columns.iter().find(|c| c.name == column))
            .map(|c| !c.nullable);
        let not_null = match kind.as_str() {
            // A view's columns: only the introspector's proof says NOT NULL.
            "v" | "m" => modelled,
            _ => modelled.or(Some(attnotnull)),
        };
        if let Some(not_null) = not_null {
            out.insert((relid, attnum), not_null);
        }
    }
    Ok(out)
}

/// Type references for type OIDs (arrays by their element).
async fn type_refs(
    conn: &mut PgConnection,
    oids: &[i64],
) -> std::result::Result<HashMap<u32, TypeRef>, sqlx::Error> {
    if oids.is_empty() {
        return Ok(HashMap::new());
    }
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
    rows.into_iter()
        .map(|(oid, schema, name, kind, dims, sql)| {
            let kind = TypeKind::from_typtype(kind.as_str())
                .map_err(|e| sqlx::Error::Protocol(format!("type {schema}.{name}: {e}")))?;
            Ok((
                oid as u32,
                TypeRef {
                    schema,
                    name,
                    kind,
                    array_dims: dims as u8,
                    sql,
                    modifiers: None,
                },
            ))
        })
        .collect()
}
