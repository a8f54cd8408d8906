//! Which objects in both snapshots are dropped and made again, and why:
//! a definition that cannot be altered in place, or something they read
//! that goes or changes type.

use super::{key, Planner};
use crate::diff::ddl::{is_subsequence, labels};
use crate::diff::object::{ConType, Generated};
use crate::diff::{Info, Kind, Object};
use std::collections::BTreeSet;

impl Planner<'_> {
    /// Whether `index` is its table's replica identity in `to` (the
    /// `REPLICA IDENTITY USING INDEX` in the transaction needs it built there).
    pub(super) fn replica_index(&self, index: &Object) -> bool {
        let short = index.name.rsplit('.').next().unwrap_or(&index.name);
        self.to.of(Kind::ReplicaIdentity).any(|r| {
            r.parent.as_deref() == index.on_table()
                && r.def.strip_prefix("USING INDEX ") == Some(short)
        })
    }

    /// Records that a column of its table changes type or goes.
    pub(super) fn alter(&mut self, column: &Object) {
        let name = column
            .column()
            .map(|c| c.column.trim_matches('"').to_owned())
            .unwrap_or_default();
        self.altered_tables
            .entry(column.parent.clone().unwrap_or_default())
            .or_default()
            .insert(name);
    }

    /// Whether `o`'s definition names a column of `table` that changes
    /// type or goes (a view or policy on it must be made again around it).
    pub(super) fn reads_altered(&self, table: &str, o: &Object) -> bool {
        self.altered_tables
            .get(table)
            .is_some_and(|cols| cols.iter().any(|c| o.def.contains(c.as_str())))
    }

    /// Whether an object changed from `a` to `b` is dropped and made again
    /// (an enum losing values is noted for the dance instead; a column
    /// changing type is noted as altering its table).
    fn remade_in_place(&mut self, a: &Object, b: &Object) -> bool {
        match (&a.info, &b.info) {
            (Info::Type(_), Info::Type(_)) => match (labels(a), labels(b)) {
                (Some(old), Some(new)) => {
                    if !is_subsequence(old, new) {
                        self.enum_dance.insert(a.name.clone());
                    }
                    false
                }
                _ => true,
            },
            (Info::Function(x), Info::Function(y)) => {
                x.result != y.result || x.kind != y.kind || x.args != y.args
            }
            (Info::Column(x), Info::Column(y)) => {
                if x.ty != y.ty || x.collate != y.collate {
                    self.alter(a);
                }
                x.generated != y.generated
                    || (x.generated == Generated::Stored && x.default != y.default)
            }
            _ => matches!(
                a.kind,
                Kind::Constraint
                    | Kind::ForeignKey
                    | Kind::Index
                    | Kind::View
                    | Kind::Trigger
                    | Kind::Policy
            ),
        }
    }

    pub(super) fn find_recreations(&mut self) {
        let changed: Vec<(&Object, &Object)> = self.changed().collect();
        for (a, b) in changed {
            if self.remade_in_place(a, b) {
                self.recreate.insert(key(a));
            }
        }
        for o in self.from.of(Kind::Column) {
            if !self.in_to(o) {
                self.alter(o);
            }
        }
        self.follow_enum_dance();
        self.follow_altered_tables();
        self.follow_what_goes();
    }

    /// Columns of an enum that loses values change type; functions naming
    /// it are made again.
    fn follow_enum_dance(&mut self) {
        let dance: Vec<String> = self.enum_dance.iter().cloned().collect();
        for e in &dance {
            for c in self.from.of(Kind::Column) {
                if c.column().is_some_and(|c| c.type_name == *e) {
                    self.alter(c);
                }
            }
            for f in self.from.of(Kind::Function) {
                if f.def.contains(e.rsplit('.').next().unwrap_or(e)) {
                    self.recreate.insert(key(f));
                }
            }
        }
    }

    /// Policies and triggers on altered tables that name an altered column.
    /// (Partial indexes and checks compare the column with constants of
    /// its old type: an enum's re-made type has no operator for them.)
    fn follow_altered_tables(&mut self) {
        let names_dance = |o: &&Object| self.enum_dance.iter().any(|e| o.def.contains(e.as_str()));
        let checks = self
            .from
            .of(Kind::Constraint)
            .filter(|c| c.constraint().is_some_and(|k| k.contype == ConType::Check))
            .filter(names_dance);
        let indexes = self.from.of(Kind::Index).filter(names_dance);
        let mut more = Vec::new();
        for o in self
            .from
            .of(Kind::Policy)
            .chain(self.from.of(Kind::Trigger))
            .chain(indexes)
            .chain(checks)
        {
            if self.reads_altered(o.parent.as_deref().unwrap_or(""), o) && self.in_to(o) {
                more.push(key(o));
            }
        }
        self.recreate.extend(more);
    }

    /// Everything that reads something that goes, until nothing more
    /// changes.
    fn follow_what_goes(&mut self) {
        loop {
            let gone = self.gone_names();
            // A primary key or unique constraint made again takes the
            // foreign keys that reference its table with it.
            let rekeyed: BTreeSet<String> = self
                .recreate
                .iter()
                .filter(|(k, _)| *k == Kind::Constraint)
                .filter_map(|(k, n)| self.from.get(*k, n))
                .filter(|o| {
                    o.constraint()
                        .is_some_and(|k| matches!(k.contype, ConType::Primary | ConType::Unique))
                })
                .filter_map(|o| o.parent.clone())
                .collect();
            let gone_functions: Vec<String> = self
                .from
                .of(Kind::Function)
                .filter(|f| self.removed(f))
                .map(|f| f.name.split('(').next().unwrap_or("").to_owned())
                .collect();
            let mut more = Vec::new();
            for o in &self.from.objects {
                if !self.in_to(o) || self.recreate.contains(&key(o)) {
                    continue;
                }
                let reads_gone = o
                    .deps
                    .iter()
                    .any(|d| gone.contains(d) || self.reads_altered(d, o));
                let again = match o.kind {
                    Kind::View | Kind::Trigger => reads_gone,
                    Kind::Function => reads_gone && !o.deps.is_empty(),
                    Kind::ForeignKey => o.deps.iter().any(|d| rekeyed.contains(d)),
                    Kind::Policy => gone_functions.iter().any(|f| {
                        let short = f.rsplit('.').next().unwrap_or(f);
                        o.def.contains(&format!("{short}("))
                    }),
                    _ => false,
                };
                if again {
                    more.push(key(o));
                }
            }
            if more.is_empty() {
                break;
            }
            self.recreate.extend(more);
        }
    }
}
