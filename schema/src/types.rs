//! THE type-mapping table: SQL type → Rust type, used by the generator (to
//! write fields) and by the derive (to check hand-written fields). One
//! table, so the two never drift.

use crate::model::{TypeKind, TypeRef};

/// The most fields a struct may have for `#[derive(runtime::Deserialize)]`:
/// `runtime::de` implements its visitor for tuples up to this length. The
/// generator and the derive both read it; larger structs use serde's derive.
pub const MAX_RECORD_FIELDS: usize = 48;

/// Which date-time crate generated code uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateTimeCrate {
    #[default]
    Chrono,
    Time,
}

/// How a SQL type maps to Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// The Rust type as a path (`i32`, `uuid::Uuid`, `Vec<String>`).
    pub rust: String,
    /// Decoded from and encoded to text (`col::text`, `$1::type`): the
    /// documented fallback for types sqlx has no Rust type for.
    pub via_text: bool,
    /// Left out of insert structs (e.g. `tsvector`, usually generated).
    pub skip_insert: bool,
    /// An array (`Vec<T>`), possibly through a domain.
    pub array: bool,
    /// The application's own choice (a `codegen.toml` override): the
    /// derive's type check accepts it as written.
    pub custom: bool,
}

impl Mapping {
    fn new(rust: impl Into<String>) -> Self {
        Mapping {
            rust: rust.into(),
            via_text: false,
            skip_insert: false,
            array: false,
            custom: false,
        }
    }

    /// A plain Rust type (overrides from `codegen.toml`).
    pub fn verbatim(rust: impl Into<String>, array: bool) -> Self {
        Mapping {
            array,
            custom: true,
            ..Mapping::new(rust)
        }
    }

    fn text() -> Self {
        Mapping {
            rust: "String".into(),
            via_text: true,
            skip_insert: false,
            array: false,
            custom: false,
        }
    }
}

/// The Rust type of a built-in scalar type (`pg_catalog` name), or `None`
/// when sqlx has no Rust type for it.
pub fn builtin(name: &str, dt: DateTimeCrate) -> Option<&'static str> {
    use DateTimeCrate::*;
    Some(match (name, dt) {
        ("bool", _) => "bool",
        ("int2", _) => "i16",
        ("int4", _) => "i32",
        ("int8", _) => "i64",
        ("float4", _) => "f32",
        ("float8", _) => "f64",
        ("char", _) => "i8",
        ("numeric", _) => "rust_decimal::Decimal",
        ("text" | "varchar" | "bpchar" | "name", _) => "String",
        ("uuid", _) => "uuid::Uuid",
        ("json" | "jsonb", _) => "serde_json::Value",
        ("bytea", _) => "Vec<u8>",
        ("inet" | "cidr", _) => "sqlx::types::ipnetwork::IpNetwork",
        ("macaddr", _) => "sqlx::types::mac_address::MacAddress",
        ("interval", _) => "runtime::types::Interval",
        ("date", Chrono) => "chrono::NaiveDate",
        ("time", Chrono) => "chrono::NaiveTime",
        ("timestamp", Chrono) => "chrono::NaiveDateTime",
        ("timestamptz", Chrono) => "chrono::DateTime<chrono::Utc>",
        ("date", Time) => "time::Date",
        ("time", Time) => "time::Time",
        ("timestamp", Time) => "time::PrimitiveDateTime",
        ("timestamptz", Time) => "time::OffsetDateTime",
        _ => return None,
    })
}

/// The element type of a built-in range type.
pub fn range_subtype(name: &str) -> Option<&'static str> {
    Some(match name {
        "int4range" => "int4",
        "int8range" => "int8",
        "numrange" => "numeric",
        "daterange" => "date",
        "tsrange" => "timestamp",
        "tstzrange" => "timestamptz",
        _ => return None,
    })
}

/// Types stored as text-like values that are best left out of inserts.
const SKIP_INSERT: &[&str] = &["tsvector"];

