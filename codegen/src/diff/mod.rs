//! `codegen diff` and the drift of `codegen check`: one reading of a
//! database's schema objects ([`Snapshot`]), compared object by object.
//! The planner turns two snapshots into the statements that make the first
//! into the second; the writer puts them, with the reverse plan as the
//! rollback, in the strategy's file format; the verifier proves both on
//! scratch copies before anything is printed.

mod ddl;
mod expr;
pub mod file;
pub mod fingerprint;
pub mod object;
pub mod plan;
pub mod run;
pub mod verify;

use object::{ColumnInfo, ConstraintInfo, DefaultAclInfo, FunctionInfo, TableInfo};
pub use object::{Info, Kind};
use sqlx::PgConnection;
use std::collections::BTreeMap;

const READ_SQL: &str = include_str!("read.sql");

/// One schema object as read from the catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    pub kind: Kind,
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
    pub info: Info,
}

impl Object {
    /// The object's fingerprint line: kind, name and definition.
    pub fn line(&self) -> String {
        format!("{} {} {}", self.kind, self.name, self.compared())
    }

    /// The definition as compared: a deparsed expression's nested AND and
    /// OR flattened (see [`expr`]); a function's source as written.
    pub fn compared(&self) -> std::borrow::Cow<'_, str> {
        match self.kind {
            Kind::Function | Kind::Comment => std::borrow::Cow::Borrowed(&self.def),
            _ => expr::flat_bool(&self.def),
        }
    }

    /// Whether `other` has the same definition, as compared.
    pub fn same_def(&self, other: &Object) -> bool {
        self.def == other.def || self.compared() == other.compared()
    }

    pub fn column(&self) -> Option<&ColumnInfo> {
        match &self.info {
            Info::Column(c) => Some(c),
            _ => None,
        }
    }

    pub fn table(&self) -> Option<&TableInfo> {
        match &self.info {
            Info::Table(t) => Some(t),
            _ => None,
        }
    }

    /// A constraint's or foreign key's facts.
    pub fn constraint(&self) -> Option<&ConstraintInfo> {
        match &self.info {
            Info::Constraint(k) => Some(k),
            _ => None,
        }
    }

    pub fn function(&self) -> Option<&FunctionInfo> {
        match &self.info {
            Info::Function(f) => Some(f),
            _ => None,
        }
    }

    pub fn default_acl(&self) -> Option<&DefaultAclInfo> {
        match &self.info {
            Info::DefaultAcl(d) => Some(d),
            _ => None,
        }
    }

    /// The table an index or constraint is on.
    pub fn on_table(&self) -> Option<&str> {
        match &self.info {
            Info::Index(i) => Some(&i.table),
            Info::Constraint(k) => Some(&k.table),
            _ => None,
        }
    }
}

/// Every schema object of a database's user schemas, by (kind, name).
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub objects: BTreeMap<(Kind, String), Object>,
}

type Row = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<Vec<String>>,
    bool,
    Option<Vec<Option<String>>>,
);

/// One row of read.sql as an object; an unknown catalog code is an error.
fn object(row: Row) -> Result<Object, sqlx::Error> {
    let (kind, name, parent, def, ddl, undo, deps, implicit, info) = row;
    let typed = Kind::parse(&kind, &name).and_then(|kind| {
        Info::parse(kind, &name, info.as_deref().unwrap_or_default()).map(|info| (kind, info))
    });
    let (kind, info) = typed.map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    Ok(Object {
        kind,
        name,
        parent,
        def: def.unwrap_or_default(),
        ddl,
        undo,
        deps: deps.unwrap_or_default(),
        implicit,
        info,
    })
}

impl Snapshot {
    /// Reads every schema but `excluded` (and PostgreSQL's own).
    pub async fn read(conn: &mut PgConnection, excluded: &[&str]) -> Result<Self, sqlx::Error> {
        use futures::TryStreamExt;
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
        // Row by row: each is typed as it arrives, never all held raw.
        let mut objects = BTreeMap::new();
        let read: Result<(), sqlx::Error> = async {
            let mut rows = sqlx::query_as::<_, Row>(READ_SQL)
                .bind(excluded)
                .fetch(&mut *conn);
            while let Some(row) = rows.try_next().await? {
                let o = object(row)?;
                objects.insert((o.kind, o.name.clone()), o);
            }
            Ok(())
        }
        .await;
        sqlx::query(
            "SELECT set_config('search_path', $1, false), set_config('jit', $2, false), set_config('work_mem', $3, false)",
        )
        .bind(&path)
        .bind(&jit)
        .bind(&work_mem)
        .execute(&mut *conn)
        .await?;
        read?;
        Ok(Snapshot { objects })
    }

    /// One line per object, sorted: the fingerprint two databases are
    /// compared by.
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self.objects.values().map(Object::line).collect();
        lines.sort();
        lines
    }

    pub fn get(&self, kind: Kind, name: &str) -> Option<&Object> {
        self.objects.get(&(kind, name.to_owned()))
    }

    /// The objects of one kind.
    pub fn of(&self, kind: Kind) -> impl Iterator<Item = &Object> + '_ {
        self.objects
            .range((kind, String::new())..)
            .take_while(move |((k, _), _)| *k == kind)
            .map(|(_, o)| o)
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
