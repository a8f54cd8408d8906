//! The schema model (IR): what the introspector reads from `pg_catalog`, in a
//! stable order, serialisable as `generated/schema.json`. Plain data.

use crate::codes::{ArgMode, FunctionKind, IndexMethod, PolicyCommand, Volatility};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the JSON layout; bumped on incompatible changes.
pub const FORMAT_VERSION: u32 = 1;

/// Everything read from one database, for the chosen schemas.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Catalog {
    pub format_version: u32,
    pub schemas: Vec<Namespace>,
    pub tables: Vec<Table>,
    pub enums: Vec<Enum>,
    pub domains: Vec<Domain>,
    pub composites: Vec<Composite>,
    pub ranges: Vec<Range>,
    pub functions: Vec<Function>,
}

/// A schema (namespace).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Namespace {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// What kind of relation a [`Table`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum TableKind {
    Table,
    PartitionedTable,
    View,
    MaterializedView,
    ForeignTable,
}

impl TableKind {
    /// Views, materialized views: no writes.
    pub fn is_view(self) -> bool {
        matches!(self, TableKind::View | TableKind::MaterializedView)
    }

    /// Views, materialized views and foreign tables: read-only rows, no
    /// insert or update helpers.
    pub fn is_read_only(self) -> bool {
        self.is_view() || self == TableKind::ForeignTable
    }
}

/// A table, view, materialized view or foreign table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub schema: String,
    pub name: String,
    pub kind: TableKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    pub columns: Vec<Column>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_key: Option<Key>,
    /// Unique constraints and unique indexes (not the primary key).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unique_keys: Vec<Key>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub foreign_keys: Vec<ForeignKey>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indexes: Vec<Index>,
    pub rls_enabled: bool,
    pub rls_forced: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policies: Vec<Policy>,
    /// Table-level grants to roles other than the owner (e.g. anon, authenticated).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<Grant>,
    /// The view's query, for views and materialized views.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// For a partitioned table: its partition key and partitions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partitioning: Option<Partitioning>,
    /// For a view: whether it takes INSERT and UPDATE (automatically
    /// updatable, or through INSTEAD OF triggers or INSTEAD rules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view_writes: Option<ViewWrites>,
}

/// Which writes a view accepts (`pg_relation_is_updatable(view, true)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewWrites {
    pub insert: bool,
    pub update: bool,
}

/// The table column a view column reads unchanged (followed through views).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnOrigin {
    pub schema: String,
    pub table: String,
    pub column: String,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// A column of a table, view or composite type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    /// 1-based position among the live columns.
    pub position: u32,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub nullable: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity>,
    /// The expression of a `GENERATED ALWAYS AS (…) STORED` column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Column-level grants (beyond the table's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<Grant>,
    /// For a view or foreign table column: whether it can be written
    /// (`pg_column_is_updatable`, or any INSTEAD OF trigger or INSTEAD rule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updatable: Option<bool>,
    /// For a view column that is a plain reference to a table's column: that column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<ColumnOrigin>,
}

/// `GENERATED ALWAYS AS IDENTITY` or `GENERATED BY DEFAULT AS IDENTITY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Identity {
    Always,
    ByDefault,
}

/// What a type is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeKind {
    Base,
    Enum,
    Domain,
    Composite,
    Range,
    Multirange,
    Pseudo,
}

impl TypeKind {
    /// The kind of a `pg_type.typtype` letter; another letter is an error
    /// naming it.
    pub fn from_typtype(typtype: &str) -> Result<Self, crate::UnknownCode> {
        Ok(match typtype {
            "b" => TypeKind::Base,
            "e" => TypeKind::Enum,
            "d" => TypeKind::Domain,
            "c" => TypeKind::Composite,
            "r" => TypeKind::Range,
            "m" => TypeKind::Multirange,
            "p" => TypeKind::Pseudo,
            other => {
                return Err(crate::UnknownCode {
                    column: "pg_type.typtype",
                    code: other.to_owned(),
                })
            }
        })
    }
}

/// A resolved column, argument or attribute type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeRef {
    /// The element type's schema (`pg_catalog` for built-ins).
    pub schema: String,
    /// The element type's name (`int4`, `user_role`, …), arrays stripped.
    pub name: String,
    pub kind: TypeKind,
    /// 0 for a scalar, 1 for `T[]`, …
    #[serde(default, skip_serializing_if = "is_zero")]
    pub array_dims: u8,
    /// The type as PostgreSQL prints it: `numeric(12,2)`, `character varying(80)[]`.
    pub sql: String,
    /// Length or precision and scale, when the type has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifiers: Option<Vec<i32>>,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

/// A primary or unique key (constraint or unique index).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    pub name: String,
    pub columns: Vec<String>,
    /// A unique index (not a constraint): may be partial.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub index_only: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
    /// `NULLS NOT DISTINCT` (PostgreSQL 15+).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nulls_not_distinct: bool,
}

/// A foreign key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignKey {
    pub name: String,
    pub columns: Vec<String>,
    pub ref_schema: String,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
    pub on_delete: FkAction,
    pub on_update: FkAction,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deferrable: bool,
    /// False for a `NOT VALID` constraint not yet validated.
    pub validated: bool,
}

