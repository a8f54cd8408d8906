//! squawk's rules (`squawk-linter`) on each migration file, told the truth
//! about how the runner runs it: in one transaction unless the file says
//! `-- codegen:no-transaction` (or opens its own with `BEGIN;`), a statement
//! that cannot run in a transaction block on its own, on the
//! server's major version. Findings keep squawk's rule ids, squawk's own
//! `-- squawk-ignore rule` comments are honoured by squawk, and ours
//! (`-- lint: allow(rule)`, `[lint]` in codegen.toml) apply to them too.

use super::{at, Diagnostic, Severity};
use crate::migrate::Migration;
use squawk_linter::{Linter, LinterSettings, Rule, Version};
use squawk_syntax::ast::{self, AstNode};
use std::str::FromStr;

/// Every rule id of the pinned squawk-linter (2.68.0), in its own spelling.
/// A unit test holds this list to the crate.
pub const RULES: &[&str] = &[
    "require-concurrent-index-creation",
    "require-concurrent-index-deletion",
    "constraint-missing-not-valid",
    "adding-field-with-default",
    "adding-foreign-key-constraint",
    "changing-column-type",
    "adding-not-nullable-field",
    "adding-serial-primary-key-field",
    "renaming-column",
    "renaming-table",
    "disallowed-unique-constraint",
    "ban-drop-database",
    "prefer-bigint-over-int",
    "prefer-bigint-over-smallint",
    "prefer-identity",
    "prefer-repack",
    "prefer-robust-stmts",
    "prefer-text-field",
    "prefer-timestamp-tz",
    "ban-char-field",
    "ban-drop-column",
    "ban-drop-table",
    "ban-drop-not-null",
    "transaction-nesting",
    "adding-required-field",
    "ban-concurrent-index-creation-in-transaction",
    "ban-create-domain-with-constraint",
    "ban-alter-domain-with-add-constraint",
    "ban-truncate-cascade",
    "require-timeout-settings",
    "ban-uncommitted-transaction",
    "require-enum-value-ordering",
    "require-table-schema",
    "identifier-too-long",
    "require-concurrent-partition-detach",
    "require-concurrent-reindex",
    "require-lock-timeout",
    "require-statement-timeout",
    "ban-duplicate-column-assignments",
    "ban-drop-view",
    "ban-drop-function",
    "ban-drop-type",
    "ban-drop-default",
    "ban-drop-trigger",
    "ban-drop-schema",
    "ban-drop-sequence",
    "ban-drop-domain",
    "ban-drop-constraint",
    "ban-drop-generated-expression",
    "renaming-object",
    "ban-set-schema",
    "ban-alter-identity",
    "ban-drop-extension",
    "ban-alter-generated-expression",
    "ban-drop-index",
    "ban-set-default",
    "ban-disable-trigger",
    "ban-replica-identity",
    "ban-drop-policy",
    "ban-revoke",
    "ban-replace-view-function",
    "ban-alter-policy-condition",
    "ban-alter-policy-roles",
    "ban-create-policy",
    "ban-alter-function-options",
    "ban-alter-view-options",
    "ban-alter-role-options",
    "ban-alter-database-options",
    "ban-alter-row-level-security",
    "ban-new-write-restriction",
    "ban-add-enum-value",
    "ban-add-composite-attribute",
    "ban-add-column",
    "ban-detach-inheritance",
    "ban-alter-sequence-values",
    "ban-alter-system-options",
    "ban-alter-extension",
];

/// squawk rules that are on by default in squawk but off here, with why.
pub const OFF: &[(&str, &str)] = &[
    ("require-timeout-settings", "the runner sets lock_timeout (10s) and statement_timeout (15min) for every file; `-- codegen:lock-timeout` changes them"),
    ("require-lock-timeout", "the runner sets lock_timeout for every file"),
    ("require-statement-timeout", "the runner sets statement_timeout for every file"),
    ("ban-concurrent-index-creation-in-transaction", "ours, `concurrently-in-transaction`, knows how the runner runs it: on its own, outside the file's transaction"),
    ("transaction-nesting", "the runner runs a file's own BEGIN; … COMMIT; inside its transaction, and refuses any other COMMIT or ROLLBACK"),
];

/// squawk rules whose finding means the file fails or breaks when applied:
/// errors here (every other squawk finding is a warning).
const ERRORS: &[&str] = &[
    "ban-concurrent-index-creation-in-transaction",
    "adding-required-field",
    "ban-uncommitted-transaction",
    "ban-drop-database",
];

/// Whether `id` is one of squawk's rule ids.
pub fn is_rule(id: &str) -> bool {
    RULES.contains(&id)
}

