//! Rules on the catalog the migrations produce: row-level security,
//! policies, indexes, keys and security-definer objects. A finding points at
//! the migration line that first names the object.

use super::{severity, Diagnostic};
use crate::migrate::Migration;
use schema::{Catalog, IndexKey, Table, TableKind};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

struct Out<'a> {
    migrations: &'a [Migration],
    /// Each migration's text in lower case, for [`Out::locate`].
    lower: Vec<String>,
    diags: Vec<Diagnostic>,
}

impl Out<'_> {
    /// Where an object is first named in the migrations (file, line, column).
    fn locate(&self, schema: &str, name: &str) -> (PathBuf, usize, usize) {
        let needles = [
            format!("{schema}.{name}").to_lowercase(),
            format!("\"{name}\"").to_lowercase(),
            name.to_lowercase(),
        ];
        for needle in &needles {
            for (m, lower) in self.migrations.iter().zip(&self.lower) {
                if let Some(p) = lower.find(needle.as_str()) {
                    let (line, col) = m.file.line_col(p);
                    return (m.file.path.clone(), line, col);
                }
            }
        }
        self.migrations
            .first()
            .map_or((PathBuf::from("migrations"), 1, 1), |m| {
                (m.file.path.clone(), 1, 1)
            })
    }

    fn push(&mut self, schema: &str, name: &str, rule: &'static str, message: String) {
        let (path, line, col) = self.locate(schema, name);
        self.diags.push(Diagnostic {
            path,
            line,
            col,
            severity: severity(rule),
            rule,
            message,
        });
    }
}

/// Whether an expression calls `auth.uid()`/`auth.jwt()`/`auth.role()` outside a `SELECT`.
fn per_row_auth_call(expr: &str) -> bool {
    ["auth.uid()", "auth.jwt()", "auth.role()"]
        .iter()
        .any(|call| {
            expr.match_indices(call)
                .any(|(p, _)| !expr[..p].trim_end().to_uppercase().ends_with("SELECT"))
        })
}

fn index_covers(t: &Table, columns: &[String]) -> bool {
    let want: BTreeSet<&String> = columns.iter().collect();
    t.indexes
        .iter()
        .filter(|i| i.valid && i.predicate.is_none())
        .any(|i| {
            let lead: BTreeSet<&String> = i
                .keys
                .iter()
                .take(columns.len())
                .filter_map(|k| match k {
                    IndexKey::Column(c) => Some(c),
                    IndexKey::Expression(_) => None,
                })
                .collect();
            lead == want
        })
}

/// The catalog rules. `invoker_views` are the views of the exposed schemas
/// with `security_invoker` set (not in the model).
pub fn check(
    catalog: &Catalog,
    migrations: &[Migration],
    invoker_views: &BTreeSet<(String, String)>,
) -> Vec<Diagnostic> {
    let mut out = Out {
        migrations,
        lower: migrations
            .iter()
            .map(|m| m.file.sql.to_lowercase())
            .collect(),
        diags: Vec::new(),
    };
    for t in &catalog.tables {
        rls(&mut out, t);
        policies(&mut out, t);
        permissive(&mut out, t);
        keys(&mut out, t);
        indexes(&mut out, t);
        if t.kind == TableKind::View {
            view(&mut out, t, invoker_views);
        }
    }
    for f in catalog
        .functions
        .iter()
        .filter(|f| f.security_definer && f.search_path.is_none())
    {
        out.push(&f.schema, &f.name, "security-definer-search-path", format!("SECURITY DEFINER function {}.{} has no fixed search_path: add SET search_path = ''", f.schema, f.signature));
    }
    out.diags
}

/// A table proper (not a view or a foreign table).
fn is_table(t: &Table) -> bool {
    matches!(t.kind, TableKind::Table | TableKind::PartitionedTable)
}

/// Row-level security on, with policies; policies only with it on.
fn rls(out: &mut Out, t: &Table) {
    let (s, n) = (t.schema.as_str(), t.name.as_str());
    if is_table(t) && !t.rls_enabled {
        out.push(s, n, "rls-disabled", format!("{s}.{n} is reachable through the API without row-level security: ALTER TABLE {s}.{n} ENABLE ROW LEVEL SECURITY and add policies"));
    }
    if is_table(t) && t.rls_enabled && t.policies.is_empty() {
        out.push(s, n, "rls-no-policy", format!("{s}.{n} has row-level security but no policy, so the API roles see nothing: add policies"));
    }
    if !t.rls_enabled && !t.policies.is_empty() {
        out.push(
            s,
            n,
            "policy-rls-off",
            format!("{s}.{n} has policies but row-level security is off, so they do nothing"),
        );
    }
}

