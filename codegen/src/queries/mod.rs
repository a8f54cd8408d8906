//! Typed SQL: `queries/*.sql` files of sqlc-annotated queries
//! (`-- name: ProjectsOfUser :one|:many|:exec|:execrows`), prepared on the
//! database at generation time into [`QueryModel`]s (what
//! `generated/queries.json` records), from which the generator writes typed
//! functions.

pub mod prepare;

use crate::error::{Error, Result};
use crate::sql;
use std::path::{Path, PathBuf};

pub use schema::query::{Cardinality, QueryColumn as Column, QueryModel, QueryParam as Param};

/// One annotated query as written.
#[derive(Debug, Clone, PartialEq)]
pub struct QuerySource {
    pub name: String,
    pub cardinality: Cardinality,
    /// The file, relative to the queries directory (`dashboards.sql`).
    pub file: String,
    pub path: PathBuf,
    /// The 1-based line of the `-- name:` annotation.
    pub line: usize,
    /// The 1-based line where the statement starts.
    pub sql_line: usize,
    /// The SQL with `@name` parameters rewritten to `$n`.
    pub sql: String,
    /// Parameter names from `@name` (by `$n` order), if that form was used.
    pub param_names: Vec<String>,
    /// `-- @nullable col` / `-- @not_null col` overrides.
    pub nullable: Vec<String>,
    pub not_null: Vec<String>,
}

/// The model of a query from its source and what the database said of it;
/// Rust types are the generator's to fill in.
pub fn model(source: &QuerySource, prepared: prepare::PreparedQuery) -> QueryModel {
    QueryModel {
        name: source.name.clone(),
        file: source.file.clone(),
        line: source.line,
        cardinality: source.cardinality,
        sql: source.sql.clone(),
        params: prepared
            .params
            .into_iter()
            .map(|(name, ty)| Param {
                name,
                sql_type: ty.sql.clone(),
                ty,
                rust_type: String::new(),
                via_text: false,
            })
            .collect(),
        columns: prepared
            .columns
            .into_iter()
            .map(|(name, ty, nullable)| Column {
                name,
                sql_type: ty.sql.clone(),
                ty,
                rust_type: String::new(),
                nullable,
                via_text: false,
            })
            .collect(),
    }
}

/// Checks what the generator needs of a query's columns: each a valid,
/// distinct Rust identifier (an error names the file, the query and the
/// column), and a row-returning cardinality only for a query with columns.
pub fn validate(models: &[QueryModel], dir: &Path) -> Result<()> {
    for m in models {
        let at = |message: String| Error::At {
            path: dir.join(&m.file),
            line: m.line,
            col: 1,
            message: format!("query `{}`: {message}", m.name),
        };
        let mut seen = std::collections::HashSet::new();
        for c in &m.columns {
            let ident = schema::naming::field_name(&c.name);
            if ident.trim_start_matches("r#") != c.name {
                return Err(at(format!(
                    "column `{}` is not a Rust identifier; give it one with AS (e.g. AS {})",
                    c.name,
                    ident.trim_start_matches("r#")
                )));
            }
            if !seen.insert(c.name.clone()) {
                return Err(at(format!(
                    "column `{}` appears twice; give one an alias with AS",
                    c.name
                )));
            }
        }
        let rows = matches!(m.cardinality, Cardinality::One | Cardinality::Many);
        if rows && m.columns.is_empty() {
            return Err(at("returns no columns: use :exec or :execrows".into()));
        }
    }
    Ok(())
}

/// The `.sql` files of a queries directory, by name (none when it is absent).
pub fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Every query of every file of `dir`, in file and line order; names must
/// be unique across files.
pub fn read_dir(dir: &Path) -> Result<Vec<QuerySource>> {
    let mut out: Vec<QuerySource> = Vec::new();
    for path in files(dir)? {
        crate::migrate::files::ensure_regular(&path)?;
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        // A byte order mark is not SQL (psql drops it too).
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        for q in parse(text, &path, dir)? {
            // `GetUser` and `get_user` would be one Rust function.
            let function = |name: &str| heck::ToSnakeCase::to_snake_case(name);
            if let Some(first) = out.iter().find(|o| function(&o.name) == function(&q.name)) {
                return Err(Error::At {
                    path: path.clone(),
                    line: q.line,
                    col: 1,
                    message: format!(
                        "query `{}` is already defined at {}:{} (as `{}`: both would be the function `{}`)",
                        q.name,
                        first.path.display(),
                        first.line,
                        first.name,
                        function(&q.name)
                    ),
                });
            }
            out.push(q);
        }
    }
    Ok(out)
}

