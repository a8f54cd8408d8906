//! One file per table or view: the row struct with `#[derive(Table)]` and
//! its attributes, plus the insert (`NewX`) and patch (`XPatch`) structs.

use super::context::{Context, TableNames};
use super::tokens::{attributes, comment_lines, derives, doc, ident, rust_type};
use proc_macro2::TokenStream;
use quote::quote;
use schema::{Column, Identity, IndexKey, Table};

/// Whether the column leads an index or a foreign key (so `list_by` is cheap).
fn indexed(t: &Table, column: &str) -> bool {
    t.indexes
        .iter()
        .any(|i| i.keys.first() == Some(&IndexKey::Column(column.to_owned())))
        || t.foreign_keys
            .iter()
            .any(|f| f.columns.first().map(String::as_str) == Some(column))
}

/// Whether the column alone is unique (a constraint or a full unique index).
fn unique(t: &Table, column: &str) -> bool {
    t.unique_keys
        .iter()
        .any(|k| k.columns == [column] && k.predicate.is_none())
}

fn column_doc(c: &Column) -> Vec<String> {
    let mut lines = comment_lines(&c.comment);
    let mut sql = format!(
        "SQL: `{}`{}",
        c.ty.sql,
        if c.nullable { "" } else { " NOT NULL" }
    );
    if let Some(d) = &c.default {
        sql.push_str(&format!(", default `{d}`"));
    }
    if let Some(g) = &c.generated {
        sql.push_str(&format!(", generated always as `{g}`"));
    }
    match c.identity {
        Some(Identity::Always) => sql.push_str(", identity (always)"),
        Some(Identity::ByDefault) => sql.push_str(", identity (by default)"),
        None => {}
    }
    lines.push(sql);
    lines
}

fn table_doc(t: &Table) -> Vec<String> {
    let mut lines = comment_lines(&t.comment);
    let kind = if t.kind.is_view() { "View" } else { "Table" };
    lines.push(format!("{kind} `{}.{}`.", t.schema, t.name));
    if t.rls_enabled {
        lines.push(String::new());
        lines.push(format!(
            "Row-level security: on{}.",
            if t.rls_forced { " (forced)" } else { "" }
        ));
        for p in &t.policies {
            let mut line = format!("- `{}`: {} to {}", p.name, p.command, p.roles.join(", "));
            if !p.permissive {
                line.push_str(" (restrictive)");
            }
            if let Some(u) = &p.using {
                line.push_str(&format!(", using `{u}`"));
            }
            if let Some(w) = &p.with_check {
                line.push_str(&format!(", check `{w}`"));
            }
            lines.push(line);
        }
    }
    lines
}