/// The default severity of a squawk rule.
pub fn severity(id: &str) -> Severity {
    if ERRORS.contains(&id) {
        Severity::Error
    } else {
        Severity::Warning
    }
}

/// The `'static` id of a squawk rule.
fn id(rule: Rule) -> &'static str {
    if rule == Rule::UnusedIgnore {
        return "unused-ignore";
    }
    let name = rule.to_string();
    RULES
        .iter()
        .copied()
        .find(|r| *r == name)
        .unwrap_or("squawk")
}

/// The deepest nesting squawk's recursive parser is given: brackets,
/// `CASE … END` and runs of prefix operators and `NOT`, counted by squawk's
/// own lexer. 20,000 nested parentheses overflowed the stack (exit 134).
pub const MAX_DEPTH: usize = 1_000;
/// Stack for the parse and the rules: the parser recurses on right-nested
/// operators too (`a = b = c …`, `||`), up to about 1.7 KiB per token in a
/// debug build, so each token of the longest statement gets 4 KiB.
const STACK_PER_TOKEN: usize = 4 << 10;
const MIN_STACK: usize = 64 << 20;

/// The stack squawk needs for a migration (its SQL and its rollback
/// block); nesting deeper than [`MAX_DEPTH`] is refused, naming file:line.
pub fn stack_for(m: &Migration) -> crate::Result<usize> {
    let file = &m.file;
    let deep = |offset: usize, what: &str| {
        let (line, col) = file.line_col(offset);
        crate::Error::At {
            path: file.path.clone(),
            line,
            col,
            message: format!("{what} nests deeper than {MAX_DEPTH} levels (brackets, CASE, NOT or prefix operators), more than the linter's parser can read; split the expression"),
        }
    };
    let rollback = m.rollback.as_deref().unwrap_or("");
    if let (Some(a), Some(b)) = (bound(&file.sql), bound(rollback)) {
        return Ok(stack_for_tokens(a.max(b)));
    }
    let mut tokens = measure(&file.sql).map_err(|at| deep(at, "the SQL"))?;
    if let Some(r) = &m.rollback {
        let marker = file.sql.find("Rollback:").unwrap_or(0);
        tokens = tokens.max(measure(r).map_err(|_| deep(marker, "the `-- Rollback:` block"))?);
    }
    Ok(stack_for_tokens(tokens))
}

/// Statements of at most this many bytes need no exact [`measure`].
const QUICK_BYTES: usize = 16 << 10;

/// Without lexing, when `sql` is short and plain enough: an upper bound of
/// its tokens between two `;` (its bytes: a token has one at least), when
/// it cannot nest deeper than [`MAX_DEPTH`]. Every token that deepens the
/// nesting [`measure`] counts (an opening bracket, a prefix operator, an
/// unknown character, `CASE`, `NOT`) is a byte other than a letter, digit,
/// `_`, space, `,`, `.`, `;`, a closing bracket or a quote, or the start of
/// `case` or `not`: at most that many bytes deepen it. `None`: measure it.
fn bound(sql: &str) -> Option<usize> {
    if sql.len() > QUICK_BYTES {
        return None;
    }
    let b = sql.as_bytes();
    let mut deepening = 0usize;
    for (i, &c) in b.iter().enumerate() {
        deepening += match BYTES[usize::from(c)] {
            Byte::Plain => 0,
            Byte::Deepens => 1,
            Byte::Word => {
                let word = |w: &[u8]| {
                    b[i..]
                        .get(..w.len())
                        .is_some_and(|x| x.eq_ignore_ascii_case(w))
                };
                usize::from(word(b"case") || word(b"not"))
            }
        };
    }
    (deepening <= MAX_DEPTH).then_some(sql.len())
}

/// What a byte can be for [`bound`].
#[derive(Clone, Copy)]
enum Byte {
    Plain,
    Deepens,
    /// The first letter of `case` or `not`.
    Word,
}

/// Each byte's [`Byte`].
const BYTES: [Byte; 256] = {
    let mut t = [Byte::Deepens; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphanumeric()
            || matches!(
                b,
                b' ' | b'\t'
                    | b'\n'
                    | b'\r'
                    | b'_'
                    | b','
                    | b'.'
                    | b';'
                    | b')'
                    | b']'
                    | b'}'
                    | b'\''
                    | b'"'
            )
        {
            t[c] = Byte::Plain;
        }
        if matches!(b, b'c' | b'C' | b'n' | b'N') {
            t[c] = Byte::Word;
        }
        c += 1;
    }
    t
};

/// The stack for statements of up to `tokens` tokens.
pub const fn stack_for_tokens(tokens: usize) -> usize {
    MIN_STACK + tokens * STACK_PER_TOKEN
}

