//! The compile-time schema check: when a snapshot (`schema.json`) is found,
//! the struct must match it (table, columns, types, nullability). Without a
//! snapshot the derive works unchecked, silently.

use crate::attr::TableDef;
use crate::ctxt::Ctxt;
use schema::types::{self, DateTimeCrate, Resolver};
use schema::{Catalog, TypeKind, TypeRef};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// Snapshots read during this compilation, by path (each read once).
fn cache() -> &'static Mutex<HashMap<PathBuf, Option<Arc<Catalog>>>> {
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, Option<Arc<Catalog>>>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// Where the snapshot is: `#[table(snapshot = "…")]`, else `CODEGEN_SCHEMA`,
/// else `schema.json` beside the crate's `Cargo.toml` (both relative to it).
fn snapshot_path(def: &TableDef) -> Option<PathBuf> {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    if let Some(lit) = &def.snapshot {
        return Some(manifest.join(lit.value()));
    }
    if let Some(p) = std::env::var_os("CODEGEN_SCHEMA") {
        return Some(manifest.join(p));
    }
    let beside = manifest.join("schema.json");
    beside.is_file().then_some(beside)
}

fn load(def: &TableDef) -> syn::Result<Option<Arc<Catalog>>> {
    let Some(path) = snapshot_path(def) else {
        return Ok(None);
    };
    let mut cache = cache().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(c) = cache.get(&path) {
        return Ok(c.clone());
    }
    let span = def.snapshot.as_ref().map_or(def.name_span, |l| l.span());
    let text = std::fs::read_to_string(&path).map_err(|e| {
        syn::Error::new(
            span,
            format!("cannot read the schema snapshot {}: {e}", path.display()),
        )
    })?;
    let catalog: Catalog = serde_json::from_str(&text).map_err(|e| {
        syn::Error::new(
            span,
            format!("{} is not a schema snapshot: {e}", path.display()),
        )
    })?;
    let c = Some(Arc::new(catalog));
    cache.insert(path, c.clone());
    Ok(c)
}

struct ByName<'a>(&'a Catalog);

impl Resolver for ByName<'_> {
    fn user_type(&self, ty: &TypeRef) -> Option<String> {
        matches!(ty.kind, TypeKind::Enum | TypeKind::Composite)
            .then(|| schema::naming::type_name(&ty.name))
    }
    fn domain_base(&self, ty: &TypeRef) -> Option<TypeRef> {
        self.0
            .domains
            .iter()
            .find(|d| d.schema == ty.schema && d.name == ty.name)
            .map(|d| d.base.clone())
    }
}

/// `chrono::DateTime<chrono::Utc>` → `DateTime<Utc>`: compare by last path segments.
fn shape(ty: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for ch in ty.chars().filter(|c| !c.is_whitespace()) {
        if ch.is_alphanumeric() || ch == '_' || ch == ':' {
            word.push(ch);
        } else {
            out.push_str(word.rsplit("::").next().unwrap_or(""));
            word.clear();
            out.push(ch);
        }
    }
    out.push_str(word.rsplit("::").next().unwrap_or(""));
    out
}

/// Records in `cx` every way the struct differs from the snapshot; a
/// struct without a table name (already an error) is not checked.
pub fn against_snapshot(cx: &Ctxt, def: &TableDef) {
    if def.name.is_empty() {
        return;
    }
    let catalog = match load(def) {
        Ok(Some(catalog)) => catalog,
        Ok(None) => return,
        Err(e) => return cx.push(e),
    };
    let Some(table) = catalog.table(&def.schema, &def.name) else {
        return cx.error(
            def.name_span,
            format!("the schema snapshot has no table or view `{}.{}`; check the name, or regenerate it with `cargo run -p codegen`", def.schema, def.name),
        );
    };
    let resolver = ByName(&catalog);
    let push = |e: syn::Error| cx.push(e);
    for f in &def.fields {
        let Some(col) = table.column(&f.column) else {
            let known: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
            push(syn::Error::new(
                f.ident.span(),
                format!(
                    "`{}.{}` has no column `{}`; its columns are: {}",
                    def.schema,
                    def.name,
                    f.column,
                    known.join(", ")
                ),
            ));
            continue;
        };
        if col.nullable && f.option_inner.is_none() {
            let t = &f.ty;
            push(syn::Error::new_spanned(
                &f.ty,
                format!(
                    "column `{}` is nullable: write `Option<{}>`",
                    col.name,
                    quote::quote!(#t).to_string().replace(' ', "")
                ),
            ));
            continue;
        }
        let base = f.base_ty();
        let written = shape(&quote::quote!(#base).to_string());
        let mapped = types::map(&col.ty, DateTimeCrate::Chrono, &resolver);
        // Text-fallback columns are Strings; user types may carry a
        // disambiguated or overridden name: only built-in mappings are exact.
        let user_type = !mapped.via_text
            && !mapped.rust.contains("::")
            && mapped.rust != "String"
            && !mapped.rust.starts_with("Vec<");
        // `sqlx::types::Json<T>` is a typed reading of json/jsonb.
        let json = matches!(col.ty.name.as_str(), "json" | "jsonb") && written.starts_with("Json<");
        if f.via_text
            || f.custom_type
            || json
            || mapped.via_text
            || user_type
            || col.ty.kind == TypeKind::Enum
            || col.ty.kind == TypeKind::Composite
        {
            continue;
        }
        let suggestion = types::map(&col.ty, DateTimeCrate::Chrono, &resolver).rust;
        let mut accepted = Vec::new();
        for dt in [DateTimeCrate::Chrono, DateTimeCrate::Time] {
            let m = types::map(&col.ty, dt, &resolver);
            accepted.push(shape(&m.rust));
        }
        if col.ty.kind == TypeKind::Domain
            || (col.ty.schema != "pg_catalog" && col.ty.kind != TypeKind::Base)
        {
            // Domains may also be written with their alias name.
            accepted.push(schema::naming::type_name(&col.ty.name));
        }
        if !accepted.contains(&written) {
            push(syn::Error::new_spanned(
                base,
                format!(
                    "column `{}` is `{}`: write `{suggestion}`{}",
                    col.name,
                    col.ty.sql,
                    if col.nullable { " inside Option" } else { "" }
                ),
            ));
        }
    }
}