/// The file of one table or view.
pub fn emit(ctx: &Context, t: &Table, names: &TableNames) -> TokenStream {
    let row = ident(&names.row);
    let mappings: Vec<_> = t.columns.iter().map(|c| ctx.map_column(t, c)).collect();
    let pk: Vec<&str> = t
        .primary_key
        .iter()
        .flat_map(|k| k.columns.iter().map(String::as_str))
        .collect();

    let (schema_lit, name_lit) = (&t.schema, &t.name);
    let mut table_args = vec![quote!(schema = #schema_lit), quote!(name = #name_lit)];
    if t.kind.is_view() {
        table_args.push(quote!(view));
    } else {
        let insert = ident(&names.insert);
        let patch = ident(&names.patch);
        table_args.push(quote!(insert = #insert));
        table_args.push(quote!(patch = #patch));
    }
    let foreign_keys = t.foreign_keys.iter().map(|f| {
        let (name, columns) = (&f.name, f.columns.join(", "));
        let references = format!("{}.{}", f.ref_schema, f.ref_table);
        let ref_columns = f.ref_columns.join(", ");
        // The target's Rust type, when it is generated too: relation helpers.
        let target = ctx.tables.get(&(f.ref_schema.clone(), f.ref_table.clone())).map(|n| {
            let path: syn::Path = syn::parse_str(&format!("crate::{}::{}", ctx.module(&f.ref_schema), n.row)).expect("a path");
            quote!(, target = #path)
        });
        quote! { #[foreign_key(name = #name, columns = #columns, references = #references, ref_columns = #ref_columns #target)] }
    });
    let uniques = t
        .unique_keys
        .iter()
        .filter(|k| k.columns.len() > 1 && k.predicate.is_none())
        .map(|k| {
            let (name, columns) = (&k.name, k.columns.join(", "));
            quote! { #[unique(name = #name, columns = #columns)] }
        });

    let fields = t
        .columns
        .iter()
        .zip(&names.fields)
        .zip(&mappings)
        .map(|((c, field), m)| {
            let f = ident(field);
            let ty = rust_type(&schema::types::nullable(&m.rust, c.nullable));
            let mut args: Vec<TokenStream> = Vec::new();
            if field.trim_start_matches("r#") != c.name {
                let n = &c.name;
                args.push(quote!(name = #n));
            }
            let sql_type = &c.ty.sql;
            args.push(quote!(sql_type = #sql_type));
            if pk.contains(&c.name.as_str()) {
                args.push(quote!(primary_key));
            }
            if unique(t, &c.name) {
                args.push(quote!(unique));
            }
            if indexed(t, &c.name) {
                args.push(quote!(indexed));
            }
            if let Some(d) = &c.default {
                args.push(quote!(default = #d));
            }
            if c.generated.is_some() {
                args.push(quote!(generated));
            }
            match c.identity {
                Some(Identity::Always) => args.push(quote!(identity = "always")),
                Some(Identity::ByDefault) => args.push(quote!(identity = "by_default")),
                None => {}
            }
            if m.via_text {
                args.push(quote!(via_text));
            }
            if m.skip_insert {
                args.push(quote!(no_insert));
            }
            if m.custom {
                args.push(quote!(custom_type));
            }
            let docs = doc(&column_doc(c));
            quote! {
                #docs
                #[column(#(#args),*)]
                pub #f: #ty
            }
        });

    let key = format!("{}.{}", t.schema, t.name);
    let per_table = ctx.config.tables.get(&key);
    let mut extra_derives = ctx.config.derives.clone();
    let mut extra_attrs = ctx.config.attributes.clone();
    if let Some(pt) = per_table {
        extra_derives.extend(pt.derives.iter().cloned());
        extra_attrs.extend(pt.attributes.iter().cloned());
    }
    let serde_attrs: Vec<String> = extra_attrs
        .iter()
        .filter(|a| a.contains("serde"))
        .cloned()
        .collect();
    let lean = lean_serde(t.columns.len()) && serde_attrs.is_empty();
    let serde: &[&str] = match (ctx.config.serde, lean) {
        (false, _) => &[],
        (true, true) => &["serde::Serialize", "runtime::Deserialize"],
        (true, false) => &["serde::Serialize", "serde::Deserialize"],
    };
    let row_derives = derives(
        &[&["Debug", "Clone", "PartialEq"], serde, &["runtime::Table"]].concat(),
        &extra_derives,
    );
    let extra_attrs = attributes(&extra_attrs);
    // Repeated `#[foreign_key]`/`#[unique]` attributes share keys by design.
    let allow = (t.foreign_keys.len() + t.unique_keys.len() > 1)
        .then(|| quote!(#[allow(clippy::duplicated_attributes)]));
    let table_doc = doc(&table_doc(t));

    let companions = (!t.kind.is_view())
        .then(|| companions(t, names, &mappings, ctx.config.serde, &serde_attrs));
    quote! {
        #table_doc
        #allow
        #row_derives
        #[table(#(#table_args),*)]
        #(#foreign_keys)*
        #(#uniques)*
        #extra_attrs
        pub struct #row {
            #(#fields,)*
        }
        #companions
    }
}

/// `NewX` (required columns plain, defaulted ones `Option`, generated and
/// identity-always ones absent) and `XPatch` (every writable non-key column,
/// `Option<Option<T>>` for nullable ones so a patch can set NULL).
fn companions(
    t: &Table,
    names: &TableNames,
    mappings: &[schema::types::Mapping],
    serde: bool,
    serde_attrs: &[String],
) -> TokenStream {
    let row = &names.row;
    let insert = ident(&names.insert);
    let patch = ident(&names.patch);
    let pk: Vec<&str> = t
        .primary_key
        .iter()
        .flat_map(|k| k.columns.iter().map(String::as_str))
        .collect();
    let writable = |c: &Column, m: &schema::types::Mapping| {
        c.generated.is_none() && c.identity != Some(Identity::Always) && !m.skip_insert
    };
    let mut insert_fields = Vec::new();
    let mut patch_fields = Vec::new();
    for ((c, field), m) in t.columns.iter().zip(&names.fields).zip(mappings) {
        if !writable(c, m) {
            continue;
        }
        let f = ident(field);
        let base = rust_type(&m.rust);
        let optional = c.nullable || c.default.is_some() || c.identity.is_some();
        let insert_doc = doc(&[if optional {
            format!(
                "`{}`: `None` leaves it to the database (default or NULL).",
                c.name
            )
        } else {
            format!("`{}`: required.", c.name)
        }]);
        let insert_ty = if optional {
            quote!(Option<#base>)
        } else {
            quote!(#base)
        };
        insert_fields.push(quote! { #insert_doc pub #f: #insert_ty });
        if !pk.contains(&c.name.as_str()) {
            let patch_ty = if c.nullable {
                quote!(Option<Option<#base>>)
            } else {
                quote!(Option<#base>)
            };
            let patch_doc = doc(&[if c.nullable {
                format!(
                    "`{}`: `Some(None)` sets NULL, `None` leaves it unchanged.",
                    c.name
                )
            } else {
                format!("`{}`: `None` leaves it unchanged.", c.name)
            }]);
            patch_fields.push(quote! { #patch_doc pub #f: #patch_ty });
        }
    }
    let insert_doc = doc(&[format!(
        "A new row of `{}.{}`, for [`{row}`]'s `insert`.",
        t.schema, t.name
    )]);
    let patch_doc = doc(&[format!(
        "A partial update of `{}.{}`, for [`{row}`]'s `patch`.",
        t.schema, t.name
    )]);
    // Deserialize only: an insert struct is what a request body becomes.
    // The row struct's `#[serde(…)]` attributes (e.g. `rename_all`) apply
    // to request bodies too, through serde's own derive.
    let lean = lean_serde(insert_fields.len()) && serde_attrs.is_empty();
    let insert_derives = match (serde, lean) {
        (false, _) => quote!(#[derive(Debug, Clone, PartialEq)]),
        (true, true) => quote!(#[derive(Debug, Clone, PartialEq, runtime::Deserialize)]),
        (true, false) => {
            let attrs = attributes(serde_attrs);
            quote!(#[derive(Debug, Clone, PartialEq, serde::Deserialize)] #attrs)
        }
    };
    quote! {
        #insert_doc
        #insert_derives
        pub struct #insert {
            #(#insert_fields,)*
        }

        #patch_doc
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct #patch {
            #(#patch_fields,)*
        }
    }
}

/// Whether a struct of `fields` fields derives `runtime::Deserialize`
/// (serde's behaviour at a fraction of the build time) rather than serde's.
fn lean_serde(fields: usize) -> bool {
    (1..=schema::types::MAX_RECORD_FIELDS).contains(&fields)
}
