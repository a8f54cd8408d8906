//! A small SQL lexer: splits a file into top-level statements (aware of quotes,
//! dollar quotes and comments) and maps byte offsets back to line:column.

/// One top-level statement of a file: its byte range, terminator included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub start: usize,
    pub end: usize,
}

impl Statement {
    /// The statement's text as written in `sql`.
    pub fn text<'a>(&self, sql: &'a str) -> &'a str {
        &sql[self.start..self.end]
    }

    /// The first keyword(s), upper-cased, after comments: `BEGIN`, `CREATE`, …
    pub fn keyword(&self, sql: &str) -> String {
        let body = strip_leading_comments(self.text(sql));
        body.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .next()
            .unwrap_or("")
            .to_ascii_uppercase()
    }

    /// Whether this statement opens or closes a transaction.
    pub fn transaction_control(&self, sql: &str) -> Option<TxControl> {
        let kw = self.keyword(sql);
        // Only the statement's head is looked at (never the whole text upper-cased).
        let body = || strip_leading_comments(self.text(sql));
        match kw.as_str() {
            "BEGIN"
                if !body()
                    .get(..12)
                    .is_some_and(|h| h.eq_ignore_ascii_case("BEGIN ATOMIC")) =>
            {
                Some(TxControl::Begin)
            }
            "START"
                if body()
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.eq_ignore_ascii_case("TRANSACTION")) =>
            {
                Some(TxControl::Begin)
            }
            "COMMIT" | "END" => Some(TxControl::Commit),
            "ROLLBACK" | "ABORT" => Some(TxControl::Rollback),
            _ => None,
        }
    }
}

/// Transaction control found at the top level of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxControl {
    Begin,
    Commit,
    Rollback,
}

/// Removes leading whitespace and comments.
pub fn strip_leading_comments(s: &str) -> &str {
    let skip = tokens(s)
        .take_while(|t| t.kind.is_trivia())
        .last()
        .map_or(0, |t| t.end);
    &s[skip..]
}

/// What a lexical token of SQL text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Spaces, tabs and line breaks.
    Space,
    /// `-- …` up to (not including) the line break: `\n` or `\r`, as
    /// PostgreSQL's lexer ends it.
    LineComment,
    /// `/* … */`, nested.
    BlockComment,
    /// `'…'`, `E'…'` (its `E` is the word before it).
    String,
    /// `"…"`.
    QuotedIdent,
    /// `$tag$ … $tag$`.
    DollarQuoted,
    /// A keyword or bare identifier.
    Word,
    /// `;`.
    Semicolon,
    /// Any other character.
    Other,
}

impl Kind {
    /// Whitespace or a comment.
    pub fn is_trivia(self) -> bool {
        matches!(self, Kind::Space | Kind::LineComment | Kind::BlockComment)
    }
}

/// One token: its kind and byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn text<'a>(&self, sql: &'a str) -> &'a str {
        &sql[self.start..self.end]
    }
}

/// The tokens of `sql`, in order, covering every byte. An unterminated
/// quote or comment runs to the end of the text.
pub fn tokens(sql: &str) -> impl Iterator<Item = Token> + '_ {
    let b = sql.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let start = i;
        let (kind, end) = token_at(b, i);
        i = end;
        Some(Token { kind, start, end })
    })
}

fn token_at(b: &[u8], i: usize) -> (Kind, usize) {
    let c = b[i];
    match c {
        c if is_space(c) => {
            let n = b[i..].iter().take_while(|&&c| is_space(c)).count();
            (Kind::Space, i + n)
        }
        b'-' if b[i..].starts_with(b"--") => {
            let end = b[i..]
                .iter()
                .position(|&c| c == b'\n' || c == b'\r')
                .map_or(b.len(), |p| i + p);
            (Kind::LineComment, end)
        }
        b'/' if b[i..].starts_with(b"/*") => (Kind::BlockComment, skip_block_comment(b, i)),
        b'\'' => {
            let escapes = i > 0 && matches!(b[i - 1], b'E' | b'e') && !is_ident(b, i - 1);
            (Kind::String, skip_quoted(b, i, b'\'', escapes))
        }
        b'"' => (Kind::QuotedIdent, skip_quoted(b, i, b'"', false)),
        b'$' if i == 0 || !is_ident_byte(b[i - 1]) => match dollar_tag(b, i) {
            Some(len) => {
                let tag = &b[i..i + len];
                let body = i + len;
                let end = closing_tag(b, body, tag).map_or(b.len(), |p| p + len);
                (Kind::DollarQuoted, end)
            }
            None => (Kind::Other, i + 1),
        },
        b';' => (Kind::Semicolon, i + 1),
        c if c.is_ascii_digit() => {
            let n = b[i..]
                .iter()
                .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
                .count();
            (Kind::Other, i + n)
        }
        c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
            let n = b[i..]
                .iter()
                .take_while(|&&c| is_ident_byte(c) || c == b'$')
                .count();
            (Kind::Word, i + n)
        }
        _ => {
            // One character (a whole UTF-8 sequence never starts here:
            // bytes >= 0x80 begin words).
            (Kind::Other, i + 1)
        }
    }
}

