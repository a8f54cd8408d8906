//! The write helpers of a table: `insert` and `upsert` (with `insert =
//! NewType`), `insert_many` (see [`super::insert_many`]), `delete`,
//! `update`, and `patch` (with `patch = PatchType`).

use super::{at, column_list, exec, key_params, lit, q, rt_at, Sql};
use crate::attr::{FieldDef, TableDef};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

pub(super) fn helpers(def: &TableDef, sql: &Sql, pk: &[&FieldDef]) -> TokenStream {
    let mut out = TokenStream::new();
    let writable: Vec<&FieldDef> = def.fields.iter().filter(|f| f.insertable()).collect();
    if let Some(insert_ty) = &def.insert {
        out.extend(insert(def, sql, pk, &writable, insert_ty));
        out.extend(super::insert_many::helper(def, sql, &writable, insert_ty));
    }
    if pk.is_empty() {
        return out;
    }
    out.extend(delete(def, sql, pk));
    let settable: Vec<&FieldDef> = writable
        .iter()
        .copied()
        .filter(|f| !f.primary_key)
        .collect();
    if !settable.is_empty() {
        out.extend(update(def, sql, pk, &settable));
        if let Some(patch_ty) = &def.patch {
            out.extend(patch(def, sql, pk, &settable, patch_ty));
        }
    }
    out
}

/// The value expression of an inserted column, with its default for `None`.
pub(super) fn insert_value(def: &TableDef, f: &FieldDef, placeholder: String) -> String {
    let value = cast(f, placeholder);
    if !f.optional_on_insert() {
        return value;
    }
    match (&f.default, f.identity.as_deref()) {
        (Some(d), _) => format!("COALESCE({value}, {d})"),
        (None, Some(_)) => format!(
            "COALESCE({value}, nextval(pg_get_serial_sequence({}, {})))",
            lit(&format!("{}.{}", q(&def.schema), q(&def.name))),
            lit(&f.column)
        ),
        _ => value,
    }
}

/// `$n::sql_type` for a `via_text` column (sent as text), else `$n`.
fn cast(f: &FieldDef, placeholder: String) -> String {
    match (&f.via_text, &f.sql_type) {
        (true, Some(t)) => format!("{placeholder}::{t}"),
        _ => placeholder,
    }
}

/// `insert`, and `upsert` when there is a primary key.
fn insert(
    def: &TableDef,
    sql: &Sql,
    pk: &[&FieldDef],
    writable: &[&FieldDef],
    insert_ty: &syn::Path,
) -> TokenStream {
    let (rt, exec) = (&def.krate, exec());
    let (table, returning) = (&sql.table, &sql.returning);
    let col_list = column_list(writable);
    let values: Vec<String> = writable
        .iter()
        .enumerate()
        .map(|(i, f)| insert_value(def, f, format!("${}", i + 1)))
        .collect();
    let insert_sql = format!(
        "INSERT INTO {table} ({col_list}) VALUES ({}){returning}",
        values.join(", ")
    );
    // Field accesses carry the row field's span: a field missing from the
    // insert struct is reported on the row struct's field.
    let binds: Vec<TokenStream> = writable
        .iter()
        .map(|f| {
            let i = &f.ident;
            quote_spanned!(at(i)=> &new.#i)
        })
        .collect();
    let mut out = quote! {
        /// Inserts one row and returns it as stored (defaults and generated columns filled in).
        pub fn insert #exec (db: E, new: &'q #insert_ty) -> #rt::query::Fetch<'q, E, Self, #rt::query::One> {
            #rt::query::bound(db, #insert_sql, &[#(#binds),*])
        }
    };
    if pk.is_empty() {
        return out;
    }
    let excluded = |f: &&FieldDef| format!("{c} = EXCLUDED.{c}", c = q(&f.column));
    let mut sets: Vec<String> = writable
        .iter()
        .filter(|f| !f.primary_key)
        .map(excluded)
        .collect();
    if sets.is_empty() {
        sets = pk.iter().map(excluded).collect();
    }
    let upsert_sql = format!(
        "INSERT INTO {table} ({col_list}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {}{returning}",
        values.join(", "),
        column_list(pk),
        sets.join(", ")
    );
    out.extend(quote! {
        /// Inserts the row, or replaces the existing row with the same primary key.
        pub fn upsert #exec (db: E, new: &'q #insert_ty) -> #rt::query::Fetch<'q, E, Self, #rt::query::One> {
            #rt::query::with_sql(Self::insert(db, new), #upsert_sql)
        }
    });
    out
}

