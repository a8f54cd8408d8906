//! Rules on the migration files themselves. Each statement is reduced to
//! its words (strings, dollar-quoted bodies and comments removed), and the
//! rules know what earlier statements of the same file did: an index on a
//! table created in the same file needs no CONCURRENTLY, and so on.

use super::{at, Diagnostic};
use crate::migrate::sql::{self, Statement};
use crate::migrate::{Migration, SqlFile};
use std::collections::HashSet;

/// Upper-cased words and punctuation of a statement, without literals,
/// dollar-quoted bodies and comments.
pub fn words(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if text[i..].starts_with("--") {
            i = text[i..].find('\n').map_or(b.len(), |p| i + p);
        } else if text[i..].starts_with("/*") {
            i = text[i..].find("*/").map_or(b.len(), |p| i + p + 2);
        } else if c == b'\'' {
            i += 1;
            while i < b.len() && !(b[i] == b'\'' && b.get(i + 1) != Some(&b'\'')) {
                i += if b[i] == b'\'' { 2 } else { 1 };
            }
            i += 1;
            out.push("'…'".to_owned());
        } else if c == b'$' {
            let end = text[i + 1..].find('$').map(|p| i + 1 + p);
            match end {
                Some(e)
                    if text[i + 1..e]
                        .chars()
                        .all(|ch| ch.is_alphanumeric() || ch == '_') =>
                {
                    let tag = &text[i..=e];
                    i = text[e + 1..]
                        .find(tag)
                        .map_or(b.len(), |p| e + 1 + p + tag.len());
                    out.push("$…$".to_owned());
                }
                _ => i += 1,
            }
        } else if c == b'"' {
            let end = text[i + 1..].find('"').map_or(b.len(), |p| i + 1 + p);
            out.push(text[i + 1..end].to_lowercase());
            i = end + 1;
        } else if c.is_ascii_alphanumeric() || c == b'_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
            out.push(text[start..i].to_uppercase());
        } else if c.is_ascii_whitespace() {
            i += 1;
        } else {
            out.push((c as char).to_string());
            i += 1;
        }
    }
    out
}

fn has(w: &[String], seq: &[&str]) -> bool {
    w.windows(seq.len())
        .any(|win| win.iter().zip(seq).all(|(a, b)| a == b))
}

/// A table name as written (`public.users`, `USERS`) → `public.users`.
fn table_key(name: &str) -> String {
    let n = name.to_lowercase();
    if n.contains('.') {
        n
    } else {
        format!("public.{n}")
    }
}

