//! Everything emission needs, computed once: module, struct and field
//! names (deduplicated), the Rust paths of user types, and type mapping
//! through THE table in `schema::types`.

use crate::config::Config;
use schema::naming;
use schema::types::{self, Mapping, Resolver};
use schema::{Catalog, Column, Table, TypeKind, TypeRef};
use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

/// Names of one table's generated items.
#[derive(Debug, Clone)]
pub struct TableNames {
    /// The file/module name (`user_sessions`).
    pub module: String,
    pub row: String,
    pub insert: String,
    pub patch: String,
    /// One per column, in column order.
    pub fields: Vec<String>,
}

/// The generation context.
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub config: &'a Config,
    /// Schema → module name.
    pub modules: BTreeMap<String, String>,
    /// (schema, table) → names, for the generated tables only.
    pub tables: BTreeMap<(String, String), TableNames>,
    /// (schema, type) → Rust type name of generated enums and composites.
    pub type_names: HashMap<(String, String), String>,
    /// Warnings for the user (unsupported types, skipped functions).
    pub warnings: Mutex<Vec<String>>,
}

impl<'a> Context<'a> {
    pub fn new(catalog: &'a Catalog, config: &'a Config) -> Self {
        let mut modules: BTreeMap<String, String> = BTreeMap::new();
        let mut module_names: Vec<String> = catalog
            .schemas
            .iter()
            .map(|s| naming::module_name(&s.name))
            .collect();
        naming::dedupe(&mut module_names);
        for (s, m) in catalog.schemas.iter().zip(module_names) {
            modules.insert(s.name.clone(), m);
        }

        // Type names first: table structs must not collide with them.
        let mut type_names = HashMap::new();
        let mut taken: BTreeMap<String, naming::NameSet> = BTreeMap::new();
        let user_types = catalog
            .enums
            .iter()
            .map(|e| (&e.schema, &e.name))
            .chain(catalog.composites.iter().map(|c| (&c.schema, &c.name)))
            .chain(catalog.domains.iter().map(|d| (&d.schema, &d.name)));
        for (schema, name) in user_types {
            let claimed = taken
                .entry(schema.clone())
                .or_default()
                .claim(&naming::type_name(name));
            type_names.insert((schema.clone(), name.clone()), claimed);
        }

        let mut tables = BTreeMap::new();
        let mut per_schema: BTreeMap<&str, Vec<&Table>> = BTreeMap::new();
        for t in catalog
            .tables
            .iter()
            .filter(|t| config.wants(&t.schema, &t.name))
        {
            per_schema.entry(&t.schema).or_default().push(t);
        }
        for (schema, list) in per_schema {
            // `types`, `functions` and `mod` are ours.
            let mut files = naming::NameSet::default();
            for ours in ["types", "functions", "mod_"] {
                files.claim(ours);
            }
            let names = taken.entry(schema.to_owned()).or_default();
            for t in list {
                let module = files.claim(&naming::module_name(&t.name));
                let row = config
                    .names
                    .get(&format!("{}.{}", t.schema, t.name))
                    .cloned()
                    .unwrap_or_else(|| naming::struct_name(&t.name));
                let row = names.claim(&row);
                let insert = names.claim(&format!("New{row}"));
                let patch = names.claim(&format!("{row}Patch"));
                let mut fields: Vec<String> = t
                    .columns
                    .iter()
                    .map(|c| naming::field_name(&c.name))
                    .collect();
                naming::dedupe(&mut fields);
                tables.insert(
                    (t.schema.clone(), t.name.clone()),
                    TableNames {
                        module,
                        row,
                        insert,
                        patch,
                        fields,
                    },
                );
            }
        }
        let mut ctx = Context {
            catalog,
            config,
            modules,
            tables,
            type_names,
            warnings: Mutex::new(Vec::new()),
        };
        ctx.drop_unsupported_composites();
        ctx
    }

    /// Composites whose attributes cannot all be decoded natively are left
    /// to the text fallback (repeated until stable: composites nest).
    fn drop_unsupported_composites(&mut self) {
        loop {
            let unsupported: Vec<(String, String)> = self
                .catalog
                .composites
                .iter()
                .filter(|c| {
                    self.type_names
                        .contains_key(&(c.schema.clone(), c.name.clone()))
                })
                .filter(|c| c.attributes.iter().any(|a| self.map_type(&a.ty).via_text))
                .map(|c| (c.schema.clone(), c.name.clone()))
                .collect();
            if unsupported.is_empty() {
                break;
            }
            for key in unsupported {
                self.type_names.remove(&key);
            }
        }
    }

    /// Whether a user type is generated as its own Rust type.
    pub fn generates_type(&self, schema: &str, name: &str) -> bool {
        self.type_names
            .contains_key(&(schema.to_owned(), name.to_owned()))
    }

    /// The module of a schema.
    pub fn module(&self, schema: &str) -> &str {
        self.modules
            .get(schema)
            .map(String::as_str)
            .unwrap_or("public")
    }

    /// The mapping of a type, with `codegen.toml` type overrides.
    pub fn map_type(&self, ty: &TypeRef) -> Mapping {
        if let Some(rust) = self.config.types.get(&format!("{}.{}", ty.schema, ty.name)) {
            let rust = if ty.array_dims > 0 {
                format!("Vec<{rust}>")
            } else {
                rust.clone()
            };
            return Mapping::verbatim(rust, ty.array_dims > 0);
        }
        types::map(ty, self.config.datetime, self)
    }

    /// The mapping of a column (type and column overrides), warning once
    /// about types that fall back to text.
    pub fn map_column(&self, table: &Table, column: &Column) -> Mapping {
        if let Some(rust) = self
            .config
            .columns
            .get(&format!("{}.{}.{}", table.schema, table.name, column.name))
        {
            return Mapping::verbatim(rust.clone(), false);
        }
        let m = self.map_type(&column.ty);
        // Extension types whose text form is what applications use: read
        // as `::text` into a String on purpose (see the README's table).
        let known_text = matches!(
            column.ty.name.as_str(),
            "citext"
                | "ltree"
                | "lquery"
                | "ltxtquery"
                | "hstore"
                | "vector"
                | "halfvec"
                | "sparsevec"
                | "geometry"
                | "geography"
                | "box2d"
                | "box3d"
        );
        if m.via_text && !m.skip_insert && !known_text {
            self.warn_lock().push(format!(
                "{}.{}.{}: type {} has no Rust mapping; generated as String, read as `::text` (override it in codegen.toml)",
                table.schema, table.name, column.name, column.ty.sql
            ));
        }
        m
    }
}

impl Context<'_> {
    /// Records a warning for the user.
    pub fn warn(&self, warning: String) {
        self.warnings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(warning);
    }

    fn warn_lock(&self) -> std::sync::MutexGuard<'_, Vec<String>> {
        self.warnings.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Resolver for Context<'_> {
    fn user_type(&self, ty: &TypeRef) -> Option<String> {
        let name = self.type_names.get(&(ty.schema.clone(), ty.name.clone()))?;
        match ty.kind {
            TypeKind::Enum | TypeKind::Composite => {
                Some(format!("crate::{}::types::{name}", self.module(&ty.schema)))
            }
            _ => None,
        }
    }

    fn domain_base(&self, ty: &TypeRef) -> Option<TypeRef> {
        self.catalog
            .domains
            .iter()
            .find(|d| d.schema == ty.schema && d.name == ty.name)
            .map(|d| d.base.clone())
    }
}
