//! Statements that change the session's or the transaction's state, told
//! apart by their first words: the runner refuses some before anything runs
//! (two-phase commit, psql meta-commands, `COPY … TO STDOUT`, inline COPY
//! data without its end line) and runs
//! others alone (savepoints, `SET TRANSACTION`, `COPY … FROM stdin`), or
//! outside any transaction (`CREATE INDEX CONCURRENTLY`, `VACUUM`, …).

use super::files::SqlFile;
use crate::error::{Error, Result};
use crate::sql::{self, Statement, TxControl};

/// The first `n` words of a statement, upper-cased, skipping comments.
pub fn words(text: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while out.len() < n {
        rest = sql::strip_leading_comments(rest);
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if len == 0 {
            break;
        }
        out.push(rest[..len].to_ascii_uppercase());
        rest = &rest[len..];
    }
    out
}

/// `SAVEPOINT`, `RELEASE [SAVEPOINT]` or `ROLLBACK [WORK|TRANSACTION] TO`.
pub fn savepoint(text: &str) -> bool {
    let w = words(text, 3);
    match w.first().map(String::as_str) {
        Some("SAVEPOINT" | "RELEASE") => true,
        Some("ROLLBACK") => w[1..].iter().any(|x| x == "TO"),
        _ => false,
    }
}

/// The statements of a file that run inside the runner's transaction: all
/// but its transaction control (`BEGIN`, `COMMIT`; savepoints stay).
pub fn in_transaction(file: &SqlFile) -> Vec<Statement> {
    file.statements
        .iter()
        .filter(|s| s.transaction_control(&file.sql).is_none() || savepoint(s.text(&file.sql)))
        .cloned()
        .collect()
}

/// `SET TRANSACTION …`: it must be the first statement of the transaction,
/// outside any savepoint.
pub fn set_transaction(text: &str) -> bool {
    words(text, 2) == ["SET", "TRANSACTION"]
}

/// `PREPARE TRANSACTION`, `COMMIT PREPARED`, `ROLLBACK PREPARED`.
pub fn two_phase(text: &str) -> bool {
    matches!(
        words(text, 2)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        ["PREPARE", "TRANSACTION"] | ["COMMIT" | "ROLLBACK", "PREPARED"]
    )
}

/// Whether PostgreSQL refuses `text` inside a transaction block (SQLSTATE
/// 25001), so the runner runs it on its own, outside the file's transaction,
/// as the Supabase CLI does since v2.109.0 (supabase/cli#5671, #6276):
/// `CREATE [UNIQUE] INDEX CONCURRENTLY`, `DROP INDEX CONCURRENTLY`,
/// `REINDEX … CONCURRENTLY` and `REINDEX SCHEMA|DATABASE|SYSTEM`, `VACUUM`,
/// `CLUSTER`, `ALTER SYSTEM`, `CREATE`/`DROP DATABASE|TABLESPACE|SUBSCRIPTION`,
/// `ALTER DATABASE … SET TABLESPACE`, `ALTER TABLE … DETACH PARTITION …
/// CONCURRENTLY|FINALIZE`. (`DISCARD ALL` is not: it would reset the
/// runner's own session settings; it fails with PostgreSQL's error.)
pub fn outside_transaction(text: &str) -> bool {
    let w = words(text, 4);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    match w.as_slice() {
        ["CREATE", "UNIQUE", "INDEX", "CONCURRENTLY"]
        | ["CREATE" | "DROP", "INDEX", "CONCURRENTLY", ..]
        | ["CREATE" | "DROP", "DATABASE" | "TABLESPACE" | "SUBSCRIPTION", ..]
        | ["VACUUM" | "CLUSTER", ..]
        | ["ALTER", "SYSTEM", ..] => true,
        ["REINDEX", ..] => {
            let p = plain_words(text);
            let kinds = ["INDEX", "TABLE", "SCHEMA", "DATABASE", "SYSTEM"];
            p.iter()
                .position(|x| kinds.contains(&x.as_str()))
                .is_some_and(|k| {
                    matches!(p[k].as_str(), "SCHEMA" | "DATABASE" | "SYSTEM")
                        || p[..p.len().min(k + 2)].iter().any(|x| x == "CONCURRENTLY")
                })
        }
        ["ALTER", "DATABASE", ..] => plain_words(text)
            .windows(2)
            .any(|p| p == ["SET", "TABLESPACE"]),
        ["ALTER", "TABLE", ..] if contains_word(text, "DETACH") => {
            let p = plain_words(text);
            p.windows(2).any(|x| x == ["DETACH", "PARTITION"])
                && matches!(
                    p.last().map(String::as_str),
                    Some("CONCURRENTLY" | "FINALIZE")
                )
        }
        _ => false,
    }
}