/// The word after the first occurrence of `seq` (skipping `IF NOT EXISTS`, `ONLY`, …).
fn name_after(w: &[String], seq: &[&str]) -> Option<String> {
    let pos = w
        .windows(seq.len())
        .position(|win| win.iter().zip(seq).all(|(a, b)| a == b))?
        + seq.len();
    let skip = ["IF", "NOT", "EXISTS", "ONLY", "CONCURRENTLY"];
    w[pos..]
        .iter()
        .find(|x| !skip.contains(&x.as_str()))
        .cloned()
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
        let w = words(s.text(&file.sql));
        let pos = first_token(file, s);
        let mut d = |rule: &'static str, msg: String| out.push(at(file, pos, rule, msg));
        let head: Vec<&str> = w.iter().take(6).map(String::as_str).collect();
        match head.as_slice() {
            ["CREATE", rest @ ..] => {
                let kind: Vec<&str> = rest
                    .iter()
                    .copied()
                    .filter(|x| {
                        !matches!(
                            *x,
                            "OR" | "REPLACE"
                                | "UNIQUE"
                                | "UNLOGGED"
                                | "TEMP"
                                | "TEMPORARY"
                                | "MATERIALIZED"
                                | "CONSTRAINT"
                        )
                    })
                    .collect();
                let what = kind.first().copied().unwrap_or("");
                let replace = has(&w, &["OR", "REPLACE"]);
                let if_not_exists = has(&w, &["IF", "NOT", "EXISTS"]);
                match what {
                    "TABLE" => {
                        if let Some(t) = name_after(&w, &["TABLE"]) {
                            created.insert(table_key(&t));
                        }
                        if !if_not_exists {
                            d("not-idempotent", "write CREATE TABLE IF NOT EXISTS".into());
                        }
                    }
                    "INDEX" => {
                        let table = name_after(&w, &["ON"]).map(|t| table_key(&t)).unwrap_or_default();
                        let concurrently = has(&w, &["CONCURRENTLY"]);
                        if !if_not_exists {
                            d("not-idempotent", "write CREATE INDEX IF NOT EXISTS".into());
                        }
                        if concurrently && m.options.transaction {
                            d("concurrently-in-transaction", "CREATE INDEX CONCURRENTLY cannot run in a transaction: add `-- codegen:no-transaction` and drop BEGIN/COMMIT".into());
                        } else if !concurrently && !created.contains(&table) {
                            d("index-not-concurrent", format!("{table} already exists: CREATE INDEX CONCURRENTLY (in a `-- codegen:no-transaction` file) so writes are not blocked"));
                        }
                    }
                    "SCHEMA" | "EXTENSION" | "SEQUENCE" if !if_not_exists => d("not-idempotent", format!("write CREATE {what} IF NOT EXISTS")),
                    "FUNCTION" | "PROCEDURE" | "TRIGGER" if !replace => d("not-idempotent", format!("write CREATE OR REPLACE {what}")),
                    "VIEW" => {
                        if let Some(v) = name_after(&w, &["VIEW"]) {
                            created.insert(table_key(&v));
                        }
                        if !replace && !if_not_exists {
                            d("not-idempotent", "write CREATE OR REPLACE VIEW (or IF NOT EXISTS for a materialized view)".into());
                        }
                    }
                    "TYPE" | "DOMAIN" | "POLICY" => d("not-idempotent", format!("CREATE {what} has no IF NOT EXISTS: guard it in a DO block that checks the catalog first")),
                    _ => {}
                }
            }
            ["DROP", what, ..] => {
                if !has(&w, &["IF", "EXISTS"]) {
                    d("not-idempotent", format!("write DROP {what} IF EXISTS"));
                }
                let name = name_after(&w, &[what.to_string().as_str()])
                    .map(|t| table_key(&t))
                    .unwrap_or_default();
                if matches!(
                    *what,
                    "TABLE" | "POLICY" | "VIEW" | "TYPE" | "FUNCTION" | "SCHEMA"
                ) && !created.contains(&name)
                {
                    d("breaking-change", format!("DROP {what} removes what running code may still use; deploy the code change first, or rename instead of drop"));
                }
            }
            ["ALTER", "TABLE", ..] => {
                let table = name_after(&w, &["TABLE"])
                    .map(|t| table_key(&t))
                    .unwrap_or_default();
                let existing = !created.contains(&table);
                if !existing {
                    continue;
                }
                if has(&w, &["DROP", "COLUMN"])
                    || (has(&w, &["DROP"])
                        && !has(&w, &["DROP", "CONSTRAINT"])
                        && !has(&w, &["DROP", "DEFAULT"])
                        && !has(&w, &["DROP", "NOT", "NULL"]))
                {
                    d("breaking-change", format!("dropping a column of {table} breaks code that reads it; stop using it first"));
                }
                if has(&w, &["RENAME"]) {
                    d("breaking-change", format!("renaming in {table} breaks code that uses the old name; add the new one, migrate, then drop"));
                }
                if has(&w, &["TYPE"]) && has(&w, &["ALTER", "COLUMN"]) {
                    d("breaking-change", format!("changing a column type of {table} rewrites it under an exclusive lock and may break readers"));
                }
                if has(&w, &["SET", "NOT", "NULL"]) {
                    d("not-null-without-default", format!("SET NOT NULL on {table} scans it under an exclusive lock and fails on existing NULLs; add a CHECK (… IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL"));
                }
                if has(&w, &["ADD"])
                    && has(&w, &["NOT", "NULL"])
                    && !has(&w, &["DEFAULT"])
                    && !has(&w, &["CONSTRAINT"])
                {
                    d("not-null-without-default", format!("a NOT NULL column added to {table} without a DEFAULT fails on existing rows; add a DEFAULT"));
                }
                if (has(&w, &["FOREIGN", "KEY"]) || has(&w, &["CHECK"]))
                    && has(&w, &["ADD"])
                    && !has(&w, &["NOT", "VALID"])
                {
                    d("constraint-not-valid", format!("adding a foreign key or check to {table} scans it under a lock: add it NOT VALID, then VALIDATE CONSTRAINT in a later statement"));
                }
            }
            ["ALTER", "TYPE", ..] | ["ALTER", "POLICY", ..] if has(&w, &["RENAME"]) => {
                d(
                    "breaking-change",
                    "renaming breaks code that uses the old name".into(),
                );
            }
            _ => {}
        }
        dynamic_sql(file, s, &mut out);
    }
    out
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
