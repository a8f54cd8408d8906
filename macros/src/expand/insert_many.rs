//! `insert_many`: one `INSERT … SELECT … FROM UNNEST($1, $2, …)` statement;
//! array columns travel as `jsonb[]` (UNNEST would flatten them) and are
//! cast back to their `sql_type`.

use super::write::insert_value;
use super::{at, column_list, exec, rt_at, Sql};
use crate::attr::{FieldDef, TableDef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use schema::types::MAX_RECORD_FIELDS;
use syn::Ident;

pub(super) fn helper(
    def: &TableDef,
    sql: &Sql,
    writable: &[&FieldDef],
    insert_ty: &syn::Path,
) -> TokenStream {
    let rt = &def.krate;
    let aliases: Vec<String> = (1..=writable.len()).map(|i| format!("c{i}")).collect();
    let mut params = Vec::new();
    let mut exprs = Vec::new();
    // A row's value of each column, typed by the insert struct's field.
    let mut elements = Vec::new();
    for (i, f) in writable.iter().enumerate() {
        let alias = format!("u.{}", aliases[i]);
        let ident = &f.ident;
        if f.is_array() {
            let sql_type = f
                .sql_type
                .as_deref()
                .expect("attr: a written array column has its sql_type");
            let elem = sql_type.trim_end_matches("[]");
            params.push(format!("${}::jsonb[]", i + 1));
            let value = format!("CASE WHEN jsonb_typeof({alias}) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text({alias}))::{elem}[] END");
            exprs.push(match (&f.default, f.optional_on_insert()) {
                (Some(d), true) => format!("COALESCE({value}, {d})"),
                _ => value,
            });
            let rt = rt_at(def, at(ident));
            elements.push(quote_spanned!(at(ident)=> #rt::sqlx::types::Json(&r.#ident)));
        } else {
            params.push(if f.via_text {
                format!("${}::text[]", i + 1)
            } else {
                format!("${}", i + 1)
            });
            exprs.push(insert_value(def, f, alias));
            elements.push(quote_spanned!(at(ident)=> &r.#ident));
        }
    }
    let many_sql = format!(
        "INSERT INTO {} ({}) SELECT {} FROM UNNEST({}) AS u({}){}",
        sql.table,
        column_list(writable),
        exprs.join(", "),
        params.join(", "),
        aliases.join(", "),
        sql.returning
    );
    let exec = exec();
    if (1..=MAX_RECORD_FIELDS).contains(&writable.len()) {
        // One call with a closure giving a row's tuple (`runtime::query::Unnest`).
        return quote! {
            /// Inserts all rows in one statement (`UNNEST` of one array per column); returns them as stored.
            pub fn insert_many #exec (db: E, rows: &'q [#insert_ty]) -> #rt::query::Fetch<'q, E, Self, #rt::query::All> {
                #rt::query::unnest(db, #many_sql, rows, |r: &'q #insert_ty| (#(#elements,)*))
            }
        };
    }
    // Wider than the largest `Unnest` tuple: one array per column, filled
    // in one plain loop (cheaper to compile than an iterator chain per column).
    let vars: Vec<Ident> = (1..=writable.len())
        .map(|i| format_ident!("c{i}"))
        .collect();
    let pushes = vars
        .iter()
        .zip(&elements)
        .map(|(var, element)| quote!(#var.push(#element);));
    quote! {
        /// Inserts all rows in one statement (`UNNEST` of one array per column); returns them as stored.
        pub fn insert_many #exec (db: E, rows: &'q [#insert_ty]) -> #rt::query::Fetch<'q, E, Self, #rt::query::All> {
            #(let mut #vars = ::std::vec::Vec::with_capacity(rows.len());)*
            for r in rows {
                // Typed like `insert`'s `new`, so a missing field is one error, not two.
                let r: &'q #insert_ty = r;
                #(#pushes)*
            }
            #rt::query::bound(db, #many_sql, &[#(&#vars),*])
        }
    }
}
