//! Rules on the migration files themselves. Each statement is parsed with
//! PostgreSQL's own parser (`pg_query`), and the rules know what earlier
//! statements of the same file did: an index on a table created in the
//! same file needs no CONCURRENTLY, a column added to it needs no default.

use super::{at, Diagnostic};
use crate::migrate::sql::{self, Statement};
use crate::migrate::{Migration, SqlFile};
use pg_query::protobuf::{AlterTableType, ConstrType, ObjectType, RangeVar};
use pg_query::NodeEnum;
use std::collections::HashSet;

/// A table name as written (`public.users`, `USERS`) → `public.users`.
fn table_key(name: &str) -> String {
    let n = name.to_lowercase();
    if n.contains('.') {
        n
    } else {
        format!("public.{n}")
    }
}

fn first_token(file: &SqlFile, s: &Statement) -> usize {
    let text = s.text(&file.sql);
    s.start + (text.len() - sql::strip_leading_comments(text).len())
}

/// The header, rollback and statement rules of one migration.
pub fn check(m: &Migration) -> Vec<Diagnostic> {
    let file = &m.file;
    let mut out = Vec::new();
    header(m, &mut out);
    match &m.rollback {
        None => out.push(at(
            file,
            file.sql.trim_end().len(),
            "rollback-missing",
            "no `-- Rollback:` block: add one that undoes exactly this file".into(),
        )),
        Some(r) if sql::split(r).is_empty() => {
            let offset = file.sql.find("Rollback:").unwrap_or(0);
            out.push(at(
                file,
                offset,
                "rollback-empty",
                "the `-- Rollback:` block holds no SQL statement".into(),
            ));
        }
        _ => {}
    }
    let mut created: HashSet<String> = HashSet::new();
    for s in &m.body {
        let pos = first_token(file, s);
        let parsed = match pg_query::parse(s.text(&file.sql), pg_query::ParserOptions::DEFAULT) {
            Ok(p) => p,
            Err(e) => {
                out.push(at(
                    file,
                    pos,
                    "syntax-error",
                    format!("PostgreSQL's parser refuses this statement: {e}"),
                ));
                continue;
            }
        };
        for raw in parsed.protobuf.stmts {
            let Some(node) = raw.stmt.and_then(|n| n.node) else {
                continue;
            };
            statement(m, &node, &mut created, &mut |rule, msg| {
                out.push(at(file, pos, rule, msg))
            });
        }
        dynamic_sql(file, s, &mut out);
    }
    if let Some(r) = &m.rollback {
        if let Err(e) = pg_query::parse(r, pg_query::ParserOptions::DEFAULT) {
            let offset = file.sql.find("Rollback:").unwrap_or(0);
            out.push(at(
                file,
                offset,
                "rollback-unparsable",
                format!("the `-- Rollback:` block does not parse: {e}"),
            ));
        }
    }
    out
}

/// `schema.name` of a table reference (`public` when unqualified).
fn rel(rv: &Option<RangeVar>) -> String {
    rv.as_ref().map_or_else(String::new, |r| {
        let schema = if r.schemaname.is_empty() {
            "public"
        } else {
            r.schemaname.as_str()
        };
        format!("{schema}.{}", r.relname).to_lowercase()
    })
}

/// The dotted name of a dropped object (`List` of `String` nodes).
fn object_name(node: &pg_query::protobuf::Node) -> String {
    match &node.node {
        Some(NodeEnum::List(l)) => {
            let parts: Vec<String> = l
                .items
                .iter()
                .filter_map(|i| match &i.node {
                    Some(NodeEnum::String(s)) => Some(s.sval.clone()),
                    _ => None,
                })
                .collect();
            table_key(&parts.join("."))
        }
        Some(NodeEnum::String(s)) => table_key(&s.sval),
        _ => String::new(),
    }
}

