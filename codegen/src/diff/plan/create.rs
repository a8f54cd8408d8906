//! Objects of `to` written whole: tables (with their columns and keys),
//! columns, types, sequences, indexes, constraints, and whatever the
//! catalog gives a creation statement for; then the default privileges
//! the creator's role gives them that `to` lacks, revoked.

use super::{step, Planner};
use crate::diff::ddl::{
    column_clause, create_type, guarded, index_if_not_exists, inline_constraint,
};
use crate::diff::object::{AclObject, ConType, Persistence, ProKind};
use crate::diff::{Kind, Object};
use std::collections::BTreeSet;

impl Planner<'_> {
    pub(super) fn create_one(&mut self, o: &Object, new_tables: &BTreeSet<String>) {
        match o.kind {
            Kind::Table => {
                let sql = self.create_table(o);
                self.plan.steps.push(step(sql));
            }
            Kind::Column => {
                if new_tables.contains(o.parent.as_deref().unwrap_or("")) {
                    return; // in its CREATE TABLE
                }
                let sql = format!(
                    "ALTER TABLE {} ADD COLUMN IF NOT EXISTS {};",
                    o.parent.as_deref().unwrap_or(""),
                    column_clause(o)
                );
                self.plan.steps.push(step(sql));
            }
            Kind::Type => {
                let sql = guarded(&create_type(o), "duplicate_object");
                self.plan.steps.push(step(sql));
            }
            Kind::Sequence => {
                if let crate::diff::Info::Sequence(s) = &o.info {
                    let unlogged = if s.persistence == Persistence::Unlogged {
                        "UNLOGGED "
                    } else {
                        ""
                    };
                    self.plan.steps.push(step(format!(
                        "CREATE {unlogged}SEQUENCE IF NOT EXISTS {} {};",
                        o.name, s.options
                    )));
                }
            }
            Kind::Index => self.create_index(o, new_tables),
            // In its table's CREATE TABLE.
            Kind::Constraint if inline_constraint(o, new_tables, self.to) => {}
            Kind::Constraint | Kind::ForeignKey => self.add_constraint(o, new_tables),
            Kind::Grant if self.default_given.contains(&o.name) => {}
            _ => {
                if let Some(ddl) = &o.ddl {
                    self.plan.steps.push(step(ddl.clone()));
                }
            }
        }
        self.revoke_defaults(o);
    }

    /// Only a new index on an existing table is built concurrently, in its
    /// own file; one made again (its definition changed, or an enum under
    /// it re-made) is dropped and built in the same transaction, so the
    /// committed schema never lacks it.
    fn create_index(&mut self, o: &Object, new_tables: &BTreeSet<String>) {
        let def = o.ddl.clone().unwrap_or_default();
        let table = o.on_table().unwrap_or("");
        if new_tables.contains(table)
            || self.from.get(Kind::Table, table).is_none()
            || self.in_from(o)
            || self.replica_index(o)
        {
            self.plan.steps.push(step(index_if_not_exists(&def, false)));
        } else {
            self.plan
                .concurrent
                .push(step(index_if_not_exists(&def, true)));
        }
    }

    /// A constraint or foreign key on a table that exists: a new check or
    /// foreign key is added `NOT VALID` and validated after.
    fn add_constraint(&mut self, o: &Object, new_tables: &BTreeSet<String>) {
        let Some(k) = o.constraint() else { return };
        let (table, name, def) = (&k.table, &k.constraint, &k.def);
        let existing = !new_tables.contains(table);
        // (A partitioned table takes no NOT VALID foreign key.)
        let validate = existing
            && matches!(k.contype, ConType::Foreign | ConType::Check)
            && !k.partitioned
            && !def.ends_with("NOT VALID");
        let mut sql = format!(
            "ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name};\nALTER TABLE {table} ADD CONSTRAINT {name} {def}{};",
            if validate { " NOT VALID" } else { "" }
        );
        if validate {
            sql.push_str(&format!(
                "\nALTER TABLE {table} VALIDATE CONSTRAINT {name};"
            ));
        }
        self.plan.steps.push(step(sql));
    }

    /// The (privilege, grantee) pairs the creator's default privileges on
    /// `objtype` give a new object in `schema`, and whether one of them
    /// holds in every schema.
    fn defaults_given(
        &self,
        objtype: AclObject,
        schema: Option<&str>,
    ) -> (BTreeSet<(String, String)>, bool) {
        let mut given = BTreeSet::new();
        let mut global = false;
        for d in self.to.of(Kind::DefaultAcl).filter_map(Object::default_acl) {
            if d.objtype != objtype || d.role != self.creator {
                continue;
            }
            global |= d.schema.is_none();
            if d.schema.is_none() || d.schema.as_deref() == schema {
                given.insert((d.privilege.clone(), d.grantee.clone()));
            }
        }
        (given, global)
    }

    /// After creating a table, view, sequence, function or schema: revoke
    /// what the creator's default privileges gave it that `to` does not have.
    fn revoke_defaults(&mut self, o: &Object) {
        let (objtype, on_kind) = match (o.kind, o.function()) {
            (Kind::Table | Kind::View, _) => (AclObject::Tables, "TABLE"),
            (Kind::Sequence, _) => (AclObject::Sequences, "SEQUENCE"),
            (Kind::Function, Some(f)) if f.kind == ProKind::Procedure => {
                (AclObject::Functions, "PROCEDURE")
            }
            (Kind::Function, _) => (AclObject::Functions, "FUNCTION"),
            (Kind::Schema, _) => (AclObject::Schemas, "SCHEMA"),
            _ => return,
        };
        let schema = if o.kind == Kind::Schema {
            None
        } else {
            o.parent.as_deref()
        };
        let (mut given, global) = self.defaults_given(objtype, schema);
        if objtype == AclObject::Functions && !global {
            given.insert(("EXECUTE".into(), "PUBLIC".into()));
        }
        // Identity sequences come with their table.
        let mut objects = vec![(on_kind, o.name.clone(), given)];
        if o.kind == Kind::Table {
            let sequences: Vec<String> = self
                .to
                .of(Kind::Column)
                .filter(|c| c.parent.as_deref() == Some(o.name.as_str()))
                .filter_map(|c| c.column()?.identity_sequence.clone())
                .collect();
            for s in sequences {
                let (seq_given, _) = self.defaults_given(AclObject::Sequences, schema);
                objects.push(("SEQUENCE", s, seq_given));
            }
        }
        for (on_kind, name, given) in objects {
            for (privilege, grantee) in given {
                if grantee == self.creator {
                    continue;
                }
                let grant = format!("{privilege} ON {on_kind} {name} TO {grantee}");
                match self.to.get(Kind::Grant, &grant) {
                    None => self.plan.steps.push(step(format!(
                        "REVOKE {privilege} ON {on_kind} {name} FROM {grantee};"
                    ))),
                    // Given by the default privileges: no GRANT to write.
                    Some(g) if g.def.is_empty() => {
                        self.default_given.insert(grant);
                    }
                    Some(_) => {}
                }
            }
        }
    }

    pub(super) fn create_table(&self, t: &Object) -> String {
        let Some(info) = t.table() else {
            return String::new();
        };
        let mut columns: Vec<&Object> = self
            .to
            .of(Kind::Column)
            .filter(|c| c.parent.as_deref() == Some(t.name.as_str()) && !c.implicit)
            .collect();
        columns.sort_by_key(|c| c.column().map(|c| c.attnum));
        let unlogged = if info.persistence == Persistence::Unlogged {
            "UNLOGGED "
        } else {
            ""
        };
        let mut sql = format!("CREATE {unlogged}TABLE IF NOT EXISTS {}", t.name);
        // Its keys and checks go inside (a partition has only those).
        let new_table = BTreeSet::from([t.name.clone()]);
        let constraints = self
            .to
            .of(Kind::Constraint)
            .filter(|k| inline_constraint(k, &new_table, self.to))
            .filter_map(Object::constraint)
            .map(|k| format!("  CONSTRAINT {} {}", k.constraint, k.def));
        let partition_of = info.partition_of.as_deref();
        let lines: Vec<String> = match partition_of {
            Some(_) => constraints.collect(),
            None => columns
                .iter()
                .map(|c| format!("  {}", column_clause(c)))
                .chain(constraints)
                .collect(),
        };
        if let Some(parent) = partition_of {
            sql.push_str(&format!(" PARTITION OF {parent}"));
        }
        if partition_of.is_none() || !lines.is_empty() {
            sql.push_str(" (\n");
            sql.push_str(&lines.join(",\n"));
            sql.push_str("\n)");
        }
        if partition_of.is_some() {
            sql.push_str(&format!(" {}", info.bound.as_deref().unwrap_or("DEFAULT")));
        }
        if let Some(parents) = &info.inherits {
            sql.push_str(&format!(" INHERITS ({parents})"));
        }
        if let Some(by) = &info.partition_by {
            sql.push_str(&format!(" PARTITION BY {by}"));
        }
        if !info.options.is_empty() {
            sql.push_str(&format!(" WITH ({})", info.options.join(", ")));
        }
        sql.push(';');
        sql
    }
}
