//! The planner: the statements that turn one [`Snapshot`] into another, in
//! dependency order: drops in reverse order of kind, then creates and
//! alters in order of kind; views and the functions that read relations'
//! row types sorted by what they read.

mod alter;
mod recreate;

use super::ddl::{
    column_clause, create_type, guarded, index_if_not_exists, inline_constraint, topo,
};
use super::{Object, Snapshot};
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
const CHILD_KINDS: &[&str] = &[
    "column",
    "constraint",
    "foreign-key",
    "index",
    "trigger",
    "policy",
    "rls",
    "rls-forced",
    "replica-identity",
    "grant",
    "comment",
    "sequence-owner",
    "publication-table",
];

/// Functions whose signature names a relation's row type are created with
/// the views, after the tables.
fn phase(o: &Object) -> &str {
    match o.kind.as_str() {
        "view" => "routine",
        "function" if !o.deps.is_empty() => "routine",
        "index" if o.info.get("on_view").and_then(|v| v.as_bool()) == Some(true) => "view-index",
        k => k,
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

struct Planner<'a> {
    from: &'a Snapshot,
    to: &'a Snapshot,
    creator: &'a str,
    /// (kind, name) of objects in both that are dropped and created again.
    recreate: BTreeSet<(String, String)>,
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

fn key(o: &Object) -> (String, String) {
    (o.kind.clone(), o.name.clone())
}

impl<'a> Planner<'a> {
    fn changed(&self) -> impl Iterator<Item = (&'a Object, &'a Object)> + '_ {
        self.from.objects.iter().filter_map(|(k, a)| {
            let b = self.to.objects.get(k)?;
            (a.def != b.def).then_some((a, b))
        })
    }

    fn removed(&self, o: &Object) -> bool {
        !self.to.objects.contains_key(&key(o)) || self.recreate.contains(&key(o))
    }

    fn added(&self, o: &Object) -> bool {
        !self.from.objects.contains_key(&key(o)) || self.recreate.contains(&key(o))
    }

    /// Names of objects that go (removed or recreated), for their children.
    fn gone_names(&self) -> BTreeSet<String> {
        self.from
            .objects
            .values()
            .filter(|o| !CHILD_KINDS.contains(&o.kind.as_str()) || o.kind == "column")
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
            .values()
            .filter(|o| !o.implicit && self.removed(o))
            .collect();
        for phase_name in ORDER.iter().rev() {
            let mut objects: Vec<&Object> = removed
                .iter()
                .copied()
                .filter(|o| phase(o) == *phase_name)
                .filter(|o| {
                    !(CHILD_KINDS.contains(&o.kind.as_str())
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
            && !self.to.objects.values().any(|b| b.name == o.name)
    }

    fn drop_one(&mut self, o: &Object) {
        let again = self.recreate.contains(&key(o));
        match o.kind.as_str() {
            // Made again in place by their creation statements.
            "comment" if again => {}
            "column" => {
                if !again && self.enum_dance.is_empty() {
                    let table = o.parent.as_deref().unwrap_or("");
                    // A column of the same type added to the same table:
                    // probably a rename.
                    let a_type = o.fact("type");
                    if let Some(n) = self.to.of("column").find(|c| {
                        c.parent == o.parent
                            && c.fact("type") == a_type
                            && !self.from.objects.contains_key(&key(c))
                    }) {
                        self.plan.warnings.push(format!(
                            "{} is dropped and {} added; if it was renamed, write `ALTER TABLE {table} RENAME COLUMN {} TO {}` instead to keep its data",
                            o.name,
                            n.name,
                            o.fact("column").unwrap_or(""),
                            n.fact("column").unwrap_or("")
                        ));
                    }
                }
                let sql = format!(
                    "ALTER TABLE {} DROP COLUMN IF EXISTS {};",
                    o.parent.as_deref().unwrap_or(""),
                    o.fact("column").unwrap_or("")
                );
                self.plan
                    .steps
                    .push(danger(sql, format!("drops column {} and its data", o.name)));
            }
            "table" => self.plan.steps.push(danger(
                o.undo.clone().unwrap_or_default(),
                format!("drops table {} and its data", o.name),
            )),
            "schema" => self.plan.steps.push(danger(
                o.undo.clone().unwrap_or_default(),
                format!("drops schema {}", o.name),
            )),
            "type" if !again => self.plan.steps.push(danger(
                o.undo.clone().unwrap_or_default(),
                format!("drops type {}", o.name),
            )),
            _ => {
                if let Some(undo) = &o.undo {
                    self.plan.steps.push(step(undo.clone()));
                }
            }
        }
    }

    /// Creates and alters, in order of kind.
    fn creates(&mut self) {
        // Objects dropped and made again take their children (grants,
        // comments, indexes, triggers…) with them: those come back too.
        // A child kind going (an `rls` row named like its table) does not.
        // (A name that goes as one kind and comes as another — a table
        // replaced by a view — counts as made again.)
        let parent_kind = |o: &&Object| !CHILD_KINDS.contains(&o.kind.as_str());
        let gone: BTreeSet<&str> = self
            .from
            .objects
            .values()
            .filter(parent_kind)
            .filter(|o| !self.to.objects.contains_key(&key(o)))
            .map(|o| o.name.as_str())
            .collect();
        let recreated_parents: BTreeSet<String> = self
            .recreate
            .iter()
            .filter(|(k, _)| !CHILD_KINDS.contains(&k.as_str()))
            .map(|(_, n)| n.clone())
            .chain(
                self.to
                    .objects
                    .values()
                    .filter(parent_kind)
                    .filter(|o| {
                        !self.from.objects.contains_key(&key(o)) && gone.contains(o.name.as_str())
                    })
                    .map(|o| o.name.clone()),
            )
            .collect();
        let new_tables: BTreeSet<String> = self
            .to
            .of("table")
            .filter(|t| self.added(t))
            .map(|t| t.name.clone())
            .collect();
        // Only what is new, changed, or belongs to something made again.
        let candidates: Vec<&Object> = self
            .to
            .objects
            .values()
            .filter(|o| {
                self.from
                    .objects
                    .get(&key(o))
                    .is_none_or(|a| a.def != o.def)
                    || self.recreate.contains(&key(o))
                    || o.parent
                        .as_ref()
                        .is_some_and(|p| recreated_parents.contains(p))
                    || o.kind == "comment"
                    || (o.kind == "column"
                        && self
                            .altered_tables
                            .contains_key(o.parent.as_deref().unwrap_or("")))
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
                let added = self.added(o);
                let before = self.from.objects.get(&key(o));
                if o.implicit && !(o.kind == "column" && before.is_some()) {
                    continue;
                }
                // Children of a recreated object come back with it.
                let orphan = CHILD_KINDS.contains(&o.kind.as_str())
                    && o.parent
                        .as_ref()
                        .is_some_and(|p| recreated_parents.contains(p))
                    && !new_tables.contains(o.parent.as_deref().unwrap_or(""));
                // A comment on something dropped and made again (a
                // column, policy, constraint, trigger, index) goes with it.
                let column_comment_orphan = o.kind == "comment"
                    && (o.name.strip_prefix("COLUMN ").is_some_and(|c| {
                        self.recreate.contains(&("column".to_owned(), c.to_owned()))
                    }) || self
                        .recreate
                        .iter()
                        .any(|(k, n)| k != "comment" && o.parent.as_deref() == Some(n.as_str())));
                match (added, before) {
                    (true, _) => self.create_one(o, &new_tables),
                    (false, Some(a)) if a.def != o.def => self.alter_one(a, o),
                    _ if orphan || column_comment_orphan => self.create_one(o, &new_tables),
                    _ if o.kind == "column"
                        && self
                            .altered_tables
                            .contains_key(o.parent.as_deref().unwrap_or(""))
                        && o.fact("type_name")
                            .is_some_and(|t| self.enum_dance.contains(t)) =>
                    {
                        self.retype_column(o, before.unwrap_or(o))
                    }
                    _ => {}
                }
            }
        }
    }

    fn create_one(&mut self, o: &Object, new_tables: &BTreeSet<String>) {
        match o.kind.as_str() {
            "table" => {
                let sql = self.create_table(o);
                self.plan.steps.push(step(sql));
            }
            "column" => {
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
            "type" => {
                let sql = guarded(&create_type(o), "duplicate_object");
                self.plan.steps.push(step(sql));
            }
            "sequence" => self.plan.steps.push(step(format!(
                "CREATE {}SEQUENCE IF NOT EXISTS {} {};",
                if o.fact("persistence") == Some("u") {
                    "UNLOGGED "
                } else {
                    ""
                },
                o.name,
                o.fact("options").unwrap_or("")
            ))),
            "index" => {
                let def = o.ddl.clone().unwrap_or_default();
                let table = o.fact("table").unwrap_or("");
                // Only a new index on an existing table is built
                // concurrently, in its own file; one made again (its
                // definition changed, or an enum under it re-made) is
                // dropped and built in the same transaction, so the
                // committed schema never lacks it.
                if new_tables.contains(table)
                    || !self
                        .from
                        .objects
                        .contains_key(&("table".to_owned(), table.to_owned()))
                    || self.from.objects.contains_key(&key(o))
                    || self.replica_index(o)
                {
                    self.plan.steps.push(step(index_if_not_exists(&def, false)));
                } else {
                    self.plan
                        .concurrent
                        .push(step(index_if_not_exists(&def, true)));
                }
            }
            // In its table's CREATE TABLE.
            "constraint" if inline_constraint(o, new_tables) => {}
            "constraint" | "foreign-key" => {
                let table = o.fact("table").unwrap_or("");
                let name = o.fact("constraint").unwrap_or("");
                let def = o.fact("def").unwrap_or("");
                let existing = !new_tables.contains(table);
                // (A partitioned table takes no NOT VALID foreign key.)
                let validate = existing
                    && matches!(o.fact("contype"), Some("f" | "c"))
                    && o.info.get("partitioned").and_then(|v| v.as_bool()) != Some(true)
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
            "grant" if self.default_given.contains(&o.name) => {}
            _ => {
                if let Some(ddl) = &o.ddl {
                    self.plan.steps.push(step(ddl.clone()));
                }
            }
        }
        self.revoke_defaults(o);
    }

    /// After creating a table, view, sequence, function or schema: revoke
    /// what the creator's default privileges gave it that `to` does not have.
    fn revoke_defaults(&mut self, o: &Object) {
        let (objtype, on_kind) = match o.kind.as_str() {
            "table" | "view" => ("r", "TABLE"),
            "sequence" => ("S", "SEQUENCE"),
            "function" if o.fact("kind") == Some("p") => ("f", "PROCEDURE"),
            "function" => ("f", "FUNCTION"),
            "schema" => ("n", "SCHEMA"),
            "column" | "type" => return,
            _ => return,
        };
        let schema = if o.kind == "schema" {
            None
        } else {
            o.parent.as_deref()
        };
        let mut given: BTreeSet<(String, String)> = BTreeSet::new();
        let mut global = false;
        for d in self.to.of("default-acl") {
            if d.fact("objtype") != Some(objtype) || d.fact("role") != Some(self.creator) {
                continue;
            }
            let in_schema = d.fact("schema");
            if in_schema.is_none() {
                global = true;
            }
            if in_schema.is_none() || in_schema == schema {
                given.insert((
                    d.fact("privilege").unwrap_or("").to_owned(),
                    d.fact("grantee").unwrap_or("").to_owned(),
                ));
            }
        }
        if objtype == "f" && !global {
            given.insert(("EXECUTE".into(), "PUBLIC".into()));
        }
        // Identity sequences come with their table.
        let mut objects = vec![(on_kind, o.name.clone())];
        if o.kind == "table" {
            for s in self.to.of("sequence").filter(|s| s.implicit) {
                if self.to.of("column").any(|c| {
                    c.parent.as_deref() == Some(o.name.as_str())
                        && c.fact("identity").is_some_and(|i| !i.is_empty())
                }) && s.parent == o.parent
                    && s.name.starts_with(o.name.trim_end_matches('"'))
                {
                    objects.push(("SEQUENCE", s.name.clone()));
                }
            }
        }
        for (on_kind, name) in objects {
            let seq_given: BTreeSet<(String, String)> =
                if on_kind == "SEQUENCE" && o.kind == "table" {
                    self.to
                        .of("default-acl")
                        .filter(|d| {
                            d.fact("objtype") == Some("S") && d.fact("role") == Some(self.creator)
                        })
                        .filter(|d| d.fact("schema").is_none() || d.fact("schema") == schema)
                        .map(|d| {
                            (
                                d.fact("privilege").unwrap_or("").to_owned(),
                                d.fact("grantee").unwrap_or("").to_owned(),
                            )
                        })
                        .collect()
                } else {
                    given.clone()
                };
            for (privilege, grantee) in seq_given {
                if grantee == self.creator {
                    continue;
                }
                let grant = format!("{privilege} ON {on_kind} {name} TO {grantee}");
                match self.to.get("grant", &grant) {
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

    fn create_table(&self, t: &Object) -> String {
        let mut columns: Vec<&Object> = self
            .to
            .of("column")
            .filter(|c| c.parent.as_deref() == Some(t.name.as_str()) && !c.implicit)
            .collect();
        columns.sort_by_key(|c| c.info.get("attnum").and_then(|n| n.as_i64()));
        let unlogged = if t.fact("persistence") == Some("u") {
            "UNLOGGED "
        } else {
            ""
        };
        let mut sql = format!("CREATE {unlogged}TABLE IF NOT EXISTS {}", t.name);
        // Its keys and checks go inside (a partition has only those).
        let new_table = BTreeSet::from([t.name.clone()]);
        let constraints = self
            .to
            .of("constraint")
            .filter(|k| inline_constraint(k, &new_table))
            .map(|k| {
                format!(
                    "  CONSTRAINT {} {}",
                    k.fact("constraint").unwrap_or(""),
                    k.fact("def").unwrap_or("")
                )
            });
        let partition_of = t.fact("partition_of");
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
            sql.push_str(&format!(" {}", t.fact("bound").unwrap_or("DEFAULT")));
        }
        if let Some(parents) = t.fact("inherits") {
            sql.push_str(&format!(" INHERITS ({parents})"));
        }
        if let Some(by) = t.fact("partition_by") {
            sql.push_str(&format!(" PARTITION BY {by}"));
        }
        if let Some(options) = t.info.get("options").and_then(|o| o.as_array()) {
            let list: Vec<&str> = options.iter().filter_map(|v| v.as_str()).collect();
            if !list.is_empty() {
                sql.push_str(&format!(" WITH ({})", list.join(", ")));
            }
        }
        sql.push(';');
        sql
    }
}
