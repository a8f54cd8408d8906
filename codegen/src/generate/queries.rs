//! `generated/src/queries/<file>.rs`: per query of `queries/*.sql`, a row
//! struct and a function generic over `sqlx::PgExecutor` returning
//! `runtime::Fetch` (so it runs on a pool, a transaction or an RLS
//! `Session`); and `generated/queries.json`, the record of every query's
//! parameters and columns.

use super::context::Context;
use super::tokens::{
    doc, doc_values, ident, parameter_names, quote_sql_ident, rust_type, sql_block,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use schema::naming;
use schema::query::{Cardinality, QueryModel};
use std::collections::BTreeMap;

/// Fills in the Rust types of `models` (the one type table, with
/// codegen.toml overrides, enums and composites of the generated schemas).
pub fn typed(ctx: &Context, models: &[QueryModel]) -> Vec<QueryModel> {
    models
        .iter()
        .map(|m| {
            let mut m = m.clone();
            for p in &mut m.params {
                let mapped = ctx.map_type(&p.ty);
                p.rust_type = mapped.rust;
                p.via_text = mapped.via_text;
            }
            for c in &mut m.columns {
                let mapped = ctx.map_type(&c.ty);
                c.rust_type = schema::types::nullable(&mapped.rust, c.nullable);
                c.via_text = mapped.via_text;
            }
            m
        })
        .collect()
}

/// The SQL the function runs: text-bound parameters cast (`$n::type`),
/// text-read columns selected as `::text` around the query.
fn statement(m: &QueryModel) -> String {
    let mut sql = String::with_capacity(m.sql.len());
    let mut last = 0;
    for (at, len, n) in placeholders(&m.sql) {
        sql.push_str(&m.sql[last..at + len]);
        if let Some(p) = m.params.get(n - 1).filter(|p| p.via_text) {
            sql.push_str(&format!("::{}", schema::sql::cast(&p.ty)));
        }
        last = at + len;
    }
    sql.push_str(&m.sql[last..]);
    if !m.columns.iter().any(|c| c.via_text) {
        return sql;
    }
    let cols: Vec<String> = m
        .columns
        .iter()
        .map(|c| {
            let n = quote_sql_ident(&c.name);
            if c.via_text {
                format!("q.{n}::text AS {n}")
            } else {
                format!("q.{n}")
            }
        })
        .collect();
    format!("WITH q AS ({sql}) SELECT {} FROM q", cols.join(", "))
}

/// The `$n` placeholders of a query's SQL (read with the lexer: none in
/// strings, quoted names, comments or dollar-quoted bodies): byte offset,
/// length and n.
fn placeholders(sql: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut tokens = crate::sql::tokens(sql).peekable();
    while let Some(t) = tokens.next() {
        if t.text(sql) != "$" {
            continue;
        }
        let Some(next) = tokens.peek() else { break };
        let digits = next
            .text(sql)
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if let Ok(n) = next.text(sql)[..digits].parse() {
            out.push((t.start, 1 + digits, n));
        }
    }
    out
}

/// The Rust files of the queries (`src/queries/…`), by path.
pub fn emit(models: &[QueryModel]) -> BTreeMap<String, TokenStream> {
    let mut by_file: BTreeMap<String, Vec<&QueryModel>> = BTreeMap::new();
    for m in models {
        by_file.entry(m.file.clone()).or_default().push(m);
    }
    let mut modules = naming::NameSet::default();
    let mut out = BTreeMap::new();
    for (file, models) in by_file {
        let module = modules.claim(&naming::module_name(file.trim_end_matches(".sql")));
        let mut items = TokenStream::new();
        for m in models {
            items.extend(query(m));
        }
        out.insert(module, items);
    }
    out
}

/// The doc comment of a query's function: name, place, SQL, parameters.
fn docs(m: &QueryModel) -> TokenStream {
    let lines = vec![
        format!(
            "`{}` ({}:{}, `:{}`).",
            m.name,
            m.file,
            m.line,
            format!("{:?}", m.cardinality).to_lowercase()
        ),
        String::new(),
    ];
    let mut values = doc_values(&lines);
    values.extend(sql_block(&m.sql));
    if !m.params.is_empty() {
        let params: Vec<String> = std::iter::once(String::new())
            .chain(
                m.params
                    .iter()
                    .map(|p| format!("- `{}`: `{}`", p.name, p.sql_type)),
            )
            .collect();
        values.extend(doc_values(&params));
    }
    quote! { #( #[doc = #values] )* }
}

/// The row struct of a row-returning query and its `FromRow`.
fn row_struct(
    m: &QueryModel,
    fn_name: &proc_macro2::Ident,
    row: &proc_macro2::Ident,
) -> TokenStream {
    let fields = m.columns.iter().map(|c| {
        let f = ident(&naming::field_name(&c.name));
        let t = rust_type(&c.rust_type);
        let d = doc(&[format!(
            "SQL: `{}`{}",
            c.sql_type,
            if c.nullable { "" } else { " NOT NULL (proven)" }
        )]);
        quote!(#d pub #f: #t)
    });
    let reads = m.columns.iter().map(|c| {
        let f = ident(&naming::field_name(&c.name));
        let t = rust_type(&c.rust_type);
        let n = &c.name;
        quote!(#f: sqlx::Row::try_get::<#t, _>(row, #n)?)
    });
    let row_doc = doc(&[format!(
        "A row of [`{}`].",
        fn_name.to_string().trim_start_matches("r#")
    )]);
    quote! {
        #row_doc
        #[derive(Debug, Clone, PartialEq, serde::Serialize)]
        pub struct #row { #(#fields,)* }
        impl<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> for #row {
            fn from_row(row: &'r sqlx::postgres::PgRow) -> Result<Self, sqlx::Error> {
                Ok(Self { #(#reads,)* })
            }
        }
    }
}

/// A query's function (and its row struct).
fn query(m: &QueryModel) -> TokenStream {
    let fn_name = ident(&naming::field_name(&heck::ToSnakeCase::to_snake_case(
        m.name.as_str(),
    )));
    let row = format_ident!("{}Row", naming::type_name(&m.name));
    let names = parameter_names(
        m.params
            .iter()
            .map(|p| naming::field_name(&p.name))
            .collect(),
    );
    let params = m.params.iter().zip(&names).map(|(p, n)| {
        let n = ident(n);
        let t = if p.rust_type == "String" {
            quote!(str)
        } else {
            let t = rust_type(&p.rust_type);
            quote!(#t)
        };
        quote!(#n: &'q #t)
    });
    let binds = names.iter().map(|n| {
        let n = ident(n);
        quote!(&#n)
    });
    let sql = statement(m);
    let docs = docs(m);
    let (target, mode, row_item) = match m.cardinality {
        Cardinality::Exec => (quote!(()), quote!(runtime::query::Exec), TokenStream::new()),
        Cardinality::Execrows => (
            quote!(()),
            quote!(runtime::query::Affected),
            TokenStream::new(),
        ),
        Cardinality::One => (
            quote!(#row),
            quote!(runtime::query::Optional),
            row_struct(m, &fn_name, &row),
        ),
        Cardinality::Many => (
            quote!(#row),
            quote!(runtime::query::All),
            row_struct(m, &fn_name, &row),
        ),
    };
    let allow = (m.params.len() > 6).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    quote! {
        #row_item
        #docs
        #allow
        pub fn #fn_name<'q, E: sqlx::PgExecutor<'q>>(db: E, #(#params),*) -> runtime::query::Fetch<'q, E, #target, #mode> {
            runtime::query::bound(db, #sql, &[#(#binds),*])
        }
    }
}
