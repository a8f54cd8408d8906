//! Reads the struct and its attributes into a [`TableDef`]. Keys are the
//! names in `schema::attrs`; a mistake is recorded in the [`Ctxt`] on the
//! exact token and reading goes on, so every mistake is reported at once.

use super::{option_inner, FieldDef, ForeignKeyDef, TableDef, UniqueDef};
use crate::ctxt::Ctxt;
use quote::ToTokens;
use schema::attrs::{self, column, foreign_key, table, unique};
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Data, DeriveInput, Fields, LitStr, Path, Token};

/// The keys of one attribute, each with how its value is written, for the
/// message about an unknown key.
type Keys = &'static [(&'static str, &'static str)];

const TABLE_KEYS: Keys = &[
    (table::SCHEMA, " = \"…\""),
    (table::NAME, " = \"…\""),
    (table::VIEW, ""),
    (table::INSERT, " = NewType"),
    (table::PATCH, " = PatchType"),
    (table::SNAPSHOT, " = \"path/schema.json\""),
    (table::SQLX_FROM_ROW, ""),
    (table::CRATE, " = \"path::to::runtime\""),
];

const COLUMN_KEYS: Keys = &[
    (column::NAME, ""),
    (column::SQL_TYPE, ""),
    (column::PRIMARY_KEY, ""),
    (column::UNIQUE, ""),
    (column::INDEXED, ""),
    (column::DEFAULT, ""),
    (column::GENERATED, ""),
    (column::IDENTITY, ""),
    (column::VIA_TEXT, ""),
    (column::NO_INSERT, ""),
    (column::CUSTOM_TYPE, ""),
];

const FOREIGN_KEY_KEYS: Keys = &[
    (foreign_key::NAME, ""),
    (foreign_key::COLUMNS, ""),
    (foreign_key::REFERENCES, ""),
    (foreign_key::REF_COLUMNS, ""),
    (foreign_key::TARGET, ""),
];

const UNIQUE_KEYS: Keys = &[(unique::NAME, " = \"…\""), (unique::COLUMNS, " = \"a, b\"")];

/// The struct and every attribute of it; `None` when it is not a struct
/// with named fields (the one mistake that stops reading).
pub fn parse(cx: &Ctxt, input: &DeriveInput) -> Option<TableDef> {
    let named = named_fields(cx, input)?;
    let mut def = TableDef {
        ident: input.ident.clone(),
        schema: "public".into(),
        name: String::new(),
        name_span: input.ident.span(),
        view: false,
        insert: None,
        patch: None,
        snapshot: None,
        krate: syn::parse_quote!(::runtime),
        fields: Vec::new(),
        foreign_keys: Vec::new(),
        uniques: Vec::new(),
        sqlx_from_row: false,
    };
    // A `#[table]` whose value did not parse is reported already: its
    // name is not missing.
    let (mut saw_table, mut table_parsed) = (false, true);
    for attr in &input.attrs {
        let path = attr.path();
        if path.is_ident(attrs::TABLE) {
            saw_table = true;
            table_parsed &= table_attr(cx, attr, &mut def);
        } else if path.is_ident(attrs::FOREIGN_KEY) {
            def.foreign_keys.extend(foreign_key_attr(cx, attr));
        } else if path.is_ident(attrs::UNIQUE) {
            def.uniques.extend(unique_attr(cx, attr));
        }
    }
    if !saw_table || (table_parsed && def.name.is_empty()) {
        cx.error(
            input.ident.span(),
            format!(
                "#[derive(Table)] needs the table: add #[{}({} = \"public\", {} = \"my_table\")]",
                attrs::TABLE,
                table::SCHEMA,
                table::NAME
            ),
        );
    }
    def.fields = named.iter().map(|f| field(cx, f)).collect();
    cross_check(cx, &def);
    Some(def)
}

fn named_fields<'a>(
    cx: &Ctxt,
    input: &'a DeriveInput,
) -> Option<&'a syn::punctuated::Punctuated<syn::Field, Token![,]>> {
    let Data::Struct(data) = &input.data else {
        cx.error(
            input.ident.span(),
            "#[derive(Table)] works on structs with named fields; write `struct Name { … }`",
        );
        return None;
    };
    let Fields::Named(named) = &data.fields else {
        cx.error(
            input.ident.span(),
            "#[derive(Table)] needs named fields, one per column; write `struct Name { id: i32, … }`",
        );
        return None;
    };
    Some(&named.named)
}

