//! What the emitter looks up in the catalog: relations and partitions of
//! a schema, TypeScript types of columns and type references.

use super::*;

impl<'a> Gen<'a> {
    pub(super) fn in_schemas(&self, schema: &str) -> bool {
        self.c.schemas.iter().any(|s| s.name == schema)
    }

    pub(super) fn enums(&self, schema: &str) -> Vec<&'a schema::Enum> {
        let mut v: Vec<_> = self
            .c
            .enums
            .iter()
            .filter(|e| e.schema == schema && !e.labels.is_empty())
            .collect();
        v.sort_by(|a, b| collate(&a.name, &b.name));
        v
    }

    /// The relations of `Tables` (tables, partitions, foreign tables) or
    /// `Views` (views, materialized views), sorted by name.
    pub(super) fn relations(&self, schema: &str, views: bool) -> Vec<Table> {
        let mut v: Vec<Table> = Vec::new();
        for t in self.c.tables.iter().filter(|t| t.schema == schema) {
            if t.kind.is_view() != views {
                continue;
            }
            v.push(t.clone());
        }
        v.extend(self.partitions(schema, views));
        v.sort_by(|a, b| collate(&a.name, &b.name));
        v
    }

    /// Partitions are tables of their own for postgres-meta: the model
    /// keeps them under their parent, with its columns and their own
    /// foreign keys (postgres-meta leaves out those cloned from the parent's).
    pub(super) fn partitions(&self, schema: &str, views: bool) -> Vec<Table> {
        let mut out = Vec::new();
        if views {
            return out;
        }
        for t in &self.c.tables {
            let Some(p) = &t.partitioning else { continue };
            for qualified in &p.partitions {
                let (s, n) = split_qualified(qualified);
                if s != schema || self.c.table(&s, &n).is_some() {
                    continue;
                }
                let mut part = t.clone();
                part.schema = s;
                part.name = n;
                part.kind = TableKind::Table;
                part.foreign_keys = p
                    .partition_foreign_keys
                    .get(qualified)
                    .cloned()
                    .unwrap_or_default();
                part.partitioning = None;
                out.push(part);
            }
        }
        out
    }

    pub(super) fn all_relations(&self) -> Vec<Table> {
        let mut all = Vec::new();
        for s in &self.c.schemas {
            all.extend(self.relations(&s.name, false));
            all.extend(self.relations(&s.name, true));
        }
        all
    }

    /// The TypeScript type of the type named `name` (pg_type's name:
    /// `_int4` for an array) in `schema`, as `pgTypeToTsType`.
    pub(super) fn ts_type(&self, name: &str, schema: &str) -> Ty {
        match name {
            "bool" => return Ty::raw("boolean"),
            "int2" | "int4" | "int8" | "float4" | "float8" | "numeric" => return Ty::raw("number"),
            "bytea" | "bpchar" | "varchar" | "date" | "text" | "citext" | "time" | "timetz"
            | "timestamp" | "timestamptz" | "uuid" | "vector" | "interval" => {
                return Ty::raw("string")
            }
            "json" | "jsonb" => return Ty::raw("Json"),
            "void" => return Ty::raw("undefined"),
            "record" => return Ty::raw("Record<string, unknown>"),
            _ => {}
        }
        if let Some(inner) = name.strip_prefix('_') {
            return Ty::Array(Box::new(self.ts_type(inner, schema)));
        }
        let pick = |cands: Vec<(&str, &str)>| -> Option<(String, String)> {
            cands
                .iter()
                .find(|(s, _)| *s == schema)
                .or_else(|| cands.first())
                .map(|(s, n)| (s.to_string(), n.to_string()))
        };
        let mut enums: Vec<(&str, &str)> = self
            .c
            .enums
            .iter()
            .filter(|e| e.name == name && !e.labels.is_empty())
            .map(|e| (e.schema.as_str(), e.name.as_str()))
            .collect();
        enums.sort_by(|a, b| collate(a.0, b.0));
        if let Some((s, n)) = pick(enums) {
            return Ty::Raw(format!(
                "Database[{}][\"Enums\"][{}]",
                string(&s),
                string(&n)
            ));
        }
        let mut comps: Vec<(&str, &str)> = self
            .c
            .composites
            .iter()
            .filter(|e| e.name == name && !e.attributes.is_empty())
            .map(|e| (e.schema.as_str(), e.name.as_str()))
            .collect();
        comps.sort_by(|a, b| collate(a.0, b.0));
        if let Some((s, n)) = pick(comps) {
            return Ty::Raw(format!(
                "Database[{}][\"CompositeTypes\"][{}]",
                string(&s),
                string(&n)
            ));
        }
        let all = self.all_relations();
        let kinds: [(&str, &KindTest); 4] = [
            ("Tables", &|t: &Table| {
                matches!(t.kind, TableKind::Table | TableKind::PartitionedTable)
            }),
            ("Tables", &|t: &Table| t.kind == TableKind::ForeignTable),
            ("Views", &|t: &Table| t.kind == TableKind::View),
            ("Views", &|t: &Table| t.kind == TableKind::MaterializedView),
        ];
        let find = |same_schema: bool| {
            kinds.iter().find_map(|(kind, is)| {
                all.iter()
                    .filter(|t| is(t))
                    .find(|t| t.name == name && (!same_schema || t.schema == schema))
                    .map(|t| (*kind, t))
            })
        };
        if let Some((kind, t)) = find(true).or_else(|| find(false)) {
            return Ty::Raw(format!(
                "Database[{}][\"{kind}\"][{}][\"Row\"]",
                string(&t.schema),
                string(&t.name)
            ));
        }
        Ty::unknown()
    }

    /// pg_type's name of a type reference (`_x` for arrays).
    pub(super) fn type_name(t: &TypeRef) -> String {
        if t.array_dims > 0 {
            format!("_{}", t.name)
        } else {
            t.name.clone()
        }
    }

    /// The type of a function argument or composite attribute (a domain is
    /// looked up by its own name).
    pub(super) fn ref_type(&self, t: &TypeRef) -> Ty {
        self.ts_type(&Self::type_name(t), &t.schema)
    }

    pub(super) fn domain(&self, t: &TypeRef) -> Option<&'a schema::Domain> {
        (t.kind == TypeKind::Domain && t.array_dims == 0)
            .then(|| {
                self.c
                    .domains
                    .iter()
                    .find(|d| d.schema == t.schema && d.name == t.name)
            })
            .flatten()
    }

    /// A column's type (a domain as its base type) and nullability.
    pub(super) fn column_type(&self, t: &Table, c: &Column) -> (Ty, bool) {
        let domain = self.domain(&c.ty);
        let ty = match domain {
            Some(d) => self.ts_type(&Self::type_name(&d.base), &d.base.schema),
            None if c.ty.kind == TypeKind::Domain && c.ty.array_dims == 0 => Ty::unknown(),
            None => self.ref_type(&c.ty),
        };
        let not_null = domain.is_some_and(|d| d.not_null) || (!t.kind.is_view() && !c.nullable);
        (ty, !not_null)
    }

    pub(super) fn sorted_columns(t: &Table) -> Vec<&Column> {
        let mut cols: Vec<&Column> = t.columns.iter().collect();
        cols.sort_by(|a, b| collate(&a.name, &b.name));
        cols
    }
}

pub(super) fn split_qualified(q: &str) -> (String, String) {
    let parts = split_ident(q);
    match parts.as_slice() {
        [s, n] => (s.clone(), n.clone()),
        _ => (String::new(), q.to_owned()),
    }
}

/// `a.b` / `"a.x".b` as `format('%I.%I')` prints it, split.
fn split_ident(q: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = q.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            '.' if !quoted => parts.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    parts.push(cur);
    parts
}