fn delete(def: &TableDef, sql: &Sql, pk: &[&FieldDef]) -> TokenStream {
    let (rt, exec) = (&def.krate, exec());
    let (params, binds, cond) = key_params(pk, 1);
    let delete_sql = format!("DELETE FROM {} WHERE {cond}", sql.table);
    quote! {
        /// Deletes the row with this primary key; returns the number of rows deleted (0 or 1).
        pub fn delete #exec (db: E, #(#params),*) -> #rt::query::Fetch<'q, E, (), #rt::query::Affected> {
            #rt::query::bound(db, #delete_sql, &[#(#binds),*])
        }
    }
}

/// `row.update(db)`: every settable column, found by the primary key.
fn update(def: &TableDef, sql: &Sql, pk: &[&FieldDef], settable: &[&FieldDef]) -> TokenStream {
    let (rt, exec) = (&def.krate, exec());
    let n = settable.len();
    let sets: Vec<String> = settable
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{} = {}", q(&f.column), cast(f, format!("${}", i + 1))))
        .collect();
    let where_pk: Vec<String> = pk
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{} = ${}", q(&f.column), n + 1 + i))
        .collect();
    let update_sql = format!(
        "UPDATE {} SET {} WHERE {}{}",
        sql.table,
        sets.join(", "),
        where_pk.join(" AND "),
        sql.returning
    );
    let set_binds = settable.iter().map(|f| {
        let i = &f.ident;
        quote!(&self.#i)
    });
    let pk_binds = pk.iter().map(|f| {
        let i = &f.ident;
        quote!(&self.#i)
    });
    quote! {
        /// Writes every column of this row (found by its primary key); `None` when no row was updated.
        pub fn update #exec (&'q self, db: E) -> #rt::query::Fetch<'q, E, Self, #rt::query::Optional> {
            #rt::query::bound(db, #update_sql, &[#(#set_binds,)* #(#pk_binds),*])
        }
    }
}

/// `patch`: only the fields that are `Some`. A NOT NULL column's field is
/// `Option<T>`: NULL leaves it unchanged (`COALESCE`), one parameter. A
/// nullable column's is `Option<Option<T>>`: a flag, then the value.
fn patch(
    def: &TableDef,
    sql: &Sql,
    pk: &[&FieldDef],
    settable: &[&FieldDef],
    patch_ty: &syn::Path,
) -> TokenStream {
    let (rt, exec) = (&def.krate, exec());
    let mut next = 0;
    let mut placeholder = || {
        next += 1;
        format!("${next}")
    };
    let sets: Vec<String> = settable
        .iter()
        .map(|f| {
            let flag = f.option_inner.is_some().then(&mut placeholder);
            let value = cast(f, placeholder());
            let c = q(&f.column);
            match flag {
                Some(flag) => format!("{c} = CASE WHEN {flag} THEN {value} ELSE {c} END"),
                None => format!("{c} = COALESCE({value}, {c})"),
            }
        })
        .collect();
    let (params, key_binds, cond) = key_params(pk, next + 1);
    let patch_sql = format!(
        "UPDATE {} SET {} WHERE {cond}{}",
        sql.table,
        sets.join(", "),
        sql.returning
    );
    let binds = settable.iter().map(|f| {
        let i = &f.ident;
        let rt = rt_at(def, at(i));
        if f.option_inner.is_some() {
            quote_spanned!(at(i)=> &patch.#i.is_some(), &#rt::query::inner(&patch.#i))
        } else {
            quote_spanned!(at(i)=> #rt::query::optional(&patch.#i))
        }
    });
    quote! {
        /// Sets only the fields that are `Some` (`Some(None)` sets NULL); `None` when no row matched.
        pub fn patch #exec (db: E, #(#params,)* patch: &'q #patch_ty) -> #rt::query::Fetch<'q, E, Self, #rt::query::Optional> {
            #rt::query::bound(db, #patch_sql, &[#(#binds,)* #(#key_binds),*])
        }
    }
}