/// Reads `#[attr(key = value, flag, …)]`, giving each key to `read`, which
/// answers whether it knows the key. An unknown key is recorded, naming the
/// keys expected, and skipped, so the keys after it are read too. A value
/// that does not parse ends the attribute (what follows it cannot be
/// trusted); the answer is then `false`.
fn nested(
    cx: &Ctxt,
    attr: &Attribute,
    keys: Keys,
    mut read: impl FnMut(&str, &ParseNestedMeta) -> syn::Result<bool>,
) -> bool {
    let name = attr.path().to_token_stream().to_string();
    let result = attr.parse_nested_meta(|meta| {
        let key = meta.path.to_token_stream().to_string().replace(' ', "");
        if read(&key, &meta)? {
            return Ok(());
        }
        cx.push(meta.error(format!(
            "unknown `{name}` key `{key}`; expected {}",
            expected(keys)
        )));
        skip(&meta)
    });
    result.map_err(|e| cx.push(e)).is_ok()
}

/// `a, b or c`, each key with how its value is written.
fn expected(keys: Keys) -> String {
    let all: Vec<String> = keys.iter().map(|(k, v)| format!("{k}{v}")).collect();
    match all.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => all.concat(),
    }
}

/// Skips an unknown key's `= value` or `(…)`.
fn skip(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.value()?.parse::<syn::Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.input.parse::<proc_macro2::Group>()?;
    }
    Ok(())
}

fn string(meta: &ParseNestedMeta) -> syn::Result<LitStr> {
    meta.value()?.parse()
}

