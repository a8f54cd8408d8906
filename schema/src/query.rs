//! The model of a prepared query of `queries/*.sql`: what the database said
//! of its parameters and result columns, with the Rust types the generator
//! chose. `generated/queries.json` records it; the generator reads it.

use crate::TypeRef;
use serde::{Deserialize, Serialize};

/// What a query returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cardinality {
    /// At most one row: `Option<Row>`.
    One,
    /// Every row: `Vec<Row>`.
    Many,
    /// Nothing: `()`.
    Exec,
    /// The number of rows affected: `u64`.
    Execrows,
}

/// A parameter as prepared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryParam {
    pub name: String,
    /// The type in the schema model's terms (the generator maps it).
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// As PostgreSQL reports it (`format_type`).
    pub sql_type: String,
    pub rust_type: String,
    /// Bound as text and cast (`$n::type`): a type with no Rust mapping.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub via_text: bool,
}

/// A result column as prepared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryColumn {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub sql_type: String,
    /// The field's type, `Option<…>` included when nullable.
    pub rust_type: String,
    pub nullable: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub via_text: bool,
}

/// A prepared query: what `generated/queries.json` records and the
/// generator reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryModel {
    pub name: String,
    /// The file, relative to the queries directory (`dashboards.sql`).
    pub file: String,
    /// The 1-based line of the `-- name:` annotation.
    pub line: usize,
    pub cardinality: Cardinality,
    /// The SQL with `$n` parameters.
    pub sql: String,
    pub params: Vec<QueryParam>,
    pub columns: Vec<QueryColumn>,
}