/// Each policy: auth calls once per row, always true.
fn policies(out: &mut Out, t: &Table) {
    let (s, n) = (t.schema.as_str(), t.name.as_str());
    for p in &t.policies {
        if p.using
            .iter()
            .chain(&p.with_check)
            .any(|e| per_row_auth_call(e))
        {
            out.push(s, n, "auth-uid-per-row", format!("policy \"{}\" on {s}.{n} calls auth functions once per row: write (SELECT auth.uid())", p.name));
        }
        if p.using.as_deref() == Some("true") || p.with_check.as_deref() == Some("true") {
            out.push(
                s,
                &p.name,
                "policy-always-true",
                format!("policy \"{}\" on {s}.{n} is always true", p.name),
            );
        }
    }
}

/// Several permissive policies for one role and command.
fn permissive(out: &mut Out, t: &Table) {
    let (s, n) = (t.schema.as_str(), t.name.as_str());
    let mut permissive: BTreeMap<(String, &str), Vec<&str>> = BTreeMap::new();
    for p in t.policies.iter().filter(|p| p.permissive) {
        let one = [p.command.as_str()];
        let commands: &[&str] = if p.command == "ALL" {
            &["SELECT", "INSERT", "UPDATE", "DELETE"]
        } else {
            &one
        };
        for role in &p.roles {
            for c in commands {
                permissive
                    .entry((role.clone(), c))
                    .or_default()
                    .push(&p.name);
            }
        }
    }
    for ((role, command), names) in permissive.iter().filter(|(_, v)| v.len() > 1) {
        out.push(s, n, "multiple-permissive", format!("{s}.{n} has {} permissive {command} policies for {role} ({}): each is evaluated for every row; merge them", names.len(), names.join(", ")));
    }
}

/// A table's keys: foreign keys with an index, a primary key.
fn keys(out: &mut Out, t: &Table) {
    if !is_table(t) {
        return;
    }
    let (s, n) = (t.schema.as_str(), t.name.as_str());
    for fk in &t.foreign_keys {
        if !index_covers(t, &fk.columns) {
            out.push(
                s,
                n,
                "fk-unindexed",
                format!(
                    "foreign key {} on {s}.{n} ({}) has no index: CREATE INDEX ON {s}.{n} ({})",
                    fk.name,
                    fk.columns.join(", "),
                    fk.columns.join(", ")
                ),
            );
        }
    }
    if t.primary_key.is_none() {
        out.push(
            s,
            n,
            "no-primary-key",
            format!("{s}.{n} has no primary key"),
        );
    }
}

/// Indexes: invalid ones, duplicates.
fn indexes(out: &mut Out, t: &Table) {
    let (s, n) = (t.schema.as_str(), t.name.as_str());
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for i in &t.indexes {
        if !i.valid {
            out.push(s, &i.name, "invalid-index", format!("index {} is INVALID (a failed concurrent build): DROP INDEX CONCURRENTLY and rebuild it", i.name));
        }
        let shape = format!(
            "{:?}{}{:?}{:?}{:?}{:?}",
            i.keys,
            i.method,
            i.unique,
            i.include,
            i.predicate,
            i.definition
                .as_deref()
                .map(|d| d.split_once(" USING ").map(|x| x.1.to_owned()))
        );
        if let Some(first) = seen.insert(shape, &i.name) {
            out.push(
                s,
                &i.name,
                "duplicate-index",
                format!("index {} duplicates {first} on {s}.{n}: drop one", i.name),
            );
        }
    }
}

/// A view: runs as its invoker, does not expose auth.users.
fn view(out: &mut Out, t: &Table, invoker_views: &BTreeSet<(String, String)>) {
    let (s, n) = (t.schema.as_str(), t.name.as_str());
    if !invoker_views.contains(&(s.to_owned(), n.to_owned())) {
        out.push(s, n, "security-definer-view", format!("view {s}.{n} runs with its owner's rights, bypassing row-level security: CREATE VIEW … WITH (security_invoker = true)"));
    }
    if t.definition
        .as_deref()
        .is_some_and(|d| d.contains("auth.users"))
    {
        out.push(s, n, "auth-users-exposed", format!("view {s}.{n} exposes auth.users to the API roles: select only what you need into a table of your own"));
    }
}
