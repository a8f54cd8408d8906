//! The planner: the statements that turn one [`Snapshot`] into another, in
//! dependency order: drops in reverse order of kind, then creates and
//! alters in order of kind; views and the functions that read relations'
//! row types sorted by what they read.

mod alter;
mod create;
mod recreate;

use super::ddl::topo;
use super::object::ConType;
use super::{Kind, Object, Snapshot};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// One statement (or a guarded block) of a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub sql: String,
    /// Why the statement can lose data, if it can.
    pub danger: Option<String>,
}

/// What [`plan`] makes of two snapshots.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// The statements of the migration (one transaction).
    pub steps: Vec<Step>,
    /// `CREATE INDEX CONCURRENTLY` on tables that exist already: a
    /// separate `-- codegen:no-transaction` file.
    pub concurrent: Vec<Step>,
    /// Things the user should know (a rename written as drop + add).
    pub warnings: Vec<String>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty() && self.concurrent.is_empty()
    }

    pub fn dangers(&self) -> Vec<&str> {
        self.steps
            .iter()
            .chain(&self.concurrent)
            .filter_map(|s| s.danger.as_deref())
            .collect()
    }
}

/// Kinds in creation order; drops run in the reverse order. `routine`
/// stands for views and the functions that read relations' row types,
/// sorted together by their dependencies.
const ORDER: &[&str] = &[
    "schema",
    "extension",
    "default-acl",
    "type",
    "sequence",
    "function",
    "table",
    "column",
    "sequence-owner",
    "constraint",
    "index",
    "foreign-key",
    "routine",
    "view-index",
    "trigger",
    "rls",
    "rls-forced",
    "replica-identity",
    "policy",
    "publication",
    "publication-table",
    "grant",
    "comment",
];

/// Kinds dropped with the object they belong to.
const CHILD_KINDS: &[Kind] = &[
    Kind::Column,
    Kind::Constraint,
    Kind::ForeignKey,
    Kind::Index,
    Kind::Trigger,
    Kind::Policy,
    Kind::Rls,
    Kind::RlsForced,
    Kind::ReplicaIdentity,
    Kind::Grant,
    Kind::Comment,
    Kind::SequenceOwner,
    Kind::PublicationTable,
];

fn is_child(kind: Kind) -> bool {
    CHILD_KINDS.contains(&kind)
}

/// Functions whose signature names a relation's row type are created with
/// the views, after the tables.
fn phase(o: &Object) -> &'static str {
    match (&o.kind, &o.info) {
        (Kind::View, _) => "routine",
        (Kind::Function, _) if !o.deps.is_empty() => "routine",
        (Kind::Index, super::Info::Index(i)) if i.on_view => "view-index",
        (k, _) => k.as_str(),
    }
}

fn step(sql: impl Into<String>) -> Step {
    Step {
        sql: sql.into(),
        danger: None,
    }
}

fn danger(sql: impl Into<String>, why: impl Into<String>) -> Step {
    Step {
        sql: sql.into(),
        danger: Some(why.into()),
    }
}

/// The statements that turn `from` into `to`. `creator` is the role that
/// will run them (its default privileges apply to what they create).
pub fn plan(from: &Snapshot, to: &Snapshot, creator: &str) -> Plan {
    let mut p = Planner {
        from,
        to,
        creator,
        pairs: pair(from, to),
        recreate: BTreeSet::new(),
        altered_tables: BTreeMap::new(),
        enum_dance: BTreeSet::new(),
        late_drops: Vec::new(),
        deferred: Vec::new(),
        default_given: BTreeSet::new(),
        plan: Plan::default(),
    };
    p.find_recreations();
    p.drops();
    p.creates();
    for sql in std::mem::take(&mut p.late_drops) {
        p.plan.steps.push(step(sql));
    }
    let deferred = std::mem::take(&mut p.deferred);
    p.plan.steps.extend(deferred);
    p.plan
}