/// The name and kind of a `-- name: GetUser :one` annotation (after `name:`).
fn annotation(rest: &str) -> std::result::Result<(String, Cardinality), String> {
    let mut words = rest.split_whitespace();
    let name = words.next().unwrap_or_default().to_owned();
    let kind = words.next().unwrap_or_default();
    let cardinality = match kind {
        ":one" => Cardinality::One,
        ":many" => Cardinality::Many,
        ":exec" => Cardinality::Exec,
        ":execrows" => Cardinality::Execrows,
        other => {
            return Err(format!(
                "`-- name: {name} {other}`: the kind must be :one, :many, :exec or :execrows"
            ))
        }
    };
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        return Err(format!(
            "`{name}` is not a query name: use letters, digits and _ (e.g. ProjectsOfUser)"
        ));
    }
    Ok((name, cardinality))
}

/// The queries of one file.
pub fn parse(text: &str, path: &Path, dir: &Path) -> Result<Vec<QuerySource>> {
    let file = path.strip_prefix(dir).unwrap_or(path).display().to_string();
    let at = |line: usize, message: String| Error::At {
        path: path.to_owned(),
        line,
        col: 1,
        message,
    };
    // Annotations: top-level `-- name:` comments that start their line (one
    // inside a string, a dollar-quoted body or a block comment is SQL).
    let mut annotations: Vec<(usize, sql::Token, String, Cardinality)> = Vec::new();
    for c in sql::line_comments(text).filter(|c| c.starts_line) {
        let (n, t) = (c.line, c.token);
        let Some(rest) = c.body(text).trim().strip_prefix("name:") else {
            continue;
        };
        let (name, cardinality) = annotation(rest).map_err(|m| at(n, m))?;
        annotations.push((n, t, name, cardinality));
    }
    let first = annotations.first().map_or(text.len(), |a| a.1.start);
    if !sql::split(&text[..first]).is_empty() {
        return Err(at(
            1,
            "SQL before the first `-- name: X :kind` annotation".into(),
        ));
    }
    let mut out = Vec::new();
    for (i, (line, token, name, cardinality)) in annotations.iter().enumerate() {
        let (line, name, cardinality) = (*line, name.clone(), *cardinality);
        let end = annotations.get(i + 1).map_or(text.len(), |a| a.1.start);
        let body = &text[token.end..end];
        let statements = sql::split(body);
        if statements.len() != 1 {
            return Err(at(
                line,
                format!(
                    "query `{name}` must hold exactly one statement, not {}",
                    statements.len()
                ),
            ));
        }
        let (mut nullable, mut not_null) = (Vec::new(), Vec::new());
        for c in sql::line_comments(body) {
            let rest = c.body(body).trim();
            let columns = |cols: &str| {
                cols.split([',', ' '])
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            };
            if let Some(cols) = rest.strip_prefix("@nullable") {
                nullable.extend(columns(cols));
            } else if let Some(cols) = rest.strip_prefix("@not_null") {
                not_null.extend(columns(cols));
            }
        }
        let raw = statements[0].text(body);
        let lead = raw.len() - sql::strip_leading_comments(raw).len();
        let sql_line = line + body[..statements[0].start + lead].matches('\n').count();
        // Without the trailing `;` and comments: the text is wrapped in
        // other SQL, where a trailing `--` comment would swallow the rest.
        let text = sql::trim_trailing(sql::strip_leading_comments(raw)).to_owned();
        let (sql, param_names) =
            named_params(&text).map_err(|m| at(line, format!("query `{name}`: {m}")))?;
        out.push(QuerySource {
            name,
            cardinality,
            file: file.clone(),
            path: path.to_owned(),
            line,
            sql_line,
            sql,
            param_names,
            nullable,
            not_null,
        });
    }
    Ok(out)
}

