//! `codegen lint`: the migration checklist made executable. File rules read
//! each migration (with what earlier statements of the file did); catalog
//! rules look at the database the migrations produce, on a scratch
//! database. Findings print like a compiler: `path:line:col: severity
//! rule-id: message`. `-- lint: allow(rule-id)` accepts a finding on
//! purpose: in a file's header (before its first statement) for the whole
//! file, elsewhere for the statement that follows it.

pub mod catalog_rules;
pub mod file_rules;
pub mod replay;
pub mod squawk;

use crate::migrate::{Migration, SqlFile};
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Warning,
    Error,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub rule: &'static str,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {sev} {}: {}",
            self.path.display(),
            self.line,
            self.col,
            self.rule,
            self.message
        )
    }
}

/// Every rule id with its severity and one line of what it checks.
pub const RULES: &[(&str, Severity, &str)] = &[
    (
        "header-missing",
        Severity::Error,
        "the Migration/Description/Author/Date header is incomplete",
    ),
    (
        "header-name-mismatch",
        Severity::Error,
        "the Migration header does not name the file",
    ),
    (
        "rollback-missing",
        Severity::Error,
        "no `-- Rollback:` block",
    ),
    (
        "rollback-empty",
        Severity::Error,
        "the rollback block holds no SQL statement",
    ),
    (
        "rollback-unparsable",
        Severity::Error,
        "the rollback block does not parse",
    ),
    (
        "syntax-error",
        Severity::Error,
        "a statement the parser refuses",
    ),
    (
        "concurrently-in-transaction",
        Severity::Warning,
        "CREATE INDEX CONCURRENTLY (or another statement that cannot run in a transaction block) among other statements: it runs on its own, so the file is not all-or-nothing",
    ),
    (
        "seed-real-data",
        Severity::Error,
        "seed.sql holds something that looks like a real e-mail address or secret",
    ),
    (
        "dynamic-sql-concat",
        Severity::Warning,
        "EXECUTE of SQL built by concatenation inside a function",
    ),
    (
        "migration-fails",
        Severity::Error,
        "the file fails to apply on a scratch database",
    ),
    (
        "not-idempotent-apply",
        Severity::Error,
        "applying the file a second time fails or changes the catalog",
    ),
    (
        "rollback-mismatch",
        Severity::Error,
        "the rollback block does not restore the previous schema exactly",
    ),
    (
        "rls-disabled",
        Severity::Error,
        "a table in an exposed schema without row-level security",
    ),
    (
        "rls-no-policy",
        Severity::Error,
        "row-level security enabled but no policy",
    ),
    (
        "policy-rls-off",
        Severity::Error,
        "a policy on a table whose row-level security is off",
    ),
    (
        "auth-uid-per-row",
        Severity::Warning,
        "auth.uid()/auth.jwt() called per row instead of (SELECT auth.uid())",
    ),
    (
        "multiple-permissive",
        Severity::Warning,
        "several permissive policies for the same role and command",
    ),
    (
        "policy-always-true",
        Severity::Warning,
        "a policy whose USING or WITH CHECK is always true",
    ),
    (
        "fk-unindexed",
        Severity::Error,
        "a foreign key with no index whose leading columns cover it",
    ),
    (
        "duplicate-index",
        Severity::Warning,
        "two indexes with the same definition",
    ),
    (
        "no-primary-key",
        Severity::Warning,
        "a table without a primary key",
    ),
    (
        "invalid-index",
        Severity::Error,
        "an INVALID index (a failed concurrent build)",
    ),
    (
        "security-definer-search-path",
        Severity::Error,
        "a SECURITY DEFINER function without a fixed search_path",
    ),
    (
        "security-definer-view",
        Severity::Warning,
        "a view in an exposed schema that runs as its owner (no security_invoker)",
    ),
    (
        "auth-users-exposed",
        Severity::Error,
        "auth.users exposed through a view in an exposed schema",
    ),
];

/// The default severity of a rule (ours, or squawk's).
pub fn severity(rule: &str) -> Severity {
    RULES
        .iter()
        .find(|r| r.0 == rule)
        .map_or_else(|| squawk::severity(rule), |r| r.1)
}