/// How the two snapshots' objects pair up, found in one walk over both.
#[derive(Default)]
struct Pairs<'a> {
    /// Keys only in `from`.
    only_from: BTreeSet<(Kind, &'a str)>,
    /// Keys only in `to`.
    only_to: BTreeSet<(Kind, &'a str)>,
    /// Objects in both whose definitions differ, in `from`'s order.
    changed: Vec<(&'a Object, &'a Object)>,
    /// Their keys.
    changed_keys: BTreeSet<(Kind, &'a str)>,
}

/// Walks both snapshots (sorted by the same key) side by side.
fn pair<'a>(from: &'a Snapshot, to: &'a Snapshot) -> Pairs<'a> {
    let mut p = Pairs::default();
    let (mut a, mut b) = (from.objects.iter().peekable(), to.objects.iter().peekable());
    loop {
        let order = match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some(x), Some(y)) => x.key().cmp(&y.key()),
        };
        match order {
            Ordering::Less => {
                let x = a.next().expect("peeked");
                p.only_from.insert(x.key());
            }
            Ordering::Greater => {
                let y = b.next().expect("peeked");
                p.only_to.insert(y.key());
            }
            Ordering::Equal => {
                let (x, y) = (a.next().expect("peeked"), b.next().expect("peeked"));
                if !x.same_def(y) {
                    p.changed.push((x, y));
                    p.changed_keys.insert(x.key());
                }
            }
        }
    }
    p
}

struct Planner<'a> {
    from: &'a Snapshot,
    to: &'a Snapshot,
    creator: &'a str,
    pairs: Pairs<'a>,
    /// (kind, name) of objects in both that are dropped and created again.
    recreate: BTreeSet<(Kind, &'a str)>,
    /// Tables whose columns change type or go: their policies and the views
    /// reading them are made again around the change.
    altered_tables: BTreeMap<String, BTreeSet<String>>,
    /// Enums that lose values: renamed, made again, columns moved over.
    enum_dance: BTreeSet<String>,
    /// Enums renamed out of the way, dropped once their columns moved.
    late_drops: Vec<String>,
    /// Drops of schemas, extensions, types, sequences and functions that go
    /// for good: written after the creates and alters, since a column may
    /// still use them until it is moved off (a type change, a default).
    deferred: Vec<Step>,
    /// Grants the creator's default privileges give new objects.
    default_given: BTreeSet<String>,
    plan: Plan,
}

fn key(o: &Object) -> (Kind, &str) {
    o.key()
}