/// Calls `f(offset, text)` for every `$n` or `@name` parameter: the
/// lexer's strings, quoted names, comments and dollar-quoted bodies hold
/// none, and an `@` right after a name or another `@` is an operator.
fn scan_params(text: &str, mut f: impl FnMut(usize, &str)) {
    let b = text.as_bytes();
    let mut tokens = sql::tokens(text).peekable();
    while let Some(t) = tokens.next() {
        let dollar = match t.text(text) {
            "$" => true,
            "@" => false,
            _ => continue,
        };
        let Some(next) = tokens.peek() else { break };
        let first = b[next.start];
        let starts = if dollar {
            first.is_ascii_digit()
        } else {
            let before = t.start.checked_sub(1).map(|i| b[i]);
            (first.is_ascii_alphabetic() || first == b'_')
                && !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'@')
        };
        if !starts {
            continue;
        }
        let len = 1 + b[next.start..next.end]
            .iter()
            .take_while(|c| {
                c.is_ascii_digit() || !dollar && (c.is_ascii_alphabetic() || **c == b'_')
            })
            .count();
        f(t.start, &text[t.start..t.start + len]);
    }
}

/// `@name` parameters → `$n` in order of first appearance; mixing the two
/// forms is an error.
pub fn named_params(text: &str) -> std::result::Result<(String, Vec<String>), String> {
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    scan_params(text, |at, p| found.push((at, p.len(), p.to_owned())));
    let named = found.iter().any(|(_, _, p)| p.starts_with('@'));
    let positional = found.iter().any(|(_, _, p)| p.starts_with('$'));
    if named && positional {
        return Err("mixes `$n` and `@name` parameters; use one form".into());
    }
    if !named {
        return Ok((text.to_owned(), Vec::new()));
    }
    let mut names: Vec<String> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, len, p) in found {
        let name = p[1..].to_owned();
        let n = match names.iter().position(|x| *x == name) {
            Some(i) => i + 1,
            None => {
                names.push(name);
                names.len()
            }
        };
        out.push_str(&text[last..at]);
        out.push_str(&format!("${n}"));
        last = at + len;
    }
    out.push_str(&text[last..]);
    Ok((out, names))
}

/// The offsets of `$n` (1-based n) in a query.
pub fn positional_params(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    scan_params(text, |at, p| {
        if let Ok(n) = p[1..].parse::<usize>() {
            out.push((at, n));
        }
    });
    out
}

/// A name for parameter `n` from its context: the column it is compared
/// with (`user_id = $1`, `p.user_id IN ($1)`), assigned to (`SET name =
/// $2`), inserted into (`INSERT INTO t (a, b) VALUES ($1, $2)`), or
/// `limit`/`offset`; else `p{n}`.
pub fn infer_name(sql: &str, n: usize) -> String {
    let positions: Vec<usize> = positional_params(sql)
        .into_iter()
        .filter(|(_, k)| *k == n)
        .map(|(at, _)| at)
        .collect();
    for at in &positions {
        let before = sql[..*at].trim_end();
        let lower = before.to_ascii_lowercase();
        if lower.ends_with("limit") {
            return "limit".into();
        }
        if lower.ends_with("offset") {
            return "offset".into();
        }
        let stripped = before
            .trim_end_matches(['=', '<', '>', '!', '~'])
            .trim_end();
        let stripped = stripped
            .strip_suffix('(')
            .map(|s| s.trim_end())
            .map(|s| {
                s.strip_suffix("IN")
                    .or_else(|| s.strip_suffix("in"))
                    .unwrap_or(s)
                    .trim_end()
            })
            .unwrap_or(stripped);
        if stripped.len() < before.len() || lower.ends_with(" like") || lower.ends_with(" ilike") {
            let s = stripped
                .trim_end_matches(|c: char| c.is_ascii_alphabetic() && lower.ends_with("like"))
                .trim_end();
            if let Some(col) = last_identifier(if lower.ends_with("like") { s } else { stripped }) {
                return col;
            }
        }
    }
    // INSERT INTO t (a, b, …) VALUES ($1, $2, …): the column at $n's place.
    let lower = sql.to_ascii_lowercase();
    if let (Some(open), Some(values)) = (lower.find('('), lower.find("values")) {
        if lower.trim_start().starts_with("insert") && open < values {
            let close = lower[open..].find(')').map(|c| open + c);
            if let Some(close) = close {
                let cols: Vec<String> = sql[open + 1..close]
                    .split(',')
                    .map(|c| c.trim().trim_matches('"').to_owned())
                    .collect();
                if let Some(vopen) = lower[values..].find('(').map(|v| values + v) {
                    let vclose = lower[vopen..].find(')').map_or(sql.len(), |v| vopen + v);
                    let vals: Vec<&str> =
                        sql[vopen + 1..vclose].split(',').map(str::trim).collect();
                    if let Some(i) = vals.iter().position(|v| *v == format!("${n}")) {
                        if let Some(c) = cols.get(i).filter(|c| !c.is_empty()) {
                            return c.clone();
                        }
                    }
                }
            }
        }
    }
    format!("p{n}")
}

