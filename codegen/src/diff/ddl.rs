//! DDL text for the planner: column clauses, type definitions, guards,
//! literals, which type changes keep every value, and the dependency sort.

use super::object::{ConType, Generated, Identity, TypType};
use super::{Info, Kind, Object, Snapshot};
use std::collections::{BTreeMap, BTreeSet};

/// A primary key, unique, check or exclusion constraint of a table made by
/// this plan (not a partition's): written inside its `CREATE TABLE`, but a
/// unique one on the same columns as another key of the table (`CREATE
/// TABLE` would make one index of the two and keep only the first).
pub(super) fn inline_constraint(k: &Object, new_tables: &BTreeSet<String>, to: &Snapshot) -> bool {
    k.kind == Kind::Constraint
        && !k.implicit
        && k.constraint()
            .is_some_and(|c| !c.def.ends_with("NOT VALID") && new_tables.contains(&c.table))
        && !duplicate_unique(k, to)
}

/// The columns (and options) of a primary key or unique constraint.
fn key_part(def: &str) -> Option<&str> {
    def.strip_prefix("UNIQUE ")
        .or_else(|| def.strip_prefix("PRIMARY KEY "))
}

/// A unique constraint on the same key as another of its table's keys.
fn duplicate_unique(k: &Object, to: &Snapshot) -> bool {
    let Some(c) = k.constraint().filter(|c| c.contype == ConType::Unique) else {
        return false;
    };
    let Some(key) = key_part(&c.def) else {
        return false;
    };
    to.of(Kind::Constraint)
        .filter(|o| o.name != k.name)
        .filter_map(Object::constraint)
        .any(|o| o.table == c.table && key_part(&o.def) == Some(key))
}

pub(super) fn identity_word(i: Identity) -> &'static str {
    if i == Identity::Always {
        "ALWAYS"
    } else {
        "BY DEFAULT"
    }
}

/// ` GENERATED … AS IDENTITY` of an identity column, naming its sequence
/// when that is not the name PostgreSQL would choose (a table renamed
/// keeps its sequence's name).
pub(super) fn identity_clause(o: &Object) -> String {
    let Some(c) = o.column() else {
        return String::new();
    };
    let mut s = format!(" GENERATED {} AS IDENTITY", identity_word(c.identity));
    let table = o.parent.as_deref().unwrap_or("");
    if let Some(seq) = &c.identity_sequence {
        let chosen = format!("{table}_{}_seq", c.column);
        if *seq != chosen {
            s.push_str(&format!(" (SEQUENCE NAME {seq})"));
        }
    }
    s
}

/// A column's clause in CREATE TABLE / ADD COLUMN.
pub(super) fn column_clause(o: &Object) -> String {
    let Some(c) = o.column() else {
        return String::new();
    };
    let mut s = format!("{} {}", c.column, c.ty);
    if let Some(collate) = &c.collate {
        s.push_str(&format!(" COLLATE {collate}"));
    }
    match (c.identity, c.generated) {
        (Identity::None, Generated::Stored) => s.push_str(&format!(
            " GENERATED ALWAYS AS ({}) STORED",
            c.default.as_deref().unwrap_or("")
        )),
        (Identity::None, _) => {
            if let Some(d) = &c.default {
                s.push_str(&format!(" DEFAULT {d}"));
            }
        }
        _ => s.push_str(&identity_clause(o)),
    }
    if c.notnull && c.identity == Identity::None {
        s.push_str(" NOT NULL");
    }
    s
}

pub(super) fn create_type(o: &Object) -> String {
    if let Some(rest) = o.def.strip_prefix("range ") {
        format!("CREATE TYPE {} AS RANGE {rest};", o.name)
    } else if let Some(rest) = o.def.strip_prefix("enum ") {
        format!("CREATE TYPE {} AS ENUM {rest};", o.name)
    } else if let Some(rest) = o.def.strip_prefix("domain ") {
        format!("CREATE DOMAIN {} AS {rest};", o.name)
    } else {
        format!(
            "CREATE TYPE {} AS {};",
            o.name,
            o.def.strip_prefix("composite ").unwrap_or(&o.def)
        )
    }
}

/// `sql` in a DO block that ignores `condition` (a type that exists).
pub(super) fn guarded(sql: &str, condition: &str) -> String {
    let tag = schema::sql::dollar_tag(sql);
    format!("DO {tag} BEGIN\n  {sql}\nEXCEPTION WHEN {condition} THEN NULL;\nEND {tag};")
}

pub(super) fn index_if_not_exists(def: &str, concurrently: bool) -> String {
    let word = if concurrently {
        "INDEX CONCURRENTLY IF NOT EXISTS "
    } else {
        "INDEX IF NOT EXISTS "
    };
    def.replacen("INDEX ", word, 1)
}

/// An enum's labels, in order.
pub(super) fn labels(o: &Object) -> Option<&[String]> {
    match &o.info {
        Info::Type(t) if t.typtype == TypType::Enum => t.labels.as_deref(),
        _ => None,
    }
}

pub(super) fn is_subsequence(old: &[String], new: &[String]) -> bool {
    let mut it = new.iter();
    old.iter().all(|o| it.any(|n| n == o))
}

pub(super) fn quote_ident(s: &str) -> String {
    schema::sql::ident(s)
}

/// Type changes that keep every value.
pub(super) fn widens(from: &str, to: &str) -> bool {
    let rank = |t: &str| match t {
        "smallint" => Some(1),
        "integer" => Some(2),
        "bigint" => Some(3),
        "numeric" => Some(4),
        _ => None,
    };
    if let (Some(a), Some(b)) = (rank(from), rank(to)) {
        return a <= b;
    }
    let varchar = |t: &str| {
        t.strip_prefix("character varying(")
            .and_then(|r| r.strip_suffix(')'))
            .and_then(|n| n.parse::<u32>().ok())
    };
    match (varchar(from), varchar(to)) {
        (Some(a), Some(b)) => a <= b,
        (Some(_), None) => to == "text" || to == "character varying",
        _ => from.starts_with("character varying") && to == "text",
    }
}

/// Objects sorted so that each comes after the objects it reads (among
/// those given); ties and cycles in name order.
pub(super) fn topo(objects: Vec<&Object>) -> Vec<&Object> {
    let names: BTreeMap<&str, usize> = objects
        .iter()
        .enumerate()
        .map(|(i, o)| (o.name.as_str(), i))
        .collect();
    let mut done = vec![false; objects.len()];
    let mut out = Vec::with_capacity(objects.len());
    fn visit<'a>(
        i: usize,
        objects: &[&'a Object],
        names: &BTreeMap<&str, usize>,
        done: &mut [bool],
        stack: &mut Vec<usize>,
        out: &mut Vec<&'a Object>,
    ) {
        if done[i] || stack.contains(&i) {
            return;
        }
        stack.push(i);
        for d in &objects[i].deps {
            if let Some(&j) = names.get(d.as_str()) {
                visit(j, objects, names, done, stack, out);
            }
        }
        stack.pop();
        done[i] = true;
        out.push(objects[i]);
    }
    let mut stack = Vec::new();
    for i in 0..objects.len() {
        visit(i, &objects, &names, &mut done, &mut stack, &mut out);
    }
    out
}
