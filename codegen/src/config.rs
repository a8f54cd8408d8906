//! `codegen.toml` at the workspace root, the one home of every setting:
//! what to generate and how, the extensions, `[lint]`, `[typescript]`.
//! Every key is checked: an unknown one is an error naming it, with its
//! line. It reads the settings only; the parts that act on them import it.

use crate::error::{Error, Result};
use schema::types::DateTimeCrate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The generator's options.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Schemas to read and generate (default: `["public"]`).
    #[serde(default)]
    pub schemas: Vec<String>,
    /// Only these tables (`schema.table` or `table`); empty: all.
    #[serde(default)]
    pub include: Vec<String>,
    /// Leave these tables out (`schema.table` or `table`).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// `chrono` (default) or `time`.
    #[serde(default)]
    pub datetime: DateTimeCrate,
    /// Rust type per SQL type (`"public.email_address" = "String"`).
    #[serde(default)]
    pub types: BTreeMap<String, String>,
    /// Rust type per column (`"public.projects.settings" = "sqlx::types::Json<Settings>"`).
    #[serde(default)]
    pub columns: BTreeMap<String, String>,
    /// Struct name per table (`"public.daily_usage" = "UsageDay"`).
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// serde on the table structs (default `true`): `Serialize` and
    /// `Deserialize` on each row struct, `Deserialize` on each insert struct
    /// (request bodies). `false` leaves them out, for a crate that is only a
    /// data layer.
    #[serde(default = "yes")]
    pub serde: bool,
    /// Extra derives on every row struct (`["Hash"]`).
    #[serde(default)]
    pub derives: Vec<String>,
    /// Extra attributes on every row struct (`["#[serde(rename_all = \"camelCase\")]"]`).
    #[serde(default)]
    pub attributes: Vec<String>,
    /// Per-table extra derives and attributes.
    #[serde(default)]
    pub tables: BTreeMap<String, TableConfig>,
    /// Extra `[dependencies]` lines for the generated crate (`name = "version spec"`).
    #[serde(default)]
    pub dependencies: BTreeMap<String, String>,
    /// Extensions enabled before the first migration, in schema
    /// `extensions` (as Supabase's dashboard toggle does): `["vector"]`.
    #[serde(default)]
    pub extensions: Vec<String>,
    /// `codegen lint`: rules off (`allow`), and severities (`warn`, `deny`).
    #[serde(default)]
    pub lint: crate::lint::LintConfig,
    /// TypeScript types for the same schemas, as `supabase gen types typescript` prints them.
    #[serde(default)]
    pub typescript: Option<TypeScriptConfig>,
}

/// `[typescript]`: where to write `database.types.ts`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TypeScriptConfig {
    /// The file, relative to the workspace root (or absolute).
    pub out: std::path::PathBuf,
    /// `isOneToOne` in each relationship (default `true`, as the Supabase CLI).
    #[serde(default = "yes")]
    pub one_to_one: bool,
    /// `__InternalSupabase.PostgrestVersion` (default: left out).
    #[serde(default)]
    pub postgrest_version: Option<String>,
}

fn yes() -> bool {
    true
}

impl Default for Config {
    fn default() -> Self {
        toml::from_str("").expect("the empty configuration parses")
    }
}

/// Options for one table.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TableConfig {
    #[serde(default)]
    pub derives: Vec<String>,
    #[serde(default)]
    pub attributes: Vec<String>,
}

