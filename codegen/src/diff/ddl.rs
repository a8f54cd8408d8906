//! DDL text for the planner: column clauses, type definitions, guards,
//! literals, which type changes keep every value, and the dependency sort.

use super::Object;
use std::collections::{BTreeMap, BTreeSet};

/// A primary key, unique, check or exclusion constraint of a table made by
/// this plan (not a partition's): written inside its `CREATE TABLE`.
pub(super) fn inline_constraint(k: &Object, new_tables: &BTreeSet<String>) -> bool {
    k.kind == "constraint"
        && !k.implicit
        && !k.fact("def").unwrap_or("").ends_with("NOT VALID")
        && new_tables.contains(k.fact("table").unwrap_or(""))
}

pub(super) fn identity_word(i: &str) -> &'static str {
    if i == "a" {
        "ALWAYS"
    } else {
        "BY DEFAULT"
    }
}

/// A column's clause in CREATE TABLE / ADD COLUMN.
pub(super) fn column_clause(c: &Object) -> String {
    let mut s = format!(
        "{} {}",
        c.fact("column").unwrap_or(""),
        c.fact("type").unwrap_or("")
    );
    if let Some(collate) = c.fact("collate") {
        s.push_str(&format!(" COLLATE {collate}"));
    }
    match (
        c.fact("identity").unwrap_or(""),
        c.fact("generated").unwrap_or(""),
    ) {
        (i, _) if !i.is_empty() => {
            s.push_str(&format!(" GENERATED {} AS IDENTITY", identity_word(i)))
        }
        (_, "s") => s.push_str(&format!(
            " GENERATED ALWAYS AS ({}) STORED",
            c.fact("default").unwrap_or("")
        )),
        _ => {
            if let Some(d) = c.fact("default") {
                s.push_str(&format!(" DEFAULT {d}"));
            }
        }
    }
    if c.info.get("notnull").and_then(|v| v.as_bool()) == Some(true)
        && c.fact("identity").unwrap_or("").is_empty()
    {
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

pub(super) fn labels(o: &Object) -> Option<Vec<String>> {
    if o.fact("typtype") != Some("e") {
        return None;
    }
    o.info.get("labels").and_then(|l| l.as_array()).map(|a| {
        a.iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    })
}

pub(super) fn is_subsequence(old: &[String], new: &[String]) -> bool {
    let mut it = new.iter();
    old.iter().all(|o| it.any(|n| n == o))
}

pub(super) fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
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