/// Whether `id` names a rule, ours or squawk's.
pub fn is_rule(id: &str) -> bool {
    RULES.iter().any(|r| r.0 == id) || squawk::is_rule(id)
}

/// `[lint]` of codegen.toml: rule ids to turn off, and severities.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LintConfig {
    /// Rules that are off.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Rules reported as warnings.
    #[serde(default)]
    pub warn: Vec<String>,
    /// Rules reported as errors.
    #[serde(default)]
    pub deny: Vec<String>,
}

impl LintConfig {
    /// The first rule id that names no rule.
    pub fn unknown(&self) -> Option<&str> {
        self.allow
            .iter()
            .chain(&self.warn)
            .chain(&self.deny)
            .map(String::as_str)
            .find(|r| !is_rule(r))
    }

    /// Drops the allowed findings and sets the severities asked for.
    pub fn apply(&self, diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diags
            .into_iter()
            .filter(|d| !self.allow.iter().any(|r| r == d.rule))
            .map(|mut d| {
                if self.deny.iter().any(|r| r == d.rule) {
                    d.severity = Severity::Error;
                } else if self.warn.iter().any(|r| r == d.rule) {
                    d.severity = Severity::Warning;
                }
                d
            })
            .collect()
    }
}

/// Builds a diagnostic at a byte offset of a file.
pub fn at(file: &SqlFile, offset: usize, rule: &'static str, message: String) -> Diagnostic {
    let (line, col) = file.line_col(offset);
    Diagnostic {
        path: file.path.clone(),
        line,
        col,
        severity: severity(rule),
        rule,
        message,
    }
}

/// What a file's `-- lint: allow(rule)` comments accept: rules for the
/// whole file (in its header, before its first statement), and rules for
/// the statement after a comment, as the range of lines it spans.
#[derive(Default)]
struct Allows {
    file: Vec<String>,
    statements: Vec<(std::ops::RangeInclusive<usize>, String)>,
}

impl Allows {
    fn of(file: &SqlFile) -> Allows {
        let mut out = Allows::default();
        // Most files have none: not lexed for nothing.
        if !file.sql.contains("lint:") {
            return out;
        }
        let comments: Vec<(usize, &str)> = file
            .comments()
            .iter()
            .filter_map(|c| {
                let list = c.body(&file.sql).trim().strip_prefix("lint:")?;
                let list = list.trim().strip_prefix("allow(")?.split(')').next()?;
                Some((c.line, list))
            })
            .collect();
        if comments.is_empty() {
            return out;
        }
        let lines = Lines::new(&file.sql);
        let spans: Vec<(usize, usize)> = file
            .statements
            .iter()
            .map(|s| (lines.line(s.start), lines.line(s.end.saturating_sub(1))))
            .collect();
        let first_stmt_line = file.statements.first().map_or(usize::MAX, |s| {
            let text = s.text(&file.sql);
            let skip = text.len() - crate::sql::strip_leading_comments(text).len();
            lines.line(s.start + skip)
        });
        for (line, list) in comments {
            let rules = list.split(',').map(|r| r.trim().to_owned());
            if line < first_stmt_line {
                out.file.extend(rules);
                continue;
            }
            // From the comment to the end of the statement it is in or
            // that starts on the next line.
            let Some(end) = spans
                .iter()
                .filter(|(start, end)| *end >= line && *start <= line + 1)
                .map(|s| s.1)
                .max()
            else {
                continue;
            };
            for rule in rules {
                out.statements.push((line..=end, rule));
            }
        }
        out
    }

    fn accepts(&self, d: &Diagnostic) -> bool {
        self.file.iter().any(|r| r == d.rule)
            || self
                .statements
                .iter()
                .any(|(lines, r)| r == d.rule && lines.contains(&d.line))
    }
}

/// Line starts of a text, for line numbers of byte offsets in log time.
pub struct Lines(Vec<usize>);

impl Lines {
    pub fn new(text: &str) -> Lines {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines(starts.collect())
    }

    /// The 1-based line of byte offset `at`.
    pub fn line(&self, at: usize) -> usize {
        self.0.partition_point(|start| *start <= at)
    }
}

