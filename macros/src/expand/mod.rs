//! Expansion: `sqlx::FromRow`, the `Table` impl with static metadata, and
//! the query helpers as inherent methods: read helpers ([`read`]), write
//! helpers ([`write`], [`insert_many`]) and relation helpers
//! ([`relations`]). Every SQL string is built here, at compile time, and
//! emitted as a literal; values only ever travel as bind parameters. Paths
//! into the runtime crate start at [`TableDef::krate`] (`::runtime`, or
//! `#[table(crate = "…")]`), every other path at `::core` or `::std`, so no
//! name in the user's scope changes what they mean.

mod insert_many;
mod read;
mod relations;
mod write;

use crate::attr::{FieldDef, TableDef};
use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use schema::types::MAX_RECORD_FIELDS;
use syn::Ident;

/// A double-quoted SQL identifier.
fn q(name: &str) -> String {
    schema::sql::quote(name)
}

/// A single-quoted SQL string literal.
fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn unraw(ident: &Ident) -> String {
    ident.to_string().trim_start_matches("r#").to_owned()
}

/// The helpers' names: relation helpers avoid them.
const RESERVED: &[&str] = &[
    "find",
    "get",
    "list",
    "insert",
    "insert_many",
    "upsert",
    "update",
    "patch",
    "delete",
];

/// The SQL every helper starts from.
struct Sql {
    /// `"schema"."table"`.
    table: String,
    /// `SELECT <columns> FROM <table>`.
    select: String,
    /// ` RETURNING <columns>`.
    returning: String,
}

pub fn expand(def: &TableDef) -> TokenStream {
    let ident = &def.ident;
    let rt = &def.krate;
    let table = format!("{}.{}", q(&def.schema), q(&def.name));
    let cols: Vec<String> = def
        .fields
        .iter()
        .map(|f| {
            if f.via_text {
                format!("{c}::text AS {c}", c = q(&f.column))
            } else {
                q(&f.column)
            }
        })
        .collect();
    let sql = Sql {
        select: format!("SELECT {} FROM {table}", cols.join(", ")),
        returning: format!(" RETURNING {}", cols.join(", ")),
        table,
    };
    let (schema, name, view) = (&def.schema, &def.name, def.view);
    let columns: Vec<&String> = def.fields.iter().map(|f| &f.column).collect();
    let pk: Vec<&FieldDef> = def.primary_key();
    let pk_names: Vec<&String> = pk.iter().map(|f| &f.column).collect();
    let select = &sql.select;

    let mut helpers = vec![read::helpers(def, &sql, &pk)];
    if !def.view {
        helpers.push(write::helpers(def, &sql, &pk));
    }
    let relations = relations::helpers(def, &sql);
    let from_row = (!def.sqlx_from_row).then(|| from_row(def));
    quote! {
        #from_row

        impl #rt::Table for #ident {
            const SCHEMA: &'static str = #schema;
            const NAME: &'static str = #name;
            const COLUMNS: &'static [&'static str] = &[#(#columns),*];
            const PRIMARY_KEY: &'static [&'static str] = &[#(#pk_names),*];
            const SELECT: &'static str = #select;
            const VIEW: bool = #view;
        }

        #[allow(clippy::too_many_arguments)]
        impl #ident {
            #(#helpers)*
        }

        #relations
    }
}

/// `sqlx::FromRow`, by column name (what the helpers' SELECT lists name),
/// so an application needs no `sqlx` dependency and no second derive.
fn from_row(def: &TableDef) -> TokenStream {
    let ident = &def.ident;
    let rt = &def.krate;
    let fields = &def.fields;
    let body = if (1..=MAX_RECORD_FIELDS).contains(&fields.len()) {
        // One call with the tuple of the field types (see `runtime::row`).
        let idents: Vec<&Ident> = fields.iter().map(|f| &f.ident).collect();
        let types = fields.iter().map(|f| &f.ty);
        let columns = fields.iter().map(|f| &f.column);
        quote! {
            match #rt::row::record::<(#(#types,)*)>(row, &[#(#columns),*]) {
                ::core::result::Result::Ok((#(#idents,)*)) => ::core::result::Result::Ok(Self { #(#idents),* }),
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
    } else {
        let fields = fields.iter().map(|f| {
            let (i, t, c) = (&f.ident, &f.ty, &f.column);
            quote!(#i: #rt::sqlx::Row::try_get::<#t, _>(row, #c)?)
        });
        quote!(::core::result::Result::Ok(Self { #(#fields,)* }))
    };
    quote! {
        impl<'r> #rt::sqlx::FromRow<'r, #rt::sqlx::postgres::PgRow> for #ident {
            fn from_row(row: &'r #rt::sqlx::postgres::PgRow) -> ::core::result::Result<Self, #rt::sqlx::Error> {
                #body
            }
        }
    }
}

/// `name: &T` parameters, the values to bind, and the matching
/// `"col" = $n` conditions (from `$first`).
fn key_params(fields: &[&FieldDef], first: usize) -> (Vec<TokenStream>, Vec<TokenStream>, String) {
    let params = fields
        .iter()
        .map(|f| {
            let (i, t) = (&f.ident, f.base_ty());
            quote!(#i: &'q #t)
        })
        .collect();
    let binds = fields
        .iter()
        .map(|f| {
            let i = &f.ident;
            quote!(#i)
        })
        .collect();
    let cond = fields
        .iter()
        .enumerate()
        .map(|(n, f)| format!("{} = ${}", q(&f.column), first + n))
        .collect::<Vec<_>>()
        .join(" AND ");
    (params, binds, cond)
}

/// `"a", "b"`: the columns of a key, for ORDER BY and ON CONFLICT.
fn column_list(fields: &[&FieldDef]) -> String {
    let cols: Vec<String> = fields.iter().map(|f| q(&f.column)).collect();
    cols.join(", ")
}

/// A helper's generics: any `db` (the `sqlx::PgExecutor` bound is on
/// `Fetch`'s `.await`, not proved in every helper).
fn exec() -> TokenStream {
    quote!(<'q, E>)
}

/// A span for code about field `ident`: errors point at the field, while
/// names the derive introduces (`new`, `patch`, `r`) still resolve at the
/// call site, also when the struct comes out of a `macro_rules!`.
fn at(ident: &Ident) -> Span {
    Span::call_site().located_at(ident.span())
}

/// The runtime crate's path with every token at `span`: for code about one
/// field (see [`at`]), so an error in it points at the field alone.
fn rt_at(def: &TableDef, span: Span) -> TokenStream {
    def.krate
        .to_token_stream()
        .into_iter()
        .map(|mut token| {
            token.set_span(span);
            token
        })
        .collect()
}
