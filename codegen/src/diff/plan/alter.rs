//! Objects in both snapshots changed in place: columns, enums, sequences,
//! extensions, tables' options, publications, grants.

use super::{danger, step, Planner};
use crate::diff::ddl::{
    create_type, guarded, identity_clause, identity_word, labels, quote_ident, widens,
};
use crate::diff::object::{ColumnInfo, Identity, Persistence, TypType};
use crate::diff::{Info, Kind, Object};
use crate::sql::literal;

fn logged_word(p: Persistence) -> &'static str {
    if p == Persistence::Unlogged {
        "UNLOGGED"
    } else {
        "LOGGED"
    }
}

/// A column's type with its collation.
fn type_of(c: &ColumnInfo) -> String {
    format!(
        "{}{}",
        c.ty,
        c.collate
            .as_ref()
            .map(|c| format!(" COLLATE {c}"))
            .unwrap_or_default()
    )
}

impl Planner<'_> {
    pub(super) fn alter_one(&mut self, a: &Object, b: &Object) {
        match (&a.info, &b.info) {
            (Info::Column(_), Info::Column(_)) => self.alter_column(a, b),
            (Info::Type(_), Info::Type(_)) => self.alter_type(a, b),
            (Info::Sequence(x), Info::Sequence(y)) => {
                if x.options != y.options {
                    self.plan
                        .steps
                        .push(step(format!("ALTER SEQUENCE {} {};", b.name, y.options)));
                }
                if x.persistence != y.persistence {
                    self.plan.steps.push(step(format!(
                        "ALTER SEQUENCE {} SET {};",
                        b.name,
                        logged_word(y.persistence)
                    )));
                }
            }
            (Info::Table(_), Info::Table(_)) => self.alter_table(a, b),
            _ => self.alter_other(a, b),
        }
    }

    /// Extensions, publications, grants and what is made again by its
    /// creation statement.
    fn alter_other(&mut self, a: &Object, b: &Object) {
        match b.kind {
            Kind::Extension => self.plan.steps.push(step(format!(
                "ALTER EXTENSION {} SET SCHEMA {};",
                b.name,
                b.parent.as_deref().unwrap_or("public")
            ))),
            Kind::Publication => {
                let publish: Vec<&str> = ["insert", "update", "delete", "truncate"]
                    .into_iter()
                    .filter(|w| {
                        b.def.contains(&format!("{w}=t ")) || b.def.ends_with(&format!("{w}=t"))
                    })
                    .collect();
                self.plan.steps.push(step(format!(
                    "ALTER PUBLICATION {} SET (publish = '{}');",
                    b.name,
                    publish.join(", ")
                )));
            }
            Kind::Grant | Kind::DefaultAcl => {
                if let (Some(undo), Some(ddl)) = (&a.undo, &b.ddl) {
                    self.plan.steps.push(step(undo.clone()));
                    self.plan.steps.push(step(ddl.clone()));
                }
            }
            _ => {
                if let Some(ddl) = &b.ddl {
                    self.plan.steps.push(step(ddl.clone()));
                }
            }
        }
    }

    /// An enum gains values (added in place) or loses some (made again);
    /// another type is made again by its guarded creation.
    fn alter_type(&mut self, a: &Object, b: &Object) {
        let (Some(old), Some(new)) = (labels(a), labels(b)) else {
            self.plan
                .steps
                .push(step(guarded(&create_type(b), "duplicate_object")));
            return;
        };
        if self.enum_dance.contains(&b.name) {
            self.enum_recreate(b, new);
            return;
        }
        for (i, label) in new.iter().enumerate() {
            if old.contains(label) {
                continue;
            }
            let place = if i == 0 {
                format!(" BEFORE {}", literal(&new[1]))
            } else {
                format!(" AFTER {}", literal(&new[i - 1]))
            };
            self.plan.steps.push(step(format!(
                "ALTER TYPE {} ADD VALUE IF NOT EXISTS {}{place};",
                b.name,
                literal(label)
            )));
        }
    }

    /// A table's persistence and options; a change of partitioning is
    /// only warned about.
    fn alter_table(&mut self, a: &Object, b: &Object) {
        let (Some(x), Some(y)) = (a.table(), b.table()) else {
            return;
        };
        if x.persistence != y.persistence {
            self.plan.steps.push(step(format!(
                "ALTER TABLE {} SET {};",
                b.name,
                logged_word(y.persistence)
            )));
        }
        if x.options != y.options {
            let reset: Vec<&str> = x
                .options
                .iter()
                .map(|o| o.split('=').next().unwrap_or(""))
                .collect();
            if !reset.is_empty() {
                self.plan.steps.push(step(format!(
                    "ALTER TABLE {} RESET ({});",
                    b.name,
                    reset.join(", ")
                )));
            }
            if !y.options.is_empty() {
                self.plan.steps.push(step(format!(
                    "ALTER TABLE {} SET ({});",
                    b.name,
                    y.options.join(", ")
                )));
            }
        }
        if x.partition_by != y.partition_by
            || x.partition_of != y.partition_of
            || x.bound != y.bound
        {
            self.plan.warnings.push(format!(
                "{}: changing how a table is partitioned is not written; make the new table and move the rows by hand",
                b.name
            ));
        }
    }

    pub(super) fn alter_column(&mut self, a: &Object, b: &Object) {
        let (Some(x), Some(y)) = (a.column(), b.column()) else {
            return;
        };
        let table = b.parent.as_deref().unwrap_or("");
        let col = &y.column;
        let at = format!("ALTER TABLE {table} ALTER COLUMN {col}");
        // A column of an enum that is re-made moves to the new type even
        // when its type's name stays the same.
        let retyped = type_of(x) != type_of(y) || self.enum_dance.contains(&y.type_name);
        let default_changed = x.default != y.default;
        let had_default = x.identity == Identity::None && x.default.is_some();
        if had_default && (retyped || (default_changed && y.default.is_none())) {
            self.plan.steps.push(step(format!("{at} DROP DEFAULT;")));
        }
        // An identity column leaves its identity before its type changes
        // (a uuid has none).
        let drops_identity = x.identity != Identity::None && y.identity == Identity::None;
        if drops_identity {
            self.alter_identity(&at, x.identity, b);
        }
        if retyped {
            let new = &y.ty;
            // Between types of two categories, neither a string one
            // (bigint and uuid), PostgreSQL has no cast but integer's to
            // and from boolean: through text.
            let int_bool = [x.ty.as_str(), new.as_str()] == ["integer", "boolean"]
                || [x.ty.as_str(), new.as_str()] == ["boolean", "integer"];
            let no_cast =
                x.category != y.category && x.category != "S" && y.category != "S" && !int_bool;
            let using = if x.typtype == TypType::Enum || y.typtype == TypType::Enum || no_cast {
                format!("{col}::text::{new}")
            } else {
                format!("{col}::{new}")
            };
            let sql = format!("{at} TYPE {} USING {using};", type_of(y));
            if widens(&x.ty, new) {
                self.plan.steps.push(step(sql));
            } else {
                self.plan.steps.push(danger(
                    sql,
                    format!(
                        "changes the type of {} from {} to {new}: values may not fit",
                        b.name, x.ty
                    ),
                ));
            }
        }
        if !drops_identity {
            self.alter_identity(&at, x.identity, b);
        }
        if let Some(d) = &y.default {
            if y.identity == Identity::None && (default_changed || retyped) {
                self.plan.steps.push(step(format!("{at} SET DEFAULT {d};")));
            }
        }
        if x.notnull != y.notnull && y.identity == Identity::None && x.identity == Identity::None {
            let word = if y.notnull { "SET" } else { "DROP" };
            self.plan.steps.push(step(format!("{at} {word} NOT NULL;")));
        }
    }

    fn alter_identity(&mut self, at: &str, from: Identity, b: &Object) {
        let to = b.column().map_or(Identity::None, |c| c.identity);
        if from == to {
            return;
        }
        let sql = match (from, to) {
            (_, Identity::None) => format!("{at} DROP IDENTITY IF EXISTS;"),
            (Identity::None, _) => format!("{at} ADD{};", identity_clause(b)),
            _ => format!("{at} SET GENERATED {};", identity_word(to)),
        };
        self.plan.steps.push(step(sql));
    }

    /// A column moved to a re-made enum of the same name.
    pub(super) fn retype_column(&mut self, b: &Object, a: &Object) {
        let (Some(x), Some(y)) = (a.column(), b.column()) else {
            return;
        };
        let table = b.parent.as_deref().unwrap_or("");
        let col = &y.column;
        let at = format!("ALTER TABLE {table} ALTER COLUMN {col}");
        if x.default.is_some() {
            self.plan.steps.push(step(format!("{at} DROP DEFAULT;")));
        }
        let new = &y.ty;
        self.plan.steps.push(danger(
            format!("{at} TYPE {new} USING {col}::text::{new};"),
            format!(
                "moves {} to {new}, which lost values: rows holding them fail",
                b.name
            ),
        ));
        if let Some(d) = &y.default {
            self.plan.steps.push(step(format!("{at} SET DEFAULT {d};")));
        }
    }

    /// An enum that loses values: renamed out of the way, made again; the
    /// columns move over in the column phase; the old one is dropped after.
    pub(super) fn enum_recreate(&mut self, b: &Object, labels: &[String]) {
        let short = b
            .name
            .rsplit('.')
            .next()
            .unwrap_or(&b.name)
            .trim_matches('"');
        let old_name = format!("{short}__codegen_old");
        self.plan.steps.push(danger(
            format!(
                "ALTER TYPE {} RENAME TO {};\nCREATE TYPE {} AS ENUM ({});",
                b.name,
                quote_ident(&old_name),
                b.name,
                labels
                    .iter()
                    .map(|l| literal(l))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            format!("removes values from enum {}", b.name),
        ));
        let schema = b.parent.as_deref().unwrap_or("public");
        self.late_drops.push(format!(
            "DROP TYPE IF EXISTS {schema}.{};",
            quote_ident(&old_name)
        ));
    }
}
