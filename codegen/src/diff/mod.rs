//! `codegen diff` and the drift of `codegen check`: one reading of a
//! database's schema objects ([`Snapshot`]), compared object by object.
//! The planner turns two snapshots into the statements that make the first
//! into the second; the writer puts them, with the reverse plan as the
//! rollback, in the strategy's file format; the verifier proves both on
//! scratch copies before anything is printed.

mod ddl;
pub mod file;
pub mod plan;
pub mod run;
pub mod verify;

use serde_json::Value;
use sqlx::PgConnection;
use std::collections::BTreeMap;

const READ_SQL: &str = include_str!("read.sql");

/// One schema object as read from the catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    /// `table`, `column`, `index`, … (see read.sql).
    pub kind: String,
    /// A quoted SQL name: `public.orders`, `orders_pkey ON public.orders`.
    pub name: String,
    /// The object it belongs to (a column's table, a grant's object).
    pub parent: Option<String>,
    /// What is compared.
    pub def: String,
    /// The statement(s) creating it, where the catalog gives them whole.
    pub ddl: Option<String>,
    /// The statement(s) dropping it.
    pub undo: Option<String>,
    /// The objects it reads (a view's relations, a trigger's function).
    pub deps: Vec<String>,
    /// Made by another object's DDL (an inherited column, a partition's index).
    pub implicit: bool,
    /// Facts the planner needs (a column's type, default, …).
    pub info: Value,
}

impl Object {
    /// The object's fingerprint line: kind, name and definition.
    pub fn line(&self) -> String {
        format!("{} {} {}", self.kind, self.name, self.def)
    }

    /// A string fact of `info`.
    pub fn fact(&self, key: &str) -> Option<&str> {
        self.info.get(key).and_then(Value::as_str)
    }
}

/// Every schema object of a database's user schemas, by (kind, name).
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub objects: BTreeMap<(String, String), Object>,
}

impl Snapshot {
    /// Reads every schema but `excluded` (and PostgreSQL's own).
    pub async fn read(conn: &mut PgConnection, excluded: &[&str]) -> Result<Self, sqlx::Error> {
        type Row = (
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<Vec<String>>,
            bool,
            Option<Value>,
        );
        // With an empty search_path every name in the definitions comes
        // out schema-qualified (as pg_dump reads them); the session's own
        // path is put back after.
        let path: String = sqlx::query_scalar("SELECT current_setting('search_path')")
            .fetch_one(&mut *conn)
            .await?;
        // JIT compiling this one big query costs more than running it.
        let (jit, work_mem): (String, String) =
            sqlx::query_as("SELECT current_setting('jit'), current_setting('work_mem')")
                .fetch_one(&mut *conn)
                .await?;
        sqlx::raw_sql("SET search_path = pg_catalog; SET jit = off; SET work_mem = '64MB'")
            .execute(&mut *conn)
            .await?;
        let rows: Result<Vec<Row>, sqlx::Error> = sqlx::query_as(READ_SQL)
            .bind(excluded)
            .fetch_all(&mut *conn)
            .await;
        sqlx::query(
            "SELECT set_config('search_path', $1, false), set_config('jit', $2, false), set_config('work_mem', $3, false)",
        )
        .bind(&path)
        .bind(&jit)
        .bind(&work_mem)
            .execute(&mut *conn)
            .await?;
        let rows = rows?;
        let objects = rows
            .into_iter()
            .map(
                |(kind, name, parent, def, ddl, undo, deps, implicit, info)| {
                    let object = Object {
                        kind,
                        name,
                        parent,
                        def: def.unwrap_or_default(),
                        ddl,
                        undo,
                        deps: deps.unwrap_or_default(),
                        implicit,
                        info: info.unwrap_or(Value::Null),
                    };
                    ((object.kind.clone(), object.name.clone()), object)
                },
            )
            .collect();
        Ok(Snapshot { objects })
    }

    /// One line per object, sorted: the fingerprint two databases are
    /// compared by.
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self.objects.values().map(Object::line).collect();
        lines.sort();
        lines
    }

    pub fn get(&self, kind: &str, name: &str) -> Option<&Object> {
        self.objects.get(&(kind.to_owned(), name.to_owned()))
    }

    /// The objects of one kind.
    pub fn of<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Object> + 'a {
        self.objects.values().filter(move |o| o.kind == kind)
    }
}

/// Lines only in `before` (prefixed `-`) and only in `after` (`+`), sorted
/// by object: the drift `check` prints and the verifier reports.
pub fn drift(before: &[String], after: &[String]) -> Vec<String> {
    use std::collections::BTreeSet;
    let a: BTreeSet<&String> = before.iter().collect();
    let b: BTreeSet<&String> = after.iter().collect();
    let mut out: Vec<String> = a.difference(&b).map(|l| format!("- {l}")).collect();
    out.extend(b.difference(&a).map(|l| format!("+ {l}")));
    out.sort_by(|x, y| x[2..].cmp(&y[2..]).then(x.cmp(y)));
    out
}
