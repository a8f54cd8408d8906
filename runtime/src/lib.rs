//! Runtime support for `#[derive(Table)]`: the [`Table`] trait it
//! implements, the column types generated code uses, and [`Session`], which
//! runs queries as a Supabase user so row-level security applies.
//!
//! One dependency line for applications: this crate re-exports the derive
//! and sqlx.
//!
//! # The attributes
//!
//! ```ignore
//! #[derive(Debug, runtime::Table)]
//! #[table(schema = "public", name = "projects", insert = NewProject, patch = ProjectPatch)]
//! #[foreign_key(name = "projects_user_id_fkey", columns = "user_id",
//!               references = "public.users", ref_columns = "id", target = crate::User)]
//! #[unique(name = "projects_user_name_key", columns = "user_id, name")]
//! pub struct Project {
//!     #[column(primary_key, default = "gen_random_uuid()")]
//!     pub id: uuid::Uuid,
//!     #[column(indexed)]
//!     pub user_id: uuid::Uuid,
//!     #[column(name = "Title")]          // the SQL name, when it differs
//!     pub title: String,
//!     #[column(sql_type = "tsvector", via_text, generated, no_insert)]
//!     pub search: String,
//! }
//! ```
//!
//! `#[table]`: `schema` (default `public`), `name`, `view` (read helpers
//! only), `insert = Type` and `patch = Type` (the write helpers' argument
//! types), `snapshot = "path/schema.json"` (the compile-time check; else
//! `CODEGEN_SCHEMA`, else `schema.json` beside the crate's `Cargo.toml`),
//! `sqlx_from_row` (the struct derives `sqlx::FromRow` itself; otherwise the
//! derive implements it, by column name), `crate = "path"` (the path the
//! emitted code names this crate by, default `::runtime`; for a renamed
//! dependency).
//! `#[column]`: `name`, `sql_type`, `primary_key`, `unique` (→ `find_by_x`),
//! `indexed` (→ `list_by_x`), `default = "expr"` (used when the insert
//! struct's field is `None`), `generated`, `identity = "always" | "by_default"`,
//! `via_text` (read as `col::text`, written as `$n::sql_type`), `no_insert`,
//! `custom_type` (the field's Rust type is the application's choice: not
//! checked against the snapshot).
//! `#[foreign_key]` with `target = Type` adds `child.parent(db)` and
//! `parent.children(db)`.
//!
//! # The helpers
//!
//! Static SQL built at compile time, bind parameters only, run on any
//! `sqlx::PgExecutor` (pool, `&mut PgConnection`, transaction, [`Session`];
//! the bound is checked at `.await`, not on each helper):
//! `find`, `get`, `find_by_<unique>`, `list_by_<indexed>`, `list` (keyset on
//! the primary key), `insert`, `insert_many` (one `UNNEST` statement),
//! `upsert` (on the primary key), `update`, `patch`, `delete`, and relation
//! helpers. Views get the read helpers only. Each returns a [`Fetch`] that
//! runs when awaited (see [`query`] for why they are not async fns).

/// Calls `$m!(0 T0)`, `$m!(0 T0, 1 T1)`, … up to 48 elements: the tuple
/// impls of [`de`], [`row`] and [`query`], written once each.
macro_rules! for_tuples {
    ($m:ident) => {
        for_tuples!(@ $m; [] 0 T0 1 T1 2 T2 3 T3 4 T4 5 T5 6 T6 7 T7 8 T8 9 T9 10 T10 11 T11
            12 T12 13 T13 14 T14 15 T15 16 T16 17 T17 18 T18 19 T19 20 T20 21 T21 22 T22 23 T23
            24 T24 25 T25 26 T26 27 T27 28 T28 29 T29 30 T30 31 T31 32 T32 33 T33 34 T34 35 T35
            36 T36 37 T37 38 T38 39 T39 40 T40 41 T41 42 T42 43 T43 44 T44 45 T45 46 T46 47 T47);
    };
    (@ $m:ident; [$($done:tt)*]) => {};
    (@ $m:ident; [$($done:tt)*] $i:tt $t:ident $($rest:tt)*) => {
        $m!($($done)* $i $t);
        for_tuples!(@ $m; [$($done)* $i $t,] $($rest)*);
    };
}

pub mod de;
pub mod query;
pub mod row;
pub mod session;
pub mod types;

pub use macros::{Deserialize, Table};
pub use query::Fetch;
pub use serde;
pub use session::{Role, Session};
pub use sqlx;

/// Static metadata of a table or view, implemented by `#[derive(Table)]`.
pub trait Table: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin {
    const SCHEMA: &'static str;
    const NAME: &'static str;
    /// SQL column names, in field order.
    const COLUMNS: &'static [&'static str];
    const PRIMARY_KEY: &'static [&'static str];
    /// `SELECT <columns> FROM <table>`.
    const SELECT: &'static str;
    const VIEW: bool;
}
