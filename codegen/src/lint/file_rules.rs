//! Rules on the migration files themselves. Each file is parsed with
//! squawk's lossless PostgreSQL parser (`squawk-syntax`, pure Rust) and run
//! through squawk's rules (`lint::squawk`); the rules squawk does not have
//! (header, rollback block, seed data, dynamic SQL) are ours.

use super::{at, Diagnostic};
use crate::migrate::{Migration, SqlFile};
use crate::sql::{self, Statement};

/// The header, rollback and statement rules of one migration, squawk's
/// rules told the server's major version (`pg_major`, when known).
pub fn check(m: &Migration, pg_major: Option<u32>) -> Vec<Diagnostic> {
    let file = &m.file;
    let mut out = Vec::new();
    header(m, &mut out);
    // Where the marker is, asked only for a finding (it lexes the file).
    let rollback_at =
        || crate::migrate::files::rollback_marker(&file.sql).map_or(0, |(t, _)| t.start);
    match &m.rollback {
        None => out.push(at(
            file,
            file.sql.trim_end().len(),
            "rollback-missing",
            "no `-- Rollback:` block: add one that undoes exactly this file".into(),
        )),
        Some(r) if sql::split(r).is_empty() => out.push(at(
            file,
            rollback_at(),
            "rollback-empty",
            "the `-- Rollback:` block holds no SQL statement".into(),
        )),
        Some(r) => {
            if let Some(e) = super::squawk::syntax_errors(r).first() {
                out.push(at(
                    file,
                    rollback_at(),
                    "rollback-unparsable",
                    format!("the `-- Rollback:` block does not parse: {}", e.1),
                ));
            }
        }
    }
    out.extend(super::squawk::check(m, pg_major));
    for s in &m.body {
        dynamic_sql(file, s, &mut out);
    }
    out
}

fn header(m: &Migration, out: &mut Vec<Diagnostic>) {
    let file = &m.file;
    let mut missing = Vec::new();
    for key in ["Migration", "Description", "Author", "Date"] {
        let prefix = format!("{key}:");
        let found = file
            .comments()
            .iter()
            .take_while(|c| c.line <= 30)
            .find_map(|c| {
                let rest = c.body(&file.sql).trim();
                rest.strip_prefix(&prefix)
                    .map(|v| (c.token.start, v.trim().to_owned()))
            });
        match found {
            None => missing.push(key),
            Some((_, v)) if v.is_empty() => missing.push(key),
            Some((offset, v)) if key == "Migration" && v != m.label() => {
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
