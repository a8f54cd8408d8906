//! Objects in both snapshots changed in place: columns, enums, sequences,
//! extensions, tables' options, publications, grants.

use super::{danger, step, Planner};
use crate::diff::ddl::{create_type, guarded, identity_word, labels, literal, quote_ident, widens};
use crate::diff::Object;

impl Planner<'_> {
    pub(super) fn alter_one(&mut self, a: &Object, b: &Object) {
        match b.kind.as_str() {
            "column" => self.alter_column(a, b),
            "type" => {
                if let (Some(old), Some(new)) = (labels(a), labels(b)) {
                    if self.enum_dance.contains(&b.name) {
                        self.enum_recreate(b, &new);
                    } else {
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
                } else {
                    self.plan
                        .steps
                        .push(step(guarded(&create_type(b), "duplicate_object")));
                }
            }
            "sequence" => {
                if a.fact("options") != b.fact("options") {
                    self.plan.steps.push(step(format!(
                        "ALTER SEQUENCE {} {};",
                        b.name,
                        b.fact("options").unwrap_or("")
                    )));
                }
                if a.fact("persistence") != b.fact("persistence") {
                    let to = if b.fact("persistence") == Some("u") {
                        "UNLOGGED"
                    } else {
                        "LOGGED"
                    };
                    self.plan
                        .steps
                        .push(step(format!("ALTER SEQUENCE {} SET {to};", b.name)));
                }
            }
            "extension" => self.plan.steps.push(step(format!(
                "ALTER EXTENSION {} SET SCHEMA {};",
                b.name,
                b.parent.as_deref().unwrap_or("public")
            ))),
            "table" => {
                if a.fact("persistence") != b.fact("persistence") {
                    let to = if b.fact("persistence") == Some("u") {
                        "UNLOGGED"
                    } else {
                        "LOGGED"
                    };
                    self.plan
                        .steps
                        .push(step(format!("ALTER TABLE {} SET {to};", b.name)));
                }
                let options = |o: &Object| -> Vec<String> {
                    o.info
                        .get("options")
                        .and_then(|v| v.as_array())
                        .map(|a| {
                            a.iter()
                                .filter_map(|v| v.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default()
                };
                let (old, new) = (options(a), options(b));
                if old != new {
                    let reset: Vec<String> = old
                        .iter()
                        .map(|o| o.split('=').next().unwrap_or("").to_owned())
                        .collect();
                    if !reset.is_empty() {
                        self.plan.steps.push(step(format!(
                            "ALTER TABLE {} RESET ({});",
                            b.name,
                            reset.join(", ")
                        )));
                    }
                    if !new.is_empty() {
                        self.plan.steps.push(step(format!(
                            "ALTER TABLE {} SET ({});",
                            b.name,
                            new.join(", ")
                        )));
                    }
                }
                if a.fact("partition_by") != b.fact("partition_by")
                    || a.fact("partition_of") != b.fact("partition_of")
                    || a.fact("bound") != b.fact("bound")
                {
                    self.plan.warnings.push(format!(
                        "{}: changing how a table is partitioned is not written; make the new table and move the rows by hand",
                        b.name
                    ));
                }
            }
            "publication" => {
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
            "grant" | "default-acl" => {
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

    pub(super) fn alter_column(&mut self, a: &Object, b: &Object) {
        let table = b.parent.as_deref().unwrap_or("");
        let col = b.fact("column").unwrap_or("");
        let at = format!("ALTER TABLE {table} ALTER COLUMN {col}");
        let type_of = |o: &Object| {
            format!(
                "{}{}",
                o.fact("type").unwrap_or(""),
                o.fact("collate")
                    .map(|c| format!(" COLLATE {c}"))
                    .unwrap_or_default()
            )
        };
        // A column of an enum that is re-made moves to the new type even
        // when its type's name stays the same.
        let retyped = type_of(a) != type_of(b)
            || b.fact("type_name")
                .is_some_and(|t| self.enum_dance.contains(t));
        let default_changed = a.fact("default") != b.fact("default");
        let had_default =
            a.fact("identity").unwrap_or("").is_empty() && a.fact("default").is_some();
        if had_default && (retyped || (default_changed && b.fact("default").is_none())) {
            self.plan.steps.push(step(format!("{at} DROP DEFAULT;")));
        }
        if retyped {
            let new = b.fact("type").unwrap_or("");
            let using = if a.fact("typtype") == Some("e") || b.fact("typtype") == Some("e") {
                format!("{col}::text::{new}")
            } else {
                format!("{col}::{new}")
            };
            let sql = format!("{at} TYPE {} USING {using};", type_of(b));
            if widens(a.fact("type").unwrap_or(""), new) {
                self.plan.steps.push(step(sql));
            } else {
                self.plan.steps.push(danger(
                    sql,
                    format!(
                        "changes the type of {} from {} to {new}: values may not fit",
                        b.name,
                        a.fact("type").unwrap_or("")
                    ),
                ));
            }
        }
        let (ai, bi) = (
            a.fact("identity").unwrap_or(""),
            b.fact("identity").unwrap_or(""),
        );
        if ai != bi {
            if bi.is_empty() {
                self.plan
                    .steps
                    .push(step(format!("{at} DROP IDENTITY IF EXISTS;")));
            } else if ai.is_empty() {
                self.plan.steps.push(step(format!(
                    "{at} ADD GENERATED {} AS IDENTITY;",
                    identity_word(bi)
                )));
            } else {
                self.plan
                    .steps
                    .push(step(format!("{at} SET GENERATED {};", identity_word(bi))));
            }
        }
        if let Some(d) = b.fact("default") {
            if bi.is_empty() && (default_changed || retyped) {
                self.plan.steps.push(step(format!("{at} SET DEFAULT {d};")));
            }
        }
        let (an, bn) = (
            a.info.get("notnull").and_then(|v| v.as_bool()),
            b.info.get("notnull").and_then(|v| v.as_bool()),
        );
        if an != bn && bi.is_empty() && ai.is_empty() {
            let word = if bn == Some(true) { "SET" } else { "DROP" };
            self.plan.steps.push(step(format!("{at} {word} NOT NULL;")));
        }
    }

    /// A column moved to a re-made enum of the same name.
    pub(super) fn retype_column(&mut self, b: &Object, a: &Object) {
        let table = b.parent.as_deref().unwrap_or("");
        let col = b.fact("column").unwrap_or("");
        let at = format!("ALTER TABLE {table} ALTER COLUMN {col}");
        if a.fact("default").is_some() {
            self.plan.steps.push(step(format!("{at} DROP DEFAULT;")));
        }
        let new = b.fact("type").unwrap_or("");
        self.plan.steps.push(danger(
            format!("{at} TYPE {new} USING {col}::text::{new};"),
            format!(
                "moves {} to {new}, which lost values: rows holding them fail",
                b.name
            ),
        ));
        if let Some(d) = b.fact("default") {
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
