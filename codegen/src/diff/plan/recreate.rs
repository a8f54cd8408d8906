//! Which objects in both snapshots are dropped and made again, and why:
//! a definition that cannot be altered in place, or something they read
//! that goes or changes type.

use super::{key, Planner};
use crate::diff::ddl::{is_subsequence, labels};
use crate::diff::Object;
use std::collections::BTreeSet;

impl Planner<'_> {
    /// Whether `index` is its table's replica identity in `to` (the
    /// `REPLICA IDENTITY USING INDEX` in the transaction needs it built there).
    pub(super) fn replica_index(&self, index: &Object) -> bool {
        let short = index.name.rsplit('.').next().unwrap_or(&index.name);
        self.to.of("replica-identity").any(|r| {
            r.parent.as_deref() == index.fact("table")
                && r.def.strip_prefix("USING INDEX ") == Some(short)
        })
    }

    /// Records that a column of its table changes type or goes.
    pub(super) fn alter(&mut self, column: &Object) {
        self.altered_tables
            .entry(column.parent.clone().unwrap_or_default())
            .or_default()
            .insert(
                column
                    .fact("column")
                    .unwrap_or("")
                    .trim_matches('"')
                    .to_owned(),
            );
    }

    /// Whether `o`'s definition names a column of `table` that changes
    /// type or goes (a view or policy on it must be made again around it).
    pub(super) fn reads_altered(&self, table: &str, o: &Object) -> bool {
        self.altered_tables
            .get(table)
            .is_some_and(|cols| cols.iter().any(|c| o.def.contains(c.as_str())))
    }

    pub(super) fn find_recreations(&mut self) {
        let changed: Vec<(&Object, &Object)> = self.changed().collect();
        for (a, b) in &changed {
            let again = match a.kind.as_str() {
                "type" => match (labels(a), labels(b)) {
                    (Some(old), Some(new)) => {
                        if !is_subsequence(&old, &new) {
                            self.enum_dance.insert(a.name.clone());
                        }
                        false
                    }
                    _ => true,
                },
                "function" => {
                    a.fact("result") != b.fact("result")
                        || a.fact("kind") != b.fact("kind")
                        || a.fact("args") != b.fact("args")
                }
                "column" => {
                    let moved =
                        a.fact("type") != b.fact("type") || a.fact("collate") != b.fact("collate");
                    if moved {
                        self.alter(a);
                    }
                    a.fact("generated") != b.fact("generated")
                        || (a.fact("generated") == Some("s")
                            && a.fact("default") != b.fact("default"))
                }
                "constraint" | "foreign-key" | "index" | "view" | "trigger" | "policy" => true,
                _ => false,
            };
            if again {
                self.recreate.insert(key(a));
            }
        }
        for o in self.from.of("column") {
            if !self.to.objects.contains_key(&key(o)) {
                self.alter(o);
            }
        }
        // Columns of an enum that loses values change type.
        let dance: Vec<String> = self.enum_dance.iter().cloned().collect();
        for e in &dance {
            for c in self.from.of("column") {
                if c.fact("type_name") == Some(e.as_str()) {
                    self.alter(c);
                }
            }
            for f in self.from.of("function") {
                if f.def.contains(e.rsplit('.').next().unwrap_or(e)) {
                    self.recreate.insert(key(f));
                }
            }
        }
        // Policies on altered tables; then everything that reads something
        // that goes, until nothing more changes.
        // (Partial indexes and checks compare the column with constants of
        // its old type: an enum's re-made type has no operator for them.)
        let names_dance = |o: &&Object| self.enum_dance.iter().any(|e| o.def.contains(e.as_str()));
        let checks = self
            .from
            .of("constraint")
            .filter(|c| c.fact("contype") == Some("c"))
            .filter(names_dance);
        let indexes = self.from.of("index").filter(names_dance);
        for pol in self
            .from
            .of("policy")
            .chain(self.from.of("trigger"))
            .chain(indexes)
            .chain(checks)
        {
            if self.reads_altered(pol.parent.as_deref().unwrap_or(""), pol)
                && self.to.objects.contains_key(&key(pol))
            {
                self.recreate.insert(key(pol));
            }
        }
        loop {
            let gone = self.gone_names();
            // A primary key or unique constraint made again takes the
            // foreign keys that reference its table with it.
            let rekeyed: BTreeSet<String> = self
                .recreate
                .iter()
                .filter(|(k, _)| k == "constraint")
                .filter_map(|k| self.from.objects.get(k))
                .filter(|o| matches!(o.fact("contype"), Some("p" | "u")))
                .filter_map(|o| o.parent.clone())
                .collect();
            let gone_functions: Vec<String> = self
                .from
                .of("function")
                .filter(|f| self.removed(f))
                .map(|f| f.name.split('(').next().unwrap_or("").to_owned())
                .collect();
            let before = self.recreate.len();
            for o in self.from.objects.values() {
                if !self.to.objects.contains_key(&key(o)) || self.recreate.contains(&key(o)) {
                    continue;
                }
                let reads_gone = o
                    .deps
                    .iter()
                    .any(|d| gone.contains(d) || self.reads_altered(d, o));
                let more = match o.kind.as_str() {
                    "view" | "trigger" => reads_gone,
                    "function" => reads_gone && !o.deps.is_empty(),
                    "foreign-key" => o.deps.iter().any(|d| rekeyed.contains(d)),
                    "policy" => gone_functions.iter().any(|f| {
                        let short = f.rsplit('.').next().unwrap_or(f);
                        o.def.contains(&format!("{short}("))
                    }),
                    _ => false,
                };
                if more {
                    self.recreate.insert(key(o));
                }
            }
            if self.recreate.len() == before {
                break;
            }
        }
    }
}