fn skip_block_comment(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < b.len() {
        if b[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if b[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    b.len()
}

/// Where `tag` (`$…$`) next occurs at or after `from`: only the `$`s are
/// compared against it (a body is long, its `$`s are few).
fn closing_tag(b: &[u8], mut from: usize, tag: &[u8]) -> Option<usize> {
    while let Some(p) = b.get(from..)?.iter().position(|&c| c == b'$') {
        let at = from + p;
        if b[at..].starts_with(tag) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The dollar-quote tag starting at `i` (`$$` or `$tag$`), if any.
fn dollar_tag(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] >= 0x80) {
        j += 1;
    }
    let first_ok = j == i + 1 || !b[i + 1].is_ascii_digit();
    (j < b.len() && b[j] == b'$' && first_ok).then_some(j + 1 - i)
}

/// Splits `sql` into top-level statements; statements holding only comments
/// and whitespace are dropped. Like psql, a `;` inside the `BEGIN ATOMIC …
/// END` body of a `CREATE [OR REPLACE] FUNCTION|PROCEDURE` (SQL-standard
/// bodies, PostgreSQL 14+) does not end the statement: in such a statement
/// every `BEGIN` or `CASE` after the first word opens a block and `END`
/// closes one.
pub fn split(sql: &str) -> Vec<Statement> {
    let mut out = Vec::new();
    let mut start = 0;
    // The first words of the current statement, and the BEGIN/CASE depth.
    let mut words: Vec<String> = Vec::new();
    let mut word_count = 0usize;
    let mut depth = 0usize;
    let mut routine = false;
    let mut has_code = false;
    for t in tokens(sql) {
        match t.kind {
            Kind::Semicolon if depth == 0 => {
                if has_code {
                    out.push(Statement { start, end: t.end });
                }
                start = t.end;
                words.clear();
                routine = false;
                word_count = 0;
                has_code = false;
            }
            Kind::Word => {
                has_code = true;
                let word = t.text(sql);
                word_count += 1;
                // Only a statement's first words are kept (upper-cased).
                if words.len() < 4 {
                    words.push(word.to_ascii_uppercase());
                    routine = routine_definition(&words);
                }
                if routine {
                    let is = |w: &str| word.eq_ignore_ascii_case(w);
                    if (is("BEGIN") || is("CASE")) && word_count > 1 {
                        depth += 1;
                    } else if is("END") && depth > 0 {
                        depth -= 1;
                    }
                }
            }
            k if k.is_trivia() || k == Kind::Semicolon => {}
            _ => has_code = true,
        }
    }
    if has_code {
        out.push(Statement {
            start,
            end: sql.len(),
        });
    }
    out
}

/// `sql` without what follows its last token of code: trailing
/// whitespace, comments and `;`.
pub fn trim_trailing(sql: &str) -> &str {
    let end = tokens(sql)
        .filter(|t| !t.kind.is_trivia() && t.kind != Kind::Semicolon)
        .last()
        .map_or(0, |t| t.end);
    &sql[..end]
}

/// A top-level line comment (not inside a string, a quoted name, a
/// dollar-quoted body or a block comment).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineComment {
    /// 1-based line of the `--`.
    pub line: usize,
    pub token: Token,
    /// Nothing but white space precedes it on its line (lines end at `\n`
    /// or `\r`, as PostgreSQL ends a `--` comment).
    pub starts_line: bool,
}

impl LineComment {
    /// The comment's text after `--`.
    pub fn body<'a>(&self, sql: &'a str) -> &'a str {
        &self.token.text(sql)[2..]
    }
}

/// The top-level line comments of `sql`, in order: every reader of
/// annotations (`-- rollback:`, `-- name:`, `-- lint: allow(...)`) asks
/// here, so a marker inside a literal or a body is never taken for one.
pub fn line_comments(sql: &str) -> impl Iterator<Item = LineComment> + '_ {
    let mut line = 1;
    let mut line_start = true;
    tokens(sql).filter_map(move |t| {
        let at = line;
        let text = t.text(sql);
        line += text.bytes().filter(|&c| c == b'\n').count();
        let starts_line = line_start;
        line_start = match t.kind {
            Kind::Space => line_start || text.contains(['\n', '\r']),
            // A line comment runs to the end of its line.
            Kind::LineComment => true,
            _ => false,
        };
        (t.kind == Kind::LineComment).then_some(LineComment {
            line: at,
            token: t,
            starts_line,
        })
    })
}

