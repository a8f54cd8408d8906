//! A plan written as migration files in the strategy's format.

use super::plan::{Plan, Step};
use crate::error::printable;
use crate::migrate::files::commented;

/// What the files say about where they came from.
pub struct Header<'a> {
    pub version: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub date: chrono::NaiveDate,
}

fn statements(steps: &[Step], out: &mut String) {
    for s in steps {
        if let Some(why) = &s.danger {
            out.push_str(&format!("-- DANGER: {}\n", printable(why)));
        }
        out.push_str(&s.sql);
        out.push_str("\n\n");
    }
}

/// The file's name without `.sql`, as its `-- Migration:` line says it.
pub fn stem(h: &Header, suffix: &str) -> String {
    format!("{}_{}{suffix}", h.version, h.name)
}

/// The suffix of the concurrent index file's name.
pub const CONCURRENT_SUFFIX: &str = "_concurrently";

fn header(h: &Header, suffix: &str, out: &mut String) {
    out.push_str(&format!(
        "-- Migration: {}\n-- Description: {}\n-- Author: codegen diff\n-- Date: {}\n\n",
        printable(&stem(h, suffix)),
        printable(h.description),
        h.date.format("%Y-%m-%d")
    ));
}

/// The rollback block: the reverse plan as `--` comments, every line of
/// it by PostgreSQL's reckoning (a bare `\r` ends a comment too), so the
/// block runs whole and `down` reads back exactly these statements.
fn rollback(steps: &[Step], prelude: &str, out: &mut String) {
    out.push_str("-- Rollback:\n");
    let mut text = String::from(prelude);
    for s in steps {
        text.push_str(&s.sql);
        text.push('\n');
    }
    out.push_str(&commented(text.trim_end()));
    out.push('\n');
}

const PRELUDE: &str = "SET LOCAL check_function_bodies = off;\n";

/// The main file: forward statements in one transaction, then the reverse
/// plan as its rollback block.
pub fn main_file(h: &Header, forward: &Plan, reverse: &Plan) -> String {
    let mut out = String::new();
    header(h, "", &mut out);
    out.push_str("BEGIN;\n\n");
    out.push_str(PRELUDE);
    out.push('\n');
    statements(&forward.steps, &mut out);
    out.push_str("COMMIT;\n\n");
    // In a rollback, indexes on existing tables are built in its transaction.
    let mut back = reverse.steps.clone();
    back.extend(reverse.concurrent.iter().map(|s| Step {
        sql: s.sql.replacen(" CONCURRENTLY", "", 1),
        danger: s.danger.clone(),
    }));
    rollback(&back, PRELUDE, &mut out);
    out
}

/// The `-- codegen:no-transaction` file of concurrent index builds on
/// tables that exist, with `DROP INDEX CONCURRENTLY` as its rollback.
pub fn concurrent_file(h: &Header, forward: &Plan) -> Option<String> {
    if forward.concurrent.is_empty() {
        return None;
    }
    let mut out = String::new();
    header(h, CONCURRENT_SUFFIX, &mut out);
    out.push_str("-- codegen:no-transaction\n\n");
    statements(&forward.concurrent, &mut out);
    let drops: Vec<Step> = forward
        .concurrent
        .iter()
        .rev()
        .filter_map(|s| index_name(&s.sql))
        .map(|name| Step {
            sql: format!("DROP INDEX CONCURRENTLY IF EXISTS {name};"),
            danger: None,
        })
        .collect();
    rollback(&drops, "", &mut out);
    Some(out)
}

/// `schema.name` of a `CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS name ON schema.t`.
fn index_name(sql: &str) -> Option<String> {
    let rest = sql.split_once("IF NOT EXISTS ")?.1;
    let (name, on) = rest.split_once(" ON ")?;
    let table = on.split_whitespace().next()?;
    let schema = table.rsplit_once('.').map(|(s, _)| s)?;
    let schema = if let Some(only) = schema.strip_prefix("ONLY ") {
        only
    } else {
        schema
    };
    Some(format!("{schema}.{name}"))
}