impl<'a> Planner<'a> {
    fn changed(&self) -> impl Iterator<Item = (&'a Object, &'a Object)> + '_ {
        self.pairs.changed.iter().copied()
    }

    /// Whether `o` (of either snapshot) is in `to`.
    fn in_to(&self, o: &Object) -> bool {
        !self.pairs.only_from.contains(&key(o))
    }

    /// Whether `o` (of either snapshot) is in `from`.
    fn in_from(&self, o: &Object) -> bool {
        !self.pairs.only_to.contains(&key(o))
    }

    fn removed(&self, o: &Object) -> bool {
        !self.in_to(o) || self.recreate.contains(&key(o))
    }

    fn added(&self, o: &Object) -> bool {
        !self.in_from(o) || self.recreate.contains(&key(o))
    }

    /// Names of objects that go (removed or recreated), for their children.
    fn gone_names(&self) -> BTreeSet<String> {
        self.from
            .objects
            .iter()
            .filter(|o| !is_child(o.kind) || o.kind == Kind::Column)
            .filter(|o| self.removed(o))
            .map(|o| o.name.clone())
            .collect()
    }

    /// Drops, in reverse order of kind.
    fn drops(&mut self) {
        let gone = self.gone_names();
        let removed: Vec<&Object> = self
            .from
            .objects
            .iter()
            .filter(|o| !o.implicit && self.removed(o))
            .collect();
        // Tables whose primary or unique key goes or is made again.
        let rekeyed: BTreeSet<&str> = removed
            .iter()
            .filter(|o| {
                o.constraint()
                    .is_some_and(|k| matches!(k.contype, ConType::Primary | ConType::Unique))
            })
            .filter_map(|o| o.parent.as_deref())
            .collect();
        for phase_name in ORDER.iter().rev() {
            let mut objects: Vec<&Object> = removed
                .iter()
                .copied()
                .filter(|o| phase(o) == *phase_name)
                .filter(|o| {
                    // A policy reading another table that goes, or a foreign
                    // key referencing a key that goes, is dropped first,
                    // even with its own table (else neither drops).
                    let first = match o.kind {
                        Kind::Policy => o.deps.iter().any(|d| gone.contains(d)),
                        Kind::ForeignKey => o.deps.iter().any(|d| rekeyed.contains(d.as_str())),
                        _ => false,
                    };
                    first
                        || !(is_child(o.kind)
                            && o.parent.as_ref().is_some_and(|p| gone.contains(p)))
                })
                .collect();
            if matches!(*phase_name, "routine" | "table") {
                objects = topo(objects);
                objects.reverse();
            }
            for o in objects {
                let before = self.plan.steps.len();
                self.drop_one(o);
                if self.deferrable(o) {
                    let moved = self.plan.steps.split_off(before);
                    self.deferred.extend(moved);
                }
            }
        }
    }

    /// Whether `o`'s drop waits until after the creates and alters: a
    /// schema, extension, type, sequence or function (not one reading a
    /// relation's row type) that goes for good, whose name nothing in `to`
    /// takes.
    fn deferrable(&self, o: &Object) -> bool {
        matches!(
            phase(o),
            "schema" | "extension" | "type" | "sequence" | "function"
        ) && !self.recreate.contains(&key(o))
            && !self.to.objects.iter().any(|b| b.name == o.name)
    }

    fn drop_one(&mut self, o: &Object) {
        let again = self.recreate.contains(&key(o));
        let undo = || o.undo.clone().unwrap_or_default();
        match o.kind {
            // Made again in place by their creation statements.
            Kind::Comment if again => {}
            Kind::Column => self.drop_column(o, again),
            Kind::Table => self.plan.steps.push(danger(
                undo(),
                format!("drops table {} and its data", o.name),
            )),
            Kind::Schema => self
                .plan
                .steps
                .push(danger(undo(), format!("drops schema {}", o.name))),
            Kind::Type if !again => self
                .plan
                .steps
                .push(danger(undo(), format!("drops type {}", o.name))),
            _ => {
                if let Some(undo) = &o.undo {
                    self.plan.steps.push(step(undo.clone()));
                }
            }
        }
    }

    fn drop_column(&mut self, o: &Object, again: bool) {
        let table = o.parent.as_deref().unwrap_or("");
        let Some(c) = o.column() else { return };
        if !again && self.enum_dance.is_empty() {
            // A column of the same type added to the same table:
            // probably a rename. (Only a column not in `from` can be
            // the new name.)
            let mut new_columns = self
                .pairs
                .only_to
                .range((Kind::Column, "")..)
                .take_while(|(k, _)| *k == Kind::Column)
                .filter_map(|(k, n)| self.to.get(*k, n));
            if let Some((n, nc)) = new_columns.find_map(|n| {
                let nc = n.column()?;
                (n.parent == o.parent && nc.ty == c.ty).then_some((n, nc))
            }) {
                self.plan.warnings.push(format!(
                    "{} is dropped and {} added; if it was renamed, write `ALTER TABLE {table} RENAME COLUMN {} TO {}` instead to keep its data",
                    o.name, n.name, c.column, nc.column
                ));
            }
        }
        let sql = format!("ALTER TABLE {table} DROP COLUMN IF EXISTS {};", c.column);
        self.plan
            .steps
            .push(danger(sql, format!("drops column {} and its data", o.name)));
    }

    /// Names of parents made again: recreated, or a name that goes as
    /// one kind and comes as another (a table replaced by a view).
    fn recreated_parents(&self) -> BTreeSet<String> {
        let parent_kind = |o: &&Object| !is_child(o.kind);
        let gone: BTreeSet<&str> = self
            .from
            .objects
            .iter()
            .filter(parent_kind)
            .filter(|o| !self.in_to(o))
            .map(|o| o.name.as_str())
            .collect();
        self.recreate
            .iter()
            .filter(|(k, _)| !is_child(*k))
            .map(|(_, n)| n.to_string())
            .chain(
                self.to
                    .objects
                    .iter()
                    .filter(parent_kind)
                    .filter(|o| !self.in_from(o) && gone.contains(o.name.as_str()))
                    .map(|o| o.name.clone()),
            )
            .collect()
    }

    /// Whether `o`'s table has a column that changes type or goes.
    fn on_altered_table(&self, o: &Object) -> bool {
        self.altered_tables
            .contains_key(o.parent.as_deref().unwrap_or(""))
    }

    /// Creates and alters, in order of kind. Objects dropped and made again
    /// take their children (grants, comments, indexes, triggers…) with them:
    /// those come back too. A child kind going (an `rls` row named like its
    /// table) does not.
    fn creates(&mut self) {
        let recreated_parents = self.recreated_parents();
        let new_tables: BTreeSet<String> = self
            .to
            .of(Kind::Table)
            .filter(|t| self.added(t))
            .map(|t| t.name.clone())
            .collect();
        let in_recreated = |o: &Object| {
            o.parent
                .as_ref()
                .is_some_and(|p| recreated_parents.contains(p))
        };
        // Only what is new, changed, or belongs to something made again.
        let candidates: Vec<&Object> = self
            .to
            .objects
            .iter()
            .filter(|o| {
                !self.in_from(o)
                    || self.pairs.changed_keys.contains(&key(o))
                    || self.recreate.contains(&key(o))
                    || in_recreated(o)
                    || o.kind == Kind::Comment
                    || (o.kind == Kind::Column && self.on_altered_table(o))
            })
            .collect();
        for phase_name in ORDER {
            let mut objects: Vec<&Object> = candidates
                .iter()
                .copied()
                .filter(|o| phase(o) == *phase_name)
                .collect();
            if matches!(*phase_name, "routine" | "table") {
                objects = topo(objects);
            }
            for o in objects {
                // Children of a recreated object come back with it.
                let orphan = is_child(o.kind)
                    && in_recreated(o)
                    && !new_tables.contains(o.parent.as_deref().unwrap_or(""));
                self.create_or_alter(o, orphan, &new_tables);
            }
        }
    }

    /// One object of `to` that is new, changed, or belongs to something
    /// made again (`orphan`).
    fn create_or_alter(&mut self, o: &Object, orphan: bool, new_tables: &BTreeSet<String>) {
        let added = self.added(o);
        let before = self.from.get(o.kind, &o.name);
        if o.implicit && !(o.kind == Kind::Column && before.is_some()) {
            return;
        }
        // A comment on something dropped and made again (a column,
        // policy, constraint, trigger, index) goes with it.
        let comment_orphan = o.kind == Kind::Comment
            && (o
                .name
                .strip_prefix("COLUMN ")
                .is_some_and(|c| self.recreate.contains(&(Kind::Column, c)))
                || self
                    .recreate
                    .iter()
                    .any(|(k, n)| *k != Kind::Comment && o.parent.as_deref() == Some(*n)));
        let moves_to_remade_enum = || {
            o.kind == Kind::Column
                && self.on_altered_table(o)
                && o.column()
                    .is_some_and(|c| self.enum_dance.contains(&c.type_name))
        };
        match (added, before) {
            (true, _) => self.create_one(o, new_tables),
            (false, Some(a)) if !a.same_def(o) => self.alter_one(a, o),
            _ if orphan || comment_orphan => self.create_one(o, new_tables),
            _ if moves_to_remade_enum() => self.retype_column(o, before.unwrap_or(o)),
            _ => {}
        }
    }
}