/// The last `name` or `alias.name` before the end of `text`, unquoted.
fn last_identifier(text: &str) -> Option<String> {
    let word: String = text
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '"' || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let last = word.rsplit('.').next()?.trim_matches('"');
    let ok = !last.is_empty()
        && last.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && !matches!(
            last.to_ascii_lowercase().as_str(),
            "and" | "or" | "not" | "select" | "where" | "then" | "else" | "when"
        );
    ok.then(|| last.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_split_into_annotated_queries() {
        let text = "-- name: ProjectsOfUser :many\n-- @nullable description\nSELECT id, description FROM projects WHERE user_id = @user_id AND status = @status\n  LIMIT @max_rows;\n\n-- name: Touch :exec\nUPDATE projects SET updated_at = now() WHERE id = $1;\n";
        let qs = parse(text, Path::new("q/p.sql"), Path::new("q")).unwrap();
        assert_eq!(qs.len(), 2);
        assert_eq!(qs[0].name, "ProjectsOfUser");
        assert_eq!(qs[0].cardinality, Cardinality::Many);
        assert_eq!(qs[0].line, 1);
        assert_eq!(qs[0].param_names, ["user_id", "status", "max_rows"]);
        assert!(
            qs[0]
                .sql
                .contains("user_id = $1 AND status = $2\n  LIMIT $3"),
            "{}",
            qs[0].sql
        );
        assert_eq!(qs[0].nullable, ["description"]);
        assert_eq!(qs[1].cardinality, Cardinality::Exec);
        assert_eq!(qs[1].line, 6);
        assert_eq!(qs[0].file, "p.sql");
    }

    #[test]
    fn bad_annotations_and_mixed_parameters_are_errors_with_lines() {
        let err = parse(
            "-- name: X :some\nSELECT 1;",
            Path::new("a.sql"),
            Path::new(""),
        )
        .unwrap_err();
        assert!(
            err.to_string().starts_with("a.sql:1:1: `-- name: X :some`"),
            "{err}"
        );
        let err = parse(
            "-- name: X :one\nSELECT $1, @a;",
            Path::new("a.sql"),
            Path::new(""),
        )
        .unwrap_err();
        assert!(err.to_string().contains("mixes `$n` and `@name`"), "{err}");
        let err = parse(
            "SELECT 1;\n-- name: X :one\nSELECT 1;",
            Path::new("a.sql"),
            Path::new(""),
        )
        .unwrap_err();
        assert!(err.to_string().contains("before the first"), "{err}");
        let err = parse(
            "-- name: X :one\nSELECT 1; SELECT 2;",
            Path::new("a.sql"),
            Path::new(""),
        )
        .unwrap_err();
        assert!(err.to_string().contains("exactly one statement"), "{err}");
    }

    #[test]
    fn parameters_inside_strings_are_not_parameters() {
        let (sql, names) =
            named_params("SELECT '@x', $$ @y $$, \"@z\" FROM t WHERE a = @a -- @b\n").unwrap();
        assert_eq!(names, ["a"]);
        assert!(sql.contains("a = $1"));
        assert!(sql.contains("'@x'"));
    }

    #[test]
    fn parameter_names_come_from_their_columns() {
        let sql = "SELECT * FROM projects p WHERE p.user_id = $1 AND \"Status\" <> $2 AND name ILIKE $3 AND id IN ($4) LIMIT $5 OFFSET $6";
        let names: Vec<String> = (1..=7).map(|n| infer_name(sql, n)).collect();
        assert_eq!(
            names,
            ["user_id", "Status", "name", "id", "limit", "offset", "p7"]
        );
        let ins = "INSERT INTO public.comments (project_id, body) VALUES ($1, $2) RETURNING id";
        assert_eq!(infer_name(ins, 2), "body");
        let upd = "UPDATE t SET title = $2 WHERE id = $1";
        assert_eq!(infer_name(upd, 2), "title");
    }
}