impl Config {
    /// Reads `codegen.toml`; a missing file is the default configuration.
    pub fn load(path: &Path) -> Result<Self> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(Error::io(path, e)),
        };
        Self::parse(&text, path)
    }

    /// Parses the TOML text of `path`.
    pub fn parse(text: &str, path: &Path) -> Result<Self> {
        let config: Self = toml::from_str(text).map_err(|e| {
            let (line, col) = e
                .span()
                .map(|s| crate::sql::line_col(text, s.start))
                .unwrap_or((1, 1));
            Error::At {
                path: path.to_owned(),
                line,
                col,
                message: e.message().trim().to_owned(),
            }
        })?;
        config.validate(text, path)?;
        if let Some(rule) = config.lint.unknown() {
            let offset = text.find(&format!("\"{rule}\"")).unwrap_or(0);
            let (line, col) = crate::sql::line_col(text, offset);
            return Err(Error::At {
                path: path.to_owned(),
                line,
                col,
                message: format!("[lint] names `{rule}`, which is no rule of `codegen lint`"),
            });
        }
        Ok(config)
    }

    /// Checks every Rust fragment once, up front, as `syn` parses it: the
    /// `[types]`/`[columns]` values as types, `[names]` as identifiers,
    /// `derives` as paths and `attributes` as outer attributes; an error
    /// names the file, the line and what is wrong.
    fn validate(&self, text: &str, path: &Path) -> Result<()> {
        let at = |needle: &str, message: String| {
            let offset = text.find(needle).unwrap_or(0);
            let (line, col) = crate::sql::line_col(text, offset);
            Error::At {
                path: path.to_owned(),
                line,
                col,
                message,
            }
        };
        for (section, map) in [("types", &self.types), ("columns", &self.columns)] {
            for (key, value) in map {
                if syn::parse_str::<syn::Type>(value).is_err() {
                    return Err(at(
                        value,
                        format!("[{section}] `{key}` = `{value}` is not a Rust type"),
                    ));
                }
            }
        }
        for (key, value) in &self.names {
            let ok = syn::parse_str::<syn::Ident>(value).is_ok()
                && value.starts_with(|c: char| c.is_ascii_uppercase());
            if !ok {
                return Err(at(
                    value,
                    format!("[names] `{key}` = `{value}` is not an UpperCamelCase Rust identifier"),
                ));
            }
        }
        let derives = self
            .derives
            .iter()
            .chain(self.tables.values().flat_map(|t| &t.derives));
        for d in derives {
            if syn::parse_str::<syn::Path>(d).is_err() {
                return Err(at(d, format!("derive `{d}` is not a Rust path (write e.g. \"Hash\" or \"serde::Serialize\")")));
            }
        }
        let attributes = self
            .attributes
            .iter()
            .chain(self.tables.values().flat_map(|t| &t.attributes));
        for a in attributes {
            let parsed = syn::parse::Parser::parse_str(syn::Attribute::parse_outer, a);
            if !matches!(parsed, Ok(v) if v.len() == 1) {
                return Err(at(a, format!("attribute `{a}` is not one Rust attribute (write e.g. \"#[serde(rename_all = \\\"camelCase\\\")]\")")));
            }
        }
        Ok(())
    }

    /// The schemas to generate.
    pub fn schemas(&self) -> Vec<String> {
        if self.schemas.is_empty() {
            vec!["public".to_owned()]
        } else {
            self.schemas.clone()
        }
    }

    /// Whether `schema.table` is generated.
    pub fn wants(&self, schema: &str, table: &str) -> bool {
        let qualified = format!("{schema}.{table}");
        let hit = |list: &[String]| list.iter().any(|p| *p == qualified || *p == table);
        (self.include.is_empty() || hit(&self.include)) && !hit(&self.exclude)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_errors_with_their_line() {
        let err = Config::parse(
            "schemas = [\"public\"]\ndatetiem = \"time\"\n",
            Path::new("codegen.toml"),
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("codegen.toml:2:1: unknown field `datetiem`"),
            "{text}"
        );
        let err = Config::parse(
            "[tables.\"public.users\"]\nderive = []\n",
            Path::new("codegen.toml"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("unknown field `derive`"), "{err}");
    }

    #[test]
    fn rust_fragments_are_checked_up_front() {
        for (text, expected) in [
            (
                "[types]\n\"public.x\" = \"Vec<\"\n",
                "codegen.toml:2:15: [types] `public.x` = `Vec<` is not a Rust type",
            ),
            (
                "[columns]\n\"public.t.c\" = \"not a type!\"\n",
                "is not a Rust type",
            ),
            (
                "[names]\n\"public.t\" = \"bad name\"\n",
                "codegen.toml:2:15: [names]",
            ),
            ("[names]\n\"public.t\" = \"lower\"\n", "UpperCamelCase"),
            (
                "derives = [\"Hash\", \"1bad\"]\n",
                "derive `1bad` is not a Rust path",
            ),
            (
                "attributes = [\"serde(rename_all)\"]\n",
                "is not one Rust attribute",
            ),
            (
                "[tables.\"public.t\"]\nattributes = [\"#[serde(\"]\n",
                "codegen.toml:2:",
            ),
        ] {
            let err = Config::parse(text, Path::new("codegen.toml"))
                .unwrap_err()
                .to_string();
            assert!(err.contains(expected), "{text}: {err}");
        }
        let ok = "derives = [\"Hash\"]\nattributes = [\"#[serde(rename_all = \\\"camelCase\\\")]\"]\n[types]\n\"public.x\" = \"sqlx::types::Json<serde_json::Value>\"\n[names]\n\"public.t\" = \"Thing\"\n";
        Config::parse(ok, Path::new("codegen.toml")).unwrap();
    }

    #[test]
    fn include_and_exclude() {
        let c = Config::parse(
            "datetime = \"time\"\nexclude = [\"audit_log\"]",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(c.datetime, DateTimeCrate::Time);
        assert!(c.wants("public", "users"));
        assert!(!c.wants("public", "audit_log"));
    }
}