/// The rules of one parsed statement; `created` holds the relations this
/// file created before it.
fn statement(
    m: &Migration,
    node: &NodeEnum,
    created: &mut HashSet<String>,
    d: &mut dyn FnMut(&'static str, String),
) {
    match node {
        NodeEnum::CreateStmt(c) => {
            created.insert(rel(&c.relation));
            if !c.if_not_exists {
                d("not-idempotent", "write CREATE TABLE IF NOT EXISTS".into());
            }
        }
        NodeEnum::IndexStmt(i) => {
            let table = rel(&i.relation);
            if !i.if_not_exists {
                d("not-idempotent", "write CREATE INDEX IF NOT EXISTS".into());
            }
            if i.concurrent && m.options.transaction {
                d("concurrently-in-transaction", "CREATE INDEX CONCURRENTLY cannot run in a transaction: add `-- codegen:no-transaction` and drop BEGIN/COMMIT".into());
            } else if !i.concurrent && !created.contains(&table) {
                d("index-not-concurrent", format!("{table} already exists: CREATE INDEX CONCURRENTLY (in a `-- codegen:no-transaction` file) so writes are not blocked"));
            }
        }
        NodeEnum::CreateSchemaStmt(c) if !c.if_not_exists => d("not-idempotent", "write CREATE SCHEMA IF NOT EXISTS".into()),
        NodeEnum::CreateExtensionStmt(c) if !c.if_not_exists => d("not-idempotent", "write CREATE EXTENSION IF NOT EXISTS".into()),
        NodeEnum::CreateSeqStmt(c) if !c.if_not_exists => d("not-idempotent", "write CREATE SEQUENCE IF NOT EXISTS".into()),
        NodeEnum::CreateFunctionStmt(f) if !f.replace => d("not-idempotent", "write CREATE OR REPLACE FUNCTION".into()),
        NodeEnum::CreateTrigStmt(t) if !t.replace => d("not-idempotent", "write CREATE OR REPLACE TRIGGER".into()),
        NodeEnum::ViewStmt(v) => {
            created.insert(rel(&v.view));
            if !v.replace {
                d("not-idempotent", "write CREATE OR REPLACE VIEW".into());
            }
        }
        NodeEnum::CreateTableAsStmt(c) => {
            if let Some(into) = &c.into {
                created.insert(rel(&into.rel));
            }
            if !c.if_not_exists {
                d("not-idempotent", "write CREATE MATERIALIZED VIEW IF NOT EXISTS".into());
            }
        }
        NodeEnum::CreateEnumStmt(_) | NodeEnum::CreateDomainStmt(_) | NodeEnum::CompositeTypeStmt(_) | NodeEnum::CreateRangeStmt(_) | NodeEnum::CreatePolicyStmt(_) => {
            d("not-idempotent", "this CREATE has no IF NOT EXISTS: guard it in a DO block that checks the catalog first".into())
        }
        NodeEnum::DropStmt(drop) => {
            if !drop.missing_ok {
                d("not-idempotent", "write DROP … IF EXISTS".into());
            }
            let breaking = [ObjectType::ObjectTable, ObjectType::ObjectView, ObjectType::ObjectMatview, ObjectType::ObjectPolicy, ObjectType::ObjectType, ObjectType::ObjectFunction, ObjectType::ObjectSchema, ObjectType::ObjectDomain];
            let kind = ObjectType::try_from(drop.remove_type).unwrap_or(ObjectType::Undefined);
            if breaking.contains(&kind) && drop.objects.iter().any(|o| !created.contains(&object_name(o))) {
                d("breaking-change", "this DROP removes what running code may still use; deploy the code change first, or rename instead of drop".into());
            }
        }
        NodeEnum::RenameStmt(r) if !created.contains(&rel(&r.relation)) => {
            d("breaking-change", format!("renaming to `{}` breaks code that uses the old name; add the new one, migrate, then drop", r.newname));
        }
        NodeEnum::AlterTableStmt(a) => {
            let table = rel(&a.relation);
            if created.contains(&table) {
                return;
            }
            for cmd in &a.cmds {
                let Some(NodeEnum::AlterTableCmd(c)) = &cmd.node else { continue };
                match AlterTableType::try_from(c.subtype).unwrap_or(AlterTableType::Undefined) {
                    AlterTableType::AtDropColumn => d("breaking-change", format!("dropping {table}.{} breaks code that reads it; stop using it first", c.name)),
                    AlterTableType::AtAlterColumnType => d("breaking-change", format!("changing the type of {table}.{} rewrites the table under an exclusive lock and may break readers", c.name)),
                    AlterTableType::AtSetNotNull => d("not-null-without-default", format!("SET NOT NULL on {table}.{} scans the table under an exclusive lock and fails on existing NULLs; add a CHECK (… IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL", c.name)),
                    AlterTableType::AtAddColumn => {
                        let Some(NodeEnum::ColumnDef(col)) = c.def.as_ref().and_then(|n| n.node.as_ref()) else { continue };
                        let kinds: Vec<ConstrType> = col
                            .constraints
                            .iter()
                            .filter_map(|n| match &n.node {
                                Some(NodeEnum::Constraint(k)) => ConstrType::try_from(k.contype).ok(),
                                _ => None,
                            })
                            .collect();
                        let not_null = col.is_not_null || kinds.contains(&ConstrType::ConstrNotnull);
                        let has_default = col.raw_default.is_some() || kinds.iter().any(|k| matches!(k, ConstrType::ConstrDefault | ConstrType::ConstrIdentity | ConstrType::ConstrGenerated));
                        if not_null && !has_default {
                            d("not-null-without-default", format!("the NOT NULL column {table}.{} has no DEFAULT, so adding it fails on existing rows", col.colname));
                        }
                    }
                    AlterTableType::AtAddConstraint => {
                        let Some(NodeEnum::Constraint(k)) = c.def.as_ref().and_then(|n| n.node.as_ref()) else { continue };
                        let kind = ConstrType::try_from(k.contype).unwrap_or(ConstrType::Undefined);
                        if matches!(kind, ConstrType::ConstrForeign | ConstrType::ConstrCheck) && !k.skip_validation {
                            d("constraint-not-valid", format!("adding {} to {table} scans it under a lock: add it NOT VALID, then VALIDATE CONSTRAINT", if k.conname.is_empty() { "a constraint".to_owned() } else { k.conname.clone() }));
                        }
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

fn header(m: &Migration, out: &mut Vec<Diagnostic>) {
    let file = &m.file;
    let mut missing = Vec::new();
    for key in ["Migration", "Description", "Author", "Date"] {
        let prefix = format!("{key}:");
        let found = file.sql.lines().take(30).enumerate().find_map(|(n, l)| {
            let rest = l.trim().strip_prefix("--")?.trim();
            rest.strip_prefix(&prefix).map(|v| (n, v.trim().to_owned()))
        });
        match found {
            None => missing.push(key),
            Some((_, v)) if v.is_empty() => missing.push(key),
            Some((n, v)) if key == "Migration" && v != m.label() => {
                let offset: usize = file.sql.lines().take(n).map(|l| l.len() + 1).sum();
                out.push(at(
                    file,
                    offset,
                    "header-name-mismatch",
                    format!("the header says `{v}` but the file is `{}`", m.label()),
                ));
            }
            _ => {}
        }
    }
    if !missing.is_empty() {
        out.push(at(file, 0, "header-missing", format!("the header lacks {}: start the file with `-- Migration: {}`, `-- Description: …`, `-- Author: …`, `-- Date: YYYY-MM-DD`", missing.join(", "), m.label())));
    }
}

/// `EXECUTE '…' || x` inside function and DO bodies.
fn dynamic_sql(file: &SqlFile, s: &Statement, out: &mut Vec<Diagnostic>) {
    let text = s.text(&file.sql);
    let upper = text.to_uppercase();
    let mut from = 0;
    while let Some(p) = upper[from..].find("EXECUTE ") {
        let start = from + p;
        let end = upper[start..].find(';').map_or(upper.len(), |e| start + e);
        let call = &upper[start..end];
        if call.contains("||") && !call.contains("FORMAT(") {
            out.push(at(file, s.start + start, "dynamic-sql-concat", "EXECUTE of SQL built with ||: use format() with %I/%L or EXECUTE … USING bind parameters".into()));
        }
        from = end.max(start + 8);
    }
}

/// `seed.sql`: no real-looking e-mail addresses or secrets.
pub fn check_seed(file: &SqlFile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let fake_domains = [
        "example.com",
        "example.org",
        "example.net",
        "example.test",
        "test",
        "invalid",
        "localhost",
    ];
    for (offset, _) in file.sql.match_indices('@') {
        let before = file.sql[..offset]
            .rsplit(|c: char| c.is_whitespace() || c == '\'' || c == '"' || c == '(')
            .next()
            .unwrap_or("");
        let after: String = file.sql[offset + 1..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '.' || *c == '-')
            .collect();
        if before.is_empty() || !after.contains('.') && after != "localhost" {
            continue;
        }
        let domain = after.to_lowercase();
        if !fake_domains
            .iter()
            .any(|d| domain == *d || domain.ends_with(&format!(".{d}")))
        {
            out.push(at(
                file,
                offset - before.len(),
                "seed-real-data",
                format!("`{before}@{after}` looks like a real address: use example.com"),
            ));
        }
    }
    for pattern in [
        "sk_live_",
        "pk_live_",
        "-----BEGIN",
        "AKIA",
        "ghp_",
        "xoxb-",
        "xoxp-",
        "eyJhbGciOi",
    ] {
        for (offset, _) in file.sql.match_indices(pattern) {
            out.push(at(file, offset, "seed-real-data", format!("`{pattern}…` looks like a real secret: never commit secrets, use obvious fakes")));
        }
    }
    out
}