/// The most tokens between two `;` of `sql`, or the offset where it first
/// nests deeper than [`MAX_DEPTH`].
fn measure(sql: &str) -> Result<usize, usize> {
    use squawk_lexer::TokenKind as K;
    let (mut brackets, mut cases, mut run) = (0usize, 0usize, 0usize);
    let (mut tokens, mut most, mut offset) = (0usize, 0usize, 0usize);
    for token in squawk_lexer::tokenize(sql) {
        let at = offset;
        offset += token.len as usize;
        let word = |w: &str| token.kind == K::Ident && sql[at..offset].eq_ignore_ascii_case(w);
        match token.kind {
            K::Whitespace | K::LineComment | K::BlockComment { .. } => continue,
            K::Semi => tokens = 0,
            K::OpenParen | K::OpenBracket | K::OpenCurly => brackets += 1,
            K::CloseParen | K::CloseBracket | K::CloseCurly => {
                brackets = brackets.saturating_sub(1)
            }
            _ if word("case") => cases += 1,
            _ if word("end") => cases = cases.saturating_sub(1),
            _ => {}
        }
        let prefix = word("not")
            || matches!(
                token.kind,
                K::Minus
                    | K::Plus
                    | K::Tilde
                    | K::Bang
                    | K::At
                    | K::Pound
                    | K::Caret
                    | K::Star
                    | K::Slash
                    | K::Percent
                    | K::Lt
                    | K::Gt
                    | K::Eq
                    | K::And
                    | K::Or
                    | K::Question
                    | K::Colon
                    | K::Backtick
                    | K::Unknown
            );
        run = if prefix { run + 1 } else { 0 };
        tokens += 1;
        most = most.max(tokens);
        if brackets + cases + run > MAX_DEPTH {
            return Err(at);
        }
    }
    Ok(most)
}

/// Runs `work` on a thread with `stack` bytes of stack.
pub fn on_stack<T: Send>(stack: usize, work: impl FnOnce() -> T + Send) -> crate::Result<T> {
    std::thread::scope(|s| {
        Ok(spawn_scoped(s, stack, work)?
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p)))
    })
}

/// A scoped thread with `stack` bytes of stack, or the error that says the
/// migrations are too large to lint.
pub fn spawn_scoped<'scope, T: Send + 'scope>(
    s: &'scope std::thread::Scope<'scope, '_>,
    stack: usize,
    work: impl FnOnce() -> T + Send + 'scope,
) -> crate::Result<std::thread::ScopedJoinHandle<'scope, T>> {
    std::thread::Builder::new()
        .name("lint".into())
        .stack_size(stack)
        .spawn_scoped(s, work)
        .map_err(|e| no_thread(stack, e))
}

/// The error when no thread with `stack` bytes of stack starts.
pub fn no_thread(stack: usize, e: std::io::Error) -> crate::Error {
    crate::Error::Usage(format!(
        "the migrations are too large to lint: no thread with a {} MiB stack ({e})",
        stack >> 20
    ))
}

/// Parse errors of a SQL text: byte offset and message.
pub fn syntax_errors(sql: &str) -> Vec<(usize, String)> {
    squawk_syntax::SourceFile::parse(sql)
        .errors()
        .into_iter()
        .map(|e| (usize::from(e.range().start()), e.message().to_owned()))
        .collect()
}

