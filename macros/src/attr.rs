//! Parses the struct and its `#[table]`, `#[column]`, `#[foreign_key]` and
//! `#[unique]` attributes; every mistake is a `syn::Error` on the exact token.

use proc_macro2::Span;
use syn::{Data, DeriveInput, Fields, Ident, LitStr, Path, Type};

/// One field of the struct.
pub struct FieldDef {
    pub ident: Ident,
    pub ty: Type,
    /// The inner type when the field is `Option<T>`.
    pub option_inner: Option<Type>,
    /// The SQL column name.
    pub column: String,
    pub sql_type: Option<String>,
    pub primary_key: bool,
    pub unique: bool,
    pub indexed: bool,
    /// The default expression, if the column has one.
    pub default: Option<String>,
    pub generated: bool,
    /// `always` or `by_default`.
    pub identity: Option<String>,
    pub via_text: bool,
    pub no_insert: bool,
    /// `#[column(custom_type)]`: the Rust type is the application's choice
    /// (a `codegen.toml` override): the type check accepts it.
    pub custom_type: bool,
}

impl FieldDef {
    /// Written by `insert` (not generated, not identity-always, not skipped).
    pub fn insertable(&self) -> bool {
        !self.generated && self.identity.as_deref() != Some("always") && !self.no_insert
    }

    /// `None` in the insert struct means "let the database decide".
    pub fn optional_on_insert(&self) -> bool {
        self.option_inner.is_some() || self.default.is_some() || self.identity.is_some()
    }

    /// The type without `Option`.
    pub fn base_ty(&self) -> &Type {
        self.option_inner.as_ref().unwrap_or(&self.ty)
    }
}

pub struct ForeignKeyDef {
    pub name: String,
    pub columns: Vec<String>,
    pub ref_schema: String,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
    pub target: Option<Path>,
}

pub struct TableDef {
    pub ident: Ident,
    pub schema: String,
    pub name: String,
    pub name_span: Span,
    pub view: bool,
    pub insert: Option<Path>,
    pub patch: Option<Path>,
    pub snapshot: Option<LitStr>,
    pub fields: Vec<FieldDef>,
    pub foreign_keys: Vec<ForeignKeyDef>,
    pub uniques: Vec<(String, Vec<String>)>,
    /// `#[table(sqlx_from_row)]`: the struct derives `sqlx::FromRow` itself,
    /// so the derive does not implement it.
    pub sqlx_from_row: bool,
}

impl TableDef {
    pub fn field(&self, column: &str) -> Option<&FieldDef> {
        self.fields.iter().find(|f| f.column == column)
    }

    pub fn primary_key(&self) -> Vec<&FieldDef> {
        self.fields.iter().filter(|f| f.primary_key).collect()
    }
}

/// `Option<T>` → `T`.
pub fn option_inner(ty: &Type) -> Option<Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    }
}