/// What a foreign key does on delete/update of the referenced row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FkAction {
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

/// A check constraint (of a table or a domain).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub name: String,
    /// `CHECK ((price >= 0))`, as `pg_get_constraintdef` prints it.
    pub expression: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<String>,
    pub validated: bool,
}

/// An index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub name: String,
    /// `btree`, `gin`, `gist`, `brin`, `hash`, …
    pub method: IndexMethod,
    pub unique: bool,
    pub primary: bool,
    pub keys: Vec<IndexKey>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub include: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
    pub valid: bool,
    /// `CREATE INDEX …` as `pg_get_indexdef` prints it, only for indexes whose
    /// keys carry what the fields above do not show (expressions, DESC/NULLS
    /// order, non-default operator classes): `pg_get_indexdef` is the
    /// costliest call of the whole introspection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
}

/// One key of an index: a column or an expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexKey {
    Column(String),
    Expression(String),
}

/// A row-level security policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub name: String,
    /// `ALL`, `SELECT`, `INSERT`, `UPDATE` or `DELETE`.
    pub command: PolicyCommand,
    pub permissive: bool,
    pub roles: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub using: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with_check: Option<String>,
}

/// Privileges granted to one role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub grantee: String,
    /// `SELECT`, `INSERT`, … sorted.
    pub privileges: Vec<String>,
}

/// The partition key and partitions of a partitioned table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partitioning {
    /// `RANGE (payment_date)`, as `pg_get_partkeydef` prints it.
    pub key: String,
    /// Partitions as `schema.name`, sorted.
    pub partitions: Vec<String>,
    /// Foreign keys a partition has of its own (not cloned from the
    /// parent's), by partition as in `partitions`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub partition_foreign_keys: BTreeMap<String, Vec<ForeignKey>>,
}

/// An enum type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enum {
    pub schema: String,
    pub name: String,
    /// Labels in their declared order.
    pub labels: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// A domain over another type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Domain {
    pub schema: String,
    pub name: String,
    pub base: TypeRef,
    pub not_null: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// A composite type (`CREATE TYPE … AS (…)`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Composite {
    pub schema: String,
    pub name: String,
    pub attributes: Vec<Column>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// A range type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    pub schema: String,
    pub name: String,
    pub subtype: TypeRef,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// A function, procedure or aggregate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Function {
    pub schema: String,
    pub name: String,
    /// `function`, `procedure`, `aggregate` or `window`.
    pub kind: FunctionKind,
    /// The identity signature, `name(arg types)`, unique among overloads.
    pub signature: String,
    pub arguments: Vec<Argument>,
    pub returns: Returns,
    /// `immutable`, `stable` or `volatile`.
    pub volatility: Volatility,
    pub security_definer: bool,
    pub language: String,
    /// `search_path` fixed with `SET search_path = …`, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// A function argument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Argument {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// `in`, `out`, `inout` or `variadic`; `out`, `inout` or `table` among
    /// [`Returns::columns`].
    pub mode: ArgMode,
    /// The default expression, for trailing arguments that have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
}

/// What a function returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Returns {
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// `SETOF` / `RETURNS TABLE`.
    pub set: bool,
    /// The planner's row estimate (`ROWS n`) of a set-returning function.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<u32>,
    /// The columns of `RETURNS TABLE (…)` or of OUT parameters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<Argument>,
}

impl Catalog {
    /// The table or view `schema.name`.
    pub fn table(&self, schema: &str, name: &str) -> Option<&Table> {
        self.tables
            .iter()
            .find(|t| t.schema == schema && t.name == name)
    }

    /// Puts every list in its canonical order, so equal catalogs serialise
    /// to equal bytes.
    pub fn sort(&mut self) {
        let by_name = |a: &(&str, &str), b: &(&str, &str)| a.cmp(b);
        self.schemas.sort_by(|a, b| a.name.cmp(&b.name));
        self.tables
            .sort_by(|a, b| by_name(&(&a.schema, &a.name), &(&b.schema, &b.name)));
        for t in &mut self.tables {
            t.columns.sort_by_key(|c| c.position);
            t.unique_keys.sort_by(|a, b| a.name.cmp(&b.name));
            t.foreign_keys.sort_by(|a, b| a.name.cmp(&b.name));
            t.checks.sort_by(|a, b| a.name.cmp(&b.name));
            t.indexes.sort_by(|a, b| a.name.cmp(&b.name));
            t.policies.sort_by(|a, b| a.name.cmp(&b.name));
            t.grants.sort_by(|a, b| a.grantee.cmp(&b.grantee));
        }
        self.enums
            .sort_by(|a, b| by_name(&(&a.schema, &a.name), &(&b.schema, &b.name)));
        self.domains
            .sort_by(|a, b| by_name(&(&a.schema, &a.name), &(&b.schema, &b.name)));
        self.composites
            .sort_by(|a, b| by_name(&(&a.schema, &a.name), &(&b.schema, &b.name)));
        self.ranges
            .sort_by(|a, b| by_name(&(&a.schema, &a.name), &(&b.schema, &b.name)));
        self.functions.sort_by(|a, b| {
            (&a.schema, &a.name, &a.signature).cmp(&(&b.schema, &b.name, &b.signature))
        });
    }
}