/// Whether `text` holds `word` (ASCII, any case) anywhere: a cheap test
/// before [`plain_words`].
fn contains_word(text: &str, word: &str) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// The upper-cased words of a `COPY` statement (quotes left out), or none.
fn copy_words(text: &str) -> Option<Vec<String>> {
    if words(text, 1) != ["COPY"] {
        return None;
    }
    Some(plain_words(text))
}

/// The upper-cased words of a statement, quoted text and punctuation left out.
fn plain_words(text: &str) -> Vec<String> {
    let mut quote: Option<char> = None;
    let plain: String = sql::strip_leading_comments(text)
        .chars()
        .map(|c| {
            let was = quote;
            match quote {
                None if c == '\'' || c == '"' => quote = Some(c),
                Some(q) if c == q => quote = None,
                _ => {}
            }
            if was.is_some() || quote.is_some() || !(c.is_alphanumeric() || c == '_') {
                ' '
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect();
    plain.split_whitespace().map(str::to_owned).collect()
}

/// `COPY … FROM STDIN` (its data follows it in the file, as in pg_dump's output).
pub fn copy_from_stdin(text: &str) -> bool {
    copy_words(text).is_some_and(|w| w.windows(2).any(|p| p == ["FROM", "STDIN"]))
}

/// `COPY … TO STDOUT`.
fn copy_to_stdout(text: &str) -> bool {
    copy_words(text).is_some_and(|w| w.windows(2).any(|p| p == ["TO", "STDOUT"]))
}

/// Refuses, naming file:line:column, what a migration cannot do: hand
/// its work to a prepared transaction, run a psql meta-command, or write
/// to the client. Called before anything of the file runs.
pub fn check(file: &SqlFile) -> Result<()> {
    for s in &file.statements {
        let text = s.text(&file.sql);
        let body = sql::strip_leading_comments(text);
        // The first word, as [`words`] reads it: most statements are none
        // of the kinds below, and are let through on it.
        let first = body
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(body, |len| &body[..len]);
        let suspect = ["PREPARE", "COMMIT", "ROLLBACK", "COPY"]
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w));
        let message = if let Some(cmd) = body.strip_prefix('\\') {
            let name: String = cmd.chars().take_while(|c| !c.is_whitespace()).collect();
            format!("psql meta-command `\\{name}` is not SQL, and the runner sends each file to the server as it is; inline what it does (for `\\i`, the other file's SQL) or move it to a script run with psql; nothing was applied")
        } else if !suspect {
            continue;
        } else if two_phase(text) {
            "two-phase commit (PREPARE TRANSACTION, COMMIT/ROLLBACK PREPARED) is not allowed in a migration: the runner commits each file with its history row itself; nothing was applied".to_owned()
        } else if copy_from_stdin(text) && super::copy::parts(text).is_none() {
            "COPY … FROM stdin has no line `\\.` to end its data (as pg_dump writes it); add one after the last row; nothing was applied".to_owned()
        } else if copy_to_stdout(text) {
            "COPY … TO STDOUT writes to the client, which a migration has no use for; nothing was applied".to_owned()
        } else {
            continue;
        };
        return Err(at(file, s, message));
    }
    Ok(())
}

/// What the runner executes of a file (see [`super::files::Migration`]'s fields).
pub struct Body {
    pub body: Vec<Statement>,
    pub commits: Vec<(usize, usize)>,
    pub alone: Vec<usize>,
}

/// The statements the runner executes, and the file's commit points. A
/// file's top-level `BEGIN`s are left out (its statements run inside the
/// runner's transaction); a top-level `COMMIT` with SQL after it commits
/// what ran so far, as it does with the Supabase CLI (which sends the file
/// as one pipeline: a `COMMIT` there ends the implicit transaction), and the
/// last `COMMIT` is the runner's own, with the history row. A statement
/// that cannot run in a transaction block runs alone, what precedes it
/// committed first (as the Supabase CLI runs it), unless the file's own
/// `BEGIN` opened a block around it: refused. A top-level `ROLLBACK` (not
/// `ROLLBACK TO`) is refused; so is any transaction control in a
/// `no-transaction` file.
pub fn body_statements(file: &SqlFile, transaction: bool) -> Result<Body> {
    let all = &file.statements;
    if !transaction {
        if let Some(s) = all
            .iter()
            .find(|s| s.transaction_control(&file.sql).is_some())
        {
            return Err(at(file, s, "a `-- codegen:no-transaction` file runs each statement on its own; remove its BEGIN/COMMIT".into()));
        }
        return Ok(Body {
            body: all.clone(),
            commits: Vec::new(),
            alone: Vec::new(),
        });
    }
    let mut body = Vec::with_capacity(all.len());
    let mut commits: Vec<(usize, usize)> = Vec::new();
    let mut alone = Vec::new();
    // The file's own `BEGIN` whose block is open, if any.
    let mut own_begin: Option<&Statement> = None;
    let line_of = |s: &Statement| {
        let text = s.text(&file.sql);
        file.line_col(s.start + (text.len() - sql::strip_leading_comments(text).len()))
            .0
    };
    let commit_at = |n: usize, s: &Statement, commits: &mut Vec<(usize, usize)>| {
        if commits.last().is_none_or(|c| c.0 != n) {
            commits.push((n, line_of(s)));
        }
    };
    for s in all {
        let text = s.text(&file.sql);
        match s.transaction_control(&file.sql) {
            Some(_) if savepoint(text) => body.push(s.clone()),
            None if outside_transaction(text) => {
                if let Some(begin) = own_begin {
                    let begin_line = line_of(begin);
                    return Err(at(file, s, format!("this statement cannot run inside a transaction block, and the file's own BEGIN (line {begin_line}) opens one around it; move it after that block's COMMIT (the runner then runs it on its own, as the Supabase CLI does); nothing was applied")));
                }
                commit_at(body.len(), s, &mut commits);
                alone.push(body.len());
                body.push(s.clone());
                commit_at(body.len(), s, &mut commits);
            }
            None => body.push(s.clone()),
            Some(TxControl::Begin) => own_begin = Some(s),
            Some(TxControl::Commit) => {
                own_begin = None;
                commit_at(body.len(), s, &mut commits);
            }
            Some(TxControl::Rollback) => {
                return Err(at(
                    file,
                    s,
                    "a top-level ROLLBACK would undo the file's own work, which a migration has no use for; remove it (ROLLBACK TO SAVEPOINT is allowed); nothing was applied".into(),
                ))
            }
        }
    }
    // A COMMIT with nothing after it (or nothing before it) commits nothing
    // of its own: the runner's commit, with the history row, does.
    commits.retain(|&(n, _)| n > 0 && n < body.len());
    Ok(Body {
        body,
        commits,
        alone,
    })
}

/// An error at the first word of `s`.
fn at(file: &SqlFile, s: &Statement, message: String) -> Error {
    let text = s.text(&file.sql);
    let (line, col) =
        file.line_col(s.start + (text.len() - sql::strip_leading_comments(text).len()));
    Error::At {
        path: file.path.clone(),
        line,
        col,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_statements_apart() {
        assert!(two_phase("/* x */ prepare\n transaction 'a';"));
        assert!(two_phase("COMMIT PREPARED 'a'"));
        assert!(!two_phase("PREPARE p AS SELECT 1"));
        assert!(savepoint("rollback to savepoint s"));
        assert!(savepoint("ROLLBACK WORK TO s"));
        assert!(!savepoint("ROLLBACK"));
        assert!(set_transaction(
            "set transaction isolation level serializable"
        ));
        assert!(copy_from_stdin(
            "COPY public.t (id, \"from stdin\") FROM stdin;"
        ));
        assert!(!copy_from_stdin(
            "COPY public.t (\"from stdin\") TO stdout;"
        ));
        assert!(copy_to_stdout("copy (select 1) to stdout"));
    }

    #[test]
    fn tells_what_runs_outside_a_transaction() {
        for yes in [
            "create unique index concurrently if not exists i on public.t (x)",
            "-- note\nCREATE INDEX\n  CONCURRENTLY i ON t (x)",
            "drop index concurrently if exists public.i",
            "reindex index concurrently public.i",
            "REINDEX (VERBOSE) TABLE CONCURRENTLY t",
            "reindex (concurrently) index i",
            "reindex schema public",
            "vacuum",
            "VACUUM (ANALYZE) public.t",
            "cluster",
            "alter system set work_mem = '8MB'",
            "create database x",
            "alter database \"d\" set tablespace ts",
            "alter table public.p detach partition public.p1 concurrently",
        ] {
            assert!(outside_transaction(yes), "{yes}");
        }
        for no in [
            "create index i on t (x)",
            "create index if not exists concurrently_i on t (x)",
            "drop index i",
            "reindex index i",
            "reindex table \"schema\"",
            "alter database d set search_path = public",
            "alter table p detach partition p1",
            "select 'vacuum'",
            "analyze t",
            "discard all",
        ] {
            assert!(!outside_transaction(no), "{no}");
        }
    }
}
