//! Types: OIDs resolved into [`TypeRef`]s, and the user-defined types of the
//! chosen schemas (enums, domains, composites, ranges).

use super::rows::TypeRow;
use schema::*;
use std::collections::HashMap;

/// Every type of the database, by OID, with its kind.
pub(super) struct Types(pub HashMap<i64, (TypeRow, TypeKind)>);

impl Types {
    /// The types, each `typtype` read once: an unknown one is an error
    /// naming the type and the code.
    pub fn new(rows: Vec<TypeRow>) -> Result<Self, sqlx::Error> {
        let mut types = HashMap::with_capacity(rows.len());
        for t in rows {
            let kind = TypeKind::from_typtype(&t.typtype)
                .map_err(|e| super::unknown(format!("type {}.{}", t.schema, t.name), e))?;
            types.insert(t.oid, (t, kind));
        }
        Ok(Types(types))
    }

    /// Resolves a type OID (with its modifier) into a [`TypeRef`]; an
    /// unknown OID is kept with the name PostgreSQL prints for it.
    pub fn type_ref(&self, oid: i64, typmod: i32, ndims: i32, sql: Option<String>) -> TypeRef {
        let Some((t, _)) = self.0.get(&oid) else {
            let sql = sql.unwrap_or_else(|| format!("oid {oid}"));
            return TypeRef {
                schema: String::new(),
                name: sql.clone(),
                kind: TypeKind::Composite,
                array_dims: 0,
                sql,
                modifiers: None,
            };
        };
        let ((elem, kind), dims) = match self.0.get(&t.elem) {
            Some(e) if t.category == "A" => (e, ndims.max(1) as u8),
            _ => (&self.0[&oid], 0),
        };
        let kind = *kind;
        TypeRef {
            schema: elem.schema.clone(),
            name: elem.name.clone(),
            kind,
            array_dims: dims,
            sql: sql.unwrap_or_else(|| t.sql.clone()),
            modifiers: modifiers(&elem.name, typmod),
        }
    }

    /// The enums, domains, composites and ranges of the chosen schemas into
    /// `catalog`, taking domain checks from `domain_checks` (by type OID) and
    /// composite attributes from `columns` (by relation OID).
    pub fn user_types(
        &self,
        catalog: &mut Catalog,
        mut domain_checks: HashMap<i64, Vec<Check>>,
        columns: &mut HashMap<i64, Vec<Column>>,
    ) {
        for (t, _) in self.0.values().filter(|(t, _)| t.in_scope) {
            let comment = t.comment.clone();
            match t.typtype.as_str() {
                "e" => catalog.enums.push(Enum {
                    schema: t.schema.clone(),
                    name: t.name.clone(),
                    labels: t.labels.clone().unwrap_or_default(),
                    comment,
                }),
                "d" => catalog.domains.push(Domain {
                    schema: t.schema.clone(),
                    name: t.name.clone(),
                    base: self.type_ref(t.base, t.base_typmod, 0, None),
                    not_null: t.not_null,
                    default: t.default_expr.clone(),
                    checks: domain_checks.remove(&t.oid).unwrap_or_default(),
                    comment,
                }),
                "c" => catalog.composites.push(Composite {
                    schema: t.schema.clone(),
                    name: t.name.clone(),
                    attributes: columns.remove(&t.relid).unwrap_or_default(),
                    comment,
                }),
                "r" => catalog.ranges.push(Range {
                    schema: t.schema.clone(),
                    name: t.name.clone(),
                    subtype: self.type_ref(t.range_subtype.unwrap_or(0), -1, 0, None),
                    comment,
                }),
                // Base, pseudo and multirange types are not declared by the schema.
                _ => {}
            }
        }
    }
}

/// Length, or precision and scale, from a type modifier.
fn modifiers(name: &str, typmod: i32) -> Option<Vec<i32>> {
    if typmod < 0 {
        return None;
    }
    match name {
        "numeric" => Some(vec![((typmod - 4) >> 16) & 0xffff, (typmod - 4) & 0xffff]),
        "varchar" | "bpchar" => Some(vec![typmod - 4]),
        "bit" | "varbit" | "timestamp" | "timestamptz" | "time" | "timetz" => Some(vec![typmod]),
        _ => None,
    }
}
