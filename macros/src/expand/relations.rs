//! Relation helpers from single-column foreign keys whose target type is
//! known (`target = Type`): `child.parent(db)` on this struct and
//! `parent.children(db)` on the target.

use super::{exec, q, Sql, RESERVED};
use crate::attr::{FieldDef, ForeignKeyDef, TableDef};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use schema::naming::{self, NameSet};
use syn::{Ident, Path};

pub(super) fn helpers(def: &TableDef, sql: &Sql) -> TokenStream {
    let ident = &def.ident;
    let mut forward = TokenStream::new();
    let mut reverse = TokenStream::new();
    let mut taken = NameSet::default();
    for r in RESERVED {
        taken.claim(r);
    }
    for fk in def
        .foreign_keys
        .iter()
        .filter(|fk| fk.columns.len() == 1 && fk.ref_columns.len() == 1)
    {
        let Some(target) = &fk.target else { continue };
        let Some(f) = def.field(&fk.columns[0]) else {
            continue;
        };
        let method = Ident::new(&forward_name(&mut taken, fk, f), Span::call_site());
        forward.extend(parent(def, fk, f, target, &method));
        reverse.extend(children(def, sql, fk, f, target));
    }
    quote! {
        impl #ident { #forward }
        #reverse
    }
}

/// The parent helper's name: the column without `_id` (`user_id` →
/// `user`), else `<column>_row`; two keys on one column name the target.
fn forward_name(taken: &mut NameSet, fk: &ForeignKeyDef, f: &FieldDef) -> String {
    let col = &f.column;
    let base = col
        .strip_suffix("_id")
        .filter(|b| !b.is_empty())
        .unwrap_or(col);
    let mut name = naming::field_name(base);
    if RESERVED.contains(&name.as_str())
        || name == naming::field_name(col)
        || name.starts_with("r#")
    {
        name = format!("{}_row", naming::field_name(col).trim_start_matches("r#"));
    }
    let name = taken.claim(&name);
    if !name.ends_with(|c: char| c.is_ascii_digit()) {
        return name;
    }
    // Two keys on one column: name the target instead of a number.
    let stem = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_');
    taken.claim(&format!("{stem}_{}", naming::module_name(&fk.ref_table)))
}

/// `child.parent(db)`: the target's SELECT and this row's own key. The key
/// columns may differ in type (an `integer` referencing a `bigint`), which
/// PostgreSQL compares as it is; the SQL is built once per process
/// (`runtime::query::concat`).
fn parent(
    def: &TableDef,
    fk: &ForeignKeyDef,
    f: &FieldDef,
    target: &Path,
    method: &Ident,
) -> TokenStream {
    let (rt, exec) = (&def.krate, exec());
    let field = &f.ident;
    let tail = format!(" WHERE {} = $1", q(&fk.ref_columns[0]));
    let statement = quote! {
        let sql = #rt::query::concat(<#target as #rt::Table>::SELECT, #tail);
    };
    let body = if f.option_inner.is_some() {
        quote!(#statement match &self.#field { ::core::option::Option::Some(v) => #rt::query::bound(db, sql, &[v]), ::core::option::Option::None => #rt::query::nothing(db) })
    } else {
        quote!(#statement #rt::query::bound(db, sql, &[&self.#field]))
    };
    let doc = schema::doc::inert(&format!(
        "The `{}.{}` row this row's `{}` points at (foreign key `{}`).",
        fk.ref_schema, fk.ref_table, f.column, fk.name
    ));
    quote! {
        #[doc = #doc]
        pub fn #method #exec (&'q self, db: E) -> #rt::query::Fetch<'q, E, #target, #rt::query::Optional> { #body }
    }
}

/// `parent.children(db)`, on the target: named after this table, and after
/// the column too when several keys point at the same table.
fn children(
    def: &TableDef,
    sql: &Sql,
    fk: &ForeignKeyDef,
    f: &FieldDef,
    target: &Path,
) -> TokenStream {
    let (rt, exec, ident) = (&def.krate, exec(), &def.ident);
    let col = &f.column;
    let same_target = def
        .foreign_keys
        .iter()
        .filter(|o| o.ref_schema == fk.ref_schema && o.ref_table == fk.ref_table)
        .count();
    let children = naming::module_name(&def.name);
    let name = if same_target > 1 {
        format!("{children}_by_{}", naming::module_name(col))
    } else {
        children
    };
    // A child table named like a helper of the parent (`list`, `get`,
    // `find_by_…`) would collide with it.
    let name = if RESERVED.contains(&name.as_str())
        || name.starts_with("find_by_")
        || name.starts_with("list_by_")
    {
        format!("{name}_rows")
    } else {
        name
    };
    let method = Ident::new(&name, Span::call_site());
    let ref_field = syn::parse_str::<Ident>(&naming::field_name(&fk.ref_columns[0]))
        .unwrap_or_else(|_| format_ident!("id"));
    let sql = format!("{} WHERE {} = $1", sql.select, q(col));
    let doc = schema::doc::inert(&format!(
        "The `{}.{}` rows whose `{col}` points at this row (foreign key `{}`).",
        def.schema, def.name, fk.name
    ));
    quote! {
        impl #target {
            #[doc = #doc]
            pub fn #method #exec (&'q self, db: E) -> #rt::query::Fetch<'q, E, #ident, #rt::query::All> {
                #rt::query::bound(db, #sql, &[&self.#ref_field])
            }
        }
    }
}