/// squawk's findings (and its parse errors, as `syntax-error`) on one file.
pub fn check(m: &Migration, pg_major: Option<u32>) -> Vec<Diagnostic> {
    let file = &m.file;
    let parse = squawk_syntax::SourceFile::parse(&file.sql);
    let mut out: Vec<Diagnostic> = parse
        .errors()
        .into_iter()
        .map(|e| {
            at(
                file,
                usize::from(e.range().start()),
                "syntax-error",
                format!("the parser refuses this statement: {}", e.message()),
            )
        })
        .collect();
    let own_begin = parse
        .tree()
        .stmts()
        .any(|s| matches!(s, ast::Stmt::Begin(_)));
    let off: Vec<Rule> = OFF
        .iter()
        .filter_map(|(r, _)| Rule::from_str(r).ok())
        .collect();
    let mut linter = Linter::with_rules(&[], &off);
    linter.settings = LinterSettings {
        pg_version: pg_major
            .and_then(|v| Version::from_str(&v.to_string()).ok())
            .unwrap_or_default(),
        assume_in_transaction: m.options.transaction && !own_begin,
    };
    // What the runner runs on its own (`CREATE INDEX CONCURRENTLY`, `VACUUM`,
    // …), by its own reading of the file: alone in its file, the file is
    // all-or-nothing as any other; among other statements, it is not.
    if m.body.len() > 1 {
        for &i in &m.alone {
            let s = &m.body[i];
            let text = s.text(&file.sql);
            let first = s.start + (text.len() - crate::sql::strip_leading_comments(text).len());
            out.push(at(file, first, "concurrently-in-transaction", "this statement cannot run in a transaction block, so the runner runs it on its own, outside the file's transaction, committing the statements before it first (as the Supabase CLI does): if it or a later statement fails, the file is left partly applied (recorded; `codegen migrate up` resumes there); put it in a file of its own".into()));
        }
    }
    // The strategy asks every file to be re-runnable (applied twice without
    // error), in a transaction or not: squawk's `prefer-robust-stmts` skips
    // transactional files, so it runs once more as if outside one.
    let mut violations = linter.lint(&parse, &file.sql);
    if linter.settings.assume_in_transaction && !own_begin {
        let mut robust = Linter::from([Rule::PreferRobustStmts]);
        robust.settings = LinterSettings {
            pg_version: linter.settings.pg_version,
            assume_in_transaction: false,
        };
        // Only the missing guards: the transaction squawk asks for is there.
        violations.extend(
            robust
                .lint(&parse, &file.sql)
                .into_iter()
                .filter(|v| !v.message.starts_with("Missing transaction"))
                .map(|mut v| {
                    v.message = v.message.replace(
                        "the migration can't be rerun if it fails part way through",
                        "the file cannot be applied twice (every file must be re-runnable)",
                    );
                    v
                }),
        );
    }
    let new_relation_indexes = indexes_on_new_relations(&parse.tree());
    for v in violations {
        let start = usize::from(v.text_range.start());
        if v.code == Rule::RequireConcurrentIndexCreation
            && new_relation_indexes.iter().any(|r| r.contains(&start))
        {
            continue;
        }
        if v.code == Rule::BanDropConstraint && recreated_later(&file.sql, start) {
            continue;
        }
        let rule = id(v.code);
        let message = match &v.help {
            Some(help) => format!("{} {}", v.message.trim_end(), help),
            None => v.message.clone(),
        };
        let mut d = at(file, start, rule, message);
        d.severity = severity(rule);
        out.push(d);
    }
    out
}

/// Whether the constraint dropped at `offset` (`DROP CONSTRAINT [IF EXISTS]
/// name`) is added again further down the file: the idempotent way to
/// (re)create a constraint, which removes no guarantee.
fn recreated_later(sql: &str, offset: usize) -> bool {
    let rest = sql[offset..].to_lowercase();
    let Some(after) = rest.strip_prefix("drop constraint") else {
        return false;
    };
    let after = after.trim_start();
    let after = after
        .strip_prefix("if exists")
        .unwrap_or(after)
        .trim_start();
    let name: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '"')
        .collect();
    !name.is_empty() && rest.contains(&format!("add constraint {name} "))
}

/// The last segment of a name as PostgreSQL folds it.
fn folded(segment: &squawk_syntax::SyntaxNode) -> String {
    let text = segment.text().to_string();
    match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(quoted) => quoted.replace("\"\"", "\""),
        None => text.to_lowercase(),
    }
}

/// Where the `CREATE INDEX` statements on relations created earlier in the
/// same file are. squawk knows tables created in the file's transaction;
/// ours also knows materialized views and `CREATE TABLE … AS`, which no
/// one else can use yet either, so an index on them needs no CONCURRENTLY.
fn indexes_on_new_relations(file: &ast::SourceFile) -> Vec<std::ops::Range<usize>> {
    let mut created = std::collections::HashSet::new();
    let mut out = Vec::new();
    for stmt in file.stmts() {
        let name_of = |node: &squawk_syntax::SyntaxNode| {
            node.descendants()
                .find_map(ast::Path::cast)
                .and_then(|p| p.segment())
                .map(|s| folded(s.syntax()))
        };
        match &stmt {
            ast::Stmt::CreateTable(_)
            | ast::Stmt::CreateMaterializedView(_)
            | ast::Stmt::CreateTableAs(_) => {
                created.extend(name_of(stmt.syntax()));
            }
            ast::Stmt::CreateIndex(index) => {
                let table = index
                    .table_relation_name()
                    .and_then(|r| r.table_name_ref())
                    .and_then(|t| t.path_ref())
                    .and_then(|p| p.segment())
                    .map(|s| folded(s.syntax()));
                if table.is_some_and(|t| created.contains(&t)) {
                    let r = index.syntax().text_range();
                    out.push(usize::from(r.start())..usize::from(r.end()));
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_list_is_squawks() {
        assert!(!RULES.is_empty());
        for r in RULES {
            let rule = Rule::from_str(r).unwrap_or_else(|_| panic!("{r} is not a squawk rule"));
            assert_eq!(rule.to_string(), *r);
        }
        for (r, _) in OFF {
            assert!(is_rule(r), "{r}");
        }
    }
}