/// Drops the findings a file allows: file-wide, or the statement after the comment.
pub fn apply_allows(diags: Vec<Diagnostic>, files: &[&SqlFile]) -> Vec<Diagnostic> {
    let allows: std::collections::HashMap<&Path, Allows> = files
        .iter()
        .map(|f| (f.path.as_path(), Allows::of(f)))
        .collect();
    diags
        .into_iter()
        .filter(|d| !allows.get(d.path.as_path()).is_some_and(|a| a.accepts(d)))
        .collect()
}

/// The stack of each linting thread: enough for statements of 16,384
/// tokens; a file that needs more is linted on a thread of its own.
const WORKER_STACK: usize = squawk::stack_for_tokens(16 << 10);

/// The file rules over every migration and the seed files; the files are
/// linted in parallel.
pub fn lint_files(
    dir: &Path,
    migrations: &[Migration],
    pg_major: Option<u32>,
) -> crate::Result<Vec<Diagnostic>> {
    // Heaviest files first on two threads: the work is about the bytes.
    let weight = |m: &Migration| m.file.sql.len() + m.rollback.as_ref().map_or(0, String::len);
    let per_file = crate::parallel::map(migrations, WORKER_STACK, weight, |m| {
        let stack = squawk::stack_for(m)?;
        let found = if stack <= WORKER_STACK {
            file_rules::check(m, pg_major)
        } else {
            squawk::on_stack(stack, || file_rules::check(m, pg_major))?
        };
        Ok::<_, crate::Error>(apply_allows(found, &[&m.file]))
    })
    .map_err(|e| squawk::no_thread(WORKER_STACK, e))?;
    let mut diags = Vec::new();
    for found in per_file {
        diags.extend(found?);
    }
    for seed in crate::migrate::files::seed_files(dir)? {
        let f = SqlFile::read_any(&seed)?;
        diags.extend(apply_allows(file_rules::check_seed(&f), &[&f]));
    }
    Ok(diags)
}

/// Sorted by path, line, column.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| (&a.path, a.line, a.col, a.rule).cmp(&(&b.path, b.line, b.col, b.rule)));
}

/// Views of the chosen schemas created `WITH (security_invoker = true)`.
pub async fn invoker_views(
    conn: &mut sqlx::PgConnection,
    schemas: &[String],
) -> Result<std::collections::BTreeSet<(String, String)>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT n.nspname::text, c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = ANY($1) AND c.relkind = 'v'
            AND coalesce(c.reloptions::text[] && ARRAY['security_invoker=true', 'security_invoker=on', 'security_invoker=1'], false)",
    )
    .bind(schemas)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().collect())
}

/// Every rule: the file rules, then (on the empty database behind `conn`)
/// the replay and the catalog rules. The database is left migrated.
pub async fn run(
    conn: &mut sqlx::PgConnection,
    url: &str,
    migrator: &crate::migrate::Migrator,
    schemas: &[String],
    config: &LintConfig,
) -> crate::Result<Vec<Diagnostic>> {
    let version: Option<i32> =
        sqlx::query_scalar("SELECT current_setting('server_version_num')::int")
            .fetch_one(&mut *conn)
            .await
            .ok();
    let pg_major = version.map(|v| (v / 10000) as u32);
    let mut diags = lint_files(&migrator.dir, &migrator.migrations, pg_major)?;
    let mut catalog_diags = replay::replay(conn, url, migrator).await?;
    let catalog = crate::introspect::introspect(conn, schemas)
        .await
        .map_err(|e| crate::Error::db(url, e))?;
    let invokers = invoker_views(conn, schemas)
        .await
        .map_err(|e| crate::Error::db(url, e))?;
    catalog_diags.extend(catalog_rules::check(
        &catalog,
        &migrator.migrations,
        &invokers,
    ));
    let files: Vec<&SqlFile> = migrator.migrations.iter().map(|m| &m.file).collect();
    diags.extend(apply_allows(catalog_diags, &files));
    let mut diags = config.apply(diags);
    sort(&mut diags);
    diags.dedup();
    Ok(diags)
}