/// Resolves user-defined types (enums, composites: their generated Rust
/// path; domains: their base type).
pub trait Resolver {
    /// The Rust path of a generated enum or composite.
    fn user_type(&self, ty: &TypeRef) -> Option<String>;
    /// The base type of a domain.
    fn domain_base(&self, ty: &TypeRef) -> Option<TypeRef>;
}

/// Maps a column type (not counting nullability) to Rust.
pub fn map(ty: &TypeRef, dt: DateTimeCrate, resolver: &dyn Resolver) -> Mapping {
    let skip_insert = ty.schema == "pg_catalog" && SKIP_INSERT.contains(&ty.name.as_str());
    let scalar = scalar(ty, dt, resolver, 0);
    let mut m = match (scalar, ty.array_dims) {
        (Some(m), 0) => m,
        // sqlx decodes one-dimensional arrays only.
        (Some(m), 1) if !m.via_text && !m.array => Mapping {
            array: true,
            ..Mapping::new(format!("Vec<{}>", m.rust))
        },
        _ => Mapping::text(),
    };
    m.skip_insert = skip_insert;
    m
}

fn scalar(ty: &TypeRef, dt: DateTimeCrate, resolver: &dyn Resolver, depth: u8) -> Option<Mapping> {
    match ty.kind {
        TypeKind::Base if ty.schema == "pg_catalog" => Some(match builtin(&ty.name, dt) {
            // `bytea` is a `Vec<u8>`: sqlx has no `bytea[]` as `Vec<Vec<u8>>`.
            Some(rust) => Mapping {
                array: ty.name == "bytea",
                ..Mapping::new(rust)
            },
            None => Mapping::text(),
        }),
        TypeKind::Range if ty.schema == "pg_catalog" => {
            Some(match range_subtype(&ty.name).and_then(|s| builtin(s, dt)) {
                Some(inner) => Mapping::new(format!("runtime::types::Range<{inner}>")),
                None => Mapping::text(),
            })
        }
        TypeKind::Enum | TypeKind::Composite => Some(match resolver.user_type(ty) {
            Some(path) => Mapping::new(path),
            None => Mapping::text(),
        }),
        TypeKind::Domain if depth < 8 => {
            let base = resolver.domain_base(ty)?;
            if base.array_dims > 0 {
                Some(map(&base, dt, resolver))
            } else {
                scalar(&base, dt, resolver, depth + 1)
            }
        }
        _ => Some(Mapping::text()),
    }
}

/// Wraps a mapped type in `Option` for a nullable column.
pub fn nullable(rust: &str, nullable: bool) -> String {
    if nullable {
        format!("Option<{rust}>")
    } else {
        rust.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoUserTypes;
    impl Resolver for NoUserTypes {
        fn user_type(&self, _: &TypeRef) -> Option<String> {
            None
        }
        fn domain_base(&self, _: &TypeRef) -> Option<TypeRef> {
            None
        }
    }

    fn t(name: &str, kind: TypeKind, dims: u8) -> TypeRef {
        TypeRef {
            schema: "pg_catalog".into(),
            name: name.into(),
            kind,
            array_dims: dims,
            sql: name.into(),
            modifiers: None,
        }
    }

    #[test]
    fn maps_builtins_arrays_ranges_and_falls_back_to_text() {
        let m = |ty| map(&ty, DateTimeCrate::Chrono, &NoUserTypes);
        assert_eq!(m(t("int4", TypeKind::Base, 0)).rust, "i32");
        assert_eq!(m(t("text", TypeKind::Base, 1)).rust, "Vec<String>");
        assert_eq!(
            m(t("tstzrange", TypeKind::Range, 0)).rust,
            "runtime::types::Range<chrono::DateTime<chrono::Utc>>"
        );
        let tsv = m(t("tsvector", TypeKind::Base, 0));
        assert!(tsv.via_text && tsv.skip_insert);
        assert!(
            m(t("int4", TypeKind::Base, 2)).via_text,
            "multi-dimensional arrays go through text"
        );
        assert_eq!(
            map(
                &t("timestamptz", TypeKind::Base, 0),
                DateTimeCrate::Time,
                &NoUserTypes
            )
            .rust,
            "time::OffsetDateTime"
        );
    }
}
