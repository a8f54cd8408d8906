//! What the derive reads from the struct: the table (`#[table]`), its keys
//! (`#[foreign_key]`, `#[unique]`) and one [`FieldDef`] per field
//! (`#[column]`). [`parse`] fills these in and records every mistake in the
//! [`Ctxt`](crate::ctxt::Ctxt), so one compilation reports all of them.

mod parse;

use proc_macro2::Span;
use schema::attrs::column;
use syn::{Ident, LitStr, Path, Type};

pub use parse::parse;

/// One field of the struct.
pub struct FieldDef {
    pub ident: Ident,
    pub ty: Type,
    /// The inner type when the field is `Option<T>`.
    pub option_inner: Option<Type>,
    /// The SQL column name.
    pub column: String,
    pub sql_type: Option<String>,
    pub primary_key: bool,
    pub unique: bool,
    pub indexed: bool,
    /// The default expression, if the column has one.
    pub default: Option<String>,
    pub generated: bool,
    /// [`column::IDENTITY_ALWAYS`] or [`column::IDENTITY_BY_DEFAULT`].
    pub identity: Option<String>,
    pub via_text: bool,
    pub no_insert: bool,
    /// `#[column(custom_type)]`: the Rust type is the application's choice
    /// (a `codegen.toml` override): the type check accepts it.
    pub custom_type: bool,
}

impl FieldDef {
    /// Written by `insert` (not generated, not identity-always, not skipped).
    pub fn insertable(&self) -> bool {
        !self.generated
            && self.identity.as_deref() != Some(column::IDENTITY_ALWAYS)
            && !self.no_insert
    }

    /// `None` in the insert struct means "let the database decide".
    pub fn optional_on_insert(&self) -> bool {
        self.option_inner.is_some() || self.default.is_some() || self.identity.is_some()
    }

    /// The type without `Option`.
    pub fn base_ty(&self) -> &Type {
        self.option_inner.as_ref().unwrap_or(&self.ty)
    }

    /// Is the base type a `Vec<T>` (an SQL array), other than `Vec<u8>` (`bytea`)?
    pub fn is_array(&self) -> bool {
        let Some(inner) = generic_arg(self.base_ty(), "Vec") else {
            return false;
        };
        !matches!(inner, Type::Path(t) if t.path.is_ident("u8"))
    }
}

pub struct ForeignKeyDef {
    pub name: String,
    pub columns: Vec<String>,
    /// The `columns = "…"` literal, where a column no field maps is reported.
    pub columns_span: Span,
    pub ref_schema: String,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
    pub target: Option<Path>,
}

/// `#[unique(name = "…", columns = "a, b")]`: a multi-column unique key.
pub struct UniqueDef {
    pub name: String,
    pub columns: Vec<String>,
    pub columns_span: Span,
}

pub struct TableDef {
    pub ident: Ident,
    pub schema: String,
    pub name: String,
    pub name_span: Span,
    pub view: bool,
    pub insert: Option<Path>,
    pub patch: Option<Path>,
    pub snapshot: Option<LitStr>,
    /// The runtime crate in emitted code: `::runtime`, or `#[table(crate = "…")]`.
    pub krate: Path,
    pub fields: Vec<FieldDef>,
    pub foreign_keys: Vec<ForeignKeyDef>,
    pub uniques: Vec<UniqueDef>,
    /// `#[table(sqlx_from_row)]`: the struct derives `sqlx::FromRow` itself,
    /// so the derive does not implement it.
    pub sqlx_from_row: bool,
}

impl TableDef {
    pub fn field(&self, column: &str) -> Option<&FieldDef> {
        self.fields.iter().find(|f| f.column == column)
    }

    pub fn primary_key(&self) -> Vec<&FieldDef> {
        self.fields.iter().filter(|f| f.primary_key).collect()
    }
}

/// `Wrapper<T>` → `T`, when the type's last segment is `wrapper`.
fn generic_arg<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

/// `Option<T>` → `T`.
pub fn option_inner(ty: &Type) -> Option<Type> {
    generic_arg(ty, "Option").cloned()
}
