//! One file per table or view: the row struct with `#[derive(Table)]` and
//! its attributes, plus the insert (`NewX`) and patch (`XPatch`) structs,
//! as an [outline](super::outline).

use super::context::{Context, TableNames};
use super::outline::{self, Arg, Attr, Field, Struct};
use super::tokens::comment_lines;
use schema::attrs;
use schema::{Column, Identity, IndexKey, Table, TableKind};

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
    let kind = match t.kind {
        TableKind::View | TableKind::MaterializedView => "View",
        TableKind::ForeignTable => "Foreign table (read-only)",
        TableKind::Table | TableKind::PartitionedTable => "Table",
    };
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
pub fn emit(ctx: &Context, t: &Table, names: &TableNames) -> Vec<Struct> {
    let mappings: Vec<_> = t.columns.iter().map(|c| ctx.map_column(t, c)).collect();
    let pk: Vec<&str> = t
        .primary_key
        .iter()
        .flat_map(|k| k.columns.iter().map(String::as_str))
        .collect();
    let fields = t
        .columns
        .iter()
        .zip(&names.fields)
        .zip(&mappings)
        .map(|((c, field), m)| row_field(t, &pk, c, field, m))
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
    let mut attrs = outline::doc(&table_doc(t));
    // Repeated `#[foreign_key]`/`#[unique]` attributes share keys by design.
    if t.foreign_keys.len() + t.unique_keys.len() > 1 {
        attrs.push(Attr::List(
            "allow",
            vec![Arg::Bare("clippy::duplicated_attributes".into())],
        ));
    }
    attrs.push(derives(
        &[&["Debug", "Clone", "PartialEq"], serde, &["runtime::Table"]].concat(),
        &extra_derives,
    ));
    attrs.push(Attr::List(attrs::TABLE, table_args(t, names)));
    attrs.extend(foreign_keys(ctx, t));
    attrs.extend(uniques(t));
    attrs.extend(extra_attrs.into_iter().map(Attr::Raw));
    let mut items = vec![Struct {
        attrs,
        name: names.row.clone(),
        fields,
    }];
    if !t.kind.is_read_only() {
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

/// `#[table(schema = …, name = …, insert = …, patch = …)]`'s arguments.
fn table_args(t: &Table, names: &TableNames) -> Vec<Arg> {
    let mut args = vec![
        Arg::Str(attrs::table::SCHEMA, t.schema.clone()),
        Arg::Str(attrs::table::NAME, t.name.clone()),
    ];
    if t.kind.is_read_only() {
        args.push(Arg::Flag(attrs::table::VIEW));
    } else {
        args.push(Arg::Path(attrs::table::INSERT, names.insert.clone()));
        args.push(Arg::Path(attrs::table::PATCH, names.patch.clone()));
    }
    args
}

/// One `#[foreign_key(…)]` per foreign key.
fn foreign_keys<'a>(ctx: &'a Context, t: &'a Table) -> impl Iterator<Item = Attr> + 'a {
    t.foreign_keys.iter().map(|f| {
        let mut args = vec![
            Arg::Str(attrs::foreign_key::NAME, f.name.clone()),
            Arg::Str(attrs::foreign_key::COLUMNS, f.columns.join(", ")),
            Arg::Str(
                attrs::foreign_key::REFERENCES,
                format!("{}.{}", f.ref_schema, f.ref_table),
            ),
            Arg::Str(attrs::foreign_key::REF_COLUMNS, f.ref_columns.join(", ")),
        ];
        // The target's Rust type, when it is generated too: relation helpers.
        if let Some(n) = ctx.tables.get(&(f.ref_schema.clone(), f.ref_table.clone())) {
            let module = ctx.module(&f.ref_schema);
            args.push(Arg::Path(
                attrs::foreign_key::TARGET,
                format!("crate::{module}::{}", n.row),
            ));
        }
        Attr::List(attrs::FOREIGN_KEY, args)
    })
}

/// One `#[unique(…)]` per full unique key of several columns (a key of one
/// column is that column's `unique` flag).
fn uniques(t: &Table) -> impl Iterator<Item = Attr> + '_ {
    t.unique_keys
        .iter()
        .filter(|k| k.columns.len() > 1 && k.predicate.is_none())
        .map(|k| {
            Attr::List(
                attrs::UNIQUE,
                vec![
                    Arg::Str(attrs::unique::NAME, k.name.clone()),
                    Arg::Str(attrs::unique::COLUMNS, k.columns.join(", ")),
                ],
            )
        })
}

/// A field of the row struct with its doc and `#[column(…)]`.
fn row_field(t: &Table, pk: &[&str], c: &Column, field: &str, m: &schema::types::Mapping) -> Field {
    let mut args = Vec::new();
    if field.trim_start_matches("r#") != c.name {
        args.push(Arg::Str(attrs::column::NAME, c.name.clone()));
    }
    args.push(Arg::Str(attrs::column::SQL_TYPE, c.ty.sql.clone()));
    if pk.contains(&c.name.as_str()) {
        args.push(Arg::Flag(attrs::column::PRIMARY_KEY));
    }
    if unique(t, &c.name) {
        args.push(Arg::Flag(attrs::column::UNIQUE));
    }
    if indexed(t, &c.name) {
        args.push(Arg::Flag(attrs::column::INDEXED));
    }
    if let Some(d) = &c.default {
        args.push(Arg::Str(attrs::column::DEFAULT, d.clone()));
    }
    if c.generated.is_some() {
        args.push(Arg::Flag(attrs::column::GENERATED));
    }
    match c.identity {
        Some(Identity::Always) => args.push(Arg::Str(
            attrs::column::IDENTITY,
            attrs::column::IDENTITY_ALWAYS.into(),
        )),
        Some(Identity::ByDefault) => args.push(Arg::Str(
            attrs::column::IDENTITY,
            attrs::column::IDENTITY_BY_DEFAULT.into(),
        )),
        None => {}
    }
    if m.via_text {
        args.push(Arg::Flag(attrs::column::VIA_TEXT));
    }
    if m.skip_insert {
        args.push(Arg::Flag(attrs::column::NO_INSERT));
    }
    if m.custom {
        args.push(Arg::Flag("custom_type"));
    }
    let mut attrs = outline::doc(&column_doc(c));
    attrs.push(Attr::List(attrs::COLUMN, args));
    Field {
        attrs,
        name: field.to_owned(),
        ty: schema::types::nullable(&m.rust, c.nullable),
    }
}

/// `#[derive(…)]` of `base` and then `extra` (from `codegen.toml`).
fn derives(base: &[&str], extra: &[String]) -> Attr {
    let paths = base
        .iter()
        .map(|d| (*d).to_owned())
        .chain(extra.iter().cloned())
        .map(Arg::Bare)
        .collect();
    Attr::List("derive", paths)
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
) -> [Struct; 2] {
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
        let optional = c.nullable || c.default.is_some() || c.identity.is_some();
        let insert_doc = outline::doc(&[if optional {
            format!(
                "`{}`: `None` leaves it to the database (default or NULL).",
                c.name
            )
        } else {
            format!("`{}`: required.", c.name)
        }]);
        insert_fields.push(Field {
            attrs: insert_doc,
            name: field.clone(),
            ty: if optional {
                format!("Option<{}>", m.rust)
            } else {
                m.rust.clone()
            },
        });
        if !pk.contains(&c.name.as_str()) {
            let patch_doc = outline::doc(&[if c.nullable {
                format!(
                    "`{}`: `Some(None)` sets NULL, `None` leaves it unchanged.",
                    c.name
                )
            } else {
                format!("`{}`: `None` leaves it unchanged.", c.name)
            }]);
            patch_fields.push(Field {
                attrs: patch_doc,
                name: field.clone(),
                ty: if c.nullable {
                    format!("Option<Option<{}>>", m.rust)
                } else {
                    format!("Option<{}>", m.rust)
                },
            });
        }
    }
    let mut insert_attrs = outline::doc(&[format!(
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
    insert_attrs.push(derives(
        &[&["Debug", "Clone", "PartialEq"], deserialize].concat(),
        &[],
    ));
    if serde && !lean {
        insert_attrs.extend(serde_attrs.iter().cloned().map(Attr::Raw));
    }
    let mut patch_attrs = outline::doc(&[format!(
        "A partial update of `{}.{}`, for [`{row}`]'s `patch`.",
        t.schema, t.name
    )]);
    patch_attrs.push(derives(&["Debug", "Clone", "Default", "PartialEq"], &[]));
    [
        Struct {
            attrs: insert_attrs,
            name: names.insert.clone(),
            fields: insert_fields,
        },
        Struct {
            attrs: patch_attrs,
            name: names.patch.clone(),
            fields: patch_fields,
        },
    ]
}

/// Whether a struct of `fields` fields derives `runtime::Deserialize`
/// (serde's behaviour at a fraction of the build time) rather than serde's.
fn lean_serde(fields: usize) -> bool {
    (1..=schema::types::MAX_RECORD_FIELDS).contains(&fields)
}
