//! The `-- Rollback:` block of a migration file: its marker, its SQL (the
//! comment lines after the marker) and the text that writes such a block.

use crate::sql;

/// The SQL of the `-- Rollback:` comment block (the text after the marker
/// and every comment line after it up to the end of the file, with their
/// `--` removed; blank lines inside the block are kept, they do not end it),
/// and the 1-based line of the first SQL (not comment,
/// not blank) line after the marker, if any: a block followed by SQL is
/// ambiguous (is that line part of the rollback or of the migration?), so
/// `down` refuses it and `lint` reports it.
pub fn rollback_parts(sql: &str) -> Option<(String, Option<usize>)> {
    parts_after(sql, rollback_marker(sql))
}

/// [`rollback_parts`] of the `marker` found in `sql`.
pub(super) fn parts_after(
    sql: &str,
    marker: Option<(sql::Token, String)>,
) -> Option<(String, Option<usize>)> {
    let (marker, first) = marker?;
    let tokens = sql::tokens(&sql[marker.end..]).map(|t| sql::Token {
        start: t.start + marker.end,
        end: t.end + marker.end,
        ..t
    });
    let mut out = first;
    let mut trailing = None;
    for t in tokens {
        match t.kind {
            // Only the line breaks: indentation before `--` is not SQL.
            sql::Kind::Space => {
                out.extend(t.text(sql).chars().filter(|c| matches!(c, '\n' | '\r')))
            }
            sql::Kind::LineComment => {
                let rest = &t.text(sql)[2..];
                out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            }
            _ => {
                trailing = Some(sql::line_col(sql, t.start).0);
                break;
            }
        }
    }
    Some((out.trim().to_owned(), trailing))
}

/// `text` as line comments that [`rollback_parts`] reads back as `text`:
/// each line (ended by `\n`, `\r` or `\r\n`, as PostgreSQL's lexer ends a
/// `--` comment) gets `-- `, an empty one `--`; the line breaks are kept.
pub fn commented(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16 + 3);
    let mut rest = text;
    loop {
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let (line, tail) = rest.split_at(end);
        out.push_str(if line.is_empty() { "--" } else { "-- " });
        out.push_str(line);
        let brk = if tail.starts_with("\r\n") {
            2
        } else {
            tail.len().min(1)
        };
        out.push_str(&tail[..brk]);
        rest = &tail[brk..];
        if brk == 0 {
            return out;
        }
    }
}

/// The `-- Rollback:` marker: the first top-level line comment that starts
/// its line and says `Rollback:` (any case), with the text after it.
pub fn rollback_marker(sql: &str) -> Option<(sql::Token, String)> {
    marker_in(sql, sql::line_comments(sql).filter(|c| c.starts_line))
}

/// The marker among `comments` (top-level line comments that start their line).
pub(super) fn marker_in(
    sql: &str,
    mut comments: impl Iterator<Item = sql::LineComment>,
) -> Option<(sql::Token, String)> {
    comments.find_map(|c| {
        let rest = c.body(sql).trim_start();
        let head = rest.get(..9)?;
        head.eq_ignore_ascii_case("rollback:")
            .then(|| (c.token, rest[9..].trim().to_owned()))
    })
}
