//! The read helpers: `find`, `get` and `list` (keyset pages on the primary
//! key), `find_by_<unique key>` and `list_by_<indexed column>`.

use super::{column_list, exec, key_params, unraw, Sql};
use crate::attr::{FieldDef, TableDef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn helpers(def: &TableDef, sql: &Sql, pk: &[&FieldDef]) -> TokenStream {
    let mut out = if pk.is_empty() {
        list_unordered(def, sql)
    } else {
        by_primary_key(def, sql, pk)
    };
    out.extend(find_by(def, sql, pk));
    out.extend(list_by(def, sql, pk));
    out
}

/// `find`, `get` and the keyset `list`.
fn by_primary_key(def: &TableDef, sql: &Sql, pk: &[&FieldDef]) -> TokenStream {
    let (rt, select, exec) = (&def.krate, &sql.select, exec());
    let (params, binds, cond) = key_params(pk, 1);
    let find_sql = format!("{select} WHERE {cond}");
    let order = column_list(pk);
    let after: Vec<TokenStream> = pk
        .iter()
        .map(|f| f.base_ty())
        .map(|t| quote!(&'q #t))
        .collect();
    let after_ty = if pk.len() == 1 {
        after[0].clone()
    } else {
        quote!((#(#after),*))
    };
    let after_binds: Vec<TokenStream> = if pk.len() == 1 {
        vec![quote!(&after)]
    } else {
        (0..pk.len())
            .map(|i| {
                let i = syn::Index::from(i);
                quote!(&after.map(|a| a.#i))
            })
            .collect()
    };
    let placeholders: Vec<String> = (0..pk.len()).map(|i| format!("${}", i + 2)).collect();
    let list_sql = format!(
        "{select} WHERE $1 OR ({order}) > ({}) ORDER BY {order} LIMIT ${}",
        placeholders.join(", "),
        pk.len() + 2
    );
    quote! {
        /// The row with this primary key, if it exists (and row-level security lets you see it).
        pub fn find #exec (db: E, #(#params),*) -> #rt::query::Fetch<'q, E, Self, #rt::query::Optional> {
            #rt::query::bound(db, #find_sql, &[#(#binds),*])
        }
        /// The row with this primary key; `sqlx::Error::RowNotFound` when there is none.
        pub fn get #exec (db: E, #(#params),*) -> #rt::query::Fetch<'q, E, Self, #rt::query::One> {
            #rt::query::bound(db, #find_sql, &[#(#binds),*])
        }
        /// Up to `limit` rows in primary-key order, after the key `after` (keyset pagination).
        pub fn list #exec (db: E, after: ::core::option::Option<#after_ty>, limit: i64) -> #rt::query::Fetch<'q, E, Self, #rt::query::All> {
            #rt::query::bound(db, #list_sql, &[&after.is_none(), #(#after_binds,)* &limit])
        }
    }
}

/// `list` of a table without a primary key: no order.
fn list_unordered(def: &TableDef, sql: &Sql) -> TokenStream {
    let (rt, exec) = (&def.krate, exec());
    let list_sql = format!("{} LIMIT $1", sql.select);
    quote! {
        /// Up to `limit` rows (no primary key: no order).
        pub fn list #exec (db: E, limit: i64) -> #rt::query::Fetch<'q, E, Self, #rt::query::All> {
            #rt::query::bound(db, #list_sql, &[&limit])
        }
    }
}

/// `find_by_<columns>`: single-column unique keys (a one-column primary key
/// too, for relation helpers) and `#[unique]` keys.
fn find_by(def: &TableDef, sql: &Sql, pk: &[&FieldDef]) -> TokenStream {
    let (rt, exec) = (&def.krate, exec());
    let mut keys: Vec<Vec<&FieldDef>> = def
        .fields
        .iter()
        .filter(|f| f.unique)
        .map(|f| vec![f])
        .collect();
    if pk.len() == 1 && !pk[0].unique {
        keys.push(vec![pk[0]]);
    }
    for u in &def.uniques {
        // Every column is mapped (`attr` checked it).
        keys.push(u.columns.iter().filter_map(|c| def.field(c)).collect());
    }
    let mut out = TokenStream::new();
    // One finder per column list: a table may have a unique constraint and
    // a unique index on the same columns.
    let mut seen = std::collections::HashSet::new();
    for key in keys {
        let (params, binds, cond) = key_params(&key, 1);
        let name = format_ident!(
            "find_by_{}",
            key.iter()
                .map(|f| unraw(&f.ident))
                .collect::<Vec<_>>()
                .join("_and_")
        );
        if !seen.insert(name.to_string()) {
            continue;
        }
        let find_sql = format!("{} WHERE {cond}", sql.select);
        out.extend(quote! {
            /// The row with this unique key, if any.
            pub fn #name #exec (db: E, #(#params),*) -> #rt::query::Fetch<'q, E, Self, #rt::query::Optional> {
                #rt::query::bound(db, #find_sql, &[#(#binds),*])
            }
        });
    }
    out
}

/// `list_by_<column>`: indexed and foreign-key columns (not a one-column
/// primary key), in primary-key order.
fn list_by(def: &TableDef, sql: &Sql, pk: &[&FieldDef]) -> TokenStream {
    let (rt, exec) = (&def.krate, exec());
    let order = if pk.is_empty() {
        String::new()
    } else {
        format!(" ORDER BY {}", column_list(pk))
    };
    let mut out = TokenStream::new();
    for f in def
        .fields
        .iter()
        .filter(|f| f.indexed && !(f.primary_key && pk.len() == 1))
    {
        let (params, binds, cond) = key_params(&[f], 1);
        let name = format_ident!("list_by_{}", unraw(&f.ident));
        let list_sql = format!("{} WHERE {cond}{order}", sql.select);
        out.extend(quote! {
            /// Every row with this value (an indexed or foreign-key column).
            pub fn #name #exec (db: E, #(#params),*) -> #rt::query::Fetch<'q, E, Self, #rt::query::All> {
                #rt::query::bound(db, #list_sql, &[#(#binds),*])
            }
        });
    }
    out
}
