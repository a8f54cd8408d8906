//! Expansion: the `runtime::Table` impl with static metadata, and the query
//! helpers as inherent methods. Every SQL string is built here, at compile
//! time, and emitted as a literal; values only ever travel as bind
//! parameters.

use crate::attr::{FieldDef, TableDef};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
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

/// Is the field's base type a `Vec<T>` (an SQL array), other than `Vec<u8>`?
fn is_array(f: &FieldDef) -> bool {
    let syn::Type::Path(p) = f.base_ty() else {
        return false;
    };
    let Some(last) = p.path.segments.last() else {
        return false;
    };
    if last.ident != "Vec" {
        return false;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return false;
    };
    !matches!(args.args.first(), Some(syn::GenericArgument::Type(syn::Type::Path(t))) if t.path.is_ident("u8"))
}

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

struct Sql {
    table: String,
    select: String,
    returning: String,
}

pub fn expand(def: &TableDef) -> TokenStream {
    let ident = &def.ident;
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

    let mut helpers = vec![read_helpers(def, &sql, &pk)];
    if !def.view {
        helpers.push(write_helpers(def, &sql, &pk));
    }
    let relations = relations(def, &sql);
    let from_row = (!def.sqlx_from_row).then(|| from_row(def));
    quote! {
        #from_row

        impl runtime::Table for #ident {
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
    let fields = &def.fields;
    let body = if (1..=MAX_RECORD_FIELDS).contains(&fields.len()) {
        // One call with the tuple of the field types (see `runtime::row`).
        let idents: Vec<&Ident> = fields.iter().map(|f| &f.ident).collect();
        let types = fields.iter().map(|f| &f.ty);
        let columns = fields.iter().map(|f| &f.column);
        quote! {
            match runtime::row::record::<(#(#types,)*)>(row, &[#(#columns),*]) {
                ::core::result::Result::Ok((#(#idents,)*)) => ::core::result::Result::Ok(Self { #(#idents),* }),
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
    } else {
        let fields = fields.iter().map(|f| {
            let (i, t, c) = (&f.ident, &f.ty, &f.column);
            quote!(#i: runtime::sqlx::Row::try_get::<#t, _>(row, #c)?)
        });
        quote!(::core::result::Result::Ok(Self { #(#fields,)* }))
    };
    quote! {
        impl<'r> runtime::sqlx::FromRow<'r, runtime::sqlx::postgres::PgRow> for #ident {
            fn from_row(row: &'r runtime::sqlx::postgres::PgRow) -> ::core::result::Result<Self, runtime::sqlx::Error> {
                #body
            }
        }
    }
}

/// `name: &T` parameters and the matching `"col" = $n` conditions.
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

fn order_by(pk: &[&FieldDef]) -> String {
    let cols: Vec<String> = pk.iter().map(|f| q(&f.column)).collect();
    cols.join(", ")
}

fn read_helpers(def: &TableDef, sql: &Sql, pk: &[&FieldDef]) -> TokenStream {
    let select = &sql.select;
    let mut out = TokenStream::new();
    let exec = exec();
    if !pk.is_empty() {
        let (params, binds, cond) = key_params(pk, 1);
        let find_sql = format!("{select} WHERE {cond}");
        let order = order_by(pk);
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
        out.extend(quote! {
            /// The row with this primary key, if it exists (and row-level security lets you see it).
            pub fn find #exec (db: E, #(#params),*) -> runtime::query::Fetch<'q, E, Self, runtime::query::Optional> {
                runtime::query::bound(db, #find_sql, &[#(#binds),*])
            }
            /// The row with this primary key; `sqlx::Error::RowNotFound` when there is none.
            pub fn get #exec (db: E, #(#params),*) -> runtime::query::Fetch<'q, E, Self, runtime::query::One> {
                runtime::query::bound(db, #find_sql, &[#(#binds),*])
            }
            /// Up to `limit` rows in primary-key order, after the key `after` (keyset pagination).
            pub fn list #exec (db: E, after: Option<#after_ty>, limit: i64) -> runtime::query::Fetch<'q, E, Self, runtime::query::All> {
                runtime::query::bound(db, #list_sql, &[&after.is_none(), #(#after_binds,)* &limit])
            }
        });
    } else {
        let list_sql = format!("{select} LIMIT $1");
        out.extend(quote! {
            /// Up to `limit` rows (no primary key: no order).
            pub fn list #exec (db: E, limit: i64) -> runtime::query::Fetch<'q, E, Self, runtime::query::All> {
                runtime::query::bound(db, #list_sql, &[&limit])
            }
        });
    }
    // find_by: single-column keys (the primary key too, for relation helpers).
    let mut uniques: Vec<Vec<&FieldDef>> = def
        .fields
        .iter()
        .filter(|f| f.unique)
        .map(|f| vec![f])
        .collect();
    if pk.len() == 1 && !pk[0].unique {
        uniques.push(vec![pk[0]]);
    }
    for (_, cols) in &def.uniques {
        let fields: Vec<&FieldDef> = cols.iter().filter_map(|c| def.field(c)).collect();
        if fields.len() == cols.len() {
            uniques.push(fields);
        }
    }
    // One finder per column list: a table may have a unique constraint and
    // a unique index on the same columns.
    let mut seen = std::collections::HashSet::new();
    for key in uniques {
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
        let find_sql = format!("{select} WHERE {cond}");
        out.extend(quote! {
            /// The row with this unique key, if any.
            pub fn #name #exec (db: E, #(#params),*) -> runtime::query::Fetch<'q, E, Self, runtime::query::Optional> {
                runtime::query::bound(db, #find_sql, &[#(#binds),*])
            }
        });
    }
    // list_by: indexed and foreign-key columns (not a one-column primary key).
    let order = if pk.is_empty() {
        String::new()
    } else {
        format!(" ORDER BY {}", order_by(pk))
    };
    for f in def
        .fields
        .iter()
        .filter(|f| f.indexed && !(f.primary_key && pk.len() == 1))
    {
        let (params, binds, cond) = key_params(&[f], 1);
        let name = format_ident!("list_by_{}", unraw(&f.ident));
        let list_sql = format!("{select} WHERE {cond}{order}");
        out.extend(quote! {
            /// Every row with this value (an indexed or foreign-key column).
            pub fn #name #exec (db: E, #(#params),*) -> runtime::query::Fetch<'q, E, Self, runtime::query::All> {
                runtime::query::bound(db, #list_sql, &[#(#binds),*])
            }
        });
    }
    out
}

/// The value expression of an inserted column, with its default for `None`.
fn insert_value(def: &TableDef, f: &FieldDef, placeholder: String) -> String {
    let value = match (&f.via_text, &f.sql_type) {
        (true, Some(t)) => format!("{placeholder}::{t}"),
        _ => placeholder,
    };
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

fn write_helpers(def: &TableDef, sql: &Sql, pk: &[&FieldDef]) -> TokenStream {
    let (table, returning) = (&sql.table, &sql.returning);
    let exec = exec();
    let mut out = TokenStream::new();
    let writable: Vec<&FieldDef> = def.fields.iter().filter(|f| f.insertable()).collect();
    let col_list = writable
        .iter()
        .map(|f| q(&f.column))
        .collect::<Vec<_>>()
        .join(", ");

    if let Some(insert_ty) = &def.insert {
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
        out.extend(quote! {
            /// Inserts one row and returns it as stored (defaults and generated columns filled in).
            pub fn insert #exec (db: E, new: &'q #insert_ty) -> runtime::query::Fetch<'q, E, Self, runtime::query::One> {
                runtime::query::bound(db, #insert_sql, &[#(#binds),*])
            }
        });
        if !pk.is_empty() {
            let conflict = pk
                .iter()
                .map(|f| q(&f.column))
                .collect::<Vec<_>>()
                .join(", ");
            let mut sets: Vec<String> = writable
                .iter()
                .filter(|f| !f.primary_key)
                .map(|f| format!("{c} = EXCLUDED.{c}", c = q(&f.column)))
                .collect();
            if sets.is_empty() {
                sets = pk
                    .iter()
                    .map(|f| format!("{c} = EXCLUDED.{c}", c = q(&f.column)))
                    .collect();
            }
            let upsert_sql = format!(
                "INSERT INTO {table} ({col_list}) VALUES ({}) ON CONFLICT ({conflict}) DO UPDATE SET {}{returning}",
                values.join(", "),
                sets.join(", ")
            );
            out.extend(quote! {
                /// Inserts the row, or replaces the existing row with the same primary key.
                pub fn upsert #exec (db: E, new: &'q #insert_ty) -> runtime::query::Fetch<'q, E, Self, runtime::query::One> {
                    runtime::query::with_sql(Self::insert(db, new), #upsert_sql)
                }
            });
        }
        if writable
            .iter()
            .all(|f| !is_array(f) || f.sql_type.is_some())
        {
            out.extend(insert_many(def, &writable, insert_ty, &col_list, returning));
        }
    }

    if !pk.is_empty() {
        let (params, binds, cond) = key_params(pk, 1);
        let delete_sql = format!("DELETE FROM {table} WHERE {cond}");
        out.extend(quote! {
            /// Deletes the row with this primary key; returns the number of rows deleted (0 or 1).
            pub fn delete #exec (db: E, #(#params),*) -> runtime::query::Fetch<'q, E, (), runtime::query::Affected> {
                runtime::query::bound(db, #delete_sql, &[#(#binds),*])
            }
        });
        let settable: Vec<&FieldDef> = writable
            .iter()
            .copied()
            .filter(|f| !f.primary_key)
            .collect();
        if !settable.is_empty() {
            let n = settable.len();
            let sets: Vec<String> = settable
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let p = match (&f.via_text, &f.sql_type) {
                        (true, Some(t)) => format!("${}::{t}", i + 1),
                        _ => format!("${}", i + 1),
                    };
                    format!("{} = {p}", q(&f.column))
                })
                .collect();
            let where_pk: Vec<String> = pk
                .iter()
                .enumerate()
                .map(|(i, f)| format!("{} = ${}", q(&f.column), n + 1 + i))
                .collect();
            let update_sql = format!(
                "UPDATE {table} SET {} WHERE {}{returning}",
                sets.join(", "),
                where_pk.join(" AND ")
            );
            let set_binds = settable.iter().map(|f| {
                let i = &f.ident;
                quote!(&self.#i)
            });
            let pk_binds = pk.iter().map(|f| {
                let i = &f.ident;
                quote!(&self.#i)
            });
            out.extend(quote! {
                /// Writes every column of this row (found by its primary key); `None` when no row was updated.
                pub fn update #exec (&'q self, db: E) -> runtime::query::Fetch<'q, E, Self, runtime::query::Optional> {
                    runtime::query::bound(db, #update_sql, &[#(#set_binds,)* #(#pk_binds),*])
                }
            });
            if let Some(patch_ty) = &def.patch {
                // A NOT NULL column's field is `Option<T>`: NULL leaves it
                // unchanged (`COALESCE`), one parameter. A nullable column's
                // is `Option<Option<T>>`: a flag, then the value.
                let mut next = 0;
                let mut placeholder = || {
                    next += 1;
                    format!("${next}")
                };
                let sets: Vec<String> = settable
                    .iter()
                    .map(|f| {
                        let flag = f.option_inner.is_some().then(&mut placeholder);
                        let value = match (&f.via_text, &f.sql_type) {
                            (true, Some(t)) => format!("{}::{t}", placeholder()),
                            _ => placeholder(),
                        };
                        let c = q(&f.column);
                        match flag {
                            Some(flag) => {
                                format!("{c} = CASE WHEN {flag} THEN {value} ELSE {c} END")
                            }
                            None => format!("{c} = COALESCE({value}, {c})"),
                        }
                    })
                    .collect();
                let (params, key_binds, cond) = key_params(pk, next + 1);
                let patch_sql = format!(
                    "UPDATE {table} SET {} WHERE {cond}{returning}",
                    sets.join(", ")
                );
                let binds = settable.iter().map(|f| {
                    let i = &f.ident;
                    if f.option_inner.is_some() {
                        quote_spanned!(at(i)=> &patch.#i.is_some(), &runtime::query::inner(&patch.#i))
                    } else {
                        quote_spanned!(at(i)=> runtime::query::optional(&patch.#i))
                    }
                });
                out.extend(quote! {
                    /// Sets only the fields that are `Some` (`Some(None)` sets NULL); `None` when no row matched.
                    pub fn patch #exec (db: E, #(#params,)* patch: &'q #patch_ty) -> runtime::query::Fetch<'q, E, Self, runtime::query::Optional> {
                        runtime::query::bound(db, #patch_sql, &[#(#binds,)* #(#key_binds),*])
                    }
                });
            }
        }
    }
    out
}

/// `insert_many`: one `INSERT … SELECT … FROM UNNEST($1, $2, …)` statement;
/// array columns travel as `jsonb[]` (UNNEST would flatten them).
fn insert_many(
    def: &TableDef,
    writable: &[&FieldDef],
    insert_ty: &syn::Path,
    col_list: &str,
    returning: &str,
) -> TokenStream {
    let table = format!("{}.{}", q(&def.schema), q(&def.name));
    let aliases: Vec<String> = (1..=writable.len()).map(|i| format!("c{i}")).collect();
    let mut params = Vec::new();
    let mut exprs = Vec::new();
    // A row's value of each column, typed by the insert struct's field.
    let mut elements = Vec::new();
    for (i, f) in writable.iter().enumerate() {
        let alias = format!("u.{}", aliases[i]);
        let ident = &f.ident;
        if is_array(f) {
            let elem = f
                .sql_type
                .as_deref()
                .unwrap_or("text")
                .trim_end_matches("[]")
                .to_owned();
            params.push(format!("${}::jsonb[]", i + 1));
            let value = format!("CASE WHEN jsonb_typeof({alias}) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text({alias}))::{elem}[] END");
            exprs.push(match (&f.default, f.optional_on_insert()) {
                (Some(d), true) => format!("COALESCE({value}, {d})"),
                _ => value,
            });
            elements.push(quote_spanned!(at(ident)=> runtime::sqlx::types::Json(&r.#ident)));
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
        "INSERT INTO {table} ({col_list}) SELECT {} FROM UNNEST({}) AS u({}){returning}",
        exprs.join(", "),
        params.join(", "),
        aliases.join(", ")
    );
    let exec = exec();
    if (1..=MAX_RECORD_FIELDS).contains(&writable.len()) {
        // One call with a closure giving a row's tuple (`runtime::query::Unnest`).
        return quote! {
            /// Inserts all rows in one statement (`UNNEST` of one array per column); returns them as stored.
            pub fn insert_many #exec (db: E, rows: &'q [#insert_ty]) -> runtime::query::Fetch<'q, E, Self, runtime::query::All> {
                runtime::query::unnest(db, #many_sql, rows, |r: &'q #insert_ty| (#(#elements,)*))
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
        pub fn insert_many #exec (db: E, rows: &'q [#insert_ty]) -> runtime::query::Fetch<'q, E, Self, runtime::query::All> {
            #(let mut #vars = Vec::with_capacity(rows.len());)*
            for r in rows {
                // Typed like `insert`'s `new`, so a missing field is one error, not two.
                let r: &'q #insert_ty = r;
                #(#pushes)*
            }
            runtime::query::bound(db, #many_sql, &[#(&#vars),*])
        }
    }
}

/// Relation helpers from single-column foreign keys whose target type is
/// known: `child.parent(db)` and `parent.children(db)`.
fn relations(def: &TableDef, sql: &Sql) -> TokenStream {
    let ident = &def.ident;
    let select = &sql.select;
    let exec = exec();
    let mut forward = TokenStream::new();
    let mut reverse = TokenStream::new();
    let mut taken = schema::naming::NameSet::default();
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
        let col = &f.column;
        let base = col
            .strip_suffix("_id")
            .filter(|b| !b.is_empty())
            .unwrap_or(col);
        let mut name = schema::naming::field_name(base);
        if RESERVED.contains(&name.as_str())
            || name == schema::naming::field_name(col)
            || name.starts_with("r#")
        {
            name = format!(
                "{}_row",
                schema::naming::field_name(col).trim_start_matches("r#")
            );
        }
        let mut name = taken.claim(&name);
        if name.ends_with(|c: char| c.is_ascii_digit()) {
            // Two keys on one column: name the target instead of a number.
            let stem = name
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '_')
                .to_owned();
            name = taken.claim(&format!(
                "{stem}_{}",
                schema::naming::module_name(&fk.ref_table)
            ));
        }
        let method = Ident::new(&name, Span::call_site());
        // The target's SELECT and this row's own key: the key columns may
        // differ in type (an `integer` referencing a `bigint`), which
        // PostgreSQL compares as it is; the SQL is built once per process
        // (`runtime::query::concat`).
        let field = &f.ident;
        let tail = format!(" WHERE {} = $1", q(&fk.ref_columns[0]));
        let statement = quote! {
            let sql = runtime::query::concat(<#target as runtime::Table>::SELECT, #tail);
        };
        let body = if f.option_inner.is_some() {
            quote!(#statement match &self.#field { ::core::option::Option::Some(v) => runtime::query::bound(db, sql, &[v]), ::core::option::Option::None => runtime::query::nothing(db) })
        } else {
            quote!(#statement runtime::query::bound(db, sql, &[&self.#field]))
        };
        let doc = schema::doc::inert(&format!(
            "The `{}.{}` row this row's `{col}` points at (foreign key `{}`).",
            fk.ref_schema, fk.ref_table, fk.name
        ));
        forward.extend(quote! {
            #[doc = #doc]
            pub fn #method #exec (&'q self, db: E) -> runtime::query::Fetch<'q, E, #target, runtime::query::Optional> { #body }
        });
        let same_target = def
            .foreign_keys
            .iter()
            .filter(|o| o.ref_schema == fk.ref_schema && o.ref_table == fk.ref_table)
            .count();
        let children = schema::naming::module_name(&def.name);
        let rname = if same_target > 1 {
            format!("{children}_by_{}", schema::naming::module_name(col))
        } else {
            children
        };
        // A child table named like a helper of the parent (`list`, `get`,
        // `find_by_…`) would collide with it.
        let rname = if RESERVED.contains(&rname.as_str())
            || rname.starts_with("find_by_")
            || rname.starts_with("list_by_")
        {
            format!("{rname}_rows")
        } else {
            rname
        };
        let rmethod = Ident::new(&rname, Span::call_site());
        let ref_field = syn::parse_str::<Ident>(&schema::naming::field_name(&fk.ref_columns[0]))
            .unwrap_or_else(|_| format_ident!("id"));
        let rsql = format!("{select} WHERE {} = $1", q(col));
        let rdoc = schema::doc::inert(&format!(
            "The `{}.{}` rows whose `{col}` points at this row (foreign key `{}`).",
            def.schema, def.name, fk.name
        ));
        reverse.extend(quote! {
            impl #target {
                #[doc = #rdoc]
                pub fn #rmethod #exec (&'q self, db: E) -> runtime::query::Fetch<'q, E, #ident, runtime::query::All> {
                    runtime::query::bound(db, #rsql, &[&self.#ref_field])
                }
            }
        });
    }
    quote! {
        impl #ident { #forward }
        #reverse
    }
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