/// `CREATE [OR REPLACE] FUNCTION|PROCEDURE`, from a statement's first words.
fn routine_definition(words: &[String]) -> bool {
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    matches!(
        w.as_slice(),
        ["CREATE", "FUNCTION" | "PROCEDURE", ..]
            | ["CREATE", "OR", "REPLACE", "FUNCTION" | "PROCEDURE", ..]
    )
}

/// PostgreSQL's whitespace: space, tab, line feed, carriage return,
/// vertical tab, form feed.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Whether the byte at `i` continues an identifier (so `E` is not a prefix).
fn is_ident(b: &[u8], i: usize) -> bool {
    i > 0 && is_ident_byte(b[i - 1])
}

fn skip_quoted(b: &[u8], mut i: usize, quote: u8, backslash: bool) -> usize {
    i += 1;
    while i < b.len() {
        if backslash && b[i] == b'\\' {
            i += 2;
        } else if b[i] == quote {
            if b.get(i + 1) == Some(&quote) {
                i += 2;
            } else {
                return i + 1;
            }
        } else {
            i += 1;
        }
    }
    b.len()
}

/// 1-based line and column (in characters) of byte offset `at` in `sql`.
pub fn line_col(sql: &str, at: usize) -> (usize, usize) {
    let at = at.min(sql.len());
    let before = &sql[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Byte offset of PostgreSQL's 1-based character `position` within `text`.
pub fn char_position_to_byte(text: &str, position: usize) -> usize {
    text.char_indices()
        .nth(position.saturating_sub(1))
        .map_or(text.len(), |(b, _)| b)
}

/// `s` as a single-quoted SQL string literal (quotes doubled).
pub fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sql: &str) -> Vec<&str> {
        split(sql).iter().map(|s| s.text(sql).trim()).collect()
    }

    #[test]
    fn splits_around_quotes_comments_and_dollar_bodies() {
        let sql = "create table a(x text default 'a;b');\n-- c;\n/* d; /* e; */ */\n\
                   create function f() returns int as $f$ select 1; $f$ language sql;\n\
                   do $$ begin perform 1; end $$;\nselect E'\\';', \"q;\"";
        assert_eq!(
            texts(sql),
            vec![
                "create table a(x text default 'a;b');",
                "-- c;\n/* d; /* e; */ */\ncreate function f() returns int as $f$ select 1; $f$ language sql;",
                "do $$ begin perform 1; end $$;",
                "select E'\\';', \"q;\"",
            ]
        );
    }

    #[test]
    fn sql_standard_bodies_are_one_statement() {
        let sql = "CREATE OR REPLACE FUNCTION public.f(x int) RETURNS int LANGUAGE sql\n\
                   BEGIN ATOMIC\n  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n  SELECT x + 1;\nEND;\n\
                   create procedure p() begin atomic insert into t values (1); end;\n\
                   begin;\nselect 1;\ncommit;";
        let parts = texts(sql);
        assert_eq!(parts.len(), 5, "{parts:#?}");
        assert!(parts[0].ends_with("SELECT x + 1;\nEND;"), "{}", parts[0]);
        assert_eq!(
            parts[1],
            "create procedure p() begin atomic insert into t values (1); end;"
        );
        assert_eq!(parts[2..], ["begin;", "select 1;", "commit;"]);
    }

    #[test]
    fn comment_only_tail_is_not_a_statement() {
        assert_eq!(
            texts("select 1;\n-- Rollback:\n-- drop table x;\n").len(),
            1
        );
    }

    #[test]
    fn finds_transaction_control() {
        let sql = "BEGIN;\ncreate table t();\ncommit;";
        let kinds: Vec<_> = split(sql)
            .iter()
            .map(|s| s.transaction_control(sql))
            .collect();
        assert_eq!(
            kinds,
            vec![Some(TxControl::Begin), None, Some(TxControl::Commit)]
        );
    }

    #[test]
    fn maps_offsets_to_line_and_column() {
        let sql = "ab\ncdé\nf";
        assert_eq!(line_col(sql, 0), (1, 1));
        assert_eq!(line_col(sql, 4), (2, 2));
        assert_eq!(line_col(sql, sql.find('f').unwrap()), (3, 1));
        assert_eq!(char_position_to_byte("é x", 3), 3);
    }
}
