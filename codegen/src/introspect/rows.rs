//! Raw rows of the catalog queries, before they become the schema model.

#[derive(Debug, sqlx::FromRow)]
pub struct TypeRow {
    pub oid: i64,
    pub schema: String,
    pub name: String,
    pub typtype: String,
    pub elem: i64,
    pub category: String,
    pub sql: String,
    pub base: i64,
    pub base_typmod: i32,
    pub not_null: bool,
    pub default_expr: Option<String>,
    pub relid: i64,
    pub range_subtype: Option<i64>,
    pub comment: Option<String>,
    pub labels: Option<Vec<String>>,
    pub in_scope: bool,
}

#[derive(Debug, sqlx::FromRow)]
pub struct RelationRow {
    pub oid: i64,
    pub schema: String,
    pub name: String,
    pub relkind: String,
    pub comment: Option<String>,
    pub rls_enabled: bool,
    pub rls_forced: bool,
    pub definition: Option<String>,
    pub partition_key: Option<String>,
    pub partitions: Option<Vec<String>>,
    pub grants: Option<Vec<String>>,
    pub view_insert: Option<bool>,
    pub view_update: Option<bool>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct ColumnRow {
    pub relid: i64,
    pub name: String,
    pub attnum: i32,
    pub typid: i64,
    pub typmod: i32,
    pub sql: String,
    pub ndims: i32,
    pub not_null: bool,
    pub default_expr: Option<String>,
    pub identity: String,
    pub generated: String,
    pub comment: Option<String>,
    pub grants: Option<Vec<String>>,
    pub updatable: Option<bool>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct ConstraintRow {
    pub relid: i64,
    pub typid: i64,
    pub name: String,
    pub contype: String,
    pub partition: Option<String>,
    pub column_names: Option<Vec<String>>,
    pub definition: Option<String>,
    pub validated: bool,
    pub deferrable: bool,
    pub columns: Vec<i32>,
    pub ref_relid: i64,
    pub ref_schema: Option<String>,
    pub ref_table: Option<String>,
    pub ref_columns: Vec<i32>,
    pub on_delete: String,
    pub on_update: String,
    pub index_oid: i64,
}

#[derive(Debug, sqlx::FromRow)]
pub struct IndexRow {
    pub oid: i64,
    pub relid: i64,
    pub name: String,
    pub method: String,
    pub is_unique: bool,
    pub is_primary: bool,
    pub valid: bool,
    pub key_count: i32,
    pub key_attnums: Vec<i32>,
    pub definition: Option<String>,
    pub predicate: Option<String>,
    pub key_defs: Option<Vec<String>>,
    pub is_constraint: bool,
    pub nulls_not_distinct: bool,
}

#[derive(Debug, sqlx::FromRow)]
pub struct PolicyRow {
    pub relid: i64,
    pub name: String,
    pub command: String,
    pub permissive: bool,
    pub roles: Vec<String>,
    pub using_expr: Option<String>,
    pub check_expr: Option<String>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct FunctionRow {
    pub schema: String,
    pub name: String,
    pub kind: String,
    pub signature: String,
    pub volatility: String,
    pub security_definer: bool,
    pub language: String,
    pub returns_set: bool,
    pub rows: Option<i64>,
    pub return_type: i64,
    pub arg_types: Vec<i64>,
    pub arg_modes: Option<Vec<String>>,
    pub arg_names: Option<Vec<String>>,
    pub arg_defaults: Option<String>,
    pub default_count: i32,
    pub config: Option<Vec<String>>,
    pub comment: Option<String>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct ViewQueryRow {
    pub relid: i64,
    pub tree: String,
}

#[derive(Debug, sqlx::FromRow)]
pub struct BaseColumnRow {
    pub relid: i64,
    pub attnum: i32,
    pub not_null: bool,
    pub relkind: String,
}

#[derive(Debug, sqlx::FromRow)]
pub struct ForeignColumnRow {
    pub relid: i64,
    pub attnum: i32,
    pub name: String,
}
