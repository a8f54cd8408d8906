//! `COPY … FROM stdin` with its data inline, as pg_dump writes it and psql
//! loads it: the data runs from the line after the statement up to a line
//! `\.`. The splitter keeps the data with its statement; the runner sends
//! it through the copy-in protocol.

use super::kinds;
use crate::sql::{self, Statement};
use sqlx::PgConnection;

/// [`sql::split`], except that a `COPY … FROM stdin` statement also covers
/// its data and the `\.` line (data is not SQL: its quotes and `;` end
/// nothing).
pub fn split(sql: &str) -> Vec<Statement> {
    let mut out = Vec::new();
    let mut from = 0;
    while from < sql.len() {
        // Split up to the next `\.` line first: the common case is a COPY
        // whose data ends there, so the data is never split as SQL.
        let window = marker_end(sql, from).unwrap_or(sql.len());
        let mut next = split_until_copy(sql, from, window, &mut out);
        if next == Next::NotInWindow {
            next = split_until_copy(sql, from, sql.len(), &mut out);
        }
        match next {
            Next::After(end) => from = end,
            _ => break,
        }
    }
    out.into_iter()
        .filter_map(|s| without_dump_guard(sql, s))
        .collect()
}

/// A statement without the `\restrict KEY` or `\unrestrict KEY` line that
/// pg_dump (17.6, 16.10, 15.14 and later) writes around a dump: they only
/// stop psql from running meta-commands hidden in the dump, and the runner
/// runs none. `None` when nothing but comments is left.
fn without_dump_guard(sql: &str, s: Statement) -> Option<Statement> {
    let text = s.text(sql);
    let body = sql::strip_leading_comments(text);
    let word = body.split_whitespace().next().unwrap_or("");
    if word != "\\restrict" && word != "\\unrestrict" {
        return Some(s);
    }
    let at = s.start + (text.len() - body.len());
    let start = sql[at..s.end].find('\n').map_or(s.end, |p| at + p + 1);
    let rest = Statement { start, end: s.end };
    let left = sql::strip_leading_comments(rest.text(sql));
    (!left.trim_end_matches(';').trim().is_empty()).then_some(rest)
}

/// Where [`split`] goes on.
#[derive(Debug, PartialEq, Eq)]
enum Next {
    /// After a COPY's data, at this offset.
    After(usize),
    /// No COPY up to the end of the text: done.
    Done,
    /// No COPY in a range short of the end: split the whole rest.
    NotInWindow,
}

/// Pushes the statements of `sql[from..to]` to `out` up to the first
/// `COPY … FROM stdin` (which gets its data); returns where splitting goes
/// on after that COPY. When there is no COPY in the range and `to` is not
/// the end of `sql`, pushes nothing (the caller splits the whole rest).
fn split_until_copy(sql: &str, from: usize, to: usize, out: &mut Vec<Statement>) -> Next {
    let part = sql::split(&sql[from..to]);
    let copy = part
        .iter()
        .position(|s| kinds::copy_from_stdin(s.text(&sql[from..to])));
    if copy.is_none() && to < sql.len() {
        return Next::NotInWindow;
    }
    let shift = |s: &Statement| Statement {
        start: s.start + from,
        end: s.end + from,
    };
    let Some(i) = copy else {
        out.extend(part.iter().map(shift));
        return Next::Done;
    };
    out.extend(part[..i].iter().map(shift));
    let command = shift(&part[i]);
    let end = marker_end(sql, command.end).unwrap_or(sql.len());
    out.push(Statement {
        start: command.start,
        end,
    });
    Next::After(end)
}

/// The end (after its newline) of the first line `\.` at or after the line
/// following `at`.
fn marker_end(sql: &str, at: usize) -> Option<usize> {
    let mut line = data_start(sql, at);
    while line < sql.len() {
        let next = sql[line..].find('\n').map_or(sql.len(), |p| line + p + 1);
        if sql[line..next].trim_end_matches(['\n', '\r']) == "\\." {
            return Some(next);
        }
        line = next;
    }
    None
}

/// The start of the line after `at` (where a COPY's data begins).
fn data_start(sql: &str, at: usize) -> usize {
    sql[at..].find('\n').map_or(sql.len(), |p| at + p + 1)
}

/// A `COPY … FROM stdin` statement's parts: the command, the offset of its
/// data within `text`, and the data (without the `\.` line). `None` when
/// `text` is not such a statement or its data has no `\.` line.
pub fn parts(text: &str) -> Option<(&str, usize, &str)> {
    if !kinds::copy_from_stdin(text) {
        return None;
    }
    let command_end = sql::split(text).first()?.end;
    let data = data_start(text, command_end);
    let end = marker_end(text, command_end)?;
    let marker = text[..end].trim_end_matches(['\n', '\r']).len() - 2;
    Some((&text[..command_end], data, &text[data..marker]))
}

/// Runs a `COPY … FROM stdin` with its inline data; returns the rows loaded.
pub async fn run(conn: &mut PgConnection, command: &str, data: &str) -> sqlx::Result<u64> {
    let mut copy = conn.copy_in_raw(command).await?;
    if let Err(e) = copy.send(data.as_bytes()).await {
        return match copy.abort("codegen: sending the data failed").await {
            Err(server) => Err(server),
            Ok(()) => Err(e),
        };
    }
    copy.finish().await
}

/// The 1-based line of the data a COPY error names (`COPY t, line 2, …`
/// in the error's context), if any.
pub fn error_line(context: &str) -> Option<usize> {
    let rest = &context[context.find("COPY ")?..];
    let after = &rest[rest.find(", line ")? + 7..];
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sql: &str) -> Vec<&str> {
        split(sql).iter().map(|s| s.text(sql).trim()).collect()
    }

    #[test]
    fn data_stays_with_its_copy() {
        let sql = "create table t (a text);\nCOPY t (a) FROM stdin;\nit's; here\n\\.\nselect 1;\nCOPY t FROM stdin;\n\"x\n\\.\n";
        assert_eq!(
            texts(sql),
            [
                "create table t (a text);",
                "COPY t (a) FROM stdin;\nit's; here\n\\.",
                "select 1;",
                "COPY t FROM stdin;\n\"x\n\\.",
            ]
        );
        let s = &split(sql)[1];
        let (command, at, data) = parts(s.text(sql)).unwrap();
        assert_eq!(command, "\nCOPY t (a) FROM stdin;");
        assert_eq!(data, "it's; here\n");
        assert_eq!(&s.text(sql)[at..at + 4], "it's");
        assert!(parts("COPY t FROM stdin;\n1\n").is_none(), "no end marker");
        assert_eq!(error_line("COPY v, line 2, column id: \"x\""), Some(2));
    }

    #[test]
    fn pg_dump_guards_are_left_out() {
        let sql = "--\n\\restrict abc\n\nSET x = 1;\n\n--\n\\unrestrict abc\n";
        assert_eq!(texts(sql), ["SET x = 1;"]);
    }

    #[test]
    fn a_marker_line_inside_sql_is_not_data() {
        let sql = "select '\n\\.\n';\nselect 2;";
        assert_eq!(texts(sql), ["select '\n\\.\n';", "select 2;"]);
    }
}
