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
mod raw;
pub mod run;
pub mod verify;

use object::{ColumnInfo, ConstraintInfo, DefaultAclInfo, FunctionInfo, TableInfo};
pub use object::{Info, Kind};
use sqlx::postgres::PgRow;
use sqlx::PgConnection;

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
    /// What the snapshot is sorted and looked up by.
    pub fn key(&self) -> (Kind, &str) {
        (self.kind, &self.name)
    }

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
            Info::Column(c) => Some(c.as_ref()),
            _ => None,
        }
    }

    pub fn table(&self) -> Option<&TableInfo> {
        match &self.info {
            Info::Table(t) => Some(t.as_ref()),
            _ => None,
        }
    }

    /// A constraint's or foreign key's facts.
    pub fn constraint(&self) -> Option<&ConstraintInfo> {
        match &self.info {
            Info::Constraint(k) => Some(k.as_ref()),
            _ => None,
        }
    }

    pub fn function(&self) -> Option<&FunctionInfo> {
        match &self.info {
            Info::Function(f) => Some(f.as_ref()),
            _ => None,
        }
    }

    pub fn default_acl(&self) -> Option<&DefaultAclInfo> {
        match &self.info {
            Info::DefaultAcl(d) => Some(d.as_ref()),
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

/// Every schema object of a database's user schemas, sorted by (kind,
/// name), one per key. (A sorted list, not a map: no key held twice, no
/// half-empty nodes; looked up by binary search.)
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub objects: Vec<Object>,
}

/// One row of read.sql as an object; an unknown catalog code is an error.
/// The row's text is read in place (`raw`): only what the object keeps is
/// copied.
fn object(row: &PgRow) -> Result<Object, sqlx::Error> {
    let text = |i| raw::text(row, i);
    let name = text(1)?.unwrap_or_default();
    let mut info = Vec::new();
    raw::text_array(row, 8, &mut info)?;
    let typed = Kind::parse(text(0)?.unwrap_or_default(), name)
        .and_then(|kind| Info::parse(kind, name, &info).map(|info| (kind, info)));
    let (kind, info) = typed.map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let mut deps = Vec::new();
    raw::text_array(row, 6, &mut deps)?;
    Ok(Object {
        kind,
        name: name.to_owned(),
        parent: text(2)?.map(str::to_owned),
        def: text(3)?.unwrap_or_default().to_owned(),
        ddl: text(4)?.map(str::to_owned),
        undo: text(5)?.map(str::to_owned),
        deps: deps.into_iter().flatten().map(str::to_owned).collect(),
        implicit: sqlx::Row::try_get(row, 7)?,
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
        let mut objects = Vec::new();
        let read: Result<(), sqlx::Error> = async {
            let mut rows = sqlx::query(READ_SQL).bind(excluded).fetch(&mut *conn);
            while let Some(row) = rows.try_next().await? {
                objects.push(object(&row)?);
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
        Ok(Snapshot::sorted(objects))
    }

    /// `objects` sorted by key; of two with one key the one read later is
    /// kept.
    fn sorted(mut objects: Vec<Object>) -> Self {
        objects.sort_by(|a, b| a.key().cmp(&b.key()));
        objects.dedup_by(|later, kept| {
            let same = later.key() == kept.key();
            if same {
                std::mem::swap(later, kept);
            }
            same
        });
        objects.shrink_to_fit();
        Snapshot { objects }
    }

    /// One line per object, sorted: the fingerprint two databases are
    /// compared by.
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self.objects.iter().map(Object::line).collect();
        lines.sort();
        lines
    }

    pub fn get(&self, kind: Kind, name: &str) -> Option<&Object> {
        let i = self
            .objects
            .binary_search_by(|o| o.key().cmp(&(kind, name)))
            .ok()?;
        self.objects.get(i)
    }

    /// The objects of one kind.
    pub fn of(&self, kind: Kind) -> impl Iterator<Item = &Object> + '_ {
        let start = self.objects.partition_point(|o| o.kind < kind);
        self.objects[start..]
            .iter()
            .take_while(move |o| o.kind == kind)
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