/// `"a, b"` → `["a", "b"]`.
fn list(lit: &LitStr) -> Vec<String> {
    lit.value()
        .split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Reads `#[table(…)]` into `def`; `false` when a value did not parse.
fn table_attr(cx: &Ctxt, attr: &Attribute, def: &mut TableDef) -> bool {
    nested(cx, attr, TABLE_KEYS, |key, meta| {
        match key {
            table::SCHEMA => def.schema = string(meta)?.value(),
            table::NAME => {
                let lit = string(meta)?;
                def.name = lit.value();
                def.name_span = lit.span();
            }
            table::VIEW => def.view = true,
            table::INSERT => def.insert = Some(meta.value()?.parse()?),
            table::PATCH => def.patch = Some(meta.value()?.parse()?),
            table::SNAPSHOT => def.snapshot = Some(string(meta)?),
            table::SQLX_FROM_ROW => def.sqlx_from_row = true,
            table::CRATE => {
                let lit = string(meta)?;
                match lit.parse::<Path>() {
                    Ok(path) => def.krate = path,
                    Err(_) => cx.error(
                        lit.span(),
                        format!(
                            "`{}` takes the path of the runtime crate, e.g. {} = \"::runtime\"",
                            table::CRATE,
                            table::CRATE
                        ),
                    ),
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    })
}

fn foreign_key_attr(cx: &Ctxt, attr: &Attribute) -> Option<ForeignKeyDef> {
    let mut name = String::new();
    let (mut columns, mut references, mut ref_columns, mut target) = (None, None, None, None);
    let clean = nested(cx, attr, FOREIGN_KEY_KEYS, |key, meta| {
        match key {
            foreign_key::NAME => name = string(meta)?.value(),
            foreign_key::COLUMNS => columns = Some(string(meta)?),
            foreign_key::REFERENCES => references = Some(string(meta)?),
            foreign_key::REF_COLUMNS => ref_columns = Some(list(&string(meta)?)),
            foreign_key::TARGET => target = Some(meta.value()?.parse::<Path>()?),
            _ => return Ok(false),
        }
        Ok(true)
    });
    if !clean {
        return None;
    }
    let need = |key: &str| {
        cx.error_spanned(
            attr,
            format!("`{}` needs `{key} = \"…\"`", attrs::FOREIGN_KEY),
        )
    };
    let references = match references {
        Some(lit) => split_qualified(cx, &lit),
        None => {
            need(foreign_key::REFERENCES);
            None
        }
    };
    if columns.is_none() {
        need(foreign_key::COLUMNS);
    }
    if ref_columns.is_none() {
        need(foreign_key::REF_COLUMNS);
    }
    let ((ref_schema, ref_table), columns) = (references?, columns?);
    Some(ForeignKeyDef {
        name,
        columns: list(&columns),
        columns_span: columns.span(),
        ref_schema,
        ref_table,
        ref_columns: ref_columns?,
        target,
    })
}

/// `"schema.table"` → `(schema, table)`.
fn split_qualified(cx: &Ctxt, lit: &LitStr) -> Option<(String, String)> {
    let v = lit.value();
    match v.split_once('.') {
        Some((s, t)) if !s.is_empty() && !t.is_empty() => Some((s.to_owned(), t.to_owned())),
        _ => {
            cx.error(
                lit.span(),
                "write the referenced table as \"schema.table\", e.g. \"public.users\"",
            );
            None
        }
    }
}

fn unique_attr(cx: &Ctxt, attr: &Attribute) -> Option<UniqueDef> {
    let needs = || {
        cx.error_spanned(
            attr,
            format!(
                "`#[{u}]` names the columns of a unique key: write #[{u}({} = \"…\", {} = \"a, b\")]",
                unique::NAME,
                unique::COLUMNS,
                u = attrs::UNIQUE
            ),
        )
    };
    if !matches!(attr.meta, syn::Meta::List(_)) {
        needs();
        return None;
    }
    let (mut name, mut columns) = (String::new(), None);
    let clean = nested(cx, attr, UNIQUE_KEYS, |key, meta| {
        match key {
            unique::NAME => name = string(meta)?.value(),
            unique::COLUMNS => columns = Some(string(meta)?),
            _ => return Ok(false),
        }
        Ok(true)
    });
    if !clean {
        return None;
    }
    let Some(lit) = columns else {
        needs();
        return None;
    };
    let list = list(&lit);
    if list.is_empty() {
        cx.error(
            lit.span(),
            format!(
                "this unique key names no column; write {} = \"a, b\"",
                unique::COLUMNS
            ),
        );
        return None;
    }
    Some(UniqueDef {
        name,
        columns: list,
        columns_span: lit.span(),
    })
}

/// One field and its `#[column]` attributes.
fn field(cx: &Ctxt, field: &syn::Field) -> FieldDef {
    let ident = field.ident.clone().expect("named field");
    let mut f = FieldDef {
        column: ident.to_string().trim_start_matches("r#").to_owned(),
        ident,
        ty: field.ty.clone(),
        option_inner: option_inner(&field.ty),
        sql_type: None,
        primary_key: false,
        unique: false,
        indexed: false,
        default: None,
        generated: false,
        identity: None,
        via_text: false,
        no_insert: false,
        custom_type: false,
    };
    for attr in field
        .attrs
        .iter()
        .filter(|a| a.path().is_ident(attrs::COLUMN))
    {
        nested(cx, attr, COLUMN_KEYS, |key, meta| {
            column_key(cx, &mut f, key, meta)
        });
    }
    if f.via_text && f.sql_type.is_none() {
        cx.error(
            f.ident.span(),
            format!(
                "a `{}` column needs its `{} = \"…\"` to cast back on writes",
                column::VIA_TEXT,
                column::SQL_TYPE
            ),
        );
    }
    f
}

fn column_key(cx: &Ctxt, f: &mut FieldDef, key: &str, meta: &ParseNestedMeta) -> syn::Result<bool> {
    match key {
        column::NAME => f.column = string(meta)?.value(),
        column::SQL_TYPE => f.sql_type = Some(string(meta)?.value()),
        column::PRIMARY_KEY => f.primary_key = true,
        column::UNIQUE => f.unique = true,
        column::INDEXED => f.indexed = true,
        column::DEFAULT if !meta.input.peek(Token![=]) => cx.push(meta.error(format!(
            "write the default expression: {} = \"now()\"",
            column::DEFAULT
        ))),
        column::DEFAULT => f.default = Some(string(meta)?.value()),
        column::GENERATED => f.generated = true,
        column::IDENTITY => {
            let lit = string(meta)?;
            let value = lit.value();
            if [column::IDENTITY_ALWAYS, column::IDENTITY_BY_DEFAULT].contains(&value.as_str()) {
                f.identity = Some(value);
            } else {
                cx.error(
                    lit.span(),
                    format!(
                        "{} is \"{}\" or \"{}\"",
                        column::IDENTITY,
                        column::IDENTITY_ALWAYS,
                        column::IDENTITY_BY_DEFAULT
                    ),
                );
            }
        }
        column::VIA_TEXT => f.via_text = true,
        column::NO_INSERT => f.no_insert = true,
        column::CUSTOM_TYPE => f.custom_type = true,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Rules across attributes: key columns must be mapped by a field, and an
/// array column that `insert_many` writes needs its SQL type.
fn cross_check(cx: &Ctxt, def: &TableDef) {
    let mapped = || {
        def.fields
            .iter()
            .map(|f| f.column.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let keys = def
        .foreign_keys
        .iter()
        .map(|k| ("foreign key", &k.name, &k.columns, k.columns_span))
        .chain(
            def.uniques
                .iter()
                .map(|k| ("unique key", &k.name, &k.columns, k.columns_span)),
        );
    for (what, name, columns, span) in keys {
        for c in columns.iter().filter(|c| def.field(c).is_none()) {
            cx.error(
                span,
                format!(
                    "{what} `{name}` names column `{c}`, which no field maps; the fields map: {}",
                    mapped()
                ),
            );
        }
    }
    if def.view || def.insert.is_none() {
        return;
    }
    for f in &def.fields {
        if f.is_array() && f.sql_type.is_none() && f.insertable() {
            cx.error_spanned(
                &f.ty,
                format!(
                    "an array column needs its `{} = \"…[]\"`: `insert_many` sends arrays as JSON and casts them back to it",
                    column::SQL_TYPE
                ),
            );
        }
    }
}
