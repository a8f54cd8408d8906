//! One file per table or view: the row struct with `#[derive(Table)]` and
//! its attributes, plus the insert (`NewX`) and patch (`XPatch`) structs,
//! built as `syn` items (see [`super::syntax`]).

use super::context::{Context, TableNames};
use super::syntax::{self, Args};
use super::tokens::{comment_lines, ident, rust_type};
use quote::{quote, ToTokens};
use schema::{Column, Identity, IndexKey, Table};
use syn::Item;

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
pub fn emit(ctx: &Context, t: &Table, names: &TableNames) -> Vec<Item> {
    let mappings: Vec<_> = t.columns.iter().map(|c| ctx.map_column(t, c)).collect();
    let pk: Vec<&str> = t
        .primary_key
        .iter()
        .flat_map(|k| k.columns.iter().map(String::as_str))
        .collect();

    let mut table_args = Args::default();
    table_args.string("schema", &t.schema);
    table_args.string("name", &t.name);
    if t.kind.is_view() {
        table_args.flag("view");
    } else {
        table_args.tokens("insert", ident(&names.insert).into_token_stream());
        table_args.tokens("patch", ident(&names.patch).into_token_stream());
    }
    let foreign_keys = t.foreign_keys.iter().map(|f| {
        let mut args = Args::default();
        args.string("name", &f.name);
        args.string("columns", &f.columns.join(", "));
        args.string("references", &format!("{}.{}", f.ref_schema, f.ref_table));
        args.string("ref_columns", &f.ref_columns.join(", "));
        // The target's Rust type, when it is generated too: relation helpers.
        if let Some(n) = ctx.tables.get(&(f.ref_schema.clone(), f.ref_table.clone())) {
            let module = ident(ctx.module(&f.ref_schema));
            let row = ident(&n.row);
            args.tokens("target", quote!(crate::#module::#row));
        }
        args.attribute("foreign_key")
    });
    let uniques = t
        .unique_keys
        .iter()
        .filter(|k| k.columns.len() > 1 && k.predicate.is_none())
        .map(|k| {
            let mut args = Args::default();
            args.string("name", &k.name);
            args.string("columns", &k.columns.join(", "));
            args.attribute("unique")
        });

    let fields = t
        .columns
        .iter()
        .zip(&names.fields)
        .zip(&mappings)
        .map(|((c, field), m)| {
            let ty = rust_type(&schema::types::nullable(&m.rust, c.nullable));
            let mut args = Args::default();
            if field.trim_start_matches("r#") != c.name {
                args.string("name", &c.name);
            }
            args.string("sql_type", &c.ty.sql);
            if pk.contains(&c.name.as_str()) {
                args.flag("primary_key");
            }
            if unique(t, &c.name) {
                args.flag("unique");
            }
            if indexed(t, &c.name) {
                args.flag("indexed");
            }
            if let Some(d) = &c.default {
                args.string("default", d);
            }
            if c.generated.is_some() {
                args.flag("generated");
            }
            match c.identity {
                Some(Identity::Always) => args.string("identity", "always"),
                Some(Identity::ByDefault) => args.string("identity", "by_default"),
                None => {}
            }
            if m.via_text {
                args.flag("via_text");
            }
            if m.skip_insert {
                args.flag("no_insert");
            }
            if m.custom {
                args.flag("custom_type");
            }
            let mut attrs = syntax::doc(&column_doc(c));
            attrs.push(args.attribute("column"));
            syntax::field(attrs, field, ty)
        })
        .collect();

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
    let mut attrs = syntax::doc(&table_doc(t));
    // Repeated `#[foreign_key]`/`#[unique]` attributes share keys by design.
    if t.foreign_keys.len() + t.unique_keys.len() > 1 {
        attrs.push(syntax::list("allow", quote!(clippy::duplicated_attributes)));
    }
    attrs.push(syntax::derives(
        &[&["Debug", "Clone", "PartialEq"], serde, &["runtime::Table"]].concat(),
        &extra_derives,
    ));
    attrs.push(table_args.attribute("table"));
    attrs.extend(foreign_keys);
    attrs.extend(uniques);
    attrs.extend(syntax::attributes(&extra_attrs));
    let mut items = vec![syntax::public_struct(attrs, &names.row, fields)];
    if !t.kind.is_view() {
        items.extend(companions(
            t,
            names,
            &mappings,
            ctx.config.serde,
            &serde_attrs,
        ));
    }
    items
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
) -> [Item; 2] {
    let row = &names.row;
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
        let base = rust_type(&m.rust);
        let optional = c.nullable || c.default.is_some() || c.identity.is_some();
        let insert_doc = syntax::doc(&[if optional {
            format!(
                "`{}`: `None` leaves it to the database (default or NULL).",
                c.name
            )
        } else {
            format!("`{}`: required.", c.name)
        }]);
        let insert_ty = if optional {
            syntax::option(base.clone())
        } else {
            base.clone()
        };
        insert_fields.push(syntax::field(insert_doc, field, insert_ty));
        if !pk.contains(&c.name.as_str()) {
            let patch_ty = if c.nullable {
                syntax::option(syntax::option(base))
            } else {
                syntax::option(base)
            };
            let patch_doc = syntax::doc(&[if c.nullable {
                format!(
                    "`{}`: `Some(None)` sets NULL, `None` leaves it unchanged.",
                    c.name
                )
            } else {
                format!("`{}`: `None` leaves it unchanged.", c.name)
            }]);
            patch_fields.push(syntax::field(patch_doc, field, patch_ty));
        }
    }
    let mut insert_attrs = syntax::doc(&[format!(
        "A new row of `{}.{}`, for [`{row}`]'s `insert`.",
        t.schema, t.name
    )]);
    // Deserialize only: an insert struct is what a request body becomes.
    // The row struct's `#[serde(…)]` attributes (e.g. `rename_all`) apply
    // to request bodies too, through serde's own derive.
    let lean = lean_serde(insert_fields.len()) && serde_attrs.is_empty();
    let deserialize: &[&str] = match (serde, lean) {
        (false, _) => &[],
        (true, true) => &["runtime::Deserialize"],
        (true, false) => &["serde::Deserialize"],
    };
    insert_attrs.push(syntax::derives(
        &[&["Debug", "Clone", "PartialEq"], deserialize].concat(),
        &[],
    ));
    if serde && !lean {
        insert_attrs.extend(syntax::attributes(serde_attrs));
    }
    let mut patch_attrs = syntax::doc(&[format!(
        "A partial update of `{}.{}`, for [`{row}`]'s `patch`.",
        t.schema, t.name
    )]);
    patch_attrs.push(syntax::derives(
        &["Debug", "Clone", "Default", "PartialEq"],
        &[],
    ));
    [
        syntax::public_struct(insert_attrs, &names.insert, insert_fields),
        syntax::public_struct(patch_attrs, &names.patch, patch_fields),
    ]
}

/// Whether a struct of `fields` fields derives `runtime::Deserialize`
/// (serde's behaviour at a fraction of the build time) rather than serde's.
fn lean_serde(fields: usize) -> bool {
    (1..=schema::types::MAX_RECORD_FIELDS).contains(&fields)
}