fn list(lit: &LitStr) -> Vec<String> {
    lit.value()
        .split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

fn split_qualified(lit: &LitStr) -> syn::Result<(String, String)> {
    let v = lit.value();
    match v.split_once('.') {
        Some((s, t)) if !s.is_empty() && !t.is_empty() => Ok((s.to_owned(), t.to_owned())),
        _ => Err(syn::Error::new(
            lit.span(),
            "write the referenced table as \"schema.table\", e.g. \"public.users\"",
        )),
    }
}

pub fn parse(input: &DeriveInput) -> syn::Result<TableDef> {
    let Data::Struct(data) = &input.data else {
        return Err(syn::Error::new(
            input.ident.span(),
            "#[derive(Table)] works on structs with named fields; write `struct Name { … }`",
        ));
    };
    let Fields::Named(named) = &data.fields else {
        return Err(syn::Error::new(input.ident.span(), "#[derive(Table)] needs named fields, one per column; write `struct Name { id: i32, … }`"));
    };
    let mut def = TableDef {
        ident: input.ident.clone(),
        schema: "public".into(),
        name: String::new(),
        name_span: input.ident.span(),
        view: false,
        insert: None,
        patch: None,
        snapshot: None,
        fields: Vec::new(),
        foreign_keys: Vec::new(),
        uniques: Vec::new(),
        sqlx_from_row: false,
    };
    let mut saw_table = false;
    for attr in &input.attrs {
        if attr.path().is_ident("table") {
            saw_table = true;
            attr.parse_nested_meta(|meta| {
                let key = meta.path.get_ident().map(|i| i.to_string()).unwrap_or_default();
                match key.as_str() {
                    "schema" => def.schema = meta.value()?.parse::<LitStr>()?.value(),
                    "name" => {
                        let lit: LitStr = meta.value()?.parse()?;
                        def.name = lit.value();
                        def.name_span = lit.span();
                    }
                    "view" => def.view = true,
                    "insert" => def.insert = Some(meta.value()?.parse()?),
                    "patch" => def.patch = Some(meta.value()?.parse()?),
                    "snapshot" => def.snapshot = Some(meta.value()?.parse()?),
                    "sqlx_from_row" => def.sqlx_from_row = true,
                    _ => {
                        return Err(meta.error(format!(
                            "unknown `table` key `{key}`; expected schema = \"…\", name = \"…\", view, insert = NewType, patch = PatchType, snapshot = \"path/schema.json\" or sqlx_from_row"
                        )))
                    }
                }
                Ok(())
            })?;
        } else if attr.path().is_ident("foreign_key") {
            let (mut name, mut columns, mut refs, mut ref_columns, mut target) =
                (String::new(), None, None, None, None);
            attr.parse_nested_meta(|meta| {
                let key = meta.path.get_ident().map(|i| i.to_string()).unwrap_or_default();
                match key.as_str() {
                    "name" => name = meta.value()?.parse::<LitStr>()?.value(),
                    "columns" => columns = Some(list(&meta.value()?.parse()?)),
                    "references" => refs = Some(split_qualified(&meta.value()?.parse()?)?),
                    "ref_columns" => ref_columns = Some(list(&meta.value()?.parse()?)),
                    "target" => target = Some(meta.value()?.parse::<Path>()?),
                    _ => {
                        return Err(meta.error(format!(
                            "unknown `foreign_key` key `{key}`; expected name, columns, references, ref_columns or target"
                        )))
                    }
                }
                Ok(())
            })?;
            let need = |what: &str| {
                syn::Error::new_spanned(attr, format!("`foreign_key` needs `{what} = \"…\"`"))
            };
            let (ref_schema, ref_table) = refs.ok_or_else(|| need("references"))?;
            def.foreign_keys.push(ForeignKeyDef {
                name,
                columns: columns.ok_or_else(|| need("columns"))?,
                ref_schema,
                ref_table,
                ref_columns: ref_columns.ok_or_else(|| need("ref_columns"))?,
                target,
            });
        } else if attr.path().is_ident("unique") {
            let (mut name, mut columns) = (String::new(), Vec::new());
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("name") {
                    name = meta.value()?.parse::<LitStr>()?.value();
                } else if meta.path.is_ident("columns") {
                    columns = list(&meta.value()?.parse()?);
                } else {
                    return Err(meta.error(
                        "unknown `unique` key; expected name = \"…\" or columns = \"a, b\"",
                    ));
                }
                Ok(())
            })?;
            def.uniques.push((name, columns));
        }
    }
    if !saw_table || def.name.is_empty() {
        return Err(syn::Error::new(
            input.ident.span(),
            "#[derive(Table)] needs the table: add #[table(schema = \"public\", name = \"my_table\")]",
        ));
    }
    for field in &named.named {
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
        for attr in field.attrs.iter().filter(|a| a.path().is_ident("column")) {
            attr.parse_nested_meta(|meta| {
                let key = meta.path.get_ident().map(|i| i.to_string()).unwrap_or_default();
                match key.as_str() {
                    "name" => f.column = meta.value()?.parse::<LitStr>()?.value(),
                    "sql_type" => f.sql_type = Some(meta.value()?.parse::<LitStr>()?.value()),
                    "primary_key" => f.primary_key = true,
                    "unique" => f.unique = true,
                    "indexed" => f.indexed = true,
                    "default" => {
                        f.default = Some(match meta.value() {
                            Ok(v) => v.parse::<LitStr>()?.value(),
                            Err(_) => return Err(meta.error("write the default expression: default = \"now()\"")),
                        })
                    }
                    "generated" => f.generated = true,
                    "identity" => {
                        let lit: LitStr = meta.value()?.parse()?;
                        if !matches!(lit.value().as_str(), "always" | "by_default") {
                            return Err(syn::Error::new(lit.span(), "identity is \"always\" or \"by_default\""));
                        }
                        f.identity = Some(lit.value());
                    }
                    "via_text" => f.via_text = true,
                    "no_insert" => f.no_insert = true,
                    "custom_type" => f.custom_type = true,
                    _ => {
                        return Err(meta.error(format!(
                            "unknown `column` key `{key}`; expected name, sql_type, primary_key, unique, indexed, default, generated, identity, via_text, no_insert or custom_type"
                        )))
                    }
                }
                Ok(())
            })?;
        }
        if f.via_text && f.sql_type.is_none() {
            return Err(syn::Error::new(
                f.ident.span(),
                "a `via_text` column needs its `sql_type = \"…\"` to cast back on writes",
            ));
        }
        def.fields.push(f);
    }
    for fk in &def.foreign_keys {
        for c in &fk.columns {
            if def.field(c).is_none() {
                return Err(syn::Error::new(
                    def.name_span,
                    format!(
                        "foreign key `{}` names column `{c}`, which no field maps",
                        fk.name
                    ),
                ));
            }
        }
    }
    Ok(def)
}
