//! The attributes of `#[derive(Table)]`, spelled once: the derive reads
//! these names and the generator writes them. (The derive's declaration,
//! `#[proc_macro_derive(Table, attributes(table, column, foreign_key,
//! unique))]`, must name the four attributes as identifiers; a unit test in
//! the derive holds it to [`ATTRIBUTES`].)

/// `#[table(…)]` on the struct.
pub const TABLE: &str = "table";
/// `#[column(…)]` on a field.
pub const COLUMN: &str = "column";
/// `#[foreign_key(…)]` on the struct, one per key.
pub const FOREIGN_KEY: &str = "foreign_key";
/// `#[unique(…)]` on the struct, one per multi-column unique key.
pub const UNIQUE: &str = "unique";
/// Every attribute the derive reads.
pub const ATTRIBUTES: &[&str] = &[TABLE, COLUMN, FOREIGN_KEY, UNIQUE];

/// The keys of `#[table(…)]`.
pub mod table {
    pub const SCHEMA: &str = "schema";
    pub const NAME: &str = "name";
    pub const VIEW: &str = "view";
    pub const INSERT: &str = "insert";
    pub const PATCH: &str = "patch";
    pub const SNAPSHOT: &str = "snapshot";
    pub const SQLX_FROM_ROW: &str = "sqlx_from_row";
    /// The path of the runtime crate in emitted code (serde's `crate = "…"`).
    pub const CRATE: &str = "crate";
}

/// The keys of `#[column(…)]`, and the values of `identity`.
pub mod column {
    pub const NAME: &str = "name";
    pub const SQL_TYPE: &str = "sql_type";
    pub const PRIMARY_KEY: &str = "primary_key";
    pub const UNIQUE: &str = "unique";
    pub const INDEXED: &str = "indexed";
    pub const DEFAULT: &str = "default";
    pub const GENERATED: &str = "generated";
    pub const IDENTITY: &str = "identity";
    pub const VIA_TEXT: &str = "via_text";
    pub const NO_INSERT: &str = "no_insert";
    pub const CUSTOM_TYPE: &str = "custom_type";
    /// `identity = "always"`: the database always assigns the value.
    pub const IDENTITY_ALWAYS: &str = "always";
    /// `identity = "by_default"`: an inserted value wins.
    pub const IDENTITY_BY_DEFAULT: &str = "by_default";
}

/// The keys of `#[foreign_key(…)]`.
pub mod foreign_key {
    pub const NAME: &str = "name";
    pub const COLUMNS: &str = "columns";
    pub const REFERENCES: &str = "references";
    pub const REF_COLUMNS: &str = "ref_columns";
    pub const TARGET: &str = "target";
}

/// The keys of `#[unique(…)]`.
pub mod unique {
    pub const NAME: &str = "name";
    pub const COLUMNS: &str = "columns";
}
